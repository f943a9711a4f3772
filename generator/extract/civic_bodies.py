"""A local government named "<Level> of <Place>", one body's name, for `run_splits` and `names`.

"A spokesperson for the City of Harwick said", "the Town of Harrow Bay", "the Shire of
Narrakine": a capitalised level of local government ("City", "Town", "Shire", "Borough",
"Township", "Village", "County"), "of", then one to three capitalised words and no other
connector is the council's own name, so the run is neither split at "of" ("City" and
"Harwick", a place) nor read as a place. Lowercase "the city of Karsk" is no run at all; "the
Southern District of New York" (a court's district) is no level here. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.sentences import Token

# The levels of local government whose "<Level> of <Place>" names the council itself.
LEVELS = lx.words("city town shire borough township village county")


def civic_name(tokens: Sequence[Token]) -> bool:
    """Are `tokens` (a run, perhaps after "the") "<Level> of <Place>" as above?"""
    words = list(tokens[1:] if tokens and tokens[0].lower == "the" else tokens)
    if len(words) < 3 or len(words) > 5 or words[1].lower != "of":
        return False
    level, place = words[0], words[2:]
    return (
        level.capitalised
        and level.lower in LEVELS
        and all(t.capitalised and t.lower not in lx.CONNECTORS for t in place)
        and not any(t.possessive for t in words[:-1])
    )
