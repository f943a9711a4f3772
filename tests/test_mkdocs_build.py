"""`mkdocs build --strict` of the sample story, and what readers find in the built site."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from support import ROOT, build_site

from bench.search import pagefind_pages

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("project")
    for name in ("mkdocs.yml", "docs", "seeds", "templates"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name)
        else:
            shutil.copy(source, project / name)
    run = build_site(project, "--strict")
    assert run.returncode == 0, run.stderr
    assert "WARNING" not in run.stderr
    assert not (project / "docs" / "explainers").exists(), "nothing is written into docs/"
    return project / "site"


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
    """The site's search is Pagefind's (plugin default `search: pagefind`): its index holds
    each page's article, and what readers look for is in it."""
    pages = pagefind_pages(built)

    def where(term: str) -> set[str]:
        return {url for url, page in pages.items() if term.casefold() in page["content"].casefold()}

    assert "/who/morgan-mcsweeney/" in where("McSweeney")
    assert "/who/morgan-mcsweeney/" in where("chief of staff")
    assert "/rules/52-usc-30121/" in where("30121")
    assert "/explainers/starmer-labour-volunteers/" in where("sort out your housing")
    assert not (built / "search" / "search_index.json").exists(), "Material's search is off"


def test_search_indexes_each_sentence_once_in_its_source_text(built: Path) -> None:
    """Sections that repeat sentences from the sources are left out of the index: a quote
    is found in the paragraph it came from, not again in every list that repeats it."""
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
    assert explainer["content"].count("sort out your housing") == 1
    assert "Trump Tower" not in pages["/timeline/"]["content"]
    assert "/404.html" not in pages and len(pages) == len(list(built.rglob("*/index.html"))) + 1
