"""Extraction folded into the site: what an un-curated article gives readers, and that
curated front matter always wins."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from generator.build import generate, load

PLAIN = """---
title: Council approves budget
date: 2025-03-14
outlet: Valley Gazette
---
Council leader Maria Lopez said the budget was "fair to every household" on Thursday.

"We had no choice," she said.

Opposition spokesperson Tom Reid called it "a raid on the poor".

"It will not last," a source said.
"""

Make = Callable[[Mapping[str, str | bytes]], Path]


def test_uncurated_article_feeds_whos_who_quotes_and_timeline(make_project: Make) -> None:
    pages = dict(generate(make_project({"budget.md": PLAIN})).pages)
    assert set(pages) >= {"who/maria-lopez.md", "who/tom-reid.md"}
    lopez = pages["who/maria-lopez.md"]
    assert (
        "- Council leader, as of 14 March 2025 ([<bdi>Valley Gazette, 14 March 2025, ¶1</bdi>]"
        "(<../explainers/budget.md#p-1>" in lopez
    )
    explainer = pages["explainers/budget.md"]
    assert (
        "- “fair to every household” — [<bdi>Maria Lopez</bdi>](<../who/maria-lopez.md>"
        in explainer
    )
    assert "- “a raid on the poor” — [<bdi>Tom Reid</bdi>](<../who/tom-reid.md>" in explainer
    assert "- “It will not last” — *speaker unclear*" in explainer
    timeline = pages["timeline.md"]
    # an uncurated event: its sentence is the entry, the date's card keeps the words that
    # dated it, and the entry no longer leads with them
    entry = timeline.split("[<bdi>13 March 2025</bdi>]")[1].split("</div>")[0]
    assert '"In the text: “Thursday” · Valley Gazette, 14 March 2025, ¶1")' in entry
    assert "**Council leader Maria Lopez said the budget" in entry
    assert "“Thursday”:" not in timeline


def test_uncertain_attributions_go_to_review_not_to_readers(make_project: Make) -> None:
    resolved, _ = load(make_project({"budget.md": PLAIN}))
    topics = {n.topic for n in resolved.story.review}
    assert "Names not in any front matter" in topics
    quotes = {q.text: q for q in resolved.story.quotes}
    assert quotes["It will not last"].confidence == "low"


def test_curated_speaker_wins_over_extraction(make_project: Make) -> None:
    curated = PLAIN.replace(
        "outlet: Valley Gazette\n",
        "outlet: Valley Gazette\npeople:\n  - id: tom-reid\n    name: Tom Reid\n"
        "quotes:\n  - text: It will not last\n    speaker: tom-reid\n",
    )
    resolved, diagnostics = load(make_project({"budget.md": curated}))
    assert diagnostics == []
    said = [q for q in resolved.story.quotes if q.text == "It will not last"]
    assert [(q.speaker, q.confidence) for q in said] == [("tom-reid", "high")]


def test_new_names_never_take_a_curated_id(make_project: Make) -> None:
    profile = "---\nkind: organisation\nid: maria-lopez\nname: Maria Lopez Foundation\n---\n"
    resolved, _ = load(make_project({"budget.md": PLAIN, "org.md": profile}))
    ids = {e.id: e.name for e in resolved.story.entities}
    assert ids["maria-lopez"] == "Maria Lopez Foundation"
    assert ids["maria-lopez-2"] == "Maria Lopez"


APOSTROPHE = """---
title: Treasurer quits
date: 2025-03-14
outlet: Valley Gazette
---
Party treasurer Seán O’Brien said the accounts were "in good order" on Thursday.

"I leave with a clear conscience," O’Brien said.
"""


def test_a_name_with_a_curly_apostrophe_keeps_its_quotes_and_role(make_project: Make) -> None:
    """Extraction and the story compare names with one key: with two (one straightening
    apostrophes, one not), a new name like O’Brien lost its quotes to "speaker unclear"."""
    pages = dict(generate(make_project({"quits.md": APOSTROPHE})).pages)
    assert "who/sean-obrien.md" in pages
    explainer = pages["explainers/quits.md"]
    assert "- “in good order” — [<bdi>Seán O’Brien</bdi>](<../who/sean-obrien.md>" in explainer
    assert "speaker unclear" not in explainer
    assert (
        "- Party treasurer, as of 14 March 2025 ([<bdi>Valley Gazette"
        in pages["who/sean-obrien.md"]
    )


ABBREVIATIONS = """---
title: A meeting
date: 2025-01-06
people:
  - id: keir-starmer
    name: Keir Starmer
