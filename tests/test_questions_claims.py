"""`questions` and `claims` in article front matter: the Q&A and the claims panel readers
see, and the exact diagnostics editors get for mistakes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from support import SEEDS, CliRun

from generator.build import generate

ARTICLE = """---
title: A row
date: 2024-10-23
people:
  - id: keir-starmer
    name: Keir Starmer
organisations:
  - id: trump-campaign
    name: Trump campaign
{extra}
---
The campaign said it was interference.

Starmer said they paid for themselves.
"""


def _page(pages: list[tuple[str, str]], path: str) -> str:
    return dict(pages)[path]


def test_sample_explainer_has_questions_and_claims() -> None:
    page = _page(generate(SEEDS).pages, "explainers/starmer-labour-volunteers.md")
    assert "## Questions and answers" in page
    assert "### Are foreigners allowed to volunteer on a US campaign?" in page
    assert "From the text: [<bdi>¶8</bdi>](<#p-8> " in page
    assert "## Claims and responses" in page
    claim = page.index("Claim · [<bdi>Trump campaign</bdi>](<../who/trump-campaign.md>")
    response = page.index("Response · [<bdi>Keir Starmer</bdi>](<../who/keir-starmer.md>")
    assert claim < response < page.index("## Who said what")


def test_claim_renders_side_by_side_with_sources(make_project: Callable[..., Path]) -> None:
    extra = """claims:
  - by: trump-campaign
    claim: It was *interference* <script>.
    paragraphs: [1]
    responses:
      - by: keir-starmer
        response: They paid for themselves.
        paragraphs: [2]
questions:
  - question: Who paid?
    answer: The volunteers, Starmer says.
    paragraphs: [2]"""
    root = make_project({"a.md": ARTICLE.format(extra=extra)})
    result = generate(root)
    assert [str(d) for d in result.diagnostics] == [
        "a.md:12: warning: claims[1].claim: contains HTML (<script>); it is shown as text, "
        "never run"
    ]
    page = _page(result.pages, "explainers/a.md")
    assert '<div class="ex-claim-row" markdown>' in page
    assert "It was &#42;interference&#42; &#60;\u2060script&#62;." in page
    assert "Source: [<bdi>¶1</bdi>](<#p-1> " in page
    assert "Source: [<bdi>¶2</bdi>](<#p-2> " in page
    assert (
        "### Who paid? { #q-1 }\n\nThe volunteers, Starmer says.\n\n"
        "From the text: [<bdi>¶2</bdi>](<#p-2> " in page
    )


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (
            "claims:\n  - by: keir-starmr\n    claim: It was fine.\n    paragraphs: [2]",
            "a.md:11: claims[1].by: unknown person or organisation 'keir-starmr' "
            "(did you mean 'keir-starmer'?); the claim is left out",
        ),
        (
            "questions:\n  - question: Who?\n    answer: Them.\n    paragraphs: [3]",
            "a.md:13: questions[1].paragraphs[1]: '3' is not a paragraph number (1 to 2); "
            "the paragraph number is left out",
        ),
        (
            "questions:\n  - question: Who?",
            "a.md:11: questions[1].answer: is required; the question is left out",
        ),
        (
            "claims:\n  - by: keir-starmer\n    claim: Fine.\n    paragraphs: [1]\n"
            "    responses:\n      - by: trump-campaign\n        respose: No.",
            "a.md:16: warning: claims[1].responses[1].respose: unknown field 'respose' is "
            "ignored (did you mean 'response'?)",
        ),
        (
            "claims:\n  - by: keir-starmer\n    claim: Fine.",
            "a.md:11: warning: claims[1]: no paragraphs: say which paragraphs of the text "
            "report this claim",
        ),
    ],
    ids=["unknown speaker", "paragraph out of range", "no answer", "unknown field", "no source"],
)
def test_mistakes_are_reported_with_file_and_line(
    make_project: Callable[[Mapping[str, str]], Path],
    cli: Callable[..., CliRun],
    extra: str,
    expected: str,
) -> None:
    root = make_project({"a.md": ARTICLE.format(extra=extra)})
    run = cli("check", "--sources", root)
    assert expected in run.err.splitlines(), run.err
