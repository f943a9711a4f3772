"""The department an officer's title names after a comma, before the officer's name: "TCN,
in a statement signed by its General Manager, Public Affairs, Mrs Halima Sule, dismissed …"
(Nigerian papers give "Chairman, House Committee on Information", "Head, Corporate
Communications" so). The department is part of the title, not a second body or the signer:
the signed statement is still the body's. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, previous_comma
from generator.extract.phrases import officer_signs

# Small words inside a department's name ("House Committee on Information", "Research and
# Statistics").
_JOINS = lx.words("of on and for &")


def department(segment: Sequence[Chunk]) -> bool:
    """Is `segment` a short capitalised name and nothing else ("Public Affairs", "House
    Committee on Information"), not a person and not a clause?"""
    if not 1 <= len(segment) <= 6 or segment[0].kind not in {"name", "word"}:
        return False
    for c in segment:
        if c.mention is not None and c.mention.kind == "person":
            return False  # "its chairman, Ifeoma Bello-Akande,": the signer
        if c.kind == "name" or (c.kind == "word" and (c.capital or c.text in _JOINS)):
            continue
        return False
    return segment[0].capital or segment[0].kind == "name"


def past(row: Sequence[Chunk], k0: int, k2: int) -> int:
    """The comma `k0` that opens the signed-by phrase, or, when `row[k0 + 1 : k2]` is the
    department of an officer's title ("its General Manager, Public Affairs,") and the phrase
    before it is an officer signing, the comma before that phrase."""
    if k0 < 1 or officer_signs(row[k0 + 1 : k2]) or not department(row[k0 + 1 : k2]):
        return k0
    k = previous_comma(row, k0)
    return k if k >= 1 and officer_signs(row[k + 1 : k0]) else k0
