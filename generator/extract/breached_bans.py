"""Quotations inside the ban a verb of breaching names: "ruling that a land lease he signed
breached a ban on candidates holding “concessions from the state”", "breached the
constitutional ban on candidates who own “any newspaper …”", "breached the ban on … as well
as the prohibition of “collective expulsion of aliens”". The words are the ban's (a law's),
not the ruler's nor the reporter's. `breached_ban`. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word

_BANS = lx.words("ban bans prohibition prohibitions bar embargo")
_BREACHING = lx.words(
    """breach breached breaches breaching violate violated violates violating contravene
    contravened contravenes contravening infringe infringed infringes infringing"""
)


def breached_ban(row: Sequence[Chunk], qi: int) -> bool:
    """Is the quotation at `qi` inside the object of a ban ("the ban on … “…”") that a verb
    of breaching governs, with only words between them?"""
    for n in range(qi - 1, max(-1, qi - 9), -1):
        c = row[n]
        if c.kind != "word":
            return False  # a name, a quotation or a comma between: another phrase
        if c.text in _BANS and is_word(row, n + 1, "on", "of", "against") and n + 1 < qi:
            break
    else:
        return False
    for m in range(n - 1, max(-1, n - 13), -1):
        if row[m].kind != "word":
            return False
        if row[m].text in _BREACHING:
            return True
    return False
