""" "The letter" later in a sentence that opens with "In a letter …,": the document the
opening phrase names, whose maker is the main clause's subject ("In a 19-page letter to
President X dated April 3, the office said … for what the letter called “…”": the office's,
never X's, who is written to). Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who

_OWN = frozenset({"a", "an", "its", "their", "his", "her"})


class Clauses(Protocol):
    """What of `generator.extract.attribution.Context` this module asks."""

    def clause_subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None: ...
    def sentence_index(self, para: Para, offset: int) -> int: ...
    def rows(self, number: int) -> list[tuple[Chunk, ...]]: ...


def opened_maker(ctx: Clauses, para: Para, offset: int, noun: str) -> Who | None:
    """The maker of the `noun` ("letter") at `offset` that its own sentence opens with
    ("[But] In a[n]/its … letter …, X said … the letter"): the main clause's subject, when
    it resolves and is no one named in the opening phrase, else unclear (no earlier document
    is meant); None when the sentence opens with no such document."""
    rows, here = ctx.rows(para.number), ctx.sentence_index(para, offset)
    row = tuple(c for c in rows[here] if c.start < offset) if here < len(rows) else ()
    a = 1 if is_word(row, 0, "but", "and") else 0
    if not (is_word(row, a, "in") and is_word(row, a + 1, *_OWN)):
        return None
    n = next((k for k in range(a + 2, min(a + 6, len(row))) if is_word(row, k, noun)), -1)
    if n < 0 or any(c.kind not in ("word", "num") for c in row[a + 2 : n]):
        return None
    verb = len(row) - 1
    if verb <= n or not any(c.text == "," for c in row[n:verb]):
        return None
    who = ctx.clause_subject(row, verb, para)
    if who is None or who.key is None:
        return Who(None, "low", f"the {noun} the sentence opens with")
    first = next(k for k in range(n, verb) if row[k].text == ",")
    for k in range(verb):
        c = row[k]
        if c.kind != "name" or c.mention is None or c.mention.key != who.key:
            continue
        apposed = row[k - 1].text == "," and k + 1 < len(row) and row[k + 1].text == ","
        if k < first or is_word(row, k - 1, "to") or apposed:
            return Who(None, "low", noun)  # "In a letter to X, …", "to the president, X,"
    return who
