"""A portfolio title whose first part the name finder read as a body of its own ("Aged Care
Quality and Safety Commissioner Anita Sorensen said", "Local Government and Public Works
Minister X said", "Conflict of Interest and Ethics Commissioner X said"): the words before
"and" name the portfolio, not a second speaker. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk

# Heads that make a name a body, never a portfolio ("Local Government", "Rural Development",
# "Public Works" are portfolios: `lx.ORG_HEADS` is too wide here).
_BODY_HEADS = (
    lx.GENERIC_ORG_NOUNS | lx.COMPANY_ENDINGS | lx.words("court office bureau embassy fund")
)


def portfolio_join(row: Sequence[Chunk], k: int, c: Chunk) -> bool:
    """Is the "and" at `k` inside the title of the titled person `c`, its first part read as
    an organisation's name? The title must begin right after "and", the part before it abut
    "and" with no determiner before it ("the Treasury and Finance Minister X": two), and
    that part be no firm, no acronym ("IBM and Commerce Secretary X") and no body headed by
    an organisation noun ("Health Ministry and Finance Minister X"). A person before "and"
    ("Justices Chowdhury and Justice X") stays two."""
    if c.mention is None or c.mention.title is None or c.mention.kind != "person" or k < 1:
        return False
    before = row[k - 1]
    part = before.mention
    if before.kind != "name" or part is None or part.kind != "organisation" or before.possessive:
        return False
    last = before.text.split()[-1].casefold().rstrip(".")
    if last in _BODY_HEADS or before.text.isupper():
        return False
    if k >= 2 and row[k - 2].kind == "word" and row[k - 2].text in lx.DETERMINERS:
        return False
    return row[k].start - before.end <= 1 and 0 <= c.mention.title[0] - row[k].end <= 1
