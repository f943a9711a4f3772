"""A body named short as the subject of a reporting verb, after its full name.

Two forms that `names` left as names of their own, so that "X said" had no speaker:

- "Southern Aggregates said" after "Southern Aggregates Limited", "Saint Brendan said" after
  "Saint Brendan Health Network": a run whose first word reads as a place's ("Southern",
  "Saint", "Northern") is no place when it is the subject of a reporting verb and the text
  has named before a body whose name is these words and then a company ending or an
  organisation word (`names._longer_org`). Not when the rest is one head noun ("Western
  Plains University": a body named after a place, which the words alone may name), nor
  when the same words stand alone elsewhere after "in", "from", "near" … (a place: "in
  South Korea"), nor once they are a name of their own.
- "Valtric said" after "Valtric Semiconductor Inc", "Meridian said" after "Meridian
  Custodial Services": the first word of a body's name stands for it as the subject of a
  reporting verb even when it ends like an adjective or a people's name ("-ic", "-an"),
  which `names._distinctive` keeps out elsewhere ("Atlantic", "Kenyan"). Only when exactly
  one name the text gives has that word, and it is a body's: "Daesan said" after "Daesan
  Motor Co" and "Daesan Motor Workers' Union" stays unclear.
- "A spokeswoman for Kurobe said", "A Boreal spokesperson said" after "Kurobe Devices
  Ltd.", "Boreal Air Corp.": the name a spokesperson speaks for stands alone, as a
  subject does (`spoken_for`), so its first word names the one body whose name it opens,
  as above.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from generator.extract import lexicon as lx
from generator.extract.name_runs import Run
from generator.text import name_key

_SPEAKS = frozenset({"speech", "it_said"})
_BODY = frozenset({"org", "body_words"})
# "a spokeswoman for ", "a company spokesman for ": the run after it is what they speak for
_PROXY_FOR = re.compile(rf"\b(?:{'|'.join(sorted(lx.SPOKESPEOPLE))}) for $", re.IGNORECASE)
_PROXY_AFTER = re.compile(r" spokes", re.IGNORECASE)  # `Run.after` holds eight characters
_ARTICLE = re.compile(r"(?:^|\W)(?:[Aa]n?|[Tt]he) $")
_COMMON = lx.ORG_HEADS | lx.TITLE_WORDS | lx.PLACE_FIRST | lx.PLACE_HEADS | lx.CONNECTORS


class _Named(Protocol):
    name: str
    evidence: set[str]

    @property
    def parts(self) -> list[str]: ...


_N = TypeVar("_N", bound=_Named)


def place_uses(runs: Iterable[Run]) -> frozenset[str]:
    """The keys of the runs the text uses as places ("in South Korea", "from North Bay"):
    computed once per document."""
    return frozenset(
        name_key(r.text)
        for r in runs
        if r.lead[-1:] == " " and r.lead.rstrip().rsplit(" ", 1)[-1] in lx.PLACE_PREPOSITIONS
    )


def speaking_front(run: Run, key: str, clusters: Sequence[_Named], places: frozenset[str]) -> bool:
    """May a run read as a place by its first word be a body's short name: it is the subject
    of a reporting verb, its last word is no place's head or country word, the text never
    uses it as a place, and no name of its own is these words."""
    ev = run.evidence
    if not ev & _SPEAKS or "place_first" not in ev or key in places:
        return False
    last = run.tokens[-1].lower
    if last in lx.PLACE_HEADS or last in lx.COUNTRY_WORDS or last in lx.PLACE_NOUNS:
        return False
    return not any(name_key(c.name) == key for c in clusters)


def place_named(name: str, key: str) -> bool:
    """ "Western Plains University", "Northern Cross Railways": a place's words and one head
    noun, the way bodies are named after places, so the words alone may be the place."""
    rest = name_key(name)[len(key) :].split()
    return len(rest) == 1 and rest[0].rstrip(".") not in lx.COMPANY_ENDINGS


def speaking_first_word(clusters: Iterable[_N], word: str, run: Run) -> list[_N]:
    """The one body whose name's first word is `word`, for a subject of a reporting verb
    ("Valtric said"); none when another name has the word or the word is a common one."""
    speaks = run.evidence & _SPEAKS or spoken_for(run)
    if not speaks or run.honorific or len(word) <= 3 or word in _COMMON:
        return []
    if run.after.startswith(" for "):
        return []  # "Transport for NSW"
    named = list(clusters)
    fits = [c for c in named if c.evidence & _BODY and len(c.parts) >= 2 and c.parts[0] == word]
    return fits if len(fits) == 1 and len(named) == 1 else []


def spoken_for(run: Run) -> bool:
    """Is the run the one a spokesperson speaks for ("A spokeswoman for Kurobe said", "A
    Boreal spokesperson said")?"""
    if run.honorific:
        return False
    if _PROXY_AFTER.match(run.after) and _ARTICLE.search(run.lead):
        return True
    if _PROXY_FOR.search(run.lead) is None:
        return False
    after = run.after.lstrip()  # the name ends the phrase ("for Kurobe said", "for Kurobe,"),
    word = after.split(None, 1)[0] if after else ""  # not "for Kelsbrook council" (`after`
    if not word[:1].islower():  # holds eight characters: "declin" for "declined")
        return True
    return not any(noun.startswith(word) for noun in _BODY_NOUNS)


_BODY_NOUNS = lx.ORG_HEADS | lx.GENERIC_ORG_NOUNS | lx.BODY_NOUNS | lx.ORG_NOUNS
