"""The timeline is a list of events, not of sentences (issue 13): one entry per event, a
headline, the date at its precision with the words that gave it, each source sentence at most
once, no conditional or future date taken for an event, background included and cited."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from generator.build import generate, load
from generator.story.events import condition

Make = Callable[[Mapping[str, str | bytes]], Path]

ARTICLE = """---
title: Council row
date: 2024-10-23
outlet: Valley Gazette
{extra}
---
The mayor said on Wednesday, a day after the council voted, that the budget was fair.

He warned that the council would lose its grant should the minister decide so in November.

The mayor will meet ministers next week.

The council met the auditors last month.
"""

EVENTS = """events:
  - date: 2024-10-22
    what: The council votes on the budget
    paragraph: 1
  - date: 2024-10-23
    what: The mayor defends the budget
    paragraph: 1"""


@pytest.mark.parametrize(
    ("sentence", "words", "why"),
    [
        (
            "He denied it could hurt ties should Trump beat Harris in November.",
            "November",
            "a conditional or hypothetical, not an event",
        ),
        (
            "If the bill passes in March, it takes effect.",
            "March",
            "a conditional or hypothetical, not an event",
        ),
        (
            "The mayor will meet ministers next week.",
            "next week",
            "a future plan, not an event yet",
        ),
        ("The vote is scheduled for 4 May.", "4 May", "a future plan, not an event yet"),
        ("Starmer met the former president last month for dinner.", "last month", ""),
        ("Anyone can complain, as the campaign did in October 2024.", "October 2024", ""),
    ],
)
def test_conditional_and_future_dates_are_not_events(sentence: str, words: str, why: str) -> None:
    assert condition(sentence, words) == why


def test_an_editors_events_take_their_sentence_and_the_words_that_dated_it(
    make_project: Make,
) -> None:
    resolved, _ = load(make_project({"row.md": ARTICLE.format(extra=EVENTS)}))
    events = [(e.date.iso(), e.date.text, e.headline, e.kind) for e in resolved.story.events]
    assert events == [
        ("2024-09", "last month", "", "event"),
        ("2024-10-22", "a day after", "The council votes on the budget", "event"),
        ("2024-10-23", "Wednesday", "The mayor defends the budget", "event"),
        ("2024-10-23", "2024-10-23", "Valley Gazette publishes “Council row”", "published"),
    ]
    left_out = [n.text for n in resolved.story.review if n.topic == "Dates left off the timeline"]
    assert left_out == [
        "“November” in “He warned that the council would lose its grant should the minister "
        "decide so in November.”: a conditional or hypothetical, not an event",
        "“next week” in “The mayor will meet ministers next week.”: a future plan, not an "
        "event yet",
    ]


def test_each_sentence_is_shown_once_and_no_entry_leads_with_its_dating_words(
    make_project: Make,
) -> None:
    page = dict(generate(make_project({"row.md": ARTICLE.format(extra=EVENTS)})).pages)[
        "timeline.md"
    ]
    sentence = (
        "The mayor said on Wednesday, a day after the council voted, that the budget was fair."
    )
    printed = re.sub(r' "[^"]*"\)', ")", page)  # link titles are hover cards, not text
    assert printed.count(sentence) == 1
    assert "(the sentence is quoted above)" in page
    assert '"In the text: “a day after” · Valley Gazette, 23 October 2024, ¶1")' in page
    assert "**The council votes on the budget**" in page
    assert "November" not in page and "next week" not in page
    assert "“last month”:" not in page


def test_background_from_a_profile_is_on_the_timeline_with_its_source(make_project: Make) -> None:
    profile = """---
kind: organisation
id: fec
name: Federal Election Commission
date: 2026-11-30
sources:
  - paragraph: 1
    title: FEC brochure
    url: https://example.org/brochure
---
The ban dates from 1966. In 1974 it moved into the Act.

It was reorganised in 1980.
"""
    result = generate(make_project({"row.md": ARTICLE.format(extra=""), "fec.md": profile}))
    page = dict(result.pages)["timeline.md"]
    assert "[<bdi>1966</bdi>]" in page and "[<bdi>1974</bdi>]" in page
    assert "· Background" in page
    assert "citing [<bdi>FEC brochure</bdi>](<https://example.org/brochure>)" in page
    review = [
        n.text for n in result.resolved.story.review if n.topic == "Background without a source"
    ]
    assert review == ["1980: “It was reorganised in 1980.” (Federal Election Commission, ¶2)"]


def test_a_rules_text_version_is_never_an_event_nor_news(make_project: Make) -> None:
    rule = (
        "---\nkind: rule\nid: r\ntitle: A rule\ncitation: R 1\ndate: 2026-04-05\n---\n"
        "Explained last year.\n"
    )
    result = generate(make_project({"row.md": ARTICLE.format(extra=""), "r.md": rule}))
    assert all(e.date.year != 2026 and e.date.year != 2025 for e in result.resolved.story.events)
    feeds = dict(result.feeds)
    assert "rules/r/" not in feeds["feed.json"]
    sources = dict(result.pages)["sources.md"]
    reports, texts = sources.split("## Texts of the rules")
    assert "A rule" not in reports and "text as of 5 April 2026" in texts
