"""A body the text described before it speaks by a plain description: "the country's trade
ministry said on Tuesday …. The ministry said", "Poland's central bank cut its rate …. In a
statement, the bank said", "after the island's economy ministry placed them on a list. The
ministry said", for `referents.Referents.resolve` when no other reading names the speaker.
Pure.

- The descriptions read, once per document: "<Place>'s [words] <noun>" (a capitalised
  possessor that names no entity), "the country's/nation's/island's … [words] <noun>", and
  "the <lowercase words> <noun>" ("the trade ministry", "the central bank"), for the nouns
  of state bodies (ministry, bank, government, embassy …). A plain "the ministry" describes
  nothing.
- "the [words] <noun>" then stands for the one body those descriptions give, when every one
  before it agrees (the same words, one place at most; "the provincial environment
  ministry" and "the environment ministry" agree), the phrase's words are among them, and
  no organisation named so far fits the noun ("the bank" after a named lender stays with
  the other readings). Two bodies of the noun ("the country's trade ministry … China's
  commerce ministry"), another one ("another ministry") or several ("central banks") leave
  it unclear.
- The body is named by its description, as `referents.Referents._body` names one that
  speaks: the place's possessive kept ("Poland's central bank"), a generic one dropped
  ("trade ministry" for "the country's trade ministry").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol
from weakref import WeakKeyDictionary

from generator.extract import lexicon as lx
from generator.extract.body_kinds import fits_kind
from generator.extract.document import Para
from generator.extract.names import NameMention
from generator.extract.phrases import Phrase, Who, name_words
from generator.extract.types import Kind, Mention, Span
from generator.text import name_key

_NOUNS = lx.words(
    """ministry department bank government embassy consulate commission agency authority
    presidency cabinet administration tribunal"""
)
_PLACES = lx.words(  # "the country's trade ministry": a possessor that names no one body
    "country country's nation nation's island island's state state's kingdom kingdom's"
)
_OTHERS = lx.words("other another second rival new former previous same")
_NOUN = "|".join(sorted(_NOUNS))
_DESCRIPTION = re.compile(
    r"(?:(?P<place>\b[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})['’]s"  # "Poland's"
    r"|\b[Tt]he\s+(?P<generic>country|nation|island|state|kingdom)['’]s"  # "the country's"
    r"|\b(?P<the>[Tt]he))\s+"
    rf"(?P<mods>(?:[A-Za-z][a-z-]*\s+){{0,3}})(?P<noun>{_NOUN})\b(?!['’]?-)"
)
_PLURAL = {noun: noun[:-1] + "ies" if noun.endswith("y") else noun + "s" for noun in _NOUNS}


@dataclass(frozen=True)
class _Described:
    where: tuple[int, int]  # (paragraph, offset) of the description
    end: int
    place: str  # the capitalised possessor ("Poland"), or ""
    words: frozenset[str]  # its lowercase words before the noun
    name: str
    named: bool  # next to a name: "Latvijas Banka, the country's central bank"


class _Refs(Protocol):
    """What `described_before` reads and writes of `referents.Referents`."""

    kinds: dict[str, Kind]
    names: dict[str, str]
    bodies: dict[str, tuple[str, list[Mention]]]

    @property
    def paras(self) -> tuple[Para, ...]: ...
    @property
    def by_para(self) -> Mapping[int, Sequence[NameMention]]: ...
    def _orgs_before(self, here: tuple[int, int] | None) -> list[str]: ...


_READ: WeakKeyDictionary[object, dict[str, list[_Described]]] = WeakKeyDictionary()
_OPENERS = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "As", "After"})
_OPENING = lx.words(  # words a clause's subject follows
    """that which what as and but after before when while because since although though
    whom whose where said according to if once until"""
)
_NOT_WORDS = _OTHERS | lx.words("a an the its their his her this that of and or")


def adopt(refs: _Refs, name: str, span: Span) -> Who:
    """The body named only by the description `name` at `span` (made one when new)."""
    key = "new:" + name_key(name)
    refs.bodies.setdefault(key, (name, []))[1].append(Mention(key, span, name))
    refs.kinds[key] = "organisation"
    refs.names[key] = name
    return Who(key, "high")


def described_before(refs: _Refs, phrase: Phrase, para: Para, offset: int) -> Who | None:
    """The one body a description before `offset` gave the phrase's noun; "speaker unclear"
    when two were described; None when none was, or a named body fits the noun."""
    noun = phrase.noun
    if noun not in _NOUNS or phrase.det != "the" or phrase.possessor is not None:
        return None
    if phrase.preps or phrase.plural or phrase.apposition is not None:
        return None
    if any(m.kind != "word" or m.capital for m in phrase.modifiers):
        return None
    words = {m.text.casefold() for m in phrase.modifiers}
    here = (para.number, offset)
    found = [d for d in _read(refs).get(noun, []) if d.where < here]
    first = phrase.modifiers[0] if phrase.modifiers else phrase.head
    if not found or words & _OTHERS or first is None or not _subject(para.text[: first.start]):
        return None
    if any(d.named for d in found) or _introduced(refs, noun, here):
        return None  # "Latvijas Banka, the country's central bank,"; "a commission of inquiry"
    named = [k for k in refs._orgs_before(here) if k not in refs.bodies]
    if any(_fits(noun, refs.names.get(k, "")) for k in named):
        return None  # a named body of the kind: the other readings decide
    unclear = Who(None, "low", phrase.text)
    if any(d.words & _OTHERS for d in found) or _several(refs, noun, here):
        return unclear  # "another ministry", "the two central banks"
    places = {d.place.casefold() for d in found if d.place}
    widest = max(found, key=lambda d: len(d.words))
    if len(places) > 1 or any(not d.words <= widest.words for d in found):
        return unclear  # "the trade ministry … the commerce ministry": two ministries
    if not words <= widest.words:
        return None
    best = next((d for d in found if d.place and d.words == widest.words), widest)
    return adopt(refs, best.name, Span(best.where[0], best.where[1], best.end))


def _subject(before: str) -> bool:
    """Does the text before a phrase leave it a clause's subject ("In a statement, the bank
    said", "“…,” the ministry said", "which the ministry said"), not an object ("to
    “bully” the central bank")?"""
    rest = re.sub(r"\b[Tt]he\s*$", "", before).rstrip().rstrip("“”\"'‘’").rstrip()
    last = rest.rsplit(None, 1)[-1].casefold() if rest else ""
    return not rest or rest[-1] in ".,;:!?—(" or last in _OPENING


