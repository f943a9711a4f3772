"""The candidates an editor is offered for a quotation the rules leave with no speaker,
likeliest first.

`rank_candidates(paras, quotes, mentions, entities)` → the quotes, where each quotation with
no speaker (but those whose cue says they are no one's words: a title, a law's terms) gets as
`candidates` the four people or organisations a small log-linear model scores highest among
those the text names before it or in its sentence. The speaker stays unclear: the ranking
only orders the editor's review ("candidates: A; or B, C"), and a reader never sees it.

The features (`features`) are what a reader uses to carry a speaker across sentences: how
near the candidate was last named, whether it spoke the quotation before or after, whether
the subject the rules found and could not name ("the company", "Mr Ode, who …") fits it, how
often it is named. The weights are fitted by `python -m generator.extract.fit_candidates` on
read blind sets (a softmax over each quotation's candidates) and stored in
`candidate_weights`; that command also prints how often the first candidate is right on sets
it was not fitted on, against the sentence's own names in order. Pure and deterministic;
never raises.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from generator.extract import lexicon as lx
from generator.extract.candidate_weights import WEIGHTS
from generator.extract.document import Para
from generator.extract.quotes import NO_ONE
from generator.extract.types import Entity, Mention, Quote

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_PRONOUN = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their"})
SHOWN = 4  # candidates offered


def rank_candidates(
    paras: Sequence[Para],
    quotes: Sequence[Quote],
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
) -> tuple[Quote, ...]:
    if not any(is_open(q) for q in quotes):
        return tuple(quotes)
    layout = Layout(paras, mentions, entities)
    out = list(quotes)
    for i, quote in enumerate(quotes):
        if is_open(quote):
            options = features(layout, quotes, i)
            ranked = sorted(options, key=lambda k: (-score(WEIGHTS, options[k]), _rank(layout, k)))
            out[i] = replace(quote, candidates=tuple(ranked[:SHOWN]) or quote.candidates)
    return tuple(out)


def score(weights: dict[str, float], found: dict[str, float]) -> float:
    """A candidate's logit."""
    return sum(weights.get(name, 0.0) * value for name, value in found.items())


def is_open(quote: Quote) -> bool:
    return quote.speaker_key is None and quote.cue not in NO_ONE


def _rank(layout: Layout, key: str) -> tuple[int, str]:
    return (-layout.first.get(key, 0), key)  # a tie goes to the one named first, then by key


class Layout:
    """Where each sentence and each entity's mentions (outside quotations) stand."""

    def __init__(
        self, paras: Sequence[Para], mentions: Sequence[Mention], entities: Sequence[Entity]
    ) -> None:
        self.paras = {p.number: p for p in paras}
        self.base: dict[int, int] = {}
        count = 0
        for p in paras:
            self.base[p.number] = count
            count += max(1, len(p.sentences))
        self.entities = {e.key: e for e in entities}
        self.spots: dict[str, list[tuple[int, int, int]]] = {}  # key → (sentence, para, offset)
        self.first: dict[str, int] = {}
        for order, m in enumerate(mentions):
            para = self.paras.get(m.span.paragraph)
            if para is None or para.in_quote(m.span.start) or m.entity_key not in self.entities:
                continue
            where = (self.sentence(para, m.span.start), para.number, m.span.start)
            self.spots.setdefault(m.entity_key, []).append(where)
            self.first.setdefault(m.entity_key, -order)

    def sentence(self, para: Para, offset: int) -> int:
        for n, (start, end) in enumerate(para.sentences):
            if start <= offset < end:
                return self.base[para.number] + n
        return self.base[para.number] + max(0, len(para.sentences) - 1)


