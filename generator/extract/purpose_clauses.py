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
_PERFECT = lx.words("had has have")
_CLAUSAL = frozenset({"who", "which", "that", "and"})
_BEFORE_ADJECTIVE = lx.words("the a an all every each its his her their")


def purpose_host(row: Sequence[Chunk], to_index: int) -> int:
    """The index of the verb of writing whose purpose the "to" at `to_index` opens ("wrote
    to the vice-chancellor, Prof Y, on Wednesday to say"), or whose participle clause the
    "-ing" word after it opens ("wrote to the council warning that"); -1 when another verb,
    a quotation or a clause boundary comes first. "written"/"sent" host an "-ing" word only.
    """
    if to_index < 1 or row[to_index - 1].kind == "punct":
        return -1  # "…, saying": the main clause's
    for k in range(to_index - 1, max(-1, to_index - 15), -1):
        c = row[k]
        if c.kind == "word" and c.text in _WRITING:
            return k if c.text != "wrote" or is_word(row, k + 1, "to") else -1  # not "wrote
            # thousands of prescriptions"
        if c.kind == "word" and c.text in ("written", "sent") and is_word(row, k + 1, "to"):
            return k if not is_word(row, to_index, "to") and _done(row, k) else -1
        if c.kind == "quote" or (c.kind == "punct" and c.text not in {",", "(", ")"}):
            return -1
        adjective = c.text.endswith("ed") and is_word(row, k - 1, *_BEFORE_ADJECTIVE)
        if c.kind == "word" and not adjective and (verb_at(row, k) or c.text in _CLAUSAL):
            return -1  # (but "wrote to all recognised parties")
    return -1


def _done(row: Sequence[Chunk], k: int) -> bool:
    """Is "written" or "sent" at `k` a verb done by the subject right before it ("X had
    written to the ministry in 2023 warning", "she had written", "a letter the department
    sent to X in March warning", "a letter it sent"), not a passive ("a letter sent to X"),
    nor a verb whose subject is elsewhere ("and had written", "its chief, X, had written")?"""
    s = k - 2 if is_word(row, k - 1, *_PERFECT) else k - 1
    if s < 0 or (s == k - 1 and row[k].text == "written"):
        return False
    c = row[s]
    return (c.kind == "name" and not c.possessive) or is_word(row, s, "it", "he", "she", "they")
