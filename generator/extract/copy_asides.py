""" "In the letter, a copy of which is available with The Daily Star, the commission said":
the relative aside "a copy of which …" belongs to the opener's document, and the
sentence's subject comes after its closing comma (the commission, not "a copy"). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.clauses import Chunk, is_word


def copy_aside(row: Sequence[Chunk], a: int, i: int) -> int:
    """How many chunks "a copy of which … ," takes from `a` when a subject follows its comma
    before chunk `i` (the subject's last), else 0."""
    if not (is_word(row, a, "a") and is_word(row, a + 1, "copy") and is_word(row, a + 2, "of")):
        return 0
    if a < 1 or row[a - 1].text != "," or not is_word(row, a + 3, "which"):
        return 0  # "In the notice, a copy of which …": after an opener's comma only
    end = next((m for m in range(a + 4, i) if row[m].kind == "punct" and row[m].text == ","), -1)
    return end + 1 - a if 0 < end < i else 0
