"""Who says what an "-ing" clause opening its sentence governs ("Arguing that the commission
had rejected the application on a mere “technicality”, Mr Jaffery contended …",
"Describing the decision as “a body blow”, the association demanded …"): the subject of the
main clause after it, which the opening clause hangs on. `opening_subject(ctx, para, row, j)`
→ `Who` or None. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.attribution import COORDINATED, Context
from generator.extract.clauses import Chunk, skip_openers
from generator.extract.document import Para
from generator.extract.phrases import Who
from generator.extract.rows import verb_at

_SUBJECT_SPAN = 8  # chunks from the main clause's start to its verb ("CAWU General Secretary
# Mr X said"); past that, the first verb is not sure to be the main one


def opening_subject(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """The subject of the main clause when the "-ing" word at `j` opens the sentence ("Speaking
    to journalists in X yesterday, Mr Y said"): the first verb after the opening phrases (a
    comma and no other punctuation or quotation before it) and its subject; None when the
    sentence has no such clause, or its subject is shared with another verb."""
    if j != 0 or not row or not row[0].capital or not row[0].text.endswith("ing"):
        return None
    start = skip_openers(row, 0, len(row))
    if start <= 1 or start >= len(row) or row[start - 1].text != ",":
        return None
    for k in range(start, min(len(row), start + _SUBJECT_SPAN)):
        c = row[k]
        if c.kind in ("punct", "quote"):
            return None  # "…, X, a lawyer, said": an aside is for `subject` alone
        if k > start and verb_at(row, k):
            who = ctx.subject(row, k, para)
            return None if who is None or who is COORDINATED else who
    return None
