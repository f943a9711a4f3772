"""Quotations and who said them.

`find_quotes(paras, names, roles)` → tuple of `Quote`, in text order. Each quotation is read
in its sentence (sentences never end inside a quotation) by `generator.extract.cues`; one
with no cue of its own:
- continues the speaker of an unclosed quotation it carries on from the paragraph before;
- takes the speaker of the previous quotation in its paragraph when no other name comes
  between (news convention: `“A,” X said. “B.”`), an unnamed speaker included;
- when it is a paragraph of its own, takes the previous paragraph's last speaker, "low";
- else has no speaker.
A quotation closing its sentence may take its cue from a short sentence after it (`“…” She
added.`). A pronoun cue before any name of a paragraph whose other quotation names one
speaker ("“A,” he said. “B,” Starmer said.") takes that speaker, "low". Subjects and
speakers are noted as the text goes, for the pronouns that follow. Quoted text that is a
file path, a file name or an address (`"/etc/passwd"`, `"mkdocs.yml"`: issue 11) is not speech
and never a quote. Never raises.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.attribution import COORDINATED, Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.closing_sentences import next_sentence, only_attribution, reported_before
from generator.extract.cues import find_cue
from generator.extract.document import Para
from generator.extract.echoes import echoed, translated
from generator.extract.lead_bodies import bodies_in_lead
from generator.extract.lead_roles import named_in_lead
from generator.extract.named_later import named_later
from generator.extract.names import NameResult
from generator.extract.nicknames import without_nicknames
from generator.extract.phrases import Who
from generator.extract.types import (
    Confidence,
    Entity,
    Gazetteer,
    Mention,
    Quote,
    Role,
    Span,
)
from generator.extract.unsaid_words import joined_to_unclear
from generator.extract.verb_cues import Cue, verb_cue

# One word that is a path (/etc/passwd, ../x, ~/x, C:\x, a/b/c), a file name with a known
# extension (mkdocs.yml) or an address (https://…): quoted, but never spoken.
_PATH = re.compile(
    r"^(?:[A-Za-z]:\\|\\\\|~?/|\.{1,2}/|[a-z][a-z0-9+.-]*://)\S*$"
    r"|^[\w.-]+(?:/[\w.-]+)+/?$"
    r"|^[\w.-]+\.(?:md|markdown|txt|ya?ml|json|html?|js|css|py|sh|toml|ini|cfg|conf|xml|csv"
    r"|log|pdf|png|jpe?g|gif|svg|exe|zip)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Said:
    key: str | None
    confidence: Confidence
    cue: str
    cued: bool  # a cue of its own (not inherited)
    unnamed: str = ""  # who speaks, unnamed ("a spokesperson for Maria Lee")


_NONE = _Said(None, "low", "", False)
NO_ONE = frozenset({"(title)", "(law)", "(modifier)", "(term)"})  # cues of no one's words


@dataclass(frozen=True)
class Quotes:
    """The quotations, and the organisations named only by a description that speak in
    them ("the Sudanese government said"), with their mentions."""

    quotes: tuple[Quote, ...]
    bodies: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    inferred: tuple[Role, ...]  # roles descriptions give the people they refer to


def find_quotes(
    paras: tuple[Para, ...],
    names: NameResult,
    roles: Sequence[Role] = (),
    gazetteer: Gazetteer | None = None,
) -> Quotes:
    ctx = Context(paras, names, roles, gazetteer)
    quotes: list[Quote] = []
    previous_open: _Said | None = None  # the unclosed quote the next paragraph may continue
    last_speaker: _Said | None = None  # the last quote with a speaker, for quote paragraphs
    for para in paras:
        said: list[_Said] = []
        pending: list[int] = []  # cataphoric pronoun quotes: indexes in `quotes`
        rows = ctx.rows(para.number) if para.quotes else []
        for s_index, row in enumerate(rows):
            bare, at = without_nicknames(row)  # 'Senator X "Eddie" Y, said'
            for qi, chunk in enumerate(row):
                if chunk.kind != "quote":
                    continue
                q = para.quotes[chunk.quote]
                seen = (bare, at[qi]) if at is not None and at[qi] >= 0 else (row, qi)
                cue = _no_law(ctx.names, find_cue(ctx, para, *seen))
                cue = cue or next_sentence(ctx, para, rows, s_index, qi)
                result = _said(cue) if cue is not None else None
                if (echo := echoed(row, qi, quotes)) is not None:  # "the phrase “…”": the
                    result = _Said(echo.speaker_key, echo.confidence, "(echo)", True)  # first's
                if said and joined_to_unclear(row, qi, (said[-1].key, said[-1].cued)):
                    result = _Said(None, "low", said[-1].cue, True)  # "“high risk” or “…”"
                here = quotes[-1] if quotes and quotes[-1].span.paragraph == para.number else None
                if translated(para.text, here, q.open_mark):  # “…” (“…”): a title's translation
                    result = _Said(None, "low", "(title)", True)
                if result is None:
                    result = _inherit(ctx, para, chunk, said, previous_open, last_speaker)
                if (
                    result.key is not None
                    and _pronoun_cue(result.cue)
                    and not _names_before(ctx, para, q.open_mark)
                ):
                    pending.append(len(quotes))
                unclear = result.key is None or result.confidence == "low"
                quotes.append(
                    Quote(
                        para.text[q.start : q.end],
                        result.key,
                        Span(para.number, q.start, q.end),
                        result.confidence,
                        result.cue,
                        result.unnamed,
                        _candidates(row, result.key) if unclear else (),
                    )
                )
                said.append(result)
                if result.key is not None:
                    sure = result.confidence == "high"  # a guess never makes a later "it" sure
                    ctx.note(para.number, s_index, q.open_mark, result.key, sure)
                    last_speaker = result
                elif result.cued and result.cue not in NO_ONE:
                    last_speaker = result  # "“…,” he said." with "he" unread: no one to follow
        _resolve_cataphora(quotes, pending, said)
        last = para.quotes[-1] if para.quotes else None
        previous_open = said[-1] if last is not None and not last.closed and said else None
    merged = _named_after(ctx)  # "Ghana's competition regulator said …. The NMA said"
    bodies = tuple(
        Entity(key, name, "organisation", tuple(dict.fromkeys(m.text for m in found)), False)
        for key, (name, found) in ctx.bodies.items()
        if key not in merged
    )
    mentions = tuple(
        replace(m, entity_key=merged.get(m.entity_key, m.entity_key))
        for _, found in ctx.bodies.values()
        for m in found
    )
    quotes = [
        replace(q, speaker_key=merged.get(q.speaker_key or "", q.speaker_key)) for q in quotes
    ]
    lead = paras[0].text if paras else ""  # "A federal judge … ruled, calling"
    quotes = named_in_lead(quotes, roles, ctx.first, ctx.kinds, lead)
    people = [(m.start, m.end) for m in ctx.by_para.get(1, []) if ctx.kinds.get(m.key) == "person"]
    quotes = bodies_in_lead(quotes, ctx.first, ctx.kinds, ctx.names, lead, people)
    spoken = tuple(q for q in quotes if not is_path(q.text))
    return Quotes(spoken, bodies, mentions, tuple(ctx.inferred))


def _named_after(ctx: Context) -> dict[str, str]:
    """The bodies named only by a description that the organisation named next is."""
    first = ctx.described_first()
    bodies = {key: (name, first[key]) for key, (name, _) in ctx.bodies.items() if key in first}
    orgs = {
        key: (ctx.names[key], place)
        for key, place in ctx.first.items()
        if ctx.kinds.get(key) == "organisation" and key not in ctx.bodies and key in ctx.names
    }
    return named_later(bodies, orgs)


def _no_law(names: Mapping[str, str], cue: Cue | None) -> Cue | None:
    """A law is not a speaker: "Article 47 of the Constitution, which says the state “…”"
    quotes the law's words (the guide), whoever the grammar points to."""
    words = names.get(cue.who.key or "", "").split() if cue is not None else []
    law = words and words[-1].istitle() and words[-1].casefold() in lx.LAW_NAMES
    law = law and (len(words) > 1 or words[0] == "Constitution")
    return Cue(Who(None, "low", lx.LAW_WORDS), "(law)") if law else cue


