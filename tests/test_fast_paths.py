"""Fast paths taken for issue 7 give exactly what the plain versions they replace gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.relative_dates import _PATTERN, _date_matches

PIECES = [
    " ",
    ",",
    ".",
    "-",
    "’s",
    "ſince ",
    "2024",
    "23",
    "1st",
    "October",
    "Oct.",
    "Sept",
    "may",
    "last",
    "next",
    "this",
    "week",
    "month",
    "year",
    "earlier",
    "three",
    "an",
    "days",
    "after",
    "later",
    "yesterday",
    "Monday",
    "in",
    "between",
    "and",
    "March",
    "2019",
    "word",
    "Trump",
    "2024-10-23",
    "é",
    "\u0661",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=30
).map("".join)


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_date_matches_are_those_of_finditer(text: str) -> None:
    fast = [(m.start(), m.end(), m.lastgroup) for m in _date_matches(text)]
    slow = [(m.start(), m.end(), m.lastgroup) for m in _PATTERN.finditer(text)]
    assert fast == slow
