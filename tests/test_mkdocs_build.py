"""`mkdocs build --strict` of the sample story, and what readers find in the built site."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from support import ROOT, build_site

from bench.search import pagefind_pages

pytestmark = pytest.mark.slow


def _build(project: Path, search: str | None = None) -> Path:
    """The sample project copied to `project` and built with `mkdocs build --strict`; with
    `search`, the plugin's `search:` option forced to it (else the default, `auto`)."""
    for name in ("mkdocs.yml", "docs", "seeds", "templates"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name)
        else:
            shutil.copy(source, project / name)
    if search is not None:
        config = project / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        forced = text.replace(
            "      sources: seeds\n", f"      sources: seeds\n      search: {search}\n"
        )
        assert forced != text
        config.write_text(forced, encoding="utf-8")
    run = build_site(project, "--strict")
    assert run.returncode == 0, run.stderr
    assert "WARNING" not in run.stderr
    assert not (project / "docs" / "explainers").exists(), "nothing is written into docs/"
    return project / "site"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample as it ships: 12 documents, so `search: auto` gives Material's search."""
    return _build(tmp_path_factory.mktemp("project"))


@pytest.fixture(scope="module")
def built_pagefind(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample with `search: pagefind` forced, as a story above the threshold gets it."""
    return _build(tmp_path_factory.mktemp("project-pagefind"), "pagefind")


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_pages_exist_in_nav_order(built: Path) -> None:
    home = (built / "index.html").read_text()
    tabs = re.findall(r'class="md-tabs__link[^"]*"[^>]*>\s*([^<]+?)\s*<', home)
    assert tabs[:6] == [
        "Home",
        "Explainers",
        "Who's who",
        "What the rules say",
        "Timeline",
        "Sources",
    ]
    assert len(tabs) == 6, "no 'For editors': the manual is its own site"
    for page in (
        "explainers/starmer-labour-volunteers",
        "who/morgan-mcsweeney",
        "rules/52-usc-30121",
        "timeline",
        "sources",
        "review",
    ):
        assert (built / page / "index.html").is_file(), page
    assert not (built / "writing-sources").exists()
    # the sidebar lists people as the who's-who index does: by surname, then organisations
    who = (built / "who/index.html").read_text()
    sidebar = re.findall(r'href="([a-z-]+)/" class="md-nav__link"', who)
    listed = re.findall(r'<li><a href="([a-z-]+)/"', who.split("<article", 1)[1])
    assert sidebar == listed
    assert sidebar[:2] == ["kamala-harris", "jonah-hull"]
    assert 'href="../review/"' not in who


def test_explainer_paragraphs_are_numbered_and_linkable(built: Path) -> None:
    html = (built / "explainers/starmer-labour-volunteers/index.html").read_text()
    assert html.count('class="ex-para" id="p-') == 15
    assert '<a class="ex-pnum" href="#p-7"' in html
    assert 'href="../../who/morgan-mcsweeney/"' in html


def test_search_finds_names_roles_citations_and_quotes(built: Path) -> None:
    """A small story's search is Material's (`search: auto`): its index holds what readers
    look for, and Pagefind's neither runs nor is linked."""
    index = json.loads((built / "search/search_index.json").read_text())
    docs = index["docs"]

    def where(term: str) -> set[str]:
        return {
            d["location"].split("#")[0]
            for d in docs
            if term.casefold() in _text(d["text"] + " " + d["title"]).casefold()
        }

    assert "who/morgan-mcsweeney/" in where("McSweeney")
    assert "who/morgan-mcsweeney/" in where("chief of staff")
    assert "rules/52-usc-30121/" in where("30121")
    assert "explainers/starmer-labour-volunteers/" in where("sort out your housing")
    assert not (built / "pagefind").exists()
    assert "pagefind" not in (built / "index.html").read_text(encoding="utf-8")


def test_search_indexes_each_sentence_once_in_its_source_text(built: Path) -> None:
    """Sections that repeat sentences from the sources are left out of the index: a quote
    is found in the paragraph it came from, not again in every list that repeats it."""
    docs = json.loads((built / "search/search_index.json").read_text())["docs"]
    locations = {d["location"] for d in docs}
    explainer = "explainers/starmer-labour-volunteers/"
    assert f"{explainer}#source-text" in locations
    for repeated in ("#who-said-what", "#people-in-this-story", "#dates-mentioned"):
        assert explainer + repeated not in locations
    assert "who/sofia-patel/#roles" in locations
    for repeated in ("#what-they-said", "#where-they-appear"):
        assert "who/sofia-patel/" + repeated not in locations
    housing = [d["location"] for d in docs if "sort out your housing" in _text(d["text"])]
    # the source text, and the claim that quotes it in our words; no list that repeats it
    assert housing == [f"{explainer}#claims-and-responses", f"{explainer}#source-text"]
    timeline = next(d for d in docs if d["location"] == "timeline/")
    assert "Trump Tower" not in timeline["text"]


def test_pagefind_finds_names_roles_citations_and_quotes(built_pagefind: Path) -> None:
    """With Pagefind (`search: pagefind`, or `auto` above the threshold) its index holds each
    page's article, and what readers look for is in it."""
    built = built_pagefind
    pages = pagefind_pages(built)

    def where(term: str) -> set[str]:
        return {url for url, page in pages.items() if term.casefold() in page["content"].casefold()}

    assert "/who/morgan-mcsweeney/" in where("McSweeney")
    assert "/who/morgan-mcsweeney/" in where("chief of staff")
    assert "/rules/52-usc-30121/" in where("30121")
    assert "/explainers/starmer-labour-volunteers/" in where("sort out your housing")
    assert not (built / "search" / "search_index.json").exists(), "Material's search is off"


def test_pagefind_indexes_each_sentence_once_in_its_source_text(built_pagefind: Path) -> None:
    """Sections that repeat sentences from the sources are left out of the index: a quote
    is found in the paragraph it came from, not again in every list that repeats it; the
    editor's review (front matter `search: {exclude: true}`) is not indexed."""
    built = built_pagefind
    pages = pagefind_pages(built)
    explainer = pages["/explainers/starmer-labour-volunteers/"]
    anchors = {a["id"] for a in explainer["anchors"]}
    assert "source-text" in anchors
    for repeated in ("who-said-what", "people-in-this-story", "dates-mentioned"):
        assert repeated not in anchors
    sofia = {a["id"] for a in pages["/who/sofia-patel/"]["anchors"]}
    assert "roles" in sofia
    assert not sofia & {"what-they-said", "where-they-appear"}
    housing = [url for url, page in pages.items() if "sort out your housing" in page["content"]]
    assert housing == ["/explainers/starmer-labour-volunteers/"]
    # the source text, and the claim that quotes it in our words (as with Material's index)
    assert explainer["content"].count("sort out your housing") == 2
    assert "claims-and-responses" in anchors
    assert "Trump Tower" not in pages["/timeline/"]["content"]
    assert "/review/" not in pages and (built / "review/index.html").is_file()
    listed = {f"/{p.parent.relative_to(built).as_posix()}/" for p in built.rglob("*/index.html")}
    assert set(pages) == {"/"} | listed - {"/review/"}


def test_an_error_that_leaves_out_one_quote_still_fails_a_strict_build(tmp_path: Path) -> None:
    """Issue 11: documents with errors are kept now, minus what is wrong; a strict build
    must still fail on any error, and write nothing: the site folder stays as the last build
    left it. A plain build publishes the rest."""
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Strict\ntheme:\n  name: mkdocs\nplugins:\n  - explainer:\n"
        "      sources: seeds\n"
    )
    (tmp_path / "docs").mkdir()
    (tmp_path / "seeds").mkdir()
    article = tmp_path / "seeds" / "a.md"
    article.write_text("---\ntitle: All good\ndate: 2024-10-23\n---\nSomeone said it.\n")
    assert build_site(tmp_path, "--strict").returncode == 0
    site = tmp_path / "site"
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert "All good" in (site / "explainers" / "a" / "index.html").read_text()
    article.write_text(
        "---\ntitle: Partly bad\ndate: 2024-10-23\nquotes:\n  - text: said\n"
        "    speaker: nobody-known\n---\nSomeone said it.\n"
    )
    strict = build_site(tmp_path, "--strict")
    assert strict.returncode != 0
    assert (
        "ERROR   -  explainer: seeds/a.md:6: quotes[1].speaker: unknown person or "
        "organisation 'nobody-known'; the quote is left out" in strict.stderr
    )
    assert "left out: 1 quote" in strict.stderr
    assert (
        "Aborted with 1 problem in the sources in strict mode; nothing written to site/"
        in strict.stdout + strict.stderr
    )
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    plain = build_site(tmp_path)
    assert plain.returncode == 0
    assert "Partly bad" in (site / "explainers" / "a" / "index.html").read_text()
