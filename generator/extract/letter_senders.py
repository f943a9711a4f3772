"""The sender of a document a passive "told"/"assured" names: "was told in a letter from the
agency that …", "had been told in a December letter from the board that …". `sender(ctx,
para, row, k)` → the one the noun phrase after "from" (chunk `k`) resolves to, or None:
the phrase stops at a preposition, "that" or a comma; an owner's part ("the agency's legal
department") or a role with a name after it ("its operations director, Martin Greaves,")
is left unclear. Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.attribution import Context
from generator.extract.clauses import Chunk
from generator.extract.document import Para
from generator.extract.phrases import PREPOSITIONS, Who, parse

_ENDS = PREPOSITIONS | {"that", "last", "earlier", "before", "after", "as"}


def sender(ctx: Context, para: Para, row: Sequence[Chunk], k: int) -> Who | None:
    """Who sent the document whose "from" is chunk `k`, when the phrase after it resolves."""
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
