"""Reuse unchanged pages' work across the rebuilds of one `mkdocs serve` (issue 7).

MkDocs rebuilds the whole site on every change: each page's front matter, its Markdown →
HTML, its theme template (with the whole navigation), and its search entries. `--dirty`
skips pages but is wrong (stale navigation, a search index holding one page).
`ServeReuse` keeps the build correct and complete, every page still goes through every
step and every plugin hook, but when a step's inputs are the same as in the previous
build it takes that step's output from memory instead of computing it again. Each way of
doing so is a trick of its own module, switched on or off by name (`TRICKS`; the plugin's
`serve_reuse` setting: `true`, `false` or a list of names):

- `front_matter` (front_matter.py): a page's front matter read once per source text;
- `html` (html.py): Markdown → HTML once per Markdown, file list and settings;
- `theme_output` (theme_output.py): the theme template once per page input and final
  template context (a plugin that changes the context never gets a stale page);
- `search` (search.py): a page's search entries once per address, title, meta and HTML;
- `site_dir` (site_dir.py): the previous output moved aside and back, not deleted;
- `gc_freeze` (collector.py): long-lived objects out of the collector's sight, undone when
  the server stops;
- `compiled_templates` (templates.py): theme templates compiled once per server.

A hit is only ever the output of the same inputs, so a rebuild is byte-identical to a full
one (tests/test_serve_reuse.py compares whole sites). The tricks reach into MkDocs' and
Material's internals (`Page.render`, the search index), so `serve_reuse_for` turns them on
only for the versions they were tested with (`TESTED`), and otherwise says so in one line.
Used by the plugin under `serve` only: a one-off `mkdocs build` has nothing to reuse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import metadata
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.mkdocs.reuse.collector import CollectorFreeze
from generator.mkdocs.reuse.front_matter import FrontMatterReuse
from generator.mkdocs.reuse.html import HtmlReuse
from generator.mkdocs.reuse.page_cache import PageCache
from generator.mkdocs.reuse.search import SearchReuse
from generator.mkdocs.reuse.site_dir import SiteDirReuse
from generator.mkdocs.reuse.templates import CompiledTemplates
from generator.mkdocs.reuse.theme_output import ThemeOutputReuse

TRICKS = (
    "front_matter",
    "html",
    "theme_output",
    "search",
    "site_dir",
    "gc_freeze",
    "compiled_templates",
)
# Distribution → (lowest, first untested) (major, minor) versions. Material only matters
# when installed; MkDocs' own theme and search are covered by the same MkDocs range.
TESTED = {"mkdocs": ((1, 6), (1, 7)), "mkdocs-material": ((9, 7), (9, 9))}


def serve_reuse_for(
    tricks: Iterable[str], version: Callable[[str], str] | None = None
) -> tuple[ServeReuse | None, str]:
    """The reuse with `tricks` on, or None and the one line that says why it is off (a
    version it was not tested with). `version` looks a distribution's version up
    (default: the installed one's)."""
    found: dict[str, str] = {}
    for name in TESTED:
        try:
            found[name] = (version or metadata.version)(name)
        except metadata.PackageNotFoundError:
            continue
    untested = [f"{name} {v}" for name, v in found.items() if not _tested(name, v)]
    if untested:
        return None, (
            "serve reuse is off: it was tested with MkDocs 1.6 and Material 9.7–9.8, and "
            f"this is {', '.join(untested)}; every rebuild is a full one"
        )
    return ServeReuse(tricks), ""


def _tested(name: str, version: str) -> bool:
    low, high = TESTED[name]
    try:
        major_minor = tuple(int(part) for part in version.split(".")[:2])
    except ValueError:
        return False
    return low <= major_minor < high


class ServeReuse:
    """The switched-on tricks, called from the plugin's hooks."""

    def __init__(self, tricks: Iterable[str] = TRICKS) -> None:
        on = set(tricks)
        unknown = on - set(TRICKS)
        if unknown:
            raise ValueError(f"unknown serve reuse tricks: {', '.join(sorted(unknown))}")
        self.tricks = tuple(t for t in TRICKS if t in on)
        self.front_matter = FrontMatterReuse() if "front_matter" in on else None
        self.render = HtmlReuse() if "html" in on else None
        self.theme_output = ThemeOutputReuse() if "theme_output" in on else None
        self.search_entries = SearchReuse() if "search" in on else None
        self.site_dir = SiteDirReuse() if "site_dir" in on else None
        self.collector = CollectorFreeze() if "gc_freeze" in on else None
        self.templates = CompiledTemplates() if "compiled_templates" in on else None
        self._builds = 0

    # The caches the tests and bench/serve_probe.py read (empty when the trick is off).
    @property
    def html(self) -> PageCache[Any]:
        return self.render.cache if self.render else PageCache()

    @property
    def output(self) -> PageCache[Any]:
        return self.theme_output.cache if self.theme_output else PageCache()

    @property
    def search(self) -> PageCache[Any]:
        return self.search_entries.cache if self.search_entries else PageCache()

    def pre_build(self, site_dir: str) -> None:
        """`on_pre_build`, last: MkDocs empties the site folder right after."""
        if self.site_dir:
            self.site_dir.set_aside(site_dir)

    def files(self, config: MkDocsConfig) -> None:
        """`on_files`: once per build, before any page is read."""
        if self.site_dir:
            self.site_dir.put_back(config.site_dir)
        for trick in (self.front_matter, self.render, self.theme_output):
            if trick:
                trick.start_build()
        if self.search_entries:
            self.search_entries.start_build(config)

    def page(self, page: Page) -> None:
        """`on_pre_page`: this page reads and renders through the caches."""
        if self.front_matter:
            self.front_matter.wrap(page)
        if self.render:
            self.render.wrap(page)

    def env(self, env: jinja2.Environment, config: MkDocsConfig, files: Files) -> None:
        """`on_env`: the theme environment and the final file list."""
        if self.templates:
            self.templates.use(env)
        if self.site_dir:
            self.site_dir.files(files)
        if self.theme_output:
            self.theme_output.prepare(env, config, files)

    def context(
        self, context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
    ) -> None:
        """`on_page_context`, after every other plugin."""
        if self.theme_output:
            self.theme_output.decide(context, page, config, nav)

    def post_page(self, page: Page, output: str) -> None:
        """`on_post_page`, before every other plugin."""
        if self.theme_output:
            self.theme_output.keep(page, output)

    def post_build(self, site_dir: str) -> str | None:
        """`on_post_build`; says what was reused, from the second build on (the first has
        nothing to reuse)."""
        if self.site_dir:
            self.site_dir.remove_stale(site_dir)
        if self.collector:
            self.collector.after_build()
        self._builds += 1
        return self.summary() if self._builds > 1 else None

    def stop(self) -> None:
        """`on_shutdown`: the server stops."""
        if self.collector:
            self.collector.stop()

    def summary(self) -> str:
        return (
            f"reused {self.html.hits} of {self.html.hits + self.html.misses} pages' HTML, "
            f"{self.output.hits} of {self.output.hits + self.output.misses} theme outputs"
        )
