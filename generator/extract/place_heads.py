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
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.sentences import Token

# The last words of a place's name that no person's name ends with.
PLACE_LAST = lx.words("state prefecture dam basin stadium heights falls")


def place_last(tokens: Sequence[Token]) -> bool:
    """Is the run of `tokens` a place by its last word, with no "of" before it?"""
    if len(tokens) < 2 or tokens[-1].lower not in PLACE_LAST or not tokens[-1].capitalised:
        return False
    return all(t.lower not in lx.CONNECTORS for t in tokens[:-1])
