"""The hostile corpus built into a real site (mkdocs build, Material, search), then:

- a static scan: no script, style, frame, event handler or dangerous address that the
  theme does not put on a page built from the control document alone;
- what readers see: hostile text shows literally;
- bounded resources: the whole corpus builds within one document's budget (10 s CPU,
  512 MiB);
- a real browser (Playwright driving Debian's Chromium): every page opened, every link
  hovered and clicked, the search run for every fixture's marker; no dialog opens and no
  planted script (`window.__pwned`) runs;
- both searches: the corpus (46 documents) gets Material's search (`search: auto`), whose
  index is scanned and searched; it is built again with `search: pagefind` forced, whose
  index (what its results show) is scanned and whose search box (our script) is searched
  for every marker too;
- tooltips (issue 11): every element that has or gets a title (Material's
  `content.tooltips` and its ellipsis patch put a title back into the page as HTML) is
  hovered, with the mouse and by events, on a desktop and a phone; after each hover the
  whole DOM holds no event-handler attribute, and no dialog opened. The site is built
  with the project's own mkdocs.yml (hostile_site.build_site), so every Material feature
  the project ships is on.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hostile_corpus import fixtures, marker
from hostile_site import Built, active_content, build_site, pages
from site_browser import serve

from bench.search import engine, pagefind_pages


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Built:
    built = build_site(tmp_path_factory.mktemp("hostile"), fixtures())
    assert engine(built.site) == "material", "a story this small gets Material's search"
    return built


@pytest.fixture(scope="module")
def hostile_pagefind(tmp_path_factory: pytest.TempPathFactory) -> Built:
    built = build_site(tmp_path_factory.mktemp("hostile-pagefind"), fixtures(), "pagefind")
    assert engine(built.site) == "pagefind"
    return built


@pytest.fixture(scope="module")
def theme_content(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """What the theme itself puts on pages: the baseline for the static scan."""
    control = build_site(tmp_path_factory.mktemp("control"), [])
    found: set[str] = set()
    for page in pages(control.site):
        found.update(active_content(page.read_text(encoding="utf-8")))
    return found


@pytest.mark.slow
def test_no_content_originated_active_content(hostile: Built, theme_content: set[str]) -> None:
    problems = {}
    for page in pages(hostile.site):
        found = active_content(page.read_text(encoding="utf-8"), theme_content)
        if found:
            problems[page.relative_to(hostile.site).as_posix()] = found
    # Material's search index: what its results would show
    index = json.loads((hostile.site / "search" / "search_index.json").read_text("utf-8"))
    for doc in index["docs"]:
        found = active_content(f"<h1>{doc['title']}</h1>{doc['text']}")
        if found:
            problems[f"search_index.json#{doc['location']}"] = found
    assert problems == {}
    assert len(pages(hostile.site)) > 40
    assert len(index["docs"]) > 40


@pytest.mark.slow
def test_no_content_originated_active_content_in_pagefinds_index(hostile_pagefind: Built) -> None:
    """What Pagefind's excerpts, titles and sections would put in the results."""
    problems = {}
    indexed = pagefind_pages(hostile_pagefind.site)
    for url, fragment in indexed.items():
        anchors = "".join(f"<h2>{a['text']}</h2>" for a in fragment["anchors"])
        found = active_content(
            f"<h1>{fragment['meta']['title']}</h1>{anchors}{fragment['content']}"
        )
        if found:
            problems[f"pagefind{url}"] = found
    assert problems == {}
    assert len(indexed) > 40


@pytest.mark.slow
def test_nothing_is_written_outside_the_site_and_secrets_are_not_read(hostile: Built) -> None:
    root = hostile.site.parent
    written = {p.relative_to(root).parts[0] for p in root.rglob("*") if p.is_file()}
    # the plugin's cache folder (safe to delete) sits beside mkdocs.yml, as documented
    assert written <= {"site", "seeds", "docs", "mkdocs.yml", "outside", ".explainer-cache"}
    text = "".join(p.read_text("utf-8", "replace") for p in hostile.site.rglob("*.*ml"))
    assert "zqsecret" not in text
    assert not Path("/tmp/explainer-pwned").exists()


