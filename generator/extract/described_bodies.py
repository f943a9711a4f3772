"""Which body a plain description stands for when the text itself described a body so, for
`referents.Referents.resolve` (before its readings by the body last in view). Pure.

- The descriptions each body is given, read once per document: an appositive ("the Border
  Relief Consortium, a group of aid agencies", "X, an anti-graft NGO,", "X, the UK's
  fertility regulator,"), a description right before the name ("the local aid group X",
  "the Penang-based relief group X"), a kind noun right after it ("the Freie
  Pilotenvereinigung (FPV) union said", "the Unison union"), a copula ("X is a … union").
- "the union", "their union", "the group", "her group": the one body the document named so
  far that a description of that noun (or a near one: "the group" for an NGO or a
  coalition) was given, when no other body named so far fits the noun by its name. "The
  group" and "the organisation" may stand for any body: only the bodies named in this
  paragraph or the one before count, and the one described must be the last named (past
  an outlet after "told"). Not "his organization" for "X, an anti-abortion group,".
- A union or a watchdog named by a description in the story's opening paragraph, before
  any body of the kind ("with their union accusing …", "in what the watchdog called"): the
  one body of that kind the whole document names or describes.
None (the other readings go on) unless one body alone fits; `Shared` ("speaker unclear",
read no further) when two bodies close by were described by the noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol
from weakref import WeakKeyDictionary

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.body_kinds import ANY_BODY, fits_kind, name_heads
from generator.extract.document import Para
from generator.extract.phrases import Phrase, Who
from generator.extract.referent_views import MentionView

# The nouns a body is described by, and the ones a later "the <noun>" may stand for.
_NOUNS = lx.words(
    """group union coalition alliance charity watchdog regulator organisation organization
    network federation association museum campaign consortium nonprofit foundation forum"""
)
_NEAR = {  # "the group" for "an anti-graft NGO", "a coalition of civic groups"
    "group": lx.words("group ngo coalition alliance network consortium nonprofit charity"),
    "organisation": lx.words("organisation organization ngo nonprofit charity"),
    "organization": lx.words("organisation organization ngo nonprofit charity"),
    "watchdog": lx.words("watchdog regulator"),
    "regulator": lx.words("regulator watchdog"),
}
_ANY = lx.words("group organisation organization")  # any body may be called so
_OPENING = lx.words("union watchdog regulator")  # named by a description in the opening
_TOLD = re.compile(r"\btold\s+(?:the\s+)?(?:[\w.-]+['’]s\s+)?$")  # "told VOA's Macedonian Service"
_OWNERS = frozenset(lx.POSSESSIVE_PRONOUNS)
_NOUN = r"(?P<noun>[a-z]+|NGO)"
_BRACKET = r"(?:\s*\([^()]{1,40}\))?"
_STOPS = r"(?:of|that|which|who|whose|in|with|for|and|or|to|at|from|by|as|on|the|a|an)"
_WORDS = rf"(?P<mods>(?:(?!{_STOPS}\b)[\w'’-]+\s+){{0,4}}?)"
_APPOSED = re.compile(
    rf"{_BRACKET},\s+(?:a|an|the|[A-Z][\w.]*['’]s)\s+{_WORDS}{_NOUN}"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:of|that|which|who|whose|based|in|with|for|representing)\b)"
)
_AFTER = re.compile(rf"{_BRACKET}\s+{_NOUN}\b(?!['’-])(?:\s+(?P<next>\w+))?")  # "the Unison
# union announced"; not "the X union leader"
_COPULA = re.compile(rf"{_BRACKET}\s+(?:is|was)\s+(?:a|an|the)\s+{_WORDS}{_NOUN}\b(?!['’-])")
_BEFORE = re.compile(rf"\b(?:the|a|an)\s+{_WORDS}{_NOUN}\s+$")  # "the local aid group X"
_DESCRIBING = _NOUNS | {"ngo"}
_NOT_HEAD = lx.ROLE_NOUNS | _NOUNS | sp.PERSON_NOUNS  # "the X union leader", "… group member"


class _Bodies(MentionView, Protocol):
    """What `described_bodies` reads of `referents.Referents`."""

    @property
    def paras(self) -> tuple[Para, ...]: ...
    def _recent_org(self, phrase: Phrase, para: Para, offset: int) -> Who | None: ...


_READ: WeakKeyDictionary[object, dict[str, list[tuple[tuple[int, int], str]]]]
_READ = WeakKeyDictionary()


@dataclass(frozen=True)
class Shared(Who):
    """Two bodies close by were described by the noun: "speaker unclear", said no further."""


def shared(who: Who) -> bool:
    return isinstance(who, Shared)


def described_or_recent(refs: _Bodies, phrase: Phrase, para: Para, offset: int) -> Who | None:
    """The body described so, else for "the company", "the group" the body last in view."""
    found = described_body(refs, phrase, para, offset)
    if found is None and phrase.noun in ANY_BODY:
        found = refs._recent_org(phrase, para, offset)
    return found


def described_body(refs: _Bodies, phrase: Phrase, para: Para, offset: int) -> Who | None:
    """The one body the text described by the phrase's noun, or None."""
    noun = phrase.noun
    owner = phrase.possessor
    owned = owner is not None and owner.kind == "pron" and owner.text in _OWNERS
    if noun not in _NOUNS or phrase.modifiers or phrase.preps or phrase.plural:
        return None
    if not (phrase.det == "the" and owner is None or owned or phrase.det in _OWNERS):
        return None
    read = _described(refs)
    near = _NEAR.get(noun, frozenset({noun}))
    here = (para.number, offset)
    pool = _named_close(refs, para, offset) if noun in _ANY else _named_before(refs, here)
    said = {k for n in near for at, k in read.get(n, []) if at < here and k in pool}
    named = {k for k in pool if _fits(noun, refs.names.get(k, ""))}
    opening = not said and not named and noun in _OPENING and para.number == 1
    if opening:  # "with their union accusing …": the document's one union
        said = {k for n in near for _, k in read.get(n, [])}
        named = {k for k in _named_before(refs, None) if _fits(noun, refs.names.get(k, ""))}
    if len(said & _named_close(refs, para, offset)) > 1:
        return Shared(None, "low", phrase.text)  # "X, a campaign group, and Y, a conservation
        # group, …. The group said": either
    found = said | named
    if len(found) != 1 or not (said or opening):
        return None
    key = next(iter(found))
    if noun in _ANY and _last_named(refs, para, offset) != key:
        return None  # "the group" after another body was named: not surely this one
    return Who(key, "high")


