"""`mkdocs build --strict` of the sample story, and what readers find in the built site."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from support import ROOT, build_site

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
    for page in (
        "explainers/starmer-labour-volunteers",
        "who/morgan-mcsweeney",
        "rules/52-usc-30121",
        "timeline",
        "sources",
        "writing-sources",
    ):
        assert (built / page / "index.html").is_file(), page


def test_explainer_paragraphs_are_numbered_and_linkable(built: Path) -> None:
    html = (built / "explainers/starmer-labour-volunteers/index.html").read_text()
    assert html.count('class="ex-para" id="p-') == 15
    assert '<a class="ex-pnum" href="#p-7"' in html
    assert 'href="../../who/morgan-mcsweeney/"' in html


def test_search_finds_names_roles_citations_and_quotes(built: Path) -> None:
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
    for repeated in ("#what-sofia-patel-said", "#where-sofia-patel-appears"):
        assert "who/sofia-patel/" + repeated not in locations
    housing = [d["location"] for d in docs if "sort out your housing" in _text(d["text"])]
    assert housing == [f"{explainer}#source-text"]
    timeline = next(d for d in docs if d["location"] == "timeline/")
    assert "Trump Tower" not in timeline["text"]
