"""The sample site built by each engine (issue 15), as `make site-mkdocs`, `make
site-properdocs` and `make site-zensical` build it: MkDocs with the plugin, ProperDocs with the
plugin, and Zensical from the project `explainer generate --project` writes. Each must give the
same pages in the same navigation order, the explainer's JSON-LD, a home page without console
errors, and a search for "McSweeney" that lands on his page.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect
from site_browser import Visit, serve

from bench.server import free_port

pytestmark = [pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ENGINES = ("mkdocs", "properdocs", "zensical")
EXPLAINER = "explainers/starmer-labour-volunteers/index.html"


def _run(args: list[str], cwd: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": ""}
    run = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert run.returncode == 0, f"{' '.join(args)} failed:\n{run.stdout}\n{run.stderr}"


def build(engine: str, out: Path) -> Path:
    """The sample built by `engine` into (or under) `out`; returns the site folder."""
    config = str(ROOT / "mkdocs.yml")
    if engine == "zensical":
        _run([str(BIN / "explainer"), "generate", "--out", str(out), "--project", config], ROOT)
        _run([str(BIN / "zensical"), "build", "--strict", "-f", str(out / "mkdocs.yml")], out)
        return out / "site"
    _run([str(BIN / engine), "build", "--strict", "-q", "-f", config, "-d", str(out)], ROOT)
    return out


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("engines")
    return {engine: build(engine, base / engine) for engine in ENGINES}


def pages(site: Path) -> set[str]:
    return {
        p.relative_to(site).as_posix()
        for p in site.rglob("index.html")
        if not p.relative_to(site).parts[0].startswith(("assets", "pagefind", "search"))
    }


class _Nav(HTMLParser):
    """The labels of the header tabs and the addresses of the primary nav's links."""

    def __init__(self) -> None:
        super().__init__()
        self.tabs: list[str] = []
        self.links: list[str] = []
        self._tab = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "a" and "md-tabs__link" in classes:
            self._tab = True
            self.tabs.append("")
        elif tag == "a" and "md-nav__link" in classes:
            href = dict(attrs).get("href") or ""
            self.links.append(href.split("#")[0])

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._tab = False

    def handle_data(self, data: str) -> None:
        if self._tab:
            self.tabs[-1] += data.strip()


def nav(site: Path, page: str) -> tuple[list[str], list[str]]:
    """The tabs' labels and the nav's links as site addresses, in order, once each."""
    parser = _Nav()
    parser.feed((site / page).read_text(encoding="utf-8"))
    here = "http://site/" + page.removesuffix("index.html")
    links = [urljoin(here, href).removeprefix("http://site/") for href in parser.links]
    return parser.tabs, list(dict.fromkeys(links))


def test_every_engine_builds_the_same_pages(sites: dict[str, Path]) -> None:
    expected = pages(sites["mkdocs"])
    assert len(expected) > 20
    for engine in ENGINES[1:]:
        assert pages(sites[engine]) == expected, engine


@pytest.mark.parametrize("page", ["index.html", "explainers/index.html", "who/index.html"])
def test_the_navigation_order_is_the_same(sites: dict[str, Path], page: str) -> None:
    tabs, links = nav(sites["mkdocs"], page)
    assert tabs[:3] == ["Home", "Explainers", "Who's who"]
    for engine in ENGINES[1:]:
        assert nav(sites[engine], page) == (tabs, links), engine


@pytest.mark.parametrize("engine", ENGINES)
def test_the_explainer_has_its_json_ld(sites: dict[str, Path], engine: str) -> None:
    html = (sites[engine] / EXPLAINER).read_text(encoding="utf-8")
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@type"] == "NewsArticle"
    assert data["headline"].startswith("UK PM Starmer responds")


# Each engine's search box: (what opens it, its input, the first result's link).
SEARCH = {
    "mkdocs": (".md-search__input", ".md-search__input", ".md-search-result__item > a"),
    "properdocs": (".md-search__input", ".md-search__input", ".md-search-result__item > a"),
    # Zensical's search is its own dialog (in a shadow root, which Playwright's CSS pierces)
    "zensical": (".md-search__button", "dialog input", "[role=listbox] a[role=option]"),
}


