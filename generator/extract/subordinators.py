"""Where a clause opened by a subordinating word begins, for the subject of a verb of
saying: "… released video a week after the man's family accused" (the family's clause),
"…, as counsel to the petitioner insisted that" (counsel's). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.asides import ing_aside
from generator.extract.clauses import Chunk, is_word, parenthetical, previous_comma
from generator.extract.phrases import SUBORDINATORS as _ALL_SUBORDINATORS
from generator.extract.rows import before_bracket


def after_subordinator(row: Sequence[Chunk], start: int, end: int) -> int:
    """Where the clause after the last subordinating word between `start` and `end` begins
    ("… released video a week after the man's family accused": the family's clause; "weeks
    after Vistaar Telecom, the country's third-largest operator, wrote": past its aside)."""
    k = end
    while k > start:
        if row[k].kind == "punct" and row[k].text == "," and k == end:
            k2 = previous_comma(row, k)
            # "after a report by the Care Quality Commission (CQC), published in March, rated"
            head = _before_initials(row, k2 - 1) if k2 > start else k2 - 1
            named = k2 > start and (row[head].kind == "name" or ing_aside(row, k2, k))
            if not (named and parenthetical(row, k2 + 1, k)):
                return start  # not "A statement, issued after Ms Aberdour met the family, said"
            k = head if head > start and row[head].kind == "name" else k2 - 1
            continue
        counted = row[k].kind == "num" and k + 1 < end and row[k + 1].text.endswith("s")
        if row[k].kind not in ("word", "name") and not counted:  # "after 24 members of X
            return start  # signed"; not "until November 15 to explain"
        if is_word(row, k, *SUBORDINATORS) and not is_word(row, k - 1, "as", "shortly", "soon"):
            return k + 1
        if _comma_as(row, k):  # "…, as counsel to the petitioner insisted that"
            return k + 1
        k -= 1
    return start


def _before_initials(row: Sequence[Chunk], i: int) -> int:
    """The index of the name before a bracket of its initials ending at `i` ("the Care
    Quality Commission (CQC)"); `i` itself for any other bracket ("X (Labour)") or none."""
    k = before_bracket(row, i)
    inside = row[k + 2 : i] if k < i else ()
    initials = len(inside) == 1 and inside[0].text.isupper() and inside[0].text.isalpha()
    return k if initials and row[k].kind == "name" else i


def _comma_as(row: Sequence[Chunk], k: int) -> bool:
    """ "as" after a comma opening a clause of its own, not "as well as", "as part of"; also
    ", even as" ("…, even as their unions accused his administration of “…”": the unions')."""
    j = k - 1 - is_word(row, k - 1, "even")
    return (
        is_word(row, k, "as")
        and j >= 0
        and row[j].kind == "punct"
        and row[j].text == ","
        and not is_word(row, k + 1, *_NOT_A_CLAUSE)
    )


_NOT_A_CLAUSE = frozenset({"well", "part", "such", "much", "many", "long", "soon", "far", "of"})


SUBORDINATORS = _ALL_SUBORDINATORS - {"as", "since", "once", "if"}