def _fits(noun: str, name: str) -> bool:
    """Does the name itself say the kind ("Red Mesa Corrections Group", "X Workers' Union")?"""
    return noun in name_heads(name) if noun in _ANY else fits_kind(noun, name)


def _named_before(refs: _Bodies, here: tuple[int, int] | None) -> set[str]:
    return {
        m.key
        for n, mentions in refs.by_para.items()
        for m in mentions
        if refs.kinds.get(m.key) == "organisation" and (here is None or (n, m.start) < here)
    }


def _named_close(refs: _Bodies, para: Para, offset: int) -> set[str]:
    """The organisations named in this paragraph before `offset` or in the one before."""
    return {key for _, key in _close(refs, para, offset, outlets=True)}


def _last_named(refs: _Bodies, para: Para, offset: int) -> str | None:
    """The organisation named last before `offset` (this paragraph or the one before), past
    an outlet told something ("told Wikinews")."""
    found = _close(refs, para, offset, outlets=False)
    return max(found)[1] if found else None


def _close(
    refs: _Bodies, para: Para, offset: int, outlets: bool
) -> list[tuple[tuple[int, int], str]]:
    return [
        ((n, m.start), m.key)
        for n in (para.number - 1, para.number)
        for m in refs.by_para.get(n, [])
        if (n < para.number or m.start < offset)
        and refs.kinds.get(m.key) == "organisation"
        and (outlets or not _TOLD.search(refs.paras[n - 1].text[max(0, m.start - 40) : m.start]))
    ]


def _described(refs: _Bodies) -> dict[str, list[tuple[tuple[int, int], str]]]:
    """noun → (where, body key) for every description the text gives a named body."""
    if refs in _READ:
        return _READ[refs]
    out: dict[str, list[tuple[tuple[int, int], str]]] = {}
    for n, mentions in refs.by_para.items():
        text = refs.paras[n - 1].text
        for m in mentions:
            if refs.kinds.get(m.key) != "organisation" or m.possessive:
                continue
            for noun in _nouns(text, m.start, m.end):
                out.setdefault(noun, []).append(((n, m.start), m.key))
    _READ[refs] = out
    return out


def _nouns(text: str, start: int, end: int) -> set[str]:
    """The description nouns the text gives the name at `start`–`end`."""
    rest = text[end : end + 160]
    found = [_APPOSED.match(rest), _AFTER.match(rest), _COPULA.match(rest)]
    found.append(_BEFORE.search(text[max(0, start - 80) : start]))
    nouns: set[str] = set()
    for match in found:
        if match is None:
            continue
        noun = match.group("noun").casefold()
        after = (match.groupdict().get("next") or "").casefold()
        if noun in _DESCRIBING and after not in _NOT_HEAD:
            nouns.add(noun)
    return nouns
