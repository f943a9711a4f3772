"""A purpose clause after a verb of writing or calling to someone ("X wrote to the
vice-chancellor, Prof Y, on Wednesday to say that …", "rang her to ask"): the writer says
it, never the one written to (not a plan someone reports: "He said X would write to Y to
ask that …" is the reporter's). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.rows import verb_at

_WRITING = lx.words("wrote emailed texted rang phoned telephoned messaged")  # done, not planned


def purpose_host(row: Sequence[Chunk], to_index: int) -> int:
    """The index of the verb of writing whose purpose the "to" at `to_index` opens ("wrote
    to the vice-chancellor, Prof Y, on Wednesday to say"), or whose participle clause the
    "-ing" word after it opens ("wrote to the council warning that"); -1 when another verb,
    a quotation or a clause boundary comes first."""
    if to_index < 1 or row[to_index - 1].kind == "punct":
        return -1  # "…, saying": the main clause's
    for k in range(to_index - 1, max(-1, to_index - 15), -1):
        c = row[k]
        if c.kind == "word" and c.text in _WRITING:
            return k if c.text != "wrote" or is_word(row, k + 1, "to") else -1  # not "wrote
            # thousands of prescriptions"
        if c.kind == "quote" or (c.kind == "punct" and c.text not in {",", "(", ")"}):
            return -1
        if c.kind == "word" and (verb_at(row, k) or c.text in {"who", "which", "that", "and"}):
            return -1
    return -1
