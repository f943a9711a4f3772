"""The plugin's search (issue 15): `search: auto` (the default), `pagefind` or `material`.

- `material`: the theme's own search (Material's lunr index: the whole index is downloaded
  and built in the reader's browser before the first answer; any theme but Material keeps
  its own search too).
- `pagefind`: Material's own search plugin is turned off (its `enabled` setting: no lunr
  index is built or downloaded), `config.extra.explainer_search` tells our theme override to
  show its Pagefind search box and mark each article `data-pagefind-body`, the sections
  Material's search would leave out are marked for Pagefind (`pagefind_ignore_sections`),
  and after the build Pagefind indexes the site: in the build itself for `mkdocs build` (an
  error fails the build), in the background under `mkdocs serve`, so a rebuild is on screen
  before its search index is (a few seconds at 1,000 documents).
- `auto`: Material's search for a story of fewer than `search_threshold` source documents
  (THRESHOLD, 150, by default), Pagefind from there on. Material answers a small story's
  first search a little sooner (26–44 ms against 64–121 ms at 50–100 documents); from about
  200 documents on its whole index (1 MB at 200, 3.5 MB at 700) takes longer to download
  and build than Pagefind's chunks (0.5–4.4 s against 0.09–0.15 s); bench/search_sizes.py,
  the Performance page's "Which search, by size". Under `mkdocs serve` the
  choice is made again at each rebuild, so a story that grows past the threshold switches.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Literal

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import PrefixedLogger

from generator.search.pagefind import Indexer, SearchError, index_site
from generator.search.sections import pagefind_ignore_sections

Engine = Literal["pagefind", "material"]
Choice = Literal["auto", "pagefind", "material"]
CHOICES: tuple[Choice, ...] = ("auto", "pagefind", "material")
# `search: auto` uses Pagefind from this many source documents (measured: the Performance
# page, "Which search, by size"); `search_threshold` in the plugin's options changes it.
THRESHOLD = 150
FLAG = "explainer_search"
log = PrefixedLogger("explainer", logging.getLogger("mkdocs.plugins.explainer"))


class Search:
    """One per plugin object (so one per `mkdocs serve`): the engine and its indexer."""

    def __init__(self) -> None:
        self.engine: Engine = "pagefind"
        self.serving = False
        self.indexer: Indexer | None = None

    def configure(
        self,
        config: MkDocsConfig,
        choice: Choice,
        serving: bool,
        documents: int,
        threshold: int = THRESHOLD,
    ) -> None:
        """Choose the engine for a build of a story of `documents` source documents."""
        engine = choose(choice, documents, threshold)
        # Our search box and article marks are a Material override: another theme keeps its own
        self.engine = engine if config.theme.name == "material" else "material"
        self.serving = serving
        if choice == "auto" and config.theme.name == "material":
            log.info(why(self.engine, documents, threshold))
        if self.engine != "pagefind":
            config.extra.pop(FLAG, None)
            return
        config.extra[FLAG] = "pagefind"
        for name in ("material/search", "search"):
            material = config.plugins.get(name)
            if material is not None and hasattr(material.config, "enabled"):
                material.config.enabled = False

    def page_content(self, html: str) -> str:
        return pagefind_ignore_sections(html) if self.engine == "pagefind" else html

    def before_build(self) -> None:
        if self.indexer is not None:
            self.indexer.stop()

    def after_build(self, site_dir: str) -> None:
        if self.engine != "pagefind":
            return
        site = Path(site_dir)
        try:
            if self.serving:
                if self.indexer is None:
                    self.indexer = Indexer(_report)
                self.indexer.start(site)
            else:
                log.info(index_site(site).summary())
        except SearchError as exc:
            log.error(str(exc))

    def shutdown(self) -> None:
        if self.indexer is not None:
            self.indexer.stop()


def choose(choice: Choice, documents: int, threshold: int = THRESHOLD) -> Engine:
    """The engine `search: <choice>` gives a story of `documents` source documents."""
    if choice != "auto":
        return choice
    return "pagefind" if documents >= threshold else "material"


def why(engine: Engine, documents: int, threshold: int) -> str:
    """The log line of `search: auto`: which search, and where the switch is."""
    story = f"{documents:,} document{'s' if documents != 1 else ''}"
    if engine == "pagefind":
        return f"search: Pagefind ({story}; search: auto uses it from {threshold:,})"
    return f"search: Material's ({story}; search: auto uses Pagefind from {threshold:,})"


def _report(message: str, error: bool) -> None:
    (log.error if error else log.info)(message)
