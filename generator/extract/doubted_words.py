"""A word put in doubt: "have long questioned whether the loans were ever “unavoidable”",
"doubts whether the plan was ever “affordable”". A quotation right after "ever" in a
"whether" clause of a doubting verb repeats the word of the side whose claim is doubted (a
scare quote), not the doubter's own words: the doubting verb does not speak it. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.clauses import Chunk, is_word
from generator.extract.lexicon import words

_DOUBTING = words("questioned questions question questioning doubted doubts doubt doubting")


def doubted_word(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is the quotation at `qi` the word a doubting verb at `j` puts in doubt ("questioned
    whether they were ever “unavoidable”")?"""
    if row[j].kind != "word" or row[j].text not in _DOUBTING or not is_word(row, j + 1, "whether"):
        return False
    return qi - j <= 8 and is_word(row, qi - 1, "ever")