@pytest.mark.slow
def test_hostile_text_shows_literally(hostile: Built) -> None:
    def page(path: str) -> str:
        return (hostile.site / path / "index.html").read_text(encoding="utf-8")

    xss = page("explainers/xss-fields")
    # "<" + WORD JOINER (U+2060) wherever "<" could open markup (generator/escape.py)
    j = "\u2060"
    assert f"<title>&lt;{j}script&gt;window.__pwned=1;alert(1)&lt;{j}/script&gt; zqxssfields" in xss
    assert (
        f"by &#60;{j}/title&#62;&#60;{j}script&#62;window.&#95;&#95;pwned&#61;1&#60;{j}/script&#62;"
        in xss
    )
    assert f'content="&quot;&gt;&lt;{j}img src=x onerror=&quot;window.__pwned=1' in xss
    jinja = page("explainers/jinja")
    assert "{{ 7*7 }}" in jinja.replace("&#123;", "{").replace("&#125;", "}").replace("&#42;", "*")
    assert "<bdi>" in page("who/pat-doe")


@pytest.mark.slow
def test_build_stays_within_one_documents_budget(hostile: Built) -> None:
    """The whole corpus, including its worst document (pathological-md: 512 KiB with
    29,000 Markdown-special characters), builds in less than one document's budget."""
    assert hostile.cpu < 10, f"CPU {hostile.cpu:.1f} s (wall {hostile.wall:.1f} s)"
    assert hostile.peak_mib < 512, f"peak {hostile.peak_mib:.0f} MiB"


@pytest.fixture(scope="module")
def served(hostile: Built) -> Iterator[str]:
    with serve(hostile.site) as url:
        yield url


@pytest.fixture(scope="module")
def served_pagefind(hostile_pagefind: Built) -> Iterator[str]:
    with serve(hostile_pagefind.site) as url:
        yield url


PWNED = "() => Boolean(window.__pwned) || Boolean(window.__dialogs)"
# Event-handler attributes anywhere in the DOM (the theme itself uses none).
HANDLERS = """
() => Array.from(document.querySelectorAll('*')).flatMap(el =>
  Array.from(el.attributes).filter(a => a.name.startsWith('on'))
    .map(a => `<${el.localName} ${a.name}=${a.value}>`))
"""
# Hover (and focus) every element that has a title, every link and every ellipsis host
# (Material gives a cut-off label a title when it is shown), one at a time, as Material
# listens for it (mouseenter/mouseleave, focus/blur); after each, the DOM's handlers.
HOVER_ALL = """
async () => {
  const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  await frame();
  const hosts = Array.from(new Set(Array.from(
    document.querySelectorAll('[title], a, .md-ellipsis')).map(el => el.closest('a') || el)));
  const found = [];
  for (const el of hosts) {
    el.dispatchEvent(new MouseEvent('mouseenter', {view: window}));
    el.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, view: window}));
    if (el.focus) el.focus({preventScroll: true});
    // Material renders a tooltip synchronously on mouseenter/focus (rxjs queueScheduler)
    for (const node of document.querySelectorAll('*')) {
      for (const a of node.attributes) {
        if (a.name.startsWith('on')) {
          const host = (el.title || el.textContent).slice(0, 60);
          found.push(`${host}: <${node.localName} ${a.name}>`);
        }
      }
    }
    el.dispatchEvent(new MouseEvent('mouseleave', {view: window}));
    el.dispatchEvent(new MouseEvent('mouseout', {bubbles: true, view: window}));
    if (el.blur) el.blur();
  }
  return {hovered: hosts.length, found};
}
"""
# Set before any page script: any dialog call is recorded even if the event is missed.
WATCH = """
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = function (...args) { window.__dialogs = (window.__dialogs || 0) + 1; };
}
"""
# Hover and click every link of the page in place. A click on a link to a page of the site
# is stopped before the theme navigates (that page is opened on its own); any other
# address (javascript:, vbscript:, data:, ...) is left to do whatever it would do.
EXERCISE = """
() => {
  const stay = (event) => {
    const link = event.target.closest && event.target.closest('a');
    if (link && /^https?:$/.test(new URL(link.href, location.href).protocol)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  window.addEventListener('click', stay, true);
  const links = Array.from(document.querySelectorAll('a'));
  for (const link of links) {
    for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove']) {
      link.dispatchEvent(new MouseEvent(type, {bubbles: type.endsWith('over'), view: window}));
    }
    link.focus();
    link.click();
    link.dispatchEvent(new MouseEvent('mouseout', {bubbles: true, view: window}));
  }
  window.removeEventListener('click', stay, true);
  return links.length;
}
"""