def features(layout: Layout, quotes: Sequence[Quote], index: int) -> dict[str, dict[str, float]]:
    """Each candidate's features for quotation `index`: every entity named (outside
    quotations) before it or in its sentence."""
    quote = quotes[index]
    para = layout.paras.get(quote.span.paragraph)
    if para is None:
        return {}
    here = layout.sentence(para, quote.span.start)
    subject = _Subject(quote)
    definite, pronoun = float(subject.shape == "the …"), float(subject.shape == "pronoun")
    recent = sorted(
        (
            (max(s for s in spots if s < (here, para.number, quote.span.start)), k)
            for k, spots in layout.spots.items()
            if any(s < (here, para.number, quote.span.start) for s in spots)
        ),
        reverse=True,
    )
    order = {k: n for n, (_, k) in enumerate(recent)}
    by_kind: dict[str, int] = {}
    kind_order: dict[str, int] = {}
    for _, k in recent:
        kind = layout.entities[k].kind
        kind_order[k] = by_kind.get(kind, 0)
        by_kind[kind] = kind_order[k] + 1
    before = [q for q in quotes[:index] if q.speaker_key is not None]
    after = [q for q in quotes[index + 1 :] if q.speaker_key is not None]
    last = before[-1] if before else None
    following = after[0] if after else None
    spoke: dict[str, int] = {}
    for q in quotes:
        if q.speaker_key is not None and q.confidence == "high":
            spoke[q.speaker_key] = spoke.get(q.speaker_key, 0) + 1
    sentence_keys = sorted(
        (o, k) for k, spots in layout.spots.items() for s, _, o in spots if s == here
    )
    first_named = sentence_keys[0][1] if sentence_keys else None
    out: dict[str, dict[str, float]] = {}
    for key, spots in sorted(layout.spots.items()):
        earlier = [s for s in spots if s[0] < here or (s[0] == here and s[2] < quote.span.start)]
        later_here = any(s[0] == here and s[2] >= quote.span.end for s in spots)
        if not earlier and not later_here:
            continue
        entity = layout.entities[key]
        gap = here - earlier[-1][0] if earlier else 10
        f: dict[str, float] = {}
        f["same sentence before"] = float(bool(earlier) and gap == 0)
        f["same sentence after"] = float(later_here)
        before_words = {_word_before(para, o) for sen, _, o in spots if sen == here}
        f["in its sentence only after told/to/with"] = float(
            bool(before_words) and before_words <= _LISTENER
        )
        f["in its sentence after of/for/at"] = float(bool(before_words & _OWNER))
        f["first named in its sentence"] = float(key == first_named)
        f["most recent"] = float(order.get(key) == 0)
        f["second most recent"] = float(order.get(key) == 1)
        f["most recent of its kind"] = float(kind_order.get(key) == 0)
        f["previous sentence"] = float(gap == 1)
        f["same paragraph"] = float(any(s[1] == para.number for s in earlier))
        f["previous paragraph"] = float(any(s[1] == para.number - 1 for s in spots))
        f["sentences back"] = min(gap, 10) / 10
        f["last speaker"] = float(last is not None and last.speaker_key == key)
        f["last speaker, same paragraph"] = f["last speaker"] * float(
            last is not None and last.span.paragraph == para.number
        )
        f["last speaker, paragraph before"] = f["last speaker"] * float(
            last is not None and last.span.paragraph == para.number - 1
        )
        f["next speaker"] = float(following is not None and following.speaker_key == key)
        f["next speaker, same paragraph"] = f["next speaker"] * float(
            following is not None and following.span.paragraph == para.number
        )
        f["quotes spoken"] = math.log1p(spoke.get(key, 0))
        f["mentions"] = math.log1p(len(spots))
        f["person"] = float(entity.kind == "person")
        organisation = 1 - f["person"]
        f["person × definite subject"] = f["person"] * definite
        f["organisation × definite subject"] = organisation * definite
        f["person × pronoun subject"] = f["person"] * pronoun
        f["kind fits the subject's noun"] = float(subject.kind == entity.kind)
        f["kind fits, most recent of its kind"] = f["kind fits the subject's noun"] * float(
            kind_order.get(key) == 0
        )
        f["kind fits a definite subject"] = f["kind fits the subject's noun"] * definite
        f["kind clashes with a definite subject"] = float(
            bool(definite) and subject.kind not in {"", entity.kind}
        )
        f["subject's noun in the name"] = float(subject.noun in _words(entity))
        f["named in the subject"] = float(bool(subject.names & _words(entity)))
        f["subject is the cue word"] = float(subject.shape == "cue")
        f["first named × no subject"] = f["first named in its sentence"] * float(
            subject.shape in {"cue", ""}
        )
        out[key] = f
    return out


# A subject's noun that names a body ("the company", "the board"), not a person.
_ORG_NOUNS = lx.ORG_HEADS | lx.ORG_NOUNS | frozenset({"inquiry", "audit", "report", "statement"})


_LISTENER = frozenset({"told", "to", "with", "tell", "telling", "asked", "urged", "against"})
_OWNER = frozenset({"of", "for", "at"})


def _word_before(para: Para, offset: int) -> str:
    """The last lowercase word before a mention, past any title ("to Economy Minister X")."""
    words = [w for w in _WORD.findall(para.text[max(0, offset - 60) : offset]) if w.islower()]
    return words[-1] if words else ""


def _words(entity: Entity) -> set[str]:
    return {
        w for form in (entity.name, *entity.surface_forms) for w in _WORD.findall(form.casefold())
    }


class _Subject:
    """The subject the rules found for a quotation and could not name (`Quote.unnamed`):
    its shape, its head noun, the kind that noun suggests, and its capitalised words."""

    def __init__(self, quote: Quote) -> None:
        text = re.split(r",| who | which | that ", quote.unnamed)[0]
        words = _WORD.findall(text)
        lower = [w.casefold() for w in words]
        self.names = {w.casefold() for w in words[1:] if w[:1].isupper()} | (
            {lower[0]}
            if words and words[0][:1].isupper() and lower[0] not in _DETERMINER
            else set()
        )
        self.noun = lower[-1] if lower else ""
        self.kind = "organisation" if self.noun in _ORG_NOUNS else "person" if lower else ""
        if not lower:
            self.shape = ""
        elif lower[0] in _PRONOUN:
            self.shape = "pronoun"
        elif quote.cue and lower == quote.cue.casefold().split():
            self.shape, self.kind = "cue", ""
        elif self.names:
            self.shape = "name"
        elif lower[0] in _DETERMINER:
            self.shape = "the …"
        elif self.noun.endswith("s") and len(lower) <= 3:
            self.shape, self.kind = "plural", ""
        else:
            self.shape = "other"


_DETERMINER = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their"})
