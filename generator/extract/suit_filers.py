"""Who filed the suit that "the complaint" or "the lawsuit" stands for when an earlier
sentence names its filer with another of a suit's nouns: "The lawsuit, filed in State
Superior Court in Hartford by Attorney General X, names …. The complaint says", "The proposed
class action, filed in federal court in Boston by the Y Fund, says …. “…,” the complaint
says", "The 62-page complaint Z filed in Dane County Circuit Court alleges". Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.document_makers import made_by
from generator.extract.phrases import Who

# One suit, four nouns: a news story calls the same filing by each in turn.
_SUIT_NOUNS = lx.words("lawsuit suit complaint")
# The participles that name a suit's filer with "by" ("led by": a class action's lead
# plaintiff); never "commissioned", "reviewed" or "seen".
_FILED = lx.words("filed brought lodged led")


def suit_filer(row: Sequence[Chunk]) -> Who | None:
    """The one filer the row names for a suit it mentions ("The lawsuit, filed … by X,",
    "The proposed class action, led by X,", "The complaint X filed"), else None (two
    filers, or a filer whose name does not follow "by" within the suit's aside)."""
    filers = {who.key for m in range(len(row)) if (who := _filed_by(row, m - 1)) is not None}
    if len(filers) > 1:
        return None  # "A suit filed by X and another filed by Y": two filers
    found = set()
    for i in range(len(row)):
        suit = is_word(row, i, *_SUIT_NOUNS) or (
            is_word(row, i, "action") and is_word(row, i - 1, "class")
        )
        if not suit:
            continue
        who = made_by(row, i) or _filed_by(row, i)
        if who is not None:
            found.add(who.key)
    return Who(found.pop(), "high") if len(found) == 1 else None


def _filed_by(row: Sequence[Chunk], i: int) -> Who | None:
    """ "<suit>, filed in federal court in Boston by the X Fund": X, the first name after
    the "by" of a filing participle right after the suit or its comma."""
    m = i + 1 + (i + 1 < len(row) and row[i + 1].text == ",")
    if not is_word(row, m, *_FILED):
        return None
    for by in range(m + 1, min(m + 9, len(row))):
        if row[by].kind in ("quote", "pron") or (row[by].kind == "punct" and row[by].text != ","):
            return None
        if is_word(row, by, "by"):
            return _first_name(row, by + 1)
        if is_word(row, by, "and", "but", "which", "that", "who", "on"):
            return None  # "filed … on behalf of X": X is not the filer named
    return None


def _first_name(row: Sequence[Chunk], k: int) -> Who | None:
    """The name that heads the phrase from `k` past "the" and up to three lowercase words
    ("the consumer group X", "Attorney General X"): a person's after a title name."""
    for m in range(k, min(k + 5, len(row))):
        c = row[m]
        if c.kind == "name" and c.mention is not None:
            nxt = row[m + 1] if m + 1 < len(row) else None
            if nxt is not None and nxt.kind == "name" and nxt.mention is not None:
                c = nxt if nxt.mention.kind == "person" else c  # "Attorney General" "X"
            return None if c.possessive or c.mention is None else Who(c.mention.key, "high")
        if c.kind != "word":
            return None
    return None
