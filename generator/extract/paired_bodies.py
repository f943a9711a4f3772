"""Two bodies named together, then a description that fits both: "Fenmoor Telecom and rival
Quayside Mobile raised prices. “…,” the company said", "Marrow Systems, along with Dunlin
Software, won the contract. The company said": either may be meant, so "speaker unclear",
not the last named or the subject. The text singles one out only by the description's own
words: "the bank" when only one of the two is a bank. For `body_referents`. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from generator.extract.body_kinds import ANY_BODY, TRADING, fits_kind, name_heads
from generator.extract.clauses import Chunk
from generator.extract.document import Para
from generator.extract.phrases import Phrase, Who
from generator.extract.referent_views import MentionView
from generator.extract.rows import verb_at
from generator.extract.sole_firms import FirmIndex, reporting, reporting_only, sole_firm

# What joins two names as one subject or one object: "and", "or", "as well as", ", along
# with", ", together with", with up to two plain words before the second name ("and rival",
# "and its partner"), never a clause ("and said", "and then").
_JOINED = re.compile(
    r"\s*,?\s*(?:and|or|&|as\s+well\s+as|along\s+with|together\s+with)\s+"
    r"(?:(?:its|their|the|rival|fellow|partner|sister|parent|smaller|larger|local|"
    r"competitor|peer)\s+){0,2}$",
    re.I,
)


class _Bodies(MentionView, Protocol):
    """What `unpaired` reads of `body_referents.BodyReferents`."""

    @property
    def paras(self) -> Sequence[Para]: ...
    @property
    def _firms(self) -> FirmIndex: ...
    def previous_row(self, para: Para, offset: int) -> tuple[Para, tuple[Chunk, ...]]: ...
    def rows(self, number: int) -> list[tuple[Chunk, ...]]: ...
    def sentence_index(self, para: Para, offset: int) -> int: ...
    def speakers(self, paragraph: int, sentence: int) -> Sequence[_Spoken]: ...


class _Spoken(Protocol):
    """A speaker the sentence's quotations were given (`discourse._Seen`)."""

    @property
    def key(self) -> str: ...


def unpaired(refs: _Bodies, who: Who | None, phrase: Phrase, para: Para, offset: int) -> Who | None:
    """`who`, unless the last two bodies named before the description (this paragraph and
    the one before) are joined as one subject or object: then "speaker unclear" for a
    confident `who` of the two when the description fits both, and the one firm of the two
    when it is "the company" and only one is a firm."""
    if phrase.modifiers or phrase.preps:  # "the Swedish company", "the smaller firm": its
        return who  # own words may pick one
    pair = joined_bodies(refs, para, offset)
    sure = who is not None and who.confidence == "high"
    if sure and who is not None and _acted_on(refs, who.key, phrase.noun, para, offset):
        return Who(None, "low", phrase.text)  # "X sued Y. The company said": either
    if pair is None or (sure and who is not None and who.key not in pair):
        return who
    if phrase.noun in TRADING and (firm := sole_firm(pair, refs._firms.mentions, refs.paras)):
        return Who(firm, "high")  # "Ostrel Energy and the Gas Workers Union": the one firm
    if sure and all(fits_kind(phrase.noun, n) for n in pair.values()):
        return Who(None, "low", phrase.text)  # not "Velmont Bank and Orrin Insurance ….
    return who  # The bank said": the bank


def joined_bodies(refs: _Bodies, para: Para, offset: int) -> dict[str, str] | None:
    """The last two bodies named before `offset` (this paragraph and the one before), key →
    name, when they are joined as one subject or object ("X and rival Y", "X, along with
    Y,")."""
    orgs = [
        m
        for n in (para.number - 1, para.number)
        for m in refs.by_para.get(n, [])
        if (n < para.number or m.start < offset) and refs.kinds.get(m.key) == "organisation"
    ]
    if len(orgs) < 2:
        return None
    first, second = orgs[-2], orgs[-1]
    if first.key == second.key or first.paragraph != second.paragraph:
        return None
    if not _JOINED.fullmatch(refs.paras[first.paragraph - 1].text[first.end : second.start]):
        return None
    return {k: refs.names.get(k, "") for k in (first.key, second.key)}


# What stands right before a body the verb acts on: its object ("sued Y"), or a partner or
# an agent ("signed a pact with Y", "was sued by Y").
_ACTED_ON = frozenset({"with", "against", "by", "from"})


def _acted_on(refs: _Bodies, key: str | None, noun: str, para: Para, offset: int) -> bool:
    """Does the sentence before the description (or its own, before it) name, beside the
    body `key`, another body the noun fits right after a verb or "with"/"against"/"by"/
    "from" ("Harlow Biotech sued Menzies Pharma.", "X signed a pact with Y.")? Then "the
    company" may be either. Not an outlet ("reviewed by VOA"), not an owner ("rejected Y's
    nominees"), and not when `key` spoke in the sentence before ("X said it was “…” and
    accused Y. “…,” the company said": X goes on)."""
    last, before = refs.previous_row(para, offset)
    own = refs.rows(para.number)[refs.sentence_index(para, offset)]
    chunks = [*before, *(c for c in own if c.end <= offset)]
    named = {c.mention.key for c in chunks if c.body and c.mention is not None}
    if key not in named or (before and _spoke(refs, key, last, before[0].start)):
        return False
    for k, c in enumerate(chunks):
        m = c.mention if c.body and not c.possessive else None
        if m is None or m.key == key or not _fits(noun, refs.names.get(m.key, "")):
            continue
        p = k - 1 if k > 0 and chunks[k - 1].text == "the" else k
        if p < 1 or not (verb_at(chunks, p - 1) or chunks[p - 1].text in _ACTED_ON):
            continue
        if not reporting(refs.paras[m.paragraph - 1], m) and not reporting_only(
            refs.paras, refs._firms.mentions.get(m.key, ())
        ):
            return True
    return False


def _fits(noun: str, name: str) -> bool:
    """Does "the <noun>" fit `name` by more than being a body ("the group" fits any)?"""
    if noun in ANY_BODY and noun not in TRADING:
        return noun in name_heads(name)
    return fits_kind(noun, name)


def _spoke(refs: _Bodies, key: str, para: Para, offset: int) -> bool:
    """Was `key` given a quotation of the sentence at `offset` of `para`?"""
    return any(s.key == key for s in refs.speakers(para.number, refs.sentence_index(para, offset)))
