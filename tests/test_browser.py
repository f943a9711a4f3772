"""The built sample site in a real browser (Debian's Chromium via Playwright): what a reader
does and sees. The site is built once per session (see site_browser.py)."""

from __future__ import annotations

import struct
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from site_browser import Visit

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGE_KINDS = {
    "home": "",
    "explainers index": "explainers/",
    "explainer": "explainers/starmer-labour-volunteers/",
    "who's who": "who/",
    "person": "who/keir-starmer/",
    "organisation with profile": "who/federal-election-commission/",
    "rules index": "rules/",
    "rule": "rules/52-usc-30121/",
    "rule excerpt": "rules/11-cfr-110-20/",
    "timeline": "timeline/",
    "sources": "sources/",
    "editor's review": "review/",
}
Visitor = Callable[..., Visit]


def test_home_loads_without_console_errors(visit: Visitor) -> None:
    seen = visit("")
    assert seen.page.locator("h1").first.inner_text().rstrip("¶") == (
        "Labour volunteers and the 2024 US election"
    )
    assert seen.errors == []


def test_search_finds_mcsweeney_and_leads_to_his_entry(visit: Visitor) -> None:
    seen = visit("")
    seen.page.locator(".md-search__input").click()
    seen.page.keyboard.type("McSweeney")
    first = seen.page.locator(".md-search-result__item > .md-search-result__link").first
    first.wait_for()
    assert "/who/morgan-mcsweeney/" in (first.get_attribute("href") or "")
    first.click()
    seen.page.wait_for_url("**/who/morgan-mcsweeney/**")
    # instant navigation may update the address before the content: wait for the content
    expect(seen.page.locator(".md-content h1")).to_have_text("Morgan McSweeney¶")
    # search highlighting marks the term on the page it leads to
    expect(seen.page.locator(".md-content mark").first).to_be_visible()
    assert seen.errors == []


def test_quote_paragraph_link_scrolls_to_the_paragraph(visit: Visitor) -> None:
    seen = visit("who/sofia-patel/")
    quote = seen.page.locator("li", has_text="We will sort out your housing").first
    quote.locator("a[href*='#p-9']").click()
    seen.page.wait_for_url("**/explainers/starmer-labour-volunteers/#p-9")
    paragraph = seen.page.locator("#p-9")
    paragraph.wait_for()
    assert "We will sort out your housing" in paragraph.inner_text()
    seen.page.wait_for_function(
        "() => { const r = document.getElementById('p-9').getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight / 2; }"
    )
    assert seen.errors == []


def test_hover_card_on_a_person_link(visit: Visitor) -> None:
    seen = visit("explainers/starmer-labour-volunteers/")
    seen.page.locator("#p-1 a[href$='who/keir-starmer/']").first.hover()
    card = seen.page.locator("#ex-card:not([hidden])")
    card.wait_for()
    assert [line for line in card.inner_text().splitlines() if line] == [
        "Keir Starmer — British Prime Minister, as of 23 October 2024",
        "Labour Party",
        "Source: Al Jazeera, 23 October 2024, ¶1",
        "Open ›",
    ]
    # the card stays while the pointer moves onto it, so its link can be followed
    card.locator("a").hover()
    card.locator("a").click()
    seen.page.wait_for_url("**/who/keir-starmer/")


def test_hover_card_on_a_citation(visit: Visitor) -> None:
    seen = visit("who/keir-starmer/")
    seen.page.locator("article a[href$='#p-3']").first.hover()
    card = seen.page.locator("#ex-card:not([hidden])")
    card.wait_for()
    lines = [line for line in card.inner_text().splitlines() if line]
    assert lines[:2] == [
        "“UK PM Starmer responds to Trump campaign allegation of election interference”",
        "News report, Al Jazeera, 23 October 2024",
    ]
    assert lines[2].startswith("¶3: En route to a Commonwealth leaders’ meeting")
    assert lines[2].endswith("…") and not lines[2].endswith(" …")


def test_keyboard_focus_shows_the_card_and_escape_hides_it(visit: Visitor) -> None:
    seen = visit("explainers/starmer-labour-volunteers/")
    link = seen.page.locator("#p-1 a[href$='who/keir-starmer/']").first
    link.focus()
    card = seen.page.locator("#ex-card:not([hidden])")
    card.wait_for()
    assert link.get_attribute("aria-describedby") == "ex-card"
    seen.page.keyboard.press("Escape")
    card.wait_for(state="hidden")
    assert seen.errors == []


def _axe(page: Any) -> list[dict[str, Any]]:
    script = resources.files("axe_playwright_python").joinpath("axe.min.js").read_text("utf-8")
    page.add_script_tag(content=script)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


DARK = ("home", "explainer", "person", "rule")


@pytest.mark.parametrize(
    ("path", "scheme"),
    [(path, "light") for path in PAGE_KINDS.values()]
    + [(PAGE_KINDS[kind], "dark") for kind in DARK],
    ids=[*PAGE_KINDS, *(f"{kind}, dark" for kind in DARK)],
)
def test_no_foreign_request_and_no_serious_accessibility_violation(
    visit: Visitor, path: str, scheme: str
) -> None:
    seen = visit(path, scheme=scheme, idle=True)
    seen.page.locator(".md-content article a").first.hover()  # a hover card
    assert seen.foreign_requests() == []
    assert seen.errors == []
    problems = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in _axe(seen.page)
    ]
    assert problems == []


def _png_width(data: bytes) -> int:
    width: int = struct.unpack(">I", data[16:20])[0]
    return width


@pytest.mark.parametrize("path", PAGE_KINDS.values(), ids=PAGE_KINDS.keys())
def test_phone_width_has_no_horizontal_scrolling(visit: Visitor, path: str, tmp_path: Path) -> None:
    seen = visit(path, width=360, height=740)
    assert seen.page.evaluate("document.documentElement.scrollWidth") <= 360
    shot = seen.page.screenshot(full_page=True, path=str(tmp_path / "phone.png"))
    assert _png_width(shot) == 360


def test_instant_navigation_and_dark_mode_toggle(visit: Visitor) -> None:
    seen = visit("")
    seen.page.evaluate("window.__stayed = true")
    seen.page.locator(".md-tabs__link", has_text="Who's who").click()
    seen.page.wait_for_url("**/who/")
    # instant navigation swaps the content without reloading the page
    assert seen.page.evaluate("window.__stayed === true")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert seen.page.evaluate(scheme) == "default"
    seen.page.locator("label[title='Switch to dark mode']").click()
    assert seen.page.evaluate(scheme) == "slate"
    assert seen.errors == []