def _watched_page(chromium: Any, **options: Any) -> tuple[Any, Any, list[str]]:
    """A fresh context (no service worker, WATCH planted before any script) and its page;
    the dialogs it opens are dismissed and listed."""
    context = chromium.new_context(service_workers="block", **options)
    context.add_init_script(WATCH)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.set_default_timeout(5000)
    return context, page, dialogs


@pytest.mark.slow
@pytest.mark.browser
def test_browser_no_dialog_no_script(hostile: Built, served: str, chromium: Any) -> None:
    """Uses the session's Chromium (tests/site_browser.py): one Playwright per process."""
    pytest.importorskip("playwright.sync_api")
    pwned: list[str] = []
    clicked = hovered = 0
    # 404.html is the theme's error page (it sends the browser home); its nav is on every page
    urls = [
        served + p.relative_to(hostile.site).as_posix()
        for p in pages(hostile.site)
        if p.name != "404.html"
    ]
    context, page, dialogs = _watched_page(chromium)
    page.set_default_navigation_timeout(30000)

    def check(where: str) -> None:
        if page.evaluate(PWNED):
            pwned.append(where)

    for url in urls:
        page.goto(url, wait_until="load")
        check(url)
        # the real mouse over every visible link of the content (tooltips)
        for link in page.locator("article a").all():
            if link.is_visible():
                link.hover()
                hovered += 1
        check(f"hover on {url}")
        clicked += page.evaluate(EXERCISE)
        page.wait_for_timeout(50)
        check(f"click on {url}")
        assert page.url == url
    searched, missing = _search_every_marker(page, served, hostile.site, check)
    context.close()
    print(
        f"\nbrowser: {len(urls)} pages, {hovered} links hovered with the mouse, {clicked} "
        f"hovered and clicked in place, {searched} searches, {len(dialogs)} dialogs"
    )
    assert dialogs == []
    assert pwned == []
    assert missing == []
    assert clicked > 500 and searched == len(fixtures())


def _search_every_marker(
    page: Any, served: str, site: Path, check: Callable[[str], None]
) -> tuple[int, list[str]]:
    """Search the site for every fixture's marker, hovering the first results; returns how
    many searches answered and the markers the site holds but no search found."""
    playwright = pytest.importorskip("playwright.sync_api")
    site_text = "".join(p.read_text(encoding="utf-8") for p in pages(site))
    missing = []
    searched = 0
    for name in fixtures():
        answered = False
        for _ in range(2):  # a loaded machine can miss the first answer: ask once more
            page.goto(served)
            page.keyboard.press("/")
            # typed, as a reader does: Material's search reads the box on keyup
            page.locator("input.md-search__input").press_sequentially(marker(name))
            try:
                page.wait_for_function(
                    "() => /matching/.test("
                    "document.querySelector('.md-search-result__meta')?.textContent || '')",
                    timeout=20000,
                    polling=100,
                )
            except playwright.Error:
                continue
            answered = True
            break
        if not answered:
            missing.append(f"{name} (the search did not answer)")
            check(f"search {marker(name)}")
            continue
        results = page.locator(".md-search-result__item")
        if marker(name) in site_text:
            # the first answer can be "no matching documents" while the index still loads
            with contextlib.suppress(playwright.Error):
                results.first.wait_for(timeout=15000)
        for item in results.all()[:3]:
            # the list is drawn again as Pagefind loads each result's excerpt: the hover waits
            # for the redrawn item, which can take more than the default 5 s on a loaded machine
            item.hover(timeout=20000)
        check(f"search {marker(name)}")
        searched += 1
        if marker(name) in site_text and results.count() == 0:
            missing.append(name)
    return searched, missing


