"""`explainer new KIND TITLE`: a new source document with the right front matter, which
passes `explainer check`, and never an overwritten file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from support import CliRun

from generator.build import load


@pytest.mark.parametrize(
    ("kind", "title", "path"),
    [
        (
            "article",
            "Starmer: volunteers did “nothing wrong”",
            "articles/2024-10-23-starmer-volunteers-did-nothing-wrong.md",
        ),
        ("rule", "52 USC 30121", "rules/52-usc-30121.md"),
        ("person", "Morgan McSweeney", "people/morgan-mcsweeney.md"),
        ("organisation", "Labour Party", "organisations/labour-party.md"),
    ],
)
def test_new_document_passes_check(
    tmp_path: Path, cli: Callable[..., CliRun], kind: str, title: str, path: str
) -> None:
    sources = tmp_path / "seeds"
    run = cli("new", kind, title, "--sources", sources, "--date", "2024-10-23")
    assert (run.code, run.out) == (0, "")
    assert run.err == (
        f"explainer: {sources / path}: created; fill in its front matter, "
        "then run 'explainer check'\n"
    )
    resolved, diagnostics = load(sources)
    assert [d for d in diagnostics if d.is_error] == []
    (doc,) = resolved.story.documents
    assert (doc.kind, doc.label) == (kind, title)


def test_article_date_defaults_to_today(tmp_path: Path, cli: Callable[..., CliRun]) -> None:
    # conftest pins SOURCE_DATE_EPOCH to 2024-10-23
    run = cli("new", "article", "A report", "--sources", tmp_path)
    assert run.code == 0
    text = (tmp_path / "articles" / "2024-10-23-a-report.md").read_text(encoding="utf-8")
    assert "\ndate: 2024-10-23\n" in text


def test_never_overwrites(tmp_path: Path, cli: Callable[..., CliRun]) -> None:
    target = tmp_path / "people" / "jane-doe.md"
    target.parent.mkdir()
    target.write_text("mine", encoding="utf-8")
    run = cli("new", "person", "Jane Doe", "--sources", tmp_path)
    assert run.code == 2
    assert run.err == f"explainer: {target}: already exists; not overwritten\n"
    assert target.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("new", "person", "!!!"), "explainer: '!!!' gives an empty id; use letters or digits\n"),
        (
            ("new", "article", "A", "--date", "2024-02-30"),
            "explainer: --date: February 2024 has no day 30\n",
        ),
    ],
)
def test_unusable_arguments(
    tmp_path: Path, cli: Callable[..., CliRun], args: tuple[str, ...], message: str
) -> None:
    run = cli(*args, "--sources", tmp_path)
    assert (run.code, run.err) == (2, message)
    assert list(tmp_path.iterdir()) == []
