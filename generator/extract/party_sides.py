"""Which body "the party" stands for when no name holds the word: the one organisation the
text names as a side of politics ("The opposition National Renewal Congress", "Zambia's
ruling People's Renewal Congress", "The governing People's Progressive Alliance (PPA)").
Unclear when the text names two bodies so, when a body's name fits "party", and when "the
party" sits in a clause a speaker reports ("Its spokesman, X, said the party would …",
"X told VOA that the party had …"): there the quotation is the speaker's or no one's, and
the party must not take it over. For `body_referents`. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Protocol

from generator.extract import lexicon as lx
from generator.extract.body_kinds import fits_kind
from generator.extract.called_bodies import called_orgs
from generator.extract.document import Para
from generator.extract.referent_views import MentionView


class _Refs(MentionView, Protocol):
    """What `party_or_called` reads of `referents.Referents`."""

    def _orgs_before(self, here: tuple[int, int] | None) -> list[str]: ...
    def _called(self, key: str, noun: str) -> bool: ...
    @property
    def _party_sides(self) -> set[str]: ...


def party_or_called(
    refs: _Refs, words: list[str], here: tuple[int, int] | None, para: Para | None
) -> list[str]:
    """`called_bodies.called_orgs` for the bodies named before `here`, then "the party"
    for the one body the document names as a side of politics."""
    orgs = refs._orgs_before(here)
    found = called_orgs(words, orgs, refs.names, refs._called)
    if found or words != ["party"]:
        return found
    return side_party(words, orgs, refs.names, refs._party_sides, para, here[1] if here else 0)


_WORD = re.compile(r"[a-z]+")


def side_party(
    words: list[str],
    orgs: list[str],
    names: Mapping[str, str],
    sided: set[str],
    para: Para | None,
    offset: int,
) -> list[str]:
    """ "the party" (`words`) at `offset` of `para`: the one body of `sided`, named before
    (in `orgs`), when no body's name fits the word and no speech verb comes before it in
    its sentence."""
    if words != ["party"] or para is None or len(sided) != 1 or not sided <= set(orgs):
        return []
    if any(fits_kind("party", names.get(k, "")) for k in orgs):
        return []  # "the Green Islands Party" beside the opposition Liberal Centre
    start, _ = para.sentence_of(offset)
    said = _WORD.findall(para.narrative[start:offset].casefold())
    if any(w in lx.SPEECH_VERBS or w in lx.SPEECH_PARTICIPLES for w in said):
        return []  # "Its spokesman, X, said the party would …": the speaker's clause
    return list(sided)
