"""Roles in time, what each entity did, first mentions linked, and the Editor's review
(issue 13): what readers and editors see for small stories written for each case."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from generator.build import generate, load
from generator.text import clip

Make = Callable[[Mapping[str, str | bytes]], Path]

EARLY = """---
title: Early report
date: 2024-01-05
outlet: Gazette
people:
  - id: jo-bloggs
    name: Jo Bloggs
    aliases: [Bloggs]
    role: council candidate
    did: Ran for the council and lost.
    paragraphs: [1]
  - id: sam-smith
    name: Sam Smith
quotes:
  - text: We will win
    speaker: jo-bloggs
    paragraph: 2
  - text: It is over
    speaker: jo-bloggs
    paragraph: 4
---
Jo Bloggs, a council candidate, spoke to Sam Smith. Bloggs then left. Bloggs came back.

“We will win,” she said.

Sam Smith disagreed.

“It is over,” she said.
"""

LATER = """---
title: Later report
date: 2024-03-01
outlet: Gazette
people:
  - id: jo-bloggs
    role: council leader
---
Jo Bloggs leads the council.
"""


def test_roles_show_their_date_latest_first_and_cards_say_where_from(make_project: Make) -> None:
    pages = dict(generate(make_project({"early.md": EARLY, "later.md": LATER})).pages)
    entry = pages["who/jo-bloggs.md"]
    roles = entry.split("## Roles")[1]
    assert roles.index("- Council leader, as of 1 March 2024") < roles.index(
        "- Council candidate, as of 5 January 2024"
    )
    assert "Person · Council leader, as of 1 March 2024" in entry
    assert (
        "**In this story:** Ran for the council and lost. ([<bdi>Gazette, 5 January 2024, ¶1"
        in (entry)
    )
    index = pages["who/index.md"]
    assert "— Council leader, as of 1 March 2024. Ran for the council and lost." in index
    # "council leader" is not in the later text word for word: the card cites the document
    card = '"Jo Bloggs — Council leader, as of 1 March 2024 · Source: Gazette, 1 March 2024"'
    assert card in pages["explainers/early.md"]


def test_only_the_first_mention_in_a_paragraph_is_linked(make_project: Make) -> None:
    page = dict(generate(make_project({"early.md": EARLY})).pages)["explainers/early.md"]
    first = page.split("{: #p-1 ")[0].rsplit("\n[1](#p-1)", 1)[1]
    assert first.count("(<../who/jo-bloggs.md>") == 1
    assert "Bloggs then left. Bloggs came back." in first


def test_an_entity_without_a_curated_did_opens_with_its_first_quote_or_mention(
    make_project: Make,
) -> None:
    pages = dict(generate(make_project({"early.md": EARLY})).pages)
    assert (
        "**In this story:** Sam Smith disagreed. ([<bdi>Gazette, 5 January 2024, ¶3"
        in pages["who/sam-smith.md"]
    )


def test_the_review_lists_attributions_that_cross_a_paragraph(make_project: Make) -> None:
    resolved, _ = load(make_project({"early.md": EARLY, "later.md": LATER}))
    crossing = [
        (n.source.paragraph, n.text)
        for n in resolved.story.review
        if n.topic == "Attributions that cross a paragraph"
    ]
    assert crossing == [
        (
            2,
            "“We will win”; “she said” with no name before it in ¶2; ¶1 names Jo Bloggs, Sam "
            "Smith; attributed to Jo Bloggs.",
        ),
        (
            4,
            "“It is over”; “she said” with no name before it in ¶4; ¶3 names Sam Smith; "
            "attributed to Jo Bloggs.",
        ),
    ]
    stale = [n.text for n in resolved.story.review if n.topic.startswith("Roles older")]
    assert stale == []  # the latest role is from the newest document


def test_the_review_page_never_contradicts_itself(make_project: Make) -> None:
    quiet = "---\ntitle: Quiet\ndate: 2024-01-01\n---\nNothing happened.\n"
    empty = dict(generate(make_project({"quiet.md": quiet})).pages)["review.md"]
    assert "Nothing to check:" in empty
    assert "Nothing here yet" not in empty and "##" not in empty.split("# Editor's review")[1]
    busy = dict(generate(make_project({"early.md": EARLY})).pages)["review.md"]
    assert "2 things to check before publishing, in 1 section." in busy
    assert "Nothing" not in busy
    assert "## Attributions that cross a paragraph\n\nThe speaker is named in another" in busy


def test_previews_end_at_a_word() -> None:
    text = "Starmer said he had a good relationship with Trump on Wednesday"
    assert clip(text, 30, at_word=True) == "Starmer said he had a good…"
    assert clip("Starmer said, he had", 14, at_word=True) == "Starmer said…"
    assert clip(text, 200, at_word=True) == text


def test_an_organisation_without_a_profile_is_described_from_the_text(make_project: Make) -> None:
    article = """---
title: Council report
date: 2024-02-02
outlet: Gazette
organisations:
  - id: city-council
    name: City Council
    did: Voted the budget through.
    paragraphs: [1]
---
The City Council voted the budget through.
"""
    pages = dict(generate(make_project({"council.md": article})).pages)
    card = '"City Council — Voted the budget through. · Source: Gazette, 2 February 2024, ¶1"'
    assert card in pages["explainers/council.md"]
    assert "[<bdi>City Council</bdi>](<city-council.md>" in pages["who/index.md"]
    assert "— Voted the budget through." in pages["who/index.md"]
