"""A body named with its seat before an aside ("But the Embassy of X in Abuja, in a statement
on Friday, dismissed …, insisting"): "in <Place>" belongs to the body's name phrase, so the
aside after it still stands between the subject and its verb. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.clauses import Chunk, is_word


def seat_end(row: Sequence[Chunk], k: int) -> int:
    """Where the name phrase opened by the organisation's name at `k` ends: past "in" and
    one capitalised place name when a comma follows it ("the Embassy of X in Abuja,"), else
    right after the name."""
    c = row[k]
    if c.mention is None or c.mention.kind != "organisation" or not is_word(row, k + 1, "in"):
        return k + 1
    place = row[k + 2] if k + 3 < len(row) else None
    named = place is not None and place.kind in ("name", "word") and place.capital
    return (
        k + 3
        if named and place is not None and not place.possessive and row[k + 3].text == ","
        else k + 1
    )
