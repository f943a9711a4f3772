"""An "-ing" clause right after an appositive noun that carries a reduced relative clause of
its own ("the Wages Board set the wage at $1,350, a decision the companies challenged in
court, describing it as “…”"): the relative clause's subject is nearer the "-ing" verb than
the sentence's and may be who speaks, so the sentence's subject is no sure speaker.
`relative_before(ctx, para, row, j, who)` → unclear, the relative's subject the guess, or
None when the words are not of that shape. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Phrase, Who
from generator.extract.reduced_relatives import reduced_relative
from generator.extract.rows import verb_at


class _Resolver(Protocol):
    def resolve(self, phrase: Phrase, para: Para, offset: int) -> Who | None: ...


_TWO = "two subjects before it"
_SPAN = 16  # chunks back from the "-ing" verb to the appositive's opening comma


def relative_before(
    ctx: _Resolver, para: Para, row: Sequence[Chunk], j: int, who: Who | None
) -> Who | None:
    """`j`: the "-ing" verb after a comma; `who`: the subject found for it so far."""
    if who is None or who.key is None or j < 5 or row[j - 1].text != ",":
        return None
    k = j - 2
    while k > 0 and j - k < _SPAN and row[k].text != ",":
        if row[k].kind == "quote" or row[k].kind == "punct":
            return None  # a quotation or a bracket between: another shape
        k -= 1
    if k <= 0 or row[k].text != "," or not is_word(row, k + 1, "a", "an"):
        return None  # ", a decision …": an appositive noun phrase opened by "a"
    for v in range(k + 4, j - 1):  # "a decision the companies challenged"
        if verb_at(row, v):
            named = row[v - 1].mention if row[v - 1].kind == "name" else None
            bare = all(c.kind == "word" and not c.capital for c in row[k + 2 : v - 1])
            if named is not None and bare:  # "a decision Tarnwell Foods challenged": the name
                return None if named.key == who.key else Who(named.key, "low", _TWO)
            found = reduced_relative(ctx, row, v - 1, para)
            if found is None or found.key == who.key:
                return None
            return Who(found.key, "low", found.unnamed or _TWO)
    return None