def is_path(text: str) -> bool:
    """True for quoted text that is a file path, a file name or an address, not speech."""
    return bool(_PATH.match(text.strip()))


def _said(cue: Cue) -> _Said:
    who = cue.who
    unnamed = who.unnamed if who.key is None else ""
    return _Said(who.key, who.confidence if who.key else "low", cue.words, True, unnamed)


def _inherit(
    ctx: Context,
    para: Para,
    chunk: Chunk,
    said: list[_Said],
    previous_open: _Said | None,
    last_speaker: _Said | None,
) -> _Said:
    index = chunk.quote
    q = para.quotes[index]
    if index == 0 and previous_open is not None and not para.text[: q.open_mark].strip():
        return _Said(previous_open.key, previous_open.confidence, "(continued)", False)
    closing = _closing_said(ctx, para, q.open_mark)
    if closing is not None:  # "A landlord could face a counterclaim, she said. “A court …”"
        return closing
    cued = [s for s in said if s.cued and s.cue not in {"(title)", "(law)"}]
    if cued:
        prior = cued[-1]
        previous = para.quotes[index - 1] if index > 0 else q
        # names in the previous quotation's own sentence belong to its cue
        own = ctx.sentences(para.number)[ctx.sentence_index(para, max(previous.end - 1, 0))]
        after = max(previous.end, own[1])
        between = (
            after < q.open_mark
            and not only_attribution(para.text[after : q.open_mark], prior.cue)
            and (
                _names_between(ctx, para, after, q.open_mark, prior.key)
                or _new_subject(para.narrative[after : q.open_mark])
            )
        )
        if not between:
            return _Said(prior.key, prior.confidence, "(same paragraph)", False, prior.unnamed)
        return _NONE
    introduced = _introduced(ctx, para) if index == 0 and _only_quotes(para) else None
    if introduced is not None:  # "He said:" closing the paragraph before
        return introduced
    if index == 0 and _only_quotes(para) and (reporter := reported_before(ctx, para)):
        return _Said(reporter, "high", "(reported before)", False)  # "Lee said the …."
    before = _said_before(ctx, para, q.open_mark) if index == 0 else None
    if before is not None:  # "Moffat says she used the clinic twice. “I honestly …”"
        return before
    if index == 0 and last_speaker is not None and last_speaker.key and _only_quotes(para):
        sure = last_speaker.confidence == "high" and _last_word_was(ctx, para, last_speaker.key)
        return _Said(last_speaker.key, "high" if sure else "low", "(previous paragraph)", False)
    return _NONE


