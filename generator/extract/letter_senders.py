"""The sender of a document a passive "told"/"assured" names: "was told in a letter from the
agency that …", "had been told in a December letter from the board that …". `sender(ctx,
para, row, k)` → the one the noun phrase after "from" (chunk `k`) resolves to, or None:
the phrase stops at a preposition, "that" or a comma; an owner's part ("the agency's legal
department") is left unclear; a role with a person's name after it ("from its operations
director, Martin Greaves, that", "from the city's chief administrative officer, X, last
November") is that person, but not a list ("from its director, X, and its chair, Y"). The
document noun may hold a day before "from" ("in a letter on Monday from X"): `from_document`.
Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.attribution import Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import PREPOSITIONS, Who, parse

_ENDS = PREPOSITIONS | {"that", "last", "earlier", "before", "after", "as"}


def sender(ctx: Context, para: Para, row: Sequence[Chunk], k: int) -> Who | None:
    """Who sent the document whose "from" is chunk `k`, when the phrase after it resolves."""
    if (named := _apposed(row, k)) is not None:
        return named
    end = k + 1
    while end < len(row) and row[end].kind in ("name", "word"):
        if row[end].kind == "word" and row[end].text in _ENDS:
            break
        if row[end].possessive:
            return None  # "a reply from the agency's legal department": a part of it
        end += 1
    if end == k + 1 or end - k > 5 or (end < len(row) and row[end].text == ","):
        return None  # "from its operations director, Martin Greaves,": an apposition
    who = ctx.resolve(parse(row, k + 1, end, para.text), para, row[k].start)
    return who if who is not None and who.key is not None else None


def from_document(row: Sequence[Chunk], k: int) -> bool:
    """Is the "from" at `k` the sender's, after a document noun ("a letter from"), maybe with
    a day between ("a letter on Monday from")?"""
    if is_word(row, k - 1, *sp.DOCUMENT_NOUNS):
        return True
    day = k >= 3 and row[k - 1].kind in ("word", "name") and row[k - 1].capital
    return day and is_word(row, k - 2, "on") and is_word(row, k - 3, *sp.DOCUMENT_NOUNS)


def _apposed(row: Sequence[Chunk], k: int) -> Who | None:
    """ "from its operations director, Martin Greaves, that": the role's named holder."""
    for m in range(k + 1, min(k + 7, len(row) - 2)):
        c = row[m]
        if c.kind not in ("word", "name") or (c.kind == "name" and not c.possessive):
            return None  # "from the agency, Martin …": a body first, no role
        if c.kind == "word" and c.text in _ENDS:
            return None
        if row[m + 1].text != ",":
            continue
        named = row[m + 2].mention if row[m + 2].kind == "name" else None
        if c.text not in lx.ROLE_NOUNS or named is None or named.kind != "person":
            return None
        after = row[m + 3] if m + 3 < len(row) else None
        listed = after is not None and after.text == "," and is_word(row, m + 4, "and", "or")
        if listed or is_word(row, m + 3, "and", "or"):
            return None  # "from its director, X, and its chair, Y": two senders
        return Who(named.key, "high")
    return None
