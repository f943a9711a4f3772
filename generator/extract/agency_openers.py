"""A story that opens with its agency's name alone in brackets before a dash, with no city
before it: "(Bloomberg) -- Chile's central bank …", "(CNN) — A judge …". The bracketed name
is the outlet that filed the story (an organisation), as in "LONDON (Reuters) -". Pure.
"""

from __future__ import annotations

import re

_OPENING = re.compile(r"\((?P<agency>[A-Z][A-Za-z.&]*(?: [A-Z][A-Za-z.&]*){0,2})\) ?(?:—|–|--| - )")


def opening_agency(text: str) -> tuple[int, int] | None:
    """Where the agency of a paragraph opening "(Agency) --" stands, if it opens so."""
    found = _OPENING.match(text)
    return found.span("agency") if found is not None and found.end() < len(text) else None
