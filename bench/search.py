"""Search in a built site, as a reader meets it in Chromium: time to the first result and the
bytes downloaded for it, for Material's search (lunr in a worker) and for Pagefind (the
plugin's `search: pagefind`). Used by bench/run.py and by the browser tests.

    python bench/search.py SITE [SITE ...] [--queries McSweeney,30121] [--repeats 3]

For each query and each repetition, a fresh browser context (empty cache) opens the home
page; as soon as it has loaded, the search box is clicked and the query typed. The time is
taken in the page, from the last keystroke to the first change of the result list after it
that shows results (a MutationObserver): the results of what was typed. It includes whatever
the engine still had to fetch, parse or build:
Material fetches its whole index on page load and builds the lunr index in its worker;
Pagefind loads its WebAssembly and the index chunks the query needs when the box is focused.
The bytes are the encoded bytes of every response the search needed (Material: the search
index, its worker and lunr; Pagefind: everything under pagefind/), from page load until the
results stop changing. Prints a table and the command that reruns it.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import statistics
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

QUERIES = ("McSweeney", "30121", "chief of staff")
# What each engine downloads for search (paths under the site's root).
SEARCH_PATHS = ("search/", "assets/javascripts/workers/", "assets/javascripts/lunr/", "pagefind/")
# Material's and Explainer's Pagefind search use the same markup and classes.
INPUT = ".md-search__input"
RESULT = ".md-search-result__item"
PAGE_LINK = ".md-search-result__item > .md-search-result__link:first-child"

_WATCH = """() => {
  const list = document.querySelector('.md-search-result__list');
  window.__keys = [];
  window.__renders = [];  // [time, number of results] of every change to the result list
  new MutationObserver(() => window.__renders.push(
      [performance.now(), list.querySelectorAll('.md-search-result__item').length]))
    .observe(list, { childList: true, subtree: true });
  document.addEventListener('keydown', () => window.__keys.push(performance.now()),
                            { capture: true });
}"""
# The first change to the list after the last keystroke that shows results: the results of
# what was typed (Material also shows results for the first letters as they are typed).
_ANSWERED = """() => {
  const last = window.__keys[window.__keys.length - 1];
  const hit = window.__renders.find(([t, n]) => t > last && n > 0);
  return hit ? hit[0] - last : null;
}"""


@dataclass
class Search:
    """One query in one site: median time to the first result (ms), bytes downloaded for
    search, the pages listed (paths, in order) and how many <mark>s the results show."""

    query: str
    first_ms: float
    bytes: int
    pages: list[str] = field(default_factory=list)
    marks: int = 0
    runs: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def engine(site: Path) -> str:
    """Which search a built site has: 'pagefind', 'material' or 'none'."""
    home = site / "index.html"
    ours = home.is_file() and "data-explainer-search" in home.read_text(encoding="utf-8")
    if ours and (site / "pagefind" / "pagefind.js").is_file():
        return "pagefind"
    if (site / "search" / "search_index.json").is_file():
        return "material"
    return "none"


def search_bytes(site: Path) -> int:
    """Bytes on disk of what a search can download (the whole index, for Material)."""
    folders = [site / "search"] if engine(site) == "material" else [site / "pagefind"]
    return sum(p.stat().st_size for f in folders for p in f.rglob("*") if p.is_file())


def pagefind_pages(site: Path) -> dict[str, dict[str, Any]]:
    """What Pagefind indexed, read back from its fragments: page address (as the site
    links it, e.g. `/who/morgan-mcsweeney/`) → {content, meta: {title}, anchors, ...}."""
    pages: dict[str, dict[str, Any]] = {}
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        raw = gzip.decompress(path.read_bytes())
        fragment = json.loads(raw[raw.index(b"{") :])
        pages[fragment["url"]] = fragment
    return pages


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib name)
        pass


@contextmanager
def served(site: Path) -> Iterator[str]:
    """Serve `site` on 127.0.0.1 (a free port) while the block runs; yields the base URL.
    The folder may be filled after the server starts (the browser tests build into it for
    the address they are served from). The benchmark's and the tests' one static server."""
    site.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
        server.server_close()


def _one(browser: Any, base: str, query: str, timeout_ms: float) -> tuple[float, int, Any]:
    """(ms to the first result, search bytes, the open context) for one fresh visit."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    finished: list[Any] = []
    # a dedicated worker's requests (Material's index, Pagefind's chunks) are the page's too
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(base, wait_until="load")
    page.evaluate(_WATCH)
    page.locator(INPUT).click()
    page.keyboard.type(query)
    deadline = time.monotonic() + timeout_ms / 1000
    while (elapsed := page.evaluate(_ANSWERED)) is None:
        if time.monotonic() > deadline:
            raise TimeoutError(f"no result for {query!r} within {timeout_ms / 1000:.0f} s")
        time.sleep(0.05)
    _settle(page)
    total = 0
    for request in finished:
        if urlsplit(request.url).path.lstrip("/").startswith(SEARCH_PATHS):
            sizes = request.sizes()
            total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    return elapsed, total, context


