"""The members a body is said to be made of ("a two-member bench comprising judicial member
X and accountant member Y said", "a panel consisting of A, B and C found"; "signed by X and
three members"): a name listed after "comprising" is no subject of the verb after it (the
bench speaks, never its last-named member). ("X and <a number or others>" as no one author:
`phrases.more_after`.) Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.rows import verb_at

_OF_MAKING = lx.words("consisting composed comprised")  # "consisting of", "comprised of"


def listed_member(row: Sequence[Chunk], i: int) -> bool:
    """Is the name at `i` the last of the members listed after "comprising", "consisting
    of", "composed of" or "made up of" (with "and" before it), inside the noun phrase of a
    body ("a bench comprising X and Y said")?"""
    return _listing(row, i) >= 0


def members_cut(row: Sequence[Chunk], start: int, end: int) -> int:
    """Where the body's noun phrase ends before its listed members ("a two-member bench |
    comprising X and Y"), else `end`."""
    at = _listing(row, end - 1) if end > start else -1
    if at > start and is_word(row, at, "of"):
        at -= 2 if is_word(row, at - 1, "up") else 1
    return at if at > start else end


def _listing(row: Sequence[Chunk], i: int) -> int:
    """The "comprising" or the "of" of "consisting of" before the list that the name at `i`
    ends, or -1."""
    if row[i].kind != "name":
        return -1
    joined = False
    for k in range(i - 1, max(-1, i - 14), -1):
        c = row[k]
        if is_word(row, k, "comprising") or (
            is_word(row, k, "of") and (is_word(row, k - 1, *_OF_MAKING) or _made_up(row, k))
        ):
            return k if joined else -1
        if c.kind == "punct" and c.text == ",":
            continue
        if c.kind not in ("word", "name") or verb_at(row, k):
            return -1
        joined = joined or is_word(row, k, "and")
    return -1


def _made_up(row: Sequence[Chunk], k: int) -> bool:
    return is_word(row, k - 1, "up") and is_word(row, k - 2, "made")
