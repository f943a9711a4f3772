"""Quotations and who said them.

`find_quotes(paras, names)` → tuple of `Quote`, in text order. Attribution, strongest first:
1. right after the closing mark: `,” Starmer said` / `,” said Ellen Weintraub` / `,” he said`;
2. the nearest speech verb before the quote in its sentence, and that verb's subject:
   `Starmer said he had “…”`, `X told MPs: “…”`, `…, saying “…”`, `what it termed “…”`;
3. a later quote in the same paragraph with no cue of its own takes the earlier quote's
   speaker (news convention: one speaker a paragraph); a paragraph continuing an unclosed
   quote takes the speaker of the quote it continues;
4. a quote paragraph with no cue at all: the previous paragraph's last speaker, low.
Pronouns ("he said") go to the most recent speaker, else the most recent person subject;
"high" only when that person is the named subject of the sentence just before. A cataphoric
"he said" in a paragraph whose other quote names its speaker takes that speaker, low.
Descriptors ("the prime minister said") take the last sentence's subject, low. When no subject
is found the speaker is None: a wrong confident speaker is worse than none. Quoted text that
is a file path, a file name or an address (`"/etc/passwd"`, `"mkdocs.yml"`: issue 11) is not
speech and never a quote. Never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract import lexicon as lx
from generator.extract.document import Para
from generator.extract.names import NameMention, NameResult
from generator.extract.quotemarks import QuoteSpan
from generator.extract.types import Confidence, Quote, Span

_WORD = re.compile(r"[\w’']+")
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
class _Speaker:
    key: str | None
    confidence: Confidence
    cue: str


_NONE = _Speaker(None, "low", "")


class _Context:
    def __init__(self, paras: tuple[Para, ...], names: NameResult) -> None:
        self.paras = paras
        self.names = names
        self.by_para: dict[int, list[NameMention]] = {}
        for m in names.mentions:
            self.by_para.setdefault(m.paragraph, []).append(m)
        self.last_speaker: tuple[int, int, str] | None = None  # paragraph, offset, key
        self.kinds = {e.key: e.kind for e in names.entities}

    def mention_ending(self, para: Para, end: int) -> NameMention | None:
        best = None
        for m in self.by_para.get(para.number, []):
            stop = m.end + (2 if m.possessive else 0)
            if m.end == end or stop == end:
                best = m if best is None or m.derived else best
        return best

    def mention_starting(self, para: Para, start: int) -> NameMention | None:
        for m in self.by_para.get(para.number, []):
            if m.full_start == start:
                return m
        return None

    def sentence_subject(self, para: Para, sent: tuple[int, int]) -> NameMention | None:
        """The first named mention of a sentence, if it opens the sentence's narrative."""
        for m in self.by_para.get(para.number, []):
            if m.kind == "organisation" and m.possessive and not m.derived:
                continue  # "Al Jazeera’s Jonah Hull": the affiliation is not the subject
            if sent[0] <= m.full_start < sent[1] and not para.in_quote(m.full_start):
                prefix = para.narrative[sent[0] : m.full_start]
                if len(_WORD.findall(prefix)) <= 6:
                    return m
                return None
        return None

    def previous_subject(self, para: Para, offset: int) -> tuple[NameMention | None, bool]:
        """Subject of the sentence before `offset` (here or in earlier paragraphs) and whether
        it is the immediately preceding sentence."""
        immediate = True
        p = para
        while True:
            sents = [s for s in p.sentences if s[1] <= offset] if p is para else list(p.sentences)
            for sent in reversed(sents):
                if not para.narrative[sent[0] : sent[1]].strip() and p is para:
                    continue
                subject = self.sentence_subject(p, sent)
                if subject is not None:
                    return subject, immediate
                immediate = False
            if p.number <= 1 or para.number - p.number >= 2:
                return None, False
            p = self.paras[p.number - 2]
            offset = len(p.text)