def _settle(page: Any, quiet_ms: int = 600) -> None:
    """Wait until the result list has not changed for `quiet_ms` (debounced queries)."""
    page.evaluate(
        """(quiet) => new Promise((resolve) => {
          const list = document.querySelector('.md-search-result__list');
          let timer = setTimeout(resolve, quiet);
          new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(resolve, quiet); })
            .observe(list, { childList: true, subtree: true, characterData: true });
        })""",
        quiet_ms,
    )


def measure(
    browser: Any,
    site: Path,
    queries: Sequence[str] = QUERIES,
    repeats: int = 3,
    timeout_ms: float = 120_000,
) -> list[Search]:
    """Each query `repeats` times in fresh contexts; pages and marks from the last run. A
    run with no answer within `timeout_ms` (or whose page crashed) counts as infinitely
    slow and is noted; the other runs still count."""
    out: list[Search] = []
    with served(site) as base:
        for query in queries:
            times: list[float] = []
            loaded: list[int] = []
            pages: list[str] = []
            marks = 0
            failures: list[str] = []
            for _ in range(repeats):
                try:
                    ms, size, context = _one(browser, base, query, timeout_ms)
                except Exception as exc:  # noqa: BLE001 - no answer is a result here
                    failures.append(str(exc).splitlines()[0][:80])
                    times.append(float("inf"))
                    for context in browser.contexts:
                        context.close()
                    continue
                times.append(ms)
                loaded.append(size)
                page = context.pages[0]
                links = page.locator(PAGE_LINK)
                pages = [
                    urlsplit(links.nth(i).get_attribute("href") or "").path
                    for i in range(min(10, links.count()))
                ]
                marks = page.locator(".md-search-result__list mark").count()
                context.close()
            out.append(
                Search(
                    query,
                    statistics.median(times),
                    int(statistics.median(loaded)) if loaded else 0,
                    pages,
                    marks,
                    times,
                    failures,
                )
            )
    return out


@contextmanager
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def _kb(n: float) -> str:
    return f"{n / 1e6:.2f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sites", nargs="+", type=Path)
    parser.add_argument("--queries", default=",".join(QUERIES))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for results")
    args = parser.parse_args(argv)
    queries = [q for q in args.queries.split(",") if q]
    with chromium() as browser:
        for site in args.sites:
            start = time.perf_counter()
            found = measure(browser, site, queries, args.repeats, args.timeout * 1000)
            print(
                f"\n{site} ({engine(site)}, index on disk {_kb(search_bytes(site))}; "
                f"{time.perf_counter() - start:.0f} s)"
            )
            print("| query | first result | downloaded | pages listed (first 5) | marks |")
            print("|---|---|---|---|---|")
            for s in found:
                runs = ", ".join(f"{t:.0f}" for t in s.runs)
                failed = (
                    f"; {len(s.failures)} without answer: {s.failures[0]}" if s.failures else ""
                )
                print(
                    f"| {s.query} | {s.first_ms:.0f} ms ({runs}{failed}) | {_kb(s.bytes)} | "
                    f"{', '.join(s.pages[:5])} | {s.marks} |"
                )
    print("\nrerun: python bench/search.py " + " ".join(sys.argv[1:] if argv is None else argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
