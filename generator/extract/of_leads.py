"""The person an "of" phrase follows ("X of the Farmers' Alliance", "X of the center-right
Y"): the name before "of", past "the" and one or two lowercase words describing the body.
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.clauses import Chunk, is_word
from generator.extract.phrases import PREPOSITIONS
from generator.extract.rows import verb_at


def of_lead(row: Sequence[Chunk], before: int) -> Chunk | None:
    """The chunk before "of (the) (modifiers)" whose object ends at `before`: "X of the
    Farmers' Alliance", "German MEP X of the center-right European People's Party", or
    None."""
    k = before - 1
    while (
        before - k <= 2
        and k > 0
        and row[k].kind == "word"
        and not row[k].capital
        and row[k].text not in PREPOSITIONS
        and not is_word(row, k, "the", "a", "an", "and", "or")
        and not verb_at(row, k)
    ):
        k -= 1  # "the center-right", "the opposition": words describing the body
    k -= is_word(row, k, "the")
    return row[k - 1] if k > 0 and is_word(row, k, "of") else None
