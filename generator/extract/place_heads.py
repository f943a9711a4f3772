"""A run whose last word names a kind of place no person's name ends with, for `names`.

"Ogun State", "Aichi Prefecture", "Mangarua Dam", "Murray-Darling Basin", "Memorial Park
Stadium", "Boyle Heights", "Twin Falls": the last word is a state's, a
prefecture's, a dam's, a basin's, a stadium's, a suburb's or a waterfall's, and no
family name, so the run is a place, not a person, whatever verb follows it ("Ogun State
said …" is its government, labelled by its own name when it is one). A body's name with such
a word keeps its own evidence ("Council of State", "Department of State": "of" before the
word; a run with a body's mark or an "it" after it keeps it). Words that end family names too
("Hill", "Ward", "Ridge", "Field") are left out, and so is "City" ("Manchester City said it
would appeal": a club). Pure.

Also a run after "in" whose ", who" belongs to the noun before "in": "A Western diplomat in
Phnom Penh, who asked not to be named, told VOA" (the diplomat, not Phnom Penh, is who).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.extract import lexicon as lx
from generator.extract.sentences import Token

if TYPE_CHECKING:
    from generator.extract.name_runs import Run

# The last words of a place's name that no person's name ends with.
PLACE_LAST = lx.words("state prefecture dam basin stadium heights falls")


def place_last(tokens: Sequence[Token]) -> bool:
    """Is the run of `tokens` a place by its last word, with no "of" before it?"""
    if len(tokens) < 2 or tokens[-1].lower not in PLACE_LAST or not tokens[-1].capitalised:
        return False
    return all(t.lower not in lx.CONNECTORS for t in tokens[:-1])


_IN_BEFORE = re.compile(r"[a-z,]\s+(?:in|near|outside|across|throughout)\s+$")
_WHO_AFTER = re.compile(r",\s+(?:who|whose|whom)\b")


def placed_before_who(run: Run) -> bool:
    """Is `run` (untitled) a place after "in" whose ", who" is the noun's before "in"?"""
    if run.title or run.honorific or run.tokens[-1].possessive:
        return False
    return bool(_IN_BEFORE.search(run.lead) and _WHO_AFTER.match(run.after))
