"""The site's search by story size (issue 15): `search: auto` gives a small story Material's
search and a story of `search_threshold` documents or more Pagefind's; on the Pagefind site a
reader's searches land where they do on Material's (his page for "McSweeney", the statute for
"30121", the explainer for "volunteer"), with the query marked in the results and on the page
a result opens.

The sample story has 12 documents, so the switch is tried by lowering the threshold through the
plugin's option instead of building a story of hundreds of documents (bench/search_sizes.py
does that, and measures where the threshold belongs)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from site_browser import Visit, build_site, serve
from support import SEEDS

from bench.search import engine

pytestmark = pytest.mark.slow
DOCUMENTS = 12  # the sample story's source documents (`explainer check` counts them)


@pytest.mark.parametrize(
    ("threshold", "expected"),
    [(DOCUMENTS + 1, "material"), (DOCUMENTS, "pagefind"), (0, "pagefind")],
)
def test_auto_switches_to_pagefind_at_the_threshold(
    tmp_path: Path, threshold: int, expected: str
) -> None:
    site = build_site(tmp_path / "site", options={"search_threshold": threshold})
    assert engine(site) == expected
    home = (site / "index.html").read_text(encoding="utf-8")
    if expected == "pagefind":
        assert not (site / "search" / "search_index.json").exists()
        assert "explainer-search.js" in home
    else:
        assert not (site / "pagefind").exists()
        assert "explainer-search.js" not in home


def test_an_explicit_engine_ignores_the_threshold(tmp_path: Path) -> None:
    forced = build_site(
        tmp_path / "material", options={"search": "material", "search_threshold": 0}
    )
    assert engine(forced) == "material"


def test_a_threshold_that_is_not_a_number_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AssertionError, match="search_threshold"):
        build_site(tmp_path / "site", options={"search_threshold": "many"})


@pytest.fixture(scope="module")
def pagefind_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The sample above a lowered threshold, built for the address it is served from."""
    site = tmp_path_factory.mktemp("pagefind") / "site"
    with serve(site) as url:
        build_site(site, SEEDS, site_url=url, options={"search_threshold": DOCUMENTS})
        assert engine(site) == "pagefind"
        yield url


@pytest.fixture
def reader(chromium: Any, pagefind_url: str) -> Iterator[Visit]:
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    seen = Visit(page, pagefind_url)
    page.on("console", lambda m: m.type == "error" and seen.errors.append(m.text))
    page.on("pageerror", lambda e: seen.errors.append(str(e)))
    page.on("request", lambda r: seen.requests.append(r.url))
    seen.goto("")
    yield seen
    page.close()


def _search(seen: Visit, query: str) -> list[str]:
    """Type `query` into the search box; the addresses of the pages listed, in order."""
    seen.page.locator(".md-search__input").click()
    seen.page.keyboard.type(query)
    links = seen.page.locator(".md-search-result__item > .md-search-result__link:first-child")
    links.first.wait_for()
    # the results of the whole query (the list is redrawn as the excerpts arrive)
    seen.page.wait_for_function(
        "() => document.querySelectorAll('.md-search-result__list mark').length > 0"
    )
    seen.page.wait_for_timeout(500)
    return [
        re.sub(r"\?.*", "", links.nth(i).get_attribute("href") or "") for i in range(links.count())
    ]


@pytest.mark.browser
def test_pagefind_search_for_mcsweeney_lands_on_his_page_marked(reader: Visit) -> None:
    pages = _search(reader, "McSweeney")
    assert pages[0].endswith("/who/morgan-mcsweeney/")
    marks = reader.page.locator(".md-search-result__list mark")
    assert "mcsweeney" in marks.first.inner_text().casefold()
    reader.page.locator(".md-search-result__item > .md-search-result__link").first.click()
    reader.page.wait_for_url("**/who/morgan-mcsweeney/**")
    expect(reader.page.locator(".md-content h1")).to_have_text("Morgan McSweeney¶")
    # the page a result opens marks the query (Pagefind's highlighter, ?h=)
    mark = reader.page.locator(".md-content mark").first
    expect(mark).to_be_visible()
    assert mark.inner_text().casefold() == "mcsweeney"
    assert reader.errors == []
    assert reader.foreign_requests() == []


@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("30121", "/rules/52-usc-30121/"),  # the statute the number cites
        ("volunteer", "/explainers/starmer-labour-volunteers/"),  # the explainer (boost)
        ("chief of staff", "/who/morgan-mcsweeney/"),  # the role's holder, then the explainer
    ],
)
def test_pagefind_ranks_the_page_a_reader_looks_for_first(
    reader: Visit, query: str, first: str
) -> None:
    pages = _search(reader, query)
    assert pages[0].endswith(first), pages
    if query == "chief of staff":
        assert pages[1].endswith("/explainers/starmer-labour-volunteers/"), pages
    assert not [p for p in pages if p.endswith("/review/")], "the editor's review is not indexed"
    assert reader.errors == []
