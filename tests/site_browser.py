"""A built site, served locally, and a real Chromium to look at it: reusable test fixtures.

tests/conftest.py registers this module as a plugin, so every test can ask for:

- `site_url` (session): the sample story built once with `mkdocs build` (into the folder
  `built_site`) and served by a threaded `http.server` on 127.0.0.1, on a free port.
- `chromium` (session): Debian's Chromium (/usr/bin/chromium) driven by Playwright.
- `visit`: opens a new page (light or dark scheme, any viewport); every console error, page
  error and request is recorded on the returned `Visit`, so tests can assert that none
  happened or left the site's host.

The plain functions (`build_site`, `serve`, `served_site`, `launch`) work outside pytest
too, for example to build a hostile story from other sources and screenshot it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from bench import search as bench_search
from bench.chromium import CHROMIUM
from bench.search import served as serve  # the one static server (tests and bench)

ROOT = Path(__file__).resolve().parent.parent


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as plain data: `!ENV [NAME, default]` reads as its default."""


_ConfigLoader.add_constructor(
    "!ENV",
    lambda loader, node: (
        loader.construct_sequence(node)[-1]  # type: ignore[arg-type]
        if isinstance(node, yaml.SequenceNode)
        else None
    ),
)


def project_config(
    target: Path,
    sources: Path,
    site_url: str = "",
    features: Iterable[str] = (),
    options: dict[str, Any] | None = None,
) -> Path:
    """A copy of the project's mkdocs.yml at `target` (every feature, theme and extension as
    the project ships them, plus Material `features` it does not) with absolute paths and
    `sources` in place of seeds/; `options` are added to the plugin's (e.g.
    `{"search": "pagefind"}`)."""
    config = ROOT / "mkdocs.yml"
    data = yaml.load(config.read_text(encoding="utf-8"), _ConfigLoader)  # noqa: S506
    data["docs_dir"] = str(ROOT / data.get("docs_dir", "docs"))
    theme = data.setdefault("theme", {})
    if "custom_dir" in theme:
        theme["custom_dir"] = str(ROOT / theme["custom_dir"])
    theme["features"] = [*theme.get("features", []), *features]
    data["plugins"] = [
        {"explainer": {**p["explainer"], "sources": str(sources.resolve()), **(options or {})}}
        if isinstance(p, dict) and "explainer" in p
        else p
        for p in data["plugins"]
    ]
    if site_url:
        data["site_url"] = site_url
    target.write_text(yaml.safe_dump(data), encoding="utf-8")
    return target


def build_site(
    dest: Path,
    sources: Path | None = None,
    site_url: str = "",
    options: dict[str, Any] | None = None,
) -> Path:
    """`mkdocs build --strict` of the project into `dest`; `sources` replaces seeds/ when
    given (through `project_config`, which adds `options` to the plugin's); `site_url` is
    the address the site will be served from (instant navigation only works there).
    Returns `dest`."""
    config = ROOT / "mkdocs.yml"
    if sources is not None or options:
        config = project_config(
            dest.parent / f"{dest.name}.mkdocs.yml",
            sources or ROOT / "seeds",
            site_url,
            options=options,
        )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SITE_URL"] = site_url
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config)]
        + ["-d", str(dest)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        raise AssertionError(f"mkdocs build failed:\n{run.stdout}\n{run.stderr}")
    return dest


@contextmanager
def served_site(dest: Path, sources: Path | None = None) -> Iterator[str]:
    """Build the site into `dest` for the address it is then served from; yields that URL."""
    with serve(dest) as url:
        build_site(dest, sources, site_url=url)
        yield url


@contextmanager
def launch() -> Iterator[Any]:
    """Playwright's Chromium, Debian's build; skips the test when it is not installed."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (run `make chromium`)")
    with bench_search.chromium() as browser:
        yield browser


@dataclass
class Visit:
    """One open page and what it did: console errors, page errors, requested URLs."""

    page: Any
    base_url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def goto(self, path: str, idle: bool = False) -> Any:
        """Open `path` (relative to the site); `idle` waits until the network is quiet."""
        response = self.page.goto(self.base_url + path.lstrip("/"))
        if idle:
            self.page.wait_for_load_state("networkidle")
        return response

    def foreign_requests(self) -> list[str]:
        """Requests to any host but the site's own (data: and blob: URLs stay local)."""
        return [
            url
            for url in self.requests
            if not url.startswith((self.base_url, "data:", "blob:", "about:"))
        ]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("site") / "site"


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    with served_site(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    with launch() as browser:
        yield browser


@pytest.fixture(scope="session")
def _contexts(chromium: Any) -> Iterator[dict[tuple[int, int, str], Any]]:
    """Browser contexts shared by the tests of a session, one per viewport and scheme."""
    contexts: dict[tuple[int, int, str], Any] = {}
    yield contexts
    for context in contexts.values():
        context.close()


@pytest.fixture
def visit(
    chromium: Any, site_url: str, _contexts: dict[tuple[int, int, str], Any]
) -> Iterator[Callable[..., Visit]]:
    """`visit(path, width=1280, height=900, scheme="light", idle=False)` → a `Visit` on a new
    page (closed after the test); `scheme="dark"` emulates prefers-color-scheme: dark."""
    pages: list[Any] = []

    def open_page(
        path: str = "",
        width: int = 1280,
        height: int = 900,
        scheme: str = "light",
        idle: bool = False,
    ) -> Visit:
        key = (width, height, scheme)
        if key not in _contexts:
            _contexts[key] = chromium.new_context(
                viewport={"width": width, "height": height}, color_scheme=scheme
            )
        page = _contexts[key].new_page()
        pages.append(page)
        seen = Visit(page, site_url)
        page.on("console", lambda m: m.type == "error" and seen.errors.append(m.text))
        page.on("pageerror", lambda e: seen.errors.append(str(e)))
        page.on("request", lambda r: seen.requests.append(r.url))
        seen.goto(path, idle)
        return seen

    yield open_page
    for page in pages:
        page.close()


def copy_tree(source: Path, target: Path) -> Path:
    """A writable copy of a folder (sources to modify before `build_site`)."""
    shutil.copytree(source, target)
    return target