def _after_cue(ctx: _Context, para: Para, q: QuoteSpan) -> _Speaker | None:
    if q.close_mark is None:
        return None
    tail = para.text[q.close_mark + 1 :]
    m = re.match(r"\s*,?\s*", tail)
    pos = q.close_mark + 1 + (m.end() if m else 0)
    words = list(_WORD.finditer(para.text, pos, min(len(para.text), pos + 120)))
    if not words:
        return None
    first = words[0]
    if first.start() != pos:
        return None
    if first.group().casefold() in lx.SPEECH_VERBS and len(words) > 1:
        mention = ctx.mention_starting(para, words[1].start())
        cue = para.text[first.start() : words[1].end()]
        if mention is not None:
            return _Speaker(_key(mention), "high", para.text[first.start() : mention.end])
        return _descriptor(ctx, para, q.open_mark, cue)
    for k, word in enumerate(words[:7]):
        if word.group().casefold() in lx.SPEECH_VERBS:
            if para.text[pos : word.start()].strip().endswith((".", "!", "?")):
                return None
            cue = para.text[pos : word.end()]
            opener = words[0].group()
            if not (
                opener[:1].isupper() or opener.casefold() in lx.DETERMINERS | {"he", "she", "it"}
            ):
                return None  # "… and promised": a new clause, not an attribution
            found = _subject(ctx, para, pos, word.start(), cue, q.open_mark)
            return found or _Speaker(None, "low", cue)
        if k and para.text[words[k - 1].end() : word.start()].strip() not in {""}:
            return None
    return None


def _key(m: NameMention) -> str:
    return m.key


def _subject(
    ctx: _Context, para: Para, lo: int, verb_start: int, cue: str, anchor: int
) -> _Speaker | None:
    """Who performs the speech verb at `verb_start`; `lo` bounds the search to the left."""
    head = para.narrative[lo:verb_start].rstrip()
    words = _WORD.findall(head)
    while words and words[-1].casefold() in lx.SUBJECT_SKIP:
        head = head[: head.casefold().rfind(words[-1].casefold())].rstrip()
        words = words[:-1]
    if head.endswith(","):  # "Brooks, speaking to CNN, said": skip the parenthesis
        inner = head[:-1].rstrip()
        clause = inner[inner.rfind(",") + 1 :].lstrip() if "," in inner else ""
        mention = None if clause[:1].islower() else ctx.mention_ending(para, lo + len(inner))
        if mention is None and "," in inner:
            inner = inner[: inner.rfind(",")].rstrip()
            mention = ctx.mention_ending(para, lo + len(inner))
        head = inner
        words = _WORD.findall(head)
    else:
        mention = ctx.mention_ending(para, lo + len(head))
    if mention is not None and mention.kind == "organisation":
        before = para.text[: mention.full_start]
        for joint in (" of the ", " of ", " at the ", " at "):
            if before.endswith(joint):
                person = ctx.mention_ending(para, len(before) - len(joint))
                if person is not None and person.kind == "person":
                    mention = person
                break
    if mention is not None:
        nxt = para.text[mention.end : verb_start].strip()
        if mention.possessive and not mention.derived:
            if nxt.startswith(("’s office", "'s office")):
                return _Speaker(mention.key, "low", cue)
            return None
        return _Speaker(mention.key, "high", cue)
    if not words:
        return None
    last = words[-1].casefold()
    if last in lx.PRONOUNS_PERSON:
        return _pronoun(ctx, para, lo + head.casefold().rfind(last), cue, "person")
    if last in lx.PRONOUNS_ORG:
        return _pronoun(ctx, para, lo + head.casefold().rfind(last), cue, "organisation")
    if last in {"campaign", "team"} and len(words) >= 2 and "president" in head.casefold():
        return None
    if 2 <= len(words) <= 5 and words[0].casefold() in {"the", "a", "an"}:
        return _descriptor(ctx, para, anchor, cue)
    return None


