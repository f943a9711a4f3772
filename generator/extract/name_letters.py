"""What follows a name between commas and is the name's label, not a clause: its letters,
a party tag, a ward or district's ordinal. `drop_letters(items, text)` takes them out of a
paragraph's chunks ("Hugh Wint-Campbell, KC, countered"; "that Sen. X, D-N.M., said"; "led
by Ald. Thomas Kowalczyk, 41st, said": a Chicago alderman's ward), so the name stands next
to its verb; and the rank of senior counsel written right after a name, with no comma
("Richard Osei KC, counsel for Meonbridge, said"). Pure.
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx
from generator.extract.chunks import Chunk
from generator.extract.person_marks import COUNSEL_RANKS

_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]*$")  # "D-N.M.", "R-Ind."
_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})
# Words that open a second aside after the label ("X, 41st, chairman of …, said", "X, 23rd,
# who chairs …"): its closing comma stays.
_APPOSITION = lx.DETERMINERS | lx.ROLE_NOUNS | lx.ROLE_MODIFIERS | lx.words("who whose one")


def drop_letters(items: list[Chunk], text: str) -> None:
    """Delete each label with its opening comma, and its closing comma too unless the name
    itself is set off by commas ("its chair, Ald. X, 22nd, calling": the aside still
    closes) or another aside follows ("X, 41st, chairman of …, said")."""
    ranks = [k for k in range(1, len(items)) if _rank(items, k, text)]
    for k in reversed(ranks):
        del items[k]  # "Richard Osei KC, counsel for X, said": the name, then its aside
    letters = [k for k in range(2, len(items)) if _size(items, k, text)]
    for k in reversed(letters):
        size = _size(items, k, text)
        apposed = k >= 3 and items[k - 3].text == ","  # (the name itself set off by commas)
        after = k + size
        closing = after + 1 < len(items) and items[after].text == ","
        closing = closing and items[after + 1].kind == "word"
        closing = closing and items[after + 1].text not in _APPOSITION  # not ", the chair"
        del items[k - 1 : after + (closing and not apposed)]


def _rank(items: list[Chunk], k: int, text: str) -> bool:
    """Is chunk `k` the rank of senior counsel right after a name, with no comma ("Imogen
    Sallis KC", "Yusuf Danladi SAN")? Not a seat ("Labour MP Ann Lee"): a party's member;
    not a name set off by commas, whose closing comma ends it ("counsel assisting, X SC, the
    61-year-old said": no aside of X's)."""
    c, name = items[k], items[k - 1]
    rank = c.kind == "word" and text[c.start : c.end] in COUNSEL_RANKS
    apposed = k >= 2 and items[k - 2].text == ","  # the name an appositive itself
    return rank and not apposed and name.kind == "name" and text[name.end : c.start] == " "


def _size(items: list[Chunk], k: int, text: str) -> int:
    """How many chunks from `k` make a name's label after its comma, 0 for none."""
    c = items[k]
    if items[k - 1].text != "," or items[k - 2].kind != "name":
        return 0  # most chunks: the cheap test first
    if c.kind == "num":  # "Ald. Rosa Delgado, 26th, said": a ward, closed by a comma
        suffix = items[k + 1] if k + 2 < len(items) else None
        ordinal = suffix is not None and suffix.start == c.end and suffix.text in _ORDINAL_ENDS
        return 2 if ordinal and len(c.text) <= 3 and items[k + 2].text == "," else 0
    if c.kind != "word":
        return 0
    upper = c.text in lx.POST_NOMINALS and text[c.start : c.end].isupper()
    return 1 if upper or _PARTY_TAG.match(text, c.start, c.end) is not None else 0