@pytest.mark.slow
@pytest.mark.browser
def test_browser_pagefind_search_runs_nothing(
    hostile_pagefind: Built, served_pagefind: str, chromium: Any
) -> None:
    """Our Pagefind search box (assets/javascripts/explainer-search.js) over the hostile
    corpus: every marker searched, its results hovered; no dialog, no planted script, no
    event-handler attribute in the DOM, and every marker the site holds is found."""
    context, page, dialogs = _watched_page(chromium)
    live: dict[str, list[str]] = {}

    def check(where: str) -> None:
        found = page.evaluate(HANDLERS)
        if found or page.evaluate(PWNED):
            live[where] = found or ["a planted script ran"]

    searched, missing = _search_every_marker(page, served_pagefind, hostile_pagefind.site, check)
    context.close()
    assert dialogs == []
    assert live == {}
    assert missing == []
    assert searched == len(fixtures())


@pytest.mark.slow
@pytest.mark.browser
def test_browser_hovering_titles_runs_nothing(hostile: Built, served: str, chromium: Any) -> None:
    """Issue 11: names, roles, titles, citations, quotes and bodies with HTML in them
    (tests/hostile/xss-*) never come back to life in a tooltip. Every page, every element
    that has or gets a title; the search results for each marker too."""
    playwright = pytest.importorskip("playwright.sync_api")
    # Desktop only: at phone widths Material mounts no tooltips (checked: with the fix
    # undone, 0 live handlers at 360 px against 25 pages' worth at 1280 px).
    context, page, dialogs = _watched_page(chromium, viewport={"width": 1280, "height": 800})
    live: dict[str, list[str]] = {}
    hovered = mouse = 0
    for path in pages(hostile.site):
        if path.name == "404.html":
            continue
        url = served + path.relative_to(hostile.site).as_posix()
        page.goto(url, wait_until="load")
        result = page.evaluate(HOVER_ALL)
        hovered += result["hovered"]
        # the real mouse, over every visible element that has a title
        for element in page.locator("[title]").all():
            with contextlib.suppress(playwright.Error):
                if element.is_visible():
                    element.hover(timeout=1000)
                    mouse += 1
                    result["found"] += page.evaluate(HANDLERS)
        page.wait_for_timeout(100)  # an <img onerror> fires once its load has failed
        if page.evaluate(PWNED):
            result["found"].append("a planted script ran")
        if result["found"]:
            live[url.removeprefix(served)] = sorted(set(result["found"]))
    for name in (n for n in fixtures() if n.startswith("xss")):
        page.goto(served)
        page.keyboard.press("/")
        # typed, as a reader does: Material's search reads the box on keyup
        page.locator("input.md-search__input").press_sequentially(marker(name))
        with contextlib.suppress(playwright.Error):
            page.locator(".md-search-result__item").first.wait_for(timeout=20000)
        for item in page.locator(".md-search-result__item").all()[:5]:
            with contextlib.suppress(playwright.Error):
                item.hover(timeout=1000)
        found = page.evaluate(HANDLERS)
        page.wait_for_timeout(100)
        if found or page.evaluate(PWNED):
            live[f"search {marker(name)}"] = found
    context.close()
    print(f"\nhover: {hovered} hosts by events, {mouse} by mouse, {len(dialogs)} dialogs")
    assert dialogs == []
    assert live == {}
    assert hovered > 1000 and mouse > 50