def _descriptor(ctx: _Context, para: Para, offset: int, cue: str) -> _Speaker:
    subject, _ = ctx.previous_subject(para, offset)
    if subject is None:
        return _Speaker(None, "low", cue)
    return _Speaker(subject.key, "low", cue)


def _pronoun(ctx: _Context, para: Para, offset: int, cue: str, kind: str) -> _Speaker:
    if kind == "organisation":
        sent = para.sentence_of(offset)
        subject = ctx.sentence_subject(para, sent)
        if subject is not None and subject.kind == "organisation":
            return _Speaker(subject.key, "low", cue)
        return _Speaker(None, "low", cue)
    # same sentence first: "Starmer said he had …" is handled by the verb's own subject
    subject, immediate = ctx.previous_subject(para, offset)
    if subject is not None and subject.kind == "person" and immediate:
        return _Speaker(subject.key, "high", cue)
    last = ctx.last_speaker
    if last is not None and para.number - last[0] <= 2 and ctx.kinds.get(last[2]) == "person":
        return _Speaker(last[2], "low", cue)
    if subject is not None and subject.kind == "person":
        return _Speaker(subject.key, "high" if immediate else "low", cue)
    return _Speaker(None, "low", cue)


def _before_cue(ctx: _Context, para: Para, q: QuoteSpan) -> _Speaker | None:
    sent = para.sentence_of(q.open_mark)
    lo = sent[0]
    text = para.narrative[lo : q.open_mark]
    verbs = [
        w
        for w in _WORD.finditer(text)
        if w.group().casefold() in lx.SPEECH_VERBS | lx.SPEECH_PARTICIPLES
    ]
    acc = re.search(r"\baccording to\s*$", text)
    if acc:
        return None
    if not verbs:
        return None
    verb = verbs[-1]
    word = verb.group().casefold()
    start = lo + verb.start()
    cue = verb.group()
    if word in lx.SPEECH_PARTICIPLES:
        for earlier in reversed(verbs[:-1]):
            if earlier.group().casefold() in lx.SPEECH_VERBS:
                found = _subject(ctx, para, lo, lo + earlier.start(), cue, q.open_mark)
                if found is not None:
                    return found
        candidates = [
            m
            for m in ctx.by_para.get(para.number, [])
            if lo <= m.full_start and m.end <= start and not para.in_quote(m.start)
        ]
        if not candidates:
            return None
        persons = [m for m in candidates if m.kind == "person"]
        pick = persons[-1] if persons else candidates[-1]
        return _Speaker(pick.key, "high" if len(candidates) == 1 else "low", cue)
    found = _subject(ctx, para, lo, start, cue, q.open_mark)
    if found is None and text[: verb.start()].rstrip().endswith(" and"):
        for earlier in reversed(verbs[:-1]):  # "X said … and promised “…”": X again
            if earlier.group().casefold() in lx.SPEECH_VERBS:
                found = _subject(ctx, para, lo, lo + earlier.start(), cue, q.open_mark)
                break
    return found or _Speaker(None, "low", cue)


