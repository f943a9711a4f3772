"""The built sample site as a reader gets it (issue 13): roles dated everywhere, the statute's
prohibition word for word, a timeline of events, the summary once, no manual in the reader's
site, search that lands on the explainer, hover cards that fit a phone and wait for a tap.

The HTML checks read the site `mkdocs build` wrote (built once per session, see
site_browser.py); the browser checks drive Debian's Chromium over it."""

from __future__ import annotations

import html
import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from site_browser import Visit
from support import ROOT, SEEDS, environ, python

from generator.build import load

pytestmark = pytest.mark.slow
Visitor = Callable[..., Visit]

# 52 U.S.C. § 30121(a), from the official text (shared/reference/rules/01-…, a US
# government work), word for word: the sentence that makes the rule a rule.
PROHIBITION = (
    "It shall be unlawful for— (1) a foreign national, directly or indirectly, to make— "
    "(A) a contribution or donation of money or other thing of value, or to make an express "
    "or implied promise to make a contribution or donation, in connection with a Federal, "
    "State, or local election; (B) a contribution or donation to a committee of a political "
    "party; or (C) an expenditure, independent expenditure, or disbursement for an "
    "electioneering communication (within the meaning of section 30104(f)(3) of this title); "
    "or (2) a person to solicit, accept, or receive a contribution or donation described in "
    "subparagraph (A) or (B) of paragraph (1) from a foreign national."
)
MANUAL = ("writing-sources", "how-it-works", "export-format", "performance")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE = rf"(?:\d{{1,2}} )?(?:(?:{MONTHS}) )?\d{{4}}"


@pytest.fixture(scope="module")
def site(site_url: str, built_site: Path) -> Path:
    return built_site


def _article(page: str) -> str:
    """The page's article: what the reader reads, without the navigation and the footer."""
    return page.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>")[0]


def _text(fragment: str) -> str:
    without = re.sub(r"<[^>]+>", " ", fragment)
    return re.sub(r"\s+", " ", html.unescape(without)).replace(" ,", ",").strip()