def _introduced(refs: _Refs, noun: str, here: tuple[int, int]) -> bool:
    """Was one of the noun brought in unnamed before ("a judicial commission of inquiry")?"""
    brought = re.compile(rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}{noun}\b", re.I)
    return any(
        brought.search(p.narrative if p.number < here[0] else p.narrative[: here[1]])
        for p in refs.paras[: here[0]]
    )


def _fits(noun: str, name: str) -> bool:
    return fits_kind(noun, name) or noun in name_words(name)


def _several(refs: _Refs, noun: str, here: tuple[int, int]) -> bool:
    """Is the noun's plural used before `here` ("the central banks of …")?"""
    plural = re.compile(rf"\b{_PLURAL[noun]}\b", re.I)
    return any(
        plural.search(p.narrative if p.number < here[0] else p.narrative[: here[1]])
        for p in refs.paras[: here[0]]
    )


def _read(refs: _Refs) -> dict[str, list[_Described]]:
    """noun → every description of a body by it, in the document's order (once a document)."""
    if refs in _READ:
        return _READ[refs]
    out: dict[str, list[_Described]] = {}
    for para in refs.paras:
        named = [(m.start, m.end) for m in refs.by_para.get(para.number, [])]
        for match in _DESCRIPTION.finditer(para.narrative):
            start = match.start("place") if match.group("place") else match.start("mods")
            if any(s < match.end() and start < e for s, e in named):
                continue  # "Nordvik's compliance department": a named body's part
            raw = match.group("mods").split()  # "the Velmoran trade ministry": Velmora's
            mods = [w.casefold() for w in raw if not w[0].isupper()]
            if any(w in _NOT_WORDS for w in mods):
                continue
            if not match.group("place") and not raw:
                continue  # "the ministry", "the country's ministry": no description
            place = match.group("place") or " ".join(w for w in raw if w[0].isupper())
            while place and place.split()[0] in _OPENERS:  # "In Kenya's central bank"
                place = place.partition(" ")[2]
            end = match.end("noun")
            first = match.end("place") - len(place) if match.group("place") else match.start("mods")
            name = para.text[first:end]
            noun = match.group("noun")
            named_next = any(
                0 <= s - end <= 2
                or 0 <= match.start() - e <= 3
                and "," in para.text[e : match.start()]
                for s, e in named
            )  # "the private bank Maison Corvel", "Latvijas Banka, the country's central bank"
            out.setdefault(noun, []).append(
                _Described((para.number, first), end, place, frozenset(mods), name, named_next)
            )
    _READ[refs] = out
    return out