def find_quotes(paras: tuple[Para, ...], names: NameResult) -> tuple[Quote, ...]:
    ctx = _Context(paras, names)
    quotes: list[Quote] = []
    previous_open: _Speaker | None = None  # the unclosed quote the next paragraph may continue
    for para in paras:
        para_speakers: list[_Speaker] = []
        pending: list[int] = []  # indexes in `quotes` of cataphoric pronoun quotes
        for index, q in enumerate(para.quotes):
            continued = (
                index == 0 and previous_open is not None and para.text[: q.open_mark].strip() == ""
            )
            speaker = _after_cue(ctx, para, q) or _before_cue(ctx, para, q)
            if speaker is None and continued and previous_open is not None:
                speaker = _Speaker(previous_open.key, previous_open.confidence, "(continued)")
            if (
                speaker is None
                and para_speakers
                and para_speakers[-1].key is not None
                and not _names_between(
                    ctx, para, para.quotes[index - 1].end, q.open_mark, para_speakers[-1].key
                )
            ):
                prior = para_speakers[-1]
                speaker = _Speaker(prior.key, prior.confidence, "(same paragraph)")
            if speaker is None and index == 0 and para.narrative.strip(" .,;:!?\"“”‘’'") == "":
                speaker = _previous_paragraph(ctx, para)
            if speaker is None:
                speaker = _NONE
            if (
                speaker.key is not None
                and _is_pronoun_cue(speaker.cue)
                and not _names_before(ctx, para, q.open_mark)
            ):
                pending.append(len(quotes))
            quotes.append(
                Quote(
                    para.text[q.start : q.end],
                    speaker.key,
                    Span(para.number, q.start, q.end),
                    speaker.confidence,
                    speaker.cue,
                )
            )
            para_speakers.append(speaker)
            if speaker.key is not None and speaker.confidence == "high":
                ctx.last_speaker = (para.number, q.start, speaker.key)
        _resolve_cataphora(quotes, pending, para_speakers)
        _note_reported_speech(ctx, para)
        last = para.quotes[-1] if para.quotes else None
        previous_open = para_speakers[-1] if last is not None and not last.closed else None
    return tuple(q for q in quotes if not is_path(q.text))


def is_path(text: str) -> bool:
    """True for quoted text that is a file path, a file name or an address, not speech."""
    return bool(_PATH.match(text.strip()))


def _names_between(ctx: _Context, para: Para, start: int, end: int, key: str | None) -> bool:
    return any(
        start <= m.start < end
        and not para.in_quote(m.start)
        and m.kind == "person"
        and m.key != key
        for m in ctx.by_para.get(para.number, [])
    )


def _is_pronoun_cue(cue: str) -> bool:
    words = cue.casefold().split()
    return bool(words) and words[0] in lx.PRONOUNS_PERSON


def _names_before(ctx: _Context, para: Para, offset: int) -> bool:
    return any(
        m.kind == "person" and m.start < offset and not para.in_quote(m.start)
        for m in ctx.by_para.get(para.number, [])
    )


def _resolve_cataphora(quotes: list[Quote], pending: list[int], speakers: list[_Speaker]) -> None:
    """“A,” he said. “B,” Starmer said. — the paragraph's named speaker, low."""
    named = {
        s.key for s in speakers if s.key and s.confidence == "high" and not _is_pronoun_cue(s.cue)
    }
    named_cues = [s for s in speakers if s.key and not _is_pronoun_cue(s.cue) and s.cue]
    if len(named) != 1 or not named_cues:
        return
    key = named_cues[0].key
    for i in pending:
        q = quotes[i]
        if q.speaker_key != key:
            quotes[i] = Quote(q.text, key, q.span, "low", q.cue)


def _previous_paragraph(ctx: _Context, para: Para) -> _Speaker | None:
    if para.number <= 1:
        return None
    prev = ctx.paras[para.number - 2]
    last = ctx.last_speaker
    if prev.quotes and last is not None and last[0] == prev.number:
        return _Speaker(last[2], "low", "(previous paragraph)")
    if prev.sentences:
        subject = ctx.sentence_subject(prev, prev.sentences[0])
        if subject is not None and subject.kind == "person":
            return _Speaker(subject.key, "low", "(previous paragraph)")
    return None


def _note_reported_speech(ctx: _Context, para: Para) -> None:
    """ "Al Jazeera’s Hull said Patel’s statement …": a speaker for later pronouns."""
    for word in _WORD.finditer(para.narrative):
        if word.group().casefold() in {"said", "says", "told", "added", "wrote"}:
            sent = para.sentence_of(word.start())
            mention = ctx.mention_ending(para, len(para.narrative[: word.start()].rstrip()))
            if mention is not None and mention.kind == "person" and sent[0] <= mention.start:
                last = ctx.last_speaker
                if last is None or (last[0], last[1]) <= (para.number, word.start()):
                    ctx.last_speaker = (para.number, word.start(), mention.key)
