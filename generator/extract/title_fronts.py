"""The capitalised words before a title, for `name_runs`: do they name the body the title
belongs to ("European Commission President X", "Labour Party Leader X") or only the
title's portfolio or side ("Local Government Minister X", "Lands Cabinet Secretary X",
"Public Works Minister X", "Police Public Relations Officer X", "Senate Minority Leader X")?
Pure.
"""

from __future__ import annotations

from generator.extract import lexicon as lx
from generator.extract.sentences import Token

# Titles that take a portfolio before them ("Health Minister", "Lands Cabinet Secretary").
_PORTFOLIO_TITLES = lx.words("minister secretary commissioner mec")
# Heads that name a portfolio before such a title, not a body ("Local Government Minister",
# "Public Works Minister", "Czech Industry Minister"); other organisation heads name a body
# ("Health Ministry Secretary X", "Greater Chennai Corporation Commissioner X").
_PORTFOLIO_HEADS = lx.SECTOR_HEADS | lx.words(
    "government works development services service cabinet communications administration"
    " industry trade affairs relations health education security"
)
PORTFOLIO_HEADS = _PORTFOLIO_HEADS
_CABINET = "cabinet"
# A chamber's side before "Leader" or "Whip" is part of the title ("Senate Majority Leader").
_SIDES = lx.words("majority minority")
_SIDE_TITLES = lx.words("leader whip")


def body_before_title(org: list[Token], title: Token | None) -> list[Token]:
    """The words of `org` (the capitalised words before the title word `title`) that name a
    body, or [] for none. Before a portfolio title, a portfolio is none: words ending in a
    portfolio's head or in no organisation's head ("Local Government Minister X", "Lands
    Cabinet Secretary X"; but "National Treasury Cabinet Secretary X" keeps "National
    Treasury"). A chamber's side ("Senate Majority Leader X") is the title's. Before other
    titles, words that end in no organisation's head ("Police Public Relations Officer")
    name none, unless "of" or "for" joins them ("Bank of England Governor X")."""
    if not org or title is None:
        return org
    last = org[-1].lower
    if title.lower in _SIDE_TITLES and last in _SIDES:
        return []
    if title.lower in _PORTFOLIO_TITLES:
        if last == _CABINET:  # "Cabinet Secretary": the title's
            return org[:-1] if len(org) >= 3 else []
        return [] if last in _PORTFOLIO_HEADS or last not in lx.ORG_HEADS else org
    linked = any(w.lower in {"of", "for"} for w in org)
    if last not in lx.ORG_HEADS and not linked and not org[-1].text.isupper():
        return []
    return org


# Titles whose office, not a body, "of" names after them when it ends in one of these words
# ("Head of Corporate Communications at the CBN", "Director of Public Affairs").
_OFFICE_TITLES = lx.words("head director manager officer adviser advisor assistant")
_FUNCTIONS = lx.words("communications publicity relations affairs")


def portfolio_after_title(toks: tuple[Token, ...], run: list[Token], index: int) -> bool:
    """Does the run (its first token at `index`) name the portfolio of the capitalised title
    before it, not a body: "Special Adviser on Media and Publicity", "the Minister of Local
    Government", "Minister for Water Resources", "Head of Corporate Communications"? Not
    after "of the" ("Secretary of the Treasury"), nor a body's head or an acronym at its end
    ("Minister of the Environment Ministry", "Commissioner of the FBI")."""
    if index < 2 or not run:
        return False
    link, title = toks[index - 1].lower, toks[index - 2].lower
    last = run[-1]
    body = last.lower in lx.ORG_HEADS and last.lower not in _PORTFOLIO_HEADS
    if not toks[index - 2].capitalised or title not in lx.TITLE_WORDS or body:
        return False
    if last.text.isupper():
        return False
    if link == "on":
        return True
    if link not in {"of", "for"}:
        return False
    return title in _PORTFOLIO_TITLES or (title in _OFFICE_TITLES and last.lower in _FUNCTIONS)