---
Keir Starmer met Lt. Col. Smith on Jan. 5 in Washington. They spoke for an hour.
"""


def test_a_sentence_with_abbreviations_is_quoted_whole(make_project: Make) -> None:
    """The who's-who quotes each sentence that names someone, cut by the same sentence
    splitter extraction uses: "Lt. Col." and "Jan. 5" do not end a sentence."""
    pages = dict(generate(make_project({"meeting.md": ABBREVIATIONS})).pages)
    who = pages["who/keir-starmer.md"]
    assert "Keir Starmer met Lt. Col. Smith on Jan. 5 in Washington." in who


SPOKESPERSON = """---
title: Senator under fire
date: 2024-07-18
outlet: Valley Courier
---
A spokesperson for Senator Maria Lee said the senator was "disappointed" by the ruling.

Lee's lawyer, Ben Carter, said the appeal would be filed "within days".
"""


def test_review_lists_each_unclear_attribution_with_its_candidates_and_cue(
    make_project: Make,
) -> None:
    pages = dict(generate(make_project({"lee.md": SPOKESPERSON})).pages)
    review = pages["review.md"]
    assert (
        "“disappointed” — speaker unclear (unnamed: A spokesperson for Senator Maria Lee; "
        "candidates, likeliest first: Maria Lee; cue: said)" in review
    )
    explainer = pages["explainers/lee.md"]
    assert "- “disappointed” — *speaker unclear*" in explainer
    assert "- “within days” — [<bdi>Ben Carter</bdi>](<../who/ben-carter.md>" in explainer


LETTER = """---
title: Plants to close
date: 2026-03-02
outlet: Valley Courier
---
Brenner Antriebstechnik and Kessler Guss will close three plants in Bavaria, the works council \
said on Monday.

The company, which employs about 14,000 people worldwide, said in a letter to Economy \
Minister Jonas Weber that the restructuring was "painful but unavoidable".
"""


def test_an_unclear_quote_offers_the_likeliest_speaker_first(make_project: Make) -> None:
    """The rules cannot name "The company, which …" after two companies: the review offers
    the companies the text named before (ranked by `speaker_candidates`), ahead of the
    letter's recipient, the only name in the quotation's own sentence; the reader still sees
    no speaker."""
    pages = dict(generate(make_project({"plants.md": LETTER})).pages)
    prefix = (
        "“painful but unavoidable” — speaker unclear (unnamed: The company, which employs "
        "about 14,000 people worldwide; candidates, likeliest first: "
    )
    (line,) = [x for x in pages["review.md"].splitlines() if prefix in x]
    offered = line.split(prefix)[1].removesuffix("; cue: said)").replace("; or ", ", ")
    # which of the two companies comes first is the fitted weights' call (it changes when they
    # are refitted); both come before the recipient, and each is offered once
    assert sorted(offered.split(", ")[:2]) == ["Brenner Antriebstechnik", "Kessler Guss"]
    assert offered.split(", ")[2:] == ["Jonas Weber"]
    assert "- “painful but unavoidable” — *speaker unclear*" in pages["explainers/plants.md"]


def test_roles_keep_the_date_of_the_document_that_states_them(make_project: Make) -> None:
    resolved, _ = load(make_project({"lee.md": SPOKESPERSON}))
    carter = resolved.story.entity_by_id["ben-carter"]
    assert [(r.text, r.date.iso() if r.date else None) for r in carter.roles] == [
        ("Lee's lawyer", "2024-07-18")
    ]


MAYOR = """---
title: Bridge to close
date: 2024-10-08
outlet: Valley Courier
---
Mayor Ann Lee said the bridge would close on Monday.
"""
LATER = """---
title: Bridge closed
date: 2024-10-15
outlet: Valley Courier
---
The bridge closed this week. Ann Lee visited the site on Tuesday.

"We had no other choice," the mayor said.
"""


def test_a_description_resolves_to_the_one_person_the_story_gives_that_role(
    make_project: Make,
) -> None:
    pages = dict(generate(make_project({"a.md": MAYOR, "b.md": LATER})).pages)
    explainer = pages["explainers/b.md"]
    assert "- “We had no other choice” — [<bdi>Ann Lee</bdi>](<../who/ann-lee.md>" in explainer
