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
_BETWEEN = lx.words("also already previously earlier since then")  # "had also written"
# What a letter does to the one it is written to, after a comma: "had written to the
# ministry, warning that …" is the letter's (not "…, adding that": the reporter's).
_LETTER_ACTS = lx.words(
    "warning asking urging accusing demanding requesting seeking telling informing"
    " notifying threatening inviting reminding promising"
)
_OWNERS = lx.words("the its their his her")
# A time phrase between the verb, its "to" and the "-ing" word: "wrote to the party on May 4
# saying", "had written last month to the minister", "in March asking" (a month is no verb).
_TIME_WORDS = (
    frozenset(lx.MONTHS)
    | frozenset(lx.WEEKDAYS)
    | lx.words("last this earlier week month year weeks months today yesterday")
)


def purpose_host(row: Sequence[Chunk], to_index: int) -> int:
    """The index of the verb of writing whose purpose the "to" at `to_index` opens ("wrote
    to the vice-chancellor, Prof Y, on Wednesday to say"), or whose participle clause the
    "-ing" word after it opens ("wrote to the council warning that"); -1 when another verb,
    a quotation or a clause boundary comes first. "written"/"sent" host it only when done by
    the subject right before ("said it had written to the Speaker, X, … to warn")."""
    if to_index < 1:
        return -1
    if row[to_index - 1].kind == "punct" and not _letter_act(row, to_index):
        return -1  # "…, saying": the main clause's
    for k in range(to_index - 1, max(-1, to_index - 15), -1):
        c = row[k]
        if c.kind == "word" and c.text in _WRITING:
            return k if c.text != "wrote" or _to_after(row, k) else -1  # not "wrote
            # thousands of prescriptions"
        if c.kind == "word" and c.text in ("written", "sent") and _to_after(row, k):
            return k if _done(row, k) else -1
        if c.kind == "word" and c.text in _TIME_WORDS:
            continue  # "… to the party on May 4 saying": not the verb "may"
        if c.kind == "quote" or (c.kind == "punct" and c.text not in {",", "(", ")"}):
            return -1
        if _joined_names(row, k):
            continue  # "had written to the Ministry of X and the Council of Y, warning"
        adjective = c.text.endswith("ed") and is_word(row, k - 1, *_BEFORE_ADJECTIVE)
        if c.kind == "word" and not adjective and (verb_at(row, k) or c.text in _CLAUSAL):
            return -1  # (but "wrote to all recognised parties")
    return -1


def _to_after(row: Sequence[Chunk], k: int) -> bool:
    """Does "to" follow the verb at `k`, past a time phrase ("written last month to")?"""
    m = k + 1
    while m < len(row) and (row[m].kind == "num" or is_word(row, m, "on", "in", *_TIME_WORDS)):
        m += 1
    return is_word(row, m, "to")


def _joined_names(row: Sequence[Chunk], k: int) -> bool:
    """Is the "and" at `k` between two names, one object of the letter ("wrote to the
    Ministry of X and the Council of Y")?"""
    after = k + 1 + is_word(row, k + 1, "the")
    named = after < len(row) and row[after].kind == "name"
    return is_word(row, k, "and") and k > 0 and row[k - 1].kind == "name" and named


def _done(row: Sequence[Chunk], k: int) -> bool:
    """Is "written" or "sent" at `k` a verb done by the subject right before it ("X had
    written to the ministry in 2023 warning", "she had written", "a letter the department
    sent to X in March warning", "a letter it sent"), not a passive ("a letter sent to X"),
    nor a verb whose subject is elsewhere ("and had written", "its chief, X, had written")?"""
    h = k - 2 if is_word(row, k - 1, *_BETWEEN) else k - 1
    s = h - 1 if is_word(row, h, *_PERFECT) else h
    if s < 0 or (s == k - 1 and row[k].text == "written"):
        return False
    c = row[s]
    if c.kind == "word" and not c.capital and not verb_at(row, s):
        noun = row[s - 1].kind == "word" and not verb_at(row, s - 1) and not row[s - 1].capital
        return is_word(row, s - 1, *_OWNERS) or (noun and is_word(row, s - 2, *_OWNERS))
        # "a letter the board sent to patients, promising", "the health board sent"
    return (c.kind == "name" and not c.possessive) or is_word(row, s, "it", "he", "she", "they")


def _letter_act(row: Sequence[Chunk], j: int) -> bool:
    """ "…, warning": an "-ing" word after a comma that only a letter's writer can do."""
    return row[j - 1].text == "," and is_word(row, j, *_LETTER_ACTS)
