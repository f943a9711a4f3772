"""The plugin's search (issue 15): `search: pagefind` (the default) or `search: material`
(the theme's own search: Material's lunr index; any theme but Material keeps its own too).

With Pagefind, Material's own search plugin is turned off (its `enabled` setting: no lunr
index is built or downloaded), `config.extra.explainer_search` tells our theme override to
show its Pagefind search box and mark each article `data-pagefind-body`, the sections
Material's search would leave out are marked for Pagefind (`pagefind_ignore_sections`), and
after the build Pagefind indexes the site: in the build itself for `mkdocs build` (an error
fails the build), in the background under `mkdocs serve`, so a rebuild is on screen before
its search index is (a few seconds at 1,000 documents).
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
ENGINES: tuple[Engine, ...] = ("pagefind", "material")
FLAG = "explainer_search"
log = PrefixedLogger("explainer", logging.getLogger("mkdocs.plugins.explainer"))


class Search:
    """One per plugin object (so one per `mkdocs serve`): the engine and its indexer."""

    def __init__(self) -> None:
        self.engine: Engine = "pagefind"
        self.serving = False
        self.indexer: Indexer | None = None

    def configure(self, config: MkDocsConfig, engine: Engine, serving: bool) -> None:
        # Our search box and article marks are a Material override: another theme keeps its own
        self.engine = engine if config.theme.name == "material" else "material"
        self.serving = serving
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


def _report(message: str, error: bool) -> None:
    (log.error if error else log.info)(message)