def _read(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_every_role_on_the_whos_who_index_and_in_hover_cards_shows_a_date(site: Path) -> None:
    story = load(SEEDS)[0].story
    with_roles = {e.id: e for e in story.entities if e.roles}
    assert len(with_roles) >= 7
    index = _article(_read(site, "who"))
    for ident in with_roles:
        line = re.search(rf'<li><a href="{ident}/"[^>]*>.*?</li>', index, re.S)
        assert line is not None, ident
        assert re.search(rf", as of {DATE}", _text(line.group())), _text(line.group())
    cards = 0
    for page in site.rglob("*.html"):
        found = re.finditer(
            r'<a href="(?:[^"]*/)?who/([a-z0-9-]+)/"[^>]*?title="([^"]*)"', page.read_text()
        )
        for match in found:
            ident, title = match.groups()
            if ident in with_roles:
                cards += 1
                assert re.search(rf", as of {DATE} · ", html.unescape(title)), (page, title)
    assert cards > 30


def test_the_statute_page_quotes_its_prohibition_word_for_word(site: Path) -> None:
    page = _text(_article(_read(site, "rules/52-usc-30121")))
    assert PROHIBITION in page
    assert "Quoted from a copy, not the publisher's own site." in page
    assert "Official text" not in page
    guidance = _text(_article(_read(site, "rules/fec-foreign-national-volunteers")))
    assert "Quoted from the official text, on the publisher's own site." in guidance


def test_no_timeline_entry_repeats_a_source_sentence_or_dates_a_conditional(site: Path) -> None:
    timeline = _article(_read(site, "timeline"))
    said = [_text(s) for s in re.findall(r'<p class="ex-said">(.*?)</p>', timeline, re.S)]
    assert len(said) >= 6
    assert len(said) == len(set(said)), said
    entries = re.findall(r'<div class="ex-event[^"]*">(.*?)</div>', timeline, re.S)
    headlines = [_text(h) for e in entries for h in re.findall(r"<strong>(.*?)</strong>", e)]
    assert len(headlines) == len(entries)
    text = _text(timeline)
    assert "should Trump beat Harris" not in text
    assert "November 2024" not in text
    for dated_background in ("1966", "1974", "2 January 2008", "2009"):
        assert dated_background in text
    assert "“a day after”:" not in text  # no entry leads with the words that dated it


def test_the_home_page_gives_its_summary_once(site: Path) -> None:
    story = load(SEEDS)[0].story
    home = _text(_article(_read(site, "")))
    for sentence in re.split(r"(?<=\.) ", story.summary):
        assert home.count(sentence) == 1, sentence
    sentences = [s for s in re.split(r"(?<=[.?!]) ", home) if len(s) > 40]
    assert len(sentences) == len(set(sentences))
    assert "rests on a single source, Al Jazeera's news report of 23 October 2024" in home
    # the browser tab says the story's name once (Material would write "title - site name")
    title = re.search(r"<title>(.*?)</title>", _read(site, ""), re.S)
    assert title is not None and title[1].strip() == story.title
    who = re.search(r"<title>(.*?)</title>", _read(site, "who/"), re.S)
    assert who is not None and who[1].strip() == f"Who\u2019s who - {story.title}"
    # themes also print titles escaped (the footer's aria-label): never escaped twice
    for page in ("", "who/", "rules/"):
        labels = re.findall(r'aria-label="([^"]*)"', _read(site, page))
        assert labels and not [label for label in labels if "&amp;#" in label]


def test_the_readers_site_has_no_manual_and_the_manual_builds_on_its_own(
    site: Path, tmp_path: Path
) -> None:
    for name in MANUAL:
        assert not (site / name).exists()
    index = json.loads((site / "search/search_index.json").read_text())
    locations = {d["location"].split("#")[0] for d in index["docs"]}
    assert not any(loc.startswith(MANUAL) for loc in locations)
    assert not any(loc.startswith("review/") for loc in locations)
    assert "review/" not in re.findall(r'class="md-nav__link[^"]*" href="[^"]*"', _read(site, ""))
    run = subprocess.run(
        [python(), "-m", "mkdocs", "build", "--strict", "-q", "-f", "manual/mkdocs.yml"]
        + ["-d", str(tmp_path / "manual")],
        cwd=ROOT,
        env=environ(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    for name in MANUAL:
        assert (tmp_path / "manual" / name / "index.html").is_file()


@pytest.mark.browser
def test_a_search_for_volunteer_ranks_the_explainer_first_and_finds_no_manual(
    visit: Visitor,
) -> None:
    seen = visit("")
    seen.page.locator(".md-search__input").click()
    seen.page.keyboard.type("volunteer")
    results = seen.page.locator(".md-search-result__item > .md-search-result__link")
    results.first.wait_for()
    hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
    assert "explainers/starmer-labour-volunteers/" in hrefs[0]
    assert not [h for h in hrefs if any(name in h for name in MANUAL)]
    assert seen.errors == []


def _card(page: Any) -> dict[str, Any] | None:
    result: dict[str, Any] | None = page.evaluate(
        """() => { const c = document.getElementById('ex-card');
        if (!c || c.hidden) return null; const r = c.getBoundingClientRect();
        return {left: r.left, right: r.right, text: c.innerText,
                open: c.querySelector('a') && c.querySelector('a').getAttribute('href')}; }"""
    )
    return result


@pytest.mark.browser
def test_a_hover_card_gives_the_role_with_its_date_its_source_and_a_link(visit: Visitor) -> None:
    seen = visit("explainers/starmer-labour-volunteers/")
    seen.page.locator("#p-1 a[href$='who/keir-starmer/']").hover()
    seen.page.wait_for_function(
        "() => { const c = document.getElementById('ex-card'); return c && !c.hidden; }"
    )
    card = _card(seen.page)
    assert card is not None
    assert card["text"].splitlines()[0] == (
        "Keir Starmer — British Prime Minister, as of 23 October 2024"
    )
    assert "Source: Al Jazeera, 23 October 2024, ¶1" in card["text"]
    assert card["open"].endswith("who/keir-starmer/")
    assert seen.errors == []


@pytest.mark.browser
def test_on_a_phone_a_tap_shows_the_card_inside_360_px_before_it_navigates(
    chromium: Any, site_url: str
) -> None:
    context = chromium.new_context(
        viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True
    )
    try:
        page = context.new_page()
        page.goto(site_url + "explainers/starmer-labour-volunteers/")
        page.wait_for_load_state("networkidle")
        start = page.url
        links = page.locator(".ex-para a[href*='who/'], .ex-para a[href*='rules/']")
        assert links.count() > 10
        for i in range(links.count()):
            link = links.nth(i)
            link.scroll_into_view_if_needed()
            link.tap()
            card = _card(page)
            assert card is not None, link.inner_text()
            assert card["left"] >= 0 and card["right"] <= 360, (link.inner_text(), card)
            assert page.url == start
            assert page.evaluate("document.documentElement.scrollWidth") <= 360
        target = links.nth(links.count() - 1).get_attribute("href") or ""
        page.locator("#ex-card a").tap()  # "Open": now it goes
        page.wait_for_url(re.compile(re.escape(target.strip("./").split("#")[0])))
    finally:
        context.close()