@pytest.mark.browser
@pytest.mark.parametrize("engine", ENGINES)
def test_home_loads_and_search_finds_mcsweeney(
    sites: dict[str, Path], chromium: Any, engine: str
) -> None:
    with serve(sites[engine]) as url:
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        seen = Visit(page, url)
        page.on("console", lambda m: m.type == "error" and seen.errors.append(m.text))
        page.on("pageerror", lambda e: seen.errors.append(str(e)))
        page.on("request", lambda r: seen.requests.append(r.url))
        try:
            seen.goto("", idle=True)
            assert seen.errors == []
            opener, field, first = SEARCH[engine]
            page.locator(opener).click()
            page.locator(field).fill("McSweeney")
            result = page.locator(first).first
            result.wait_for()
            assert "/who/morgan-mcsweeney/" in (result.get_attribute("href") or "")
            result.click()
            page.wait_for_url("**/who/morgan-mcsweeney/**")
            expect(page.locator("article h1")).to_contain_text("Morgan McSweeney")
            assert seen.errors == []
            assert seen.foreign_requests() == []
        finally:
            page.close()


class Process:
    """A command in the background whose output lines a thread collects."""

    def __init__(self, args: list[str], cwd: Path) -> None:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": ""}
        self.process = subprocess.Popen(
            args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def count(self, pattern: str) -> int:
        return sum(bool(re.search(pattern, line)) for line in list(self.lines))

    def wait_for(self, pattern: str, count: int = 1, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while self.count(pattern) < count:
            if time.monotonic() > deadline or self.process.poll() is not None:
                pytest.fail(f"no {count}× {pattern!r} in:\n" + "\n".join(self.lines))
            time.sleep(0.1)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


ZENSICAL_BUILT = r"issues? found"  # Zensical's last line of every build
ARTICLE = "seeds/articles/2024-10-23-starmer-labour-volunteers.md"


def test_generate_watch_beside_zensical_serve_rebuilds_on_each_edit(tmp_path: Path) -> None:
    """`make serve-zensical`: an edit to a source regenerates the project, its changed pages
    (23 for a new title) staged and then replaced in one burst, so Zensical rebuilds once
    and serves the new text; no rebuild follows while nothing is edited. Zensical starts a
    build on the first file event and takes in what else changed within a few
    milliseconds: a burst the system interrupts longer than that costs a second rebuild
    (the Performance page counts them), a writer that wrote page by page would cost one
    per page."""
    for name in ("mkdocs.yml", "docs", "seeds"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    explainer = [str(BIN / "explainer"), "generate", "--out", "build", "--project", "mkdocs.yml"]
    _run(explainer, tmp_path)
    port = free_port()
    serve_ = [str(BIN / "zensical"), "serve", "-f", "mkdocs.yml", "-a", f"127.0.0.1:{port}"]
    zensical = Process(serve_, tmp_path / "build")
    watcher = Process([*explainer, "--watch"], tmp_path)
    try:
        zensical.wait_for(ZENSICAL_BUILT)
        watcher.wait_for("watching")
        article = tmp_path / ARTICLE
        for number, title in enumerate(("Edited once", "Edited twice"), 1):
            text = article.read_text(encoding="utf-8")
            article.write_text(re.sub(r"(?m)^title: .*$", f"title: {title}", text), "utf-8")
            watcher.wait_for(r"build: \d+ written", count=number)
            zensical.wait_for(ZENSICAL_BUILT, count=1 + number)
            time.sleep(3)  # a rebuild loop would show by now
            rebuilds = zensical.count(ZENSICAL_BUILT) - 1
            assert number <= rebuilds <= 2 * number, "\n".join(zensical.lines)
            page = f"http://127.0.0.1:{port}/explainers/starmer-labour-volunteers/"
            with urllib.request.urlopen(page) as response:
                assert f">{title}<" in response.read().decode()
        # the generated pages were written where Zensical reads them, nothing into the site's own
        assert not (tmp_path / "docs" / "explainers").exists()
    finally:
        watcher.stop()
        zensical.stop()
