""" "Recalled" with a thing for its object is a withdrawal, not speech: "Its managing director,
X, said the firm had recalled all stock “as a precaution”", "has recalled its envoy for “…”".
Inside a clause an earlier verb of saying reports, the quotation is that verb's (the director
who says it), never the recalling subject's. `thing_recalled(row, j)` → the reporting verb's
index, or -1. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word

_OWNERS = lx.words("all its the their his her some every a an")
# What one recalls in memory, not in a withdrawal: "recalled the day", "recalled the words"
_MEMORIES = lx.words(
    "day days moment time times night morning evening words conversation conversations"
    " meeting meetings occasion scene years months weeks first last"
)


def thing_recalled(row: Sequence[Chunk], j: int) -> int:
    if not is_word(row, j, "recalled", "recalls") or not is_word(row, j + 1, *_OWNERS):
        return -1
    if is_word(row, j + 2, *_MEMORIES):
        return -1
    for k in range(j - 2, -1, -1):
        if row[k].kind == "quote":
            return -1
        if is_word(row, k, *lx.SAID_FORMS):
            return k
    return -1