def _said_before(ctx: Context, para: Para, offset: int) -> _Said | None:
    """A quotation opening a sentence after one, with no quotation, in which a person says
    something ("Sandra Moffat, a retired teacher, says she used …"): that person, "low"."""
    s = ctx.sentence_index(para, offset)
    if s < 1 or para.text[ctx.sentences(para.number)[s][0] : offset].strip(" \"'“‘"):
        return None
    row = ctx.rows(para.number)[s - 1]
    said = next((j for j, c in enumerate(row) if is_word(row, j, *lx.SAID_FORMS)), -1)
    if said < 0 or any(c.kind == "quote" for c in row):
        return None
    who = ctx.subject(row, said, para)
    if who is None or who is COORDINATED or who.key is None or ctx.kinds.get(who.key) != "person":
        return None
    return _Said(who.key, "high", "(sentence before)", False)


def _closing_said(ctx: Context, para: Para, offset: int) -> _Said | None:
    """A quotation that is a whole sentence right after a sentence closed by ", she said."
    or ", Lee added.": that cue's speaker goes on."""
    index = ctx.sentence_index(para, offset)
    if index == 0:
        return None
    rows = ctx.rows(para.number)
    if any(c.kind not in ("quote", "punct") for c in rows[index]):
        return None
    before = rows[index - 1]
    words = [k for k, c in enumerate(before) if c.kind != "punct"]
    if len(words) < 3 or before[words[-1]].text not in lx.SAID_FORMS:
        return None
    subject = before[words[-2]]
    if subject.kind not in ("pron", "name") or before[words[-2] - 1].text != ",":
        return None
    if subject.kind == "pron":
        who = ctx.pronoun(para, subject.start, subject.text, before)
    else:
        who = Who(subject.mention.key if subject.mention else None, "high")
    return _Said(who.key, who.confidence, "(same paragraph)", False) if who.key else None


