"""A nickname quoted inside a name ('Senator Eduardo "Eddie" Lacsamana, said', 'Mayor Ramon
"Monching" Dizon, in a statement …, said'): the name's mention spans the quotation, so the
sentence's row holds the nickname's quotation chunk between the name and what follows it, and
no subject rule sees the name before the verb. For the other quotations of the sentence the
row is read without such chunks; the nickname itself keeps its own reading. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.clauses import Chunk


def nested(row: Sequence[Chunk], k: int) -> bool:
    """Is chunk `k` a quotation that lies inside the name chunk just before it?"""
    if k < 1 or row[k].kind != "quote":
        return False
    name = row[k - 1]
    return name.kind == "name" and name.start <= row[k].start and row[k].end <= name.end


def without_nicknames(row: Sequence[Chunk]) -> tuple[Sequence[Chunk], list[int] | None]:
    """The row without nested nickname quotations, and each chunk's index in it (-1 for a
    nickname); (row, None) when the row has none, the common case."""
    if not any(nested(row, k) for k in range(1, len(row))):
        return row, None
    bare: list[Chunk] = []
    at: list[int] = []
    for k, c in enumerate(row):
        if nested(row, k):
            at.append(-1)
        else:
            at.append(len(bare))
            bare.append(c)
    return tuple(bare), at
