"""The sample story, end to end: the generated site pinned byte for byte, the export, and
what each page must show a reader."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from support import ORIGINAL, SEEDS, CliRun

from generator.build import generate


def _pages() -> dict[str, str]:
    return dict(generate(SEEDS).pages)


def test_generated_site_matches_golden(golden: Callable[[str, str], None]) -> None:
    pages = _pages()
    golden("site/_pages.txt", "".join(f"{path}\n" for path in pages))
    for path, text in pages.items():
        golden(f"site/{path}", text)


def test_sample_has_no_diagnostics() -> None:
    assert generate(SEEDS).diagnostics == []


def test_same_sources_in_any_order_give_identical_pages(tmp_path: Path) -> None:
    """Copy the seeds in reverse order, with CRLF line endings: same bytes out."""
    copy = tmp_path / "seeds"
    for path in sorted(SEEDS.rglob("*.md"), reverse=True):
        target = copy / path.relative_to(SEEDS)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert dict(generate(copy).pages) == _pages()


def test_export_matches_golden(
    cli: Callable[..., CliRun], golden: Callable[[str, str], None], chdir_root: Path
) -> None:
    run = cli("export")
    assert run.code == 0
    golden("export.json", run.out)
    data = json.loads(run.out)
    assert data["format"] == "explainer-story" and data["version"] == 1
    names = {p["name"] for p in data["people"]}
    assert names == {
        "Keir Starmer",
        "Donald Trump",
        "Kamala Harris",
        "Morgan McSweeney",
        "Sofia Patel",
        "Jonah Hull",
    }
    orgs = {o["name"] for o in data["organisations"]}
    assert orgs == {
        "Labour Party",
        "Trump campaign",
        "Harris campaign",
        "Federal Election Commission",
        "Al Jazeera",
    }
    assert {r["citation"] for r in data["rules"]} >= {
        "52 U.S.C. § 30121",
        "11 CFR 110.20",
        "11 CFR 100.74",
        "11 CFR 100.79",
    }


def test_the_original_file_is_unchanged_and_loads(
    cli: Callable[..., CliRun], tmp_path: Path
) -> None:
    """The document the project was created from, byte for byte, builds a sensible page."""
    data = ORIGINAL.read_bytes()
    assert hashlib.sha256(data).hexdigest() == (
        "255b29649902af102dfd7ba459dac59bdcc259a69be5a987187b10a61530da4f"
    )
    shared = Path(__file__).resolve().parents[2] / "shared" / "seeds" / ORIGINAL.name
    if shared.exists():
        assert shared.read_bytes() == data
    sources = tmp_path / "seeds"
    sources.mkdir()
    shutil.copy(ORIGINAL, sources / ORIGINAL.name)
    run = cli("generate", "--sources", sources, "--out", tmp_path / "out")
    assert run.code == 0
    assert run.err.splitlines()[0] == (
        "000_cd59dd6cd126f59f.txt:1: warning: no front matter: date 2024-10-23 read from the "
        "text, title derived from the first sentence; missing outlet, url, summary"
    )
    page = (tmp_path / "out" / "explainers" / "000-cd59dd6cd126f59f.md").read_text()
    assert (
        "# British Prime Minister Keir Starmer has responded directly to allegations from" in page
    )
    assert "23 October 2024" in page
    assert "date 2024-10-23" not in page
    assert page.count("{: #p-") == 15
    assert "“They are not so much refuting the basic facts" in page


def test_explainer_page_shows_what_the_issue_lists() -> None:
    page = _pages()["explainers/starmer-labour-volunteers.md"]
    for heading in (
        "## In short",
        "## Claims and responses",
        "## Questions and answers",
        "## What we don't know",
        "## Who said what",
        "## The rules at stake",
        "## People in this story",
        "## Source text",
        "## Citation",
    ):
        assert heading in page
    assert (
        "- “We will sort out your housing” — [<bdi>Sofia Patel</bdi>](<../who/sofia-patel.md> "
        '"Sofia Patel — Labour Director of Operations, as of 23 October 2024 · Labour Party · '
        'Source: Al Jazeera, 23 October 2024, ¶9"), [<bdi>¶9</bdi>](<#p-9>'
    ) in page
    assert "[<bdi>Ban on foreign money in US elections</bdi>](<../rules/52-usc-30121.md>" in page
    assert (
        "Al Jazeera, “UK PM Starmer responds to Trump campaign allegation of election "
        "interference”, 23 October 2024." in page
    )


def test_whos_who_lists_everyone_with_cited_roles() -> None:
    pages = _pages()
    index = pages["who/index.md"]
    for name in (
        "Keir Starmer",
        "Donald Trump",
        "Kamala Harris",
        "Morgan McSweeney",
        "Sofia Patel",
        "Jonah Hull",
        "Labour Party",
        "Trump campaign",
        "Harris campaign",
        "Federal Election Commission",
        "Al Jazeera",
    ):
        assert f"[<bdi>{name}</bdi>]" in index
    mcsweeney = pages["who/morgan-mcsweeney.md"]
    assert (
        "- Prime minister’s new chief of staff, as of 23 October 2024 "
        "([<bdi>Al Jazeera, 23 October 2024, ¶7</bdi>]" in mcsweeney
    )
    assert "#p-7" in mcsweeney


def test_rule_page_quotes_and_shows_where_it_comes_up() -> None:
    page = _pages()["rules/fec-foreign-national-volunteers.md"]
    assert "## Where it comes up in the story" in page
    assert "[<bdi>UK PM Starmer responds to Trump campaign" in page.split("## Where it")[1]
    # "US rules" is generic: it names no one document, so it is listed among the rules the
    # sources mention, not linked to this guidance
    assert "According to US rules" not in page
    assert "According to US rules" in _pages()["rules/index.md"]
    statute = _pages()["rules/52-usc-30121.md"]
    assert "52 U.S.C. § 30121" in statute
    assert "**(a) Prohibition** It shall be unlawful for—" in statute
    assert '<blockquote class="ex-provision" id="text-a" markdown>' in statute


def test_no_source_date_epoch_dependence(monkeypatch: pytest.MonkeyPatch) -> None:
    before = _pages()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert _pages() == before
