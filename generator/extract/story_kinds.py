"""Which body a description by a kind noun stands for when no body of that kind is in view:
the one organisation the text has named so far that the noun (and its modifiers) fit, for
`body_referents.BodyReferents.only_fitting` ("the union said" paragraphs after the one union
named). Named sure (issue 12, thirty-fifth round: "Wendt disputed the union's claim that
supervisors had “routinely” overridden holds" paragraphs after "The Transit Workers Alliance
Local 88, which represents about 300 mechanics", with only bodies of other kinds named since)
when the noun says a specific kind of body ("union", "coalition", "regulator", "hospital";
not "the group", a word any body is called), a body's noun heading the name fits it (not a
field after "of"/"for", "Office for Police Conduct", nor its members, "Workers' Retirement
Fund"), the body was named in full in a paragraph before, no unnamed body of the kind was
brought in before it ("A second union, representing tug crews, …. The union said": that one)
and the paragraph describes no other body by a word of its name ("The union is seeking ….
The district has offered …, which it says"); else a guess ("low"). Never "the company",
which `sole_firms` reads. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from generator.extract import lexicon as lx
from generator.extract.body_kinds import ANY_BODY, KIND_WORDS, TRADING, fits_kind
from generator.extract.document import Para
from generator.extract.phrases import Phrase, Who, name_words

_FITTING_KINDS = lx.GENERIC_ORG_NOUNS | KIND_WORDS.keys()


class _Reader(Protocol):
    names: dict[str, str]
    first: dict[str, tuple[int, int]]

    def _orgs_before(self, here: tuple[int, int] | None) -> list[str]: ...
    def _introduced(self, para: Para, offset: int, noun: str) -> bool: ...


def only_fitting(
    refs: _Reader,
    phrase: Phrase,
    para: Para,
    offset: int,
    unnamed: Callable[[str], list[tuple[int, int]]],
) -> Who | None:
    """The one body named so far that "the <noun>" fits; `unnamed(noun)`: where an unnamed
    "a … <noun>" is brought in."""
    if phrase.det != "the" or phrase.possessor or phrase.plural or phrase.preps:
        return None
    if phrase.noun not in _FITTING_KINDS or phrase.noun in TRADING:  # "the company": any firm
        return None
    words = {m.text.casefold() for m in phrase.modifiers if m.kind == "word"}
    fitting = [
        k
        for k in refs._orgs_before((para.number, offset))
        if fits_kind(phrase.noun, refs.names.get(k, ""))
        and words <= name_words(refs.names.get(k, ""))
    ]
    if len(fitting) != 1:
        return None
    here, name = (para.number, offset), refs.names.get(fitting[0], "")
    sure = (
        phrase.noun not in ANY_BODY
        and _headed(phrase.noun, name)
        and refs.first.get(fitting[0], here)[0] < para.number  # named paragraphs before
        and not refs._introduced(para, offset, phrase.noun)  # "One union official … the union"
        and not any(u < here for u in unnamed(phrase.noun))  # "a union in Leeds" before
        and not _side_by_side(refs, fitting[0], para)
    )
    return Who(fitting[0], "high") if sure else Who(fitting[0], "low", phrase.text)


def _headed(noun: str, name: str) -> bool:
    """Does the noun fit the name by a word that heads it: a body's noun before any "of",
    "for" or "on" ("Alliance" in "Transit Workers Alliance Local 88", "Commission" for "the
    regulator"); not a field ("Police" in "Independent Office for Police Conduct") nor whose
    members ("Workers'" in "Public Workers' Retirement Fund" for "the union")."""
    kinds = KIND_WORDS.get(noun, frozenset()) | {noun}
    for word in name.casefold().replace("’", "'").split():
        if word in _FIELD_LINKS:
            return False
        if word in kinds and word in lx.ORG_HEADS | lx.GENERIC_ORG_NOUNS:
            return True
    return False


def _side_by_side(refs: _Reader, key: str, para: Para) -> bool:
    """Does the paragraph also describe another body by a word of its name ("The union is
    seeking …. The district has offered …, which it says": a pronoun after them may mean
    either)?"""
    own = name_words(refs.names.get(key, ""))
    others = {
        w
        for k in refs._orgs_before(None)
        if k != key
        for w in name_words(refs.names.get(k, "")) - own
        if w in lx.ORG_HEADS | lx.GENERIC_ORG_NOUNS | _PLACE_BODIES
    }
    return any(m.group(1) in others for m in _DESCRIBED.finditer(para.text))


_FIELD_LINKS = frozenset({"of", "for", "on"})
_PLACE_BODIES = lx.words("district county city state")  # "the district" for a school district
_DESCRIBED = re.compile(r"\b[Tt]he\s+([a-z]+)\b")