def _introduced(ctx: Context, para: Para) -> _Said | None:
    """A paragraph that is only a quotation, after a paragraph that ends with a reporting
    verb and a colon ("Scipione gave an update on Tuesday. He said:"): that verb's speaker."""
    if para.number < 2:
        return None
    before = ctx.paras[para.number - 2]
    rows = ctx.rows(before.number)
    if not before.text.rstrip().endswith(":") or not rows or before.quotes:
        return None
    row = rows[-1]
    verbs = [j for j, c in enumerate(row) if c.kind == "word" and c.text in sp.VERB_FORMS]
    tail = [c for c in row[verbs[-1] + 1 :] if c.kind != "punct"] if verbs else []
    if not verbs or len(tail) > 3 or any(c.kind == "quote" for c in tail):
        return None  # the verb must close the paragraph: "He said:", "X told Wikinews:"
    who = verb_cue(ctx, before, row, verbs[-1]).who
    return _Said(who.key, who.confidence, "(introduced)", True) if who.key else None


def _last_word_was(ctx: Context, para: Para, key: str | None) -> bool:
    """Does the paragraph before end with `key`'s quotation and its cue, no one else named
    after it ("“…,” Lee said." then a paragraph that is only a quotation: Lee goes on)?"""
    if key is None or para.number < 2:
        return False
    before = ctx.paras[para.number - 2]
    if not before.quotes:
        return False
    last = before.quotes[-1].open_mark
    return all(m.key == key for m in ctx.by_para.get(before.number, []) if m.start > last)


def _new_subject(text: str) -> bool:
    """Does a sentence between two quotations have a subject of its own ("Critics
    disagreed."), who could own the next quotation? A pronoun carries the speaker on."""
    words = _WORDS.findall(text)
    if len(words) < 2 or words[0].casefold() in _CARRY_ON:
        return False
    return len(words) > 3 or sp.VERB_FORMS.get(words[-1].casefold()) != "finite"  # "Lee asked."


_WORDS = re.compile(r"[^\W\d_][\w’'-]*")
_CARRY_ON = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "and", "but"})


def _candidates(row: Sequence[Chunk], guess: str | None) -> tuple[str, ...]:
    """Who an editor may pick for an unclear quote: the guess, then the people and
    organisations its sentence names (outside quotations), in order, at most four."""
    named = [c.mention.key for c in row if c.kind == "name" and c.mention is not None]
    return tuple(dict.fromkeys(k for k in (guess, *named) if k is not None))[:4]


def _only_quotes(para: Para) -> bool:
    return para.narrative.strip(" .,;:!?\"“”‘’'") == ""


def _names_between(ctx: Context, para: Para, start: int, end: int, key: str | None) -> bool:
    return any(
        start <= m.start < end and not para.in_quote(m.start) and m.key != key
        for m in ctx.by_para.get(para.number, [])
    )


def _pronoun_cue(cue: str) -> bool:
    words = cue.casefold().split()
    return bool(words) and words[0] in sp.PRONOUNS_PERSON


def _names_before(ctx: Context, para: Para, offset: int) -> bool:
    return any(
        m.kind == "person" and m.start < offset and not para.in_quote(m.start)
        for m in ctx.by_para.get(para.number, [])
    )


def _resolve_cataphora(quotes: list[Quote], pending: list[int], said: list[_Said]) -> None:
    """“A,” he said. “B,” Starmer said. — the paragraph's named speaker, low."""
    named = {s.key for s in said if s.key and s.cued and not _pronoun_cue(s.cue)}
    if len(named) != 1:
        return
    key = next(iter(named))
    for i in pending:
        q = quotes[i]
        if q.speaker_key != key:
            candidates = (key, *(c for c in q.candidates if c != key))
            quotes[i] = Quote(q.text, key, q.span, "low", q.cue, q.unnamed, candidates)
