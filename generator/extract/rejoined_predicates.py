"""A later quotation whose predicate, joined by "and", skips back over a bare as-verb:
"said her neighbors had heard Hutchins dismiss the plan as “a wish list” at a town hall and
were “tired of hearing …”". The bare "dismiss" has its own subject (Hutchins, the object
of "heard") and its own quotation; the finite "were" cannot share that subject, so it joins
"had heard" and the second quotation is not the as-verb's (the scan goes on: the reporter's
words). Not "dismissed the plan as “A” and said it was “B”" (a finite as-verb: one subject
for both), nor "heard X dismiss it as “A” and call it “B”" (a second bare verb). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.rows import verb_at


def bare_as_verb_left(row: Sequence[Chunk], j: int, as_at: int, qi: int) -> bool:
    """Is the as-verb at `j` bare (not finite, not "-ing": "heard X dismiss"), its "as" at
    `as_at` followed by a quotation of its own, then "and" and a finite verb, all before the
    quotation at `qi`?"""
    w = row[j].text
    third = w.endswith("s") and not w.endswith("ss")
    if verb_at(row, j) or third or w.endswith("ing") or w in sp.IRREGULAR_PAST:
        return False
    own = next((m for m in range(as_at + 1, qi) if row[m].kind == "quote"), -1)
    return own > 0 and any(
        is_word(row, m, "and") and verb_at(row, m + 1) for m in range(own + 1, qi - 1)
    )
