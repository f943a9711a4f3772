"""Any input in, an Extraction out: extraction never raises."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.dates import PartialDate
from generator.extract import Extraction, Gazetteer, KnownEntity, extract

_NEWSY = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "‘",
        "’",
        "'",
        " said ",
        " he said",
        "Mr ",
        "Keir Starmer",
        ", the chief, ",
        " on Wednesday",
        " last month",
        " in May",
        "According to US rules",
        ".",
        "\n",
        "Sir ",
        "’s ",
        " of the ",
        "Labour Party",
        "2024-02-30",
        "31 February 2024",
        " a day after ",
    ]
)
_TEXT = st.lists(st.one_of(st.text(max_size=30), _NEWSY), max_size=40).map("".join)
_DATES = st.one_of(
    st.none(),
    st.dates().map(lambda d: PartialDate(d.year, d.month, d.day)),
    st.integers(1, 9999).map(PartialDate),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, max_size=6), _DATES)
def test_never_raises(paragraphs: list[str], doc_date: PartialDate | None) -> None:
    gazetteer = Gazetteer((KnownEntity("keir-starmer", "Keir Starmer", "person", ("Starmer",)),))
    result = extract(paragraphs, doc_date, gazetteer)
    assert isinstance(result, Extraction)
    for quote in result.quotes:
        text = paragraphs[quote.span.paragraph - 1]
        assert text[quote.span.start : quote.span.end] == quote.text


def test_huge_unbalanced_paragraph_is_fast_and_bounded() -> None:
    paragraphs = ["“" + "word " * 50_000, "Keir Starmer said “fine”."]
    start = time.perf_counter()
    result = extract(paragraphs, PartialDate(2024, 10, 23), Gazetteer())
    assert time.perf_counter() - start < 5
    assert [q.span.paragraph for q in result.quotes] == [1, 2]
