"""A time phrase right before a word ("on March 20", "in 2023", "on 2 April", "in
September", "last month", "on Friday"): where it starts, so that the word after it reads as
it would without it ("had written to the parties on March 20 warning that": the "-ing" verb
of the writer, not the noun of "a 2015 ruling"). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.noun_uses import noun_use
from generator.extract.purpose_clauses import purpose_host
from generator.extract.rows import verb_use

_TIMES = (
    frozenset(lx.MONTHS)
    | frozenset(lx.WEEKDAYS)
    | lx.words(
        "on in last this earlier early late mid week month year weeks months today yesterday"
    )
)
_OPENING = frozenset({"on", "in", "last", "this", "earlier"})
_HEADS = frozenset(lx.MONTHS) | frozenset(lx.WEEKDAYS) | lx.words("week month year weeks months")


def time_start(row: Sequence[Chunk], j: int) -> int:
    """The first chunk of a time phrase ending right before `j` ("on March 20", "in 2023",
    "on 2 April", "in September", "last month", "on Friday"), else `j`."""
    k = j
    while k > 0 and (row[k - 1].kind == "num" or is_word(row, k - 1, *_TIMES)):
        k -= 1
    while k < j and not is_word(row, k, *_OPENING):
        k += 1  # "… the board on 2 April": from "on"
    dated = any(c.kind == "num" or c.text in _HEADS for c in row[k + 1 : j])
    return k if k < j and dated else j


def dated_ing(row: Sequence[Chunk], j: int) -> bool:
    """Is the "-ing" word at `j` a verb after a dated time phrase, the writer's ("had written
    to the parties on March 20 warning that", "a letter from X on 2 April warning"), not a
    noun after a number ("a 2015 ruling")?"""
    if not row[j].text.endswith("ing") or row[j - 1].kind != "num":
        return False
    t = time_start(row, j)
    named = 0 < t < j and row[t - 1].kind == "name" and not row[t - 1].possessive
    return t < j and (named or purpose_host(row, j) >= 0)


def used_as_verb(row: Sequence[Chunk], j: int) -> bool:
    """Is the reporting word at `j` used as a verb (`rows.noun_use`, `rows.verb_use`), a
    dated time phrase before an "-ing" word no sign of a noun?"""
    return (dated_ing(row, j) or not noun_use(row, j)) and verb_use(row, j)
