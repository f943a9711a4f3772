"""The MkDocs adapter: the `explainer` plugin (`plugins: [explainer: {sources: seeds}]`).

- `on_config` runs the pipeline (read → … → render) and, when mkdocs.yml has no `nav`, sets the
  story's navigation: Home, Explainers, Who's who, What the rules say, Timeline, Sources, then
  the hand-written pages of docs/.
- `on_files` hands the pages to MkDocs as generated in-memory files: nothing is written into
  docs/ (writing there would retrigger the watcher: mkdocs/mkdocs#1933). A hand-written page at
  the same path wins and is reported.
- `on_serve` watches the sources and template folders, so an edit rebuilds once.
Diagnostics are logged through `mkdocs.plugins.explainer`, so `--strict` counts warnings.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, PrefixedLogger
from mkdocs.structure.files import File, Files

from generator.build import Result, generate
from generator.diagnostics import summary_line
from generator.plan import REVIEW, SOURCES, TIMELINE
from generator.render import TEMPLATES

THEME_OVERRIDES = TEMPLATES / "theme"
log = PrefixedLogger("explainer", logging.getLogger("mkdocs.plugins.explainer"))

# Sections listed one page per nav entry up to this size; beyond, only their index page.
NAV_SECTION_LIMIT = 40
_SECTIONS = (("Explainers", "explainers"), ("Who's who", "who"), ("What the rules say", "rules"))


class ExplainerConfig(Config):  # type: ignore[no-untyped-call]
    sources = c.Type(str, default="seeds")
    templates = c.Optional(c.Type(str))


class ExplainerPlugin(BasePlugin[ExplainerConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        self.result: Result | None = None
        self.sources = Path("seeds")
        self.templates: Path | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        base = Path(config.config_file_path or ".").resolve().parent
        _add_theme_overrides(config)
        self.sources = base / self.config.sources
        self.templates = base / self.config.templates if self.config.templates else None
        if not self.sources.is_dir():
            log.error(f"{self.sources}: the sources folder does not exist")
            self.result = None
            return config
        self.result = generate(self.sources, self.templates)
        for diagnostic in self.result.diagnostics:
            where = f"{self.config.sources}/{diagnostic}"
            (log.error if diagnostic.is_error else log.warning)(where)
        log.info(summary_line(self.result.diagnostics, len(self.result.resolved.story.documents)))
        if config.nav is None:
            config.nav = _navigation(self.result, Path(config.docs_dir))
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if self.result is None:
            return files
        for path, text in self.result.pages:
            if files.get_file_from_path(path) is not None:
                log.warning(
                    f"docs/{path} is a hand-written page; the generated page at the "
                    "same address is not used"
                )
                continue
            files.append(File.generated(config, path, content=text))
        return files

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        server.watch(str(self.sources))
        if self.templates is not None:
            server.watch(str(self.templates))
        return server


def _add_theme_overrides(config: MkDocsConfig) -> None:
    """Our Material overrides (templates/theme: JSON-LD in <head>) go after the site's own
    `custom_dir`, so a site can still override them, and before the theme's files."""
    ours = str(THEME_OVERRIDES)
    if ours not in config.theme.dirs:
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, ours)


def _navigation(result: Result, docs_dir: Path) -> list[Any]:
    """The story's nav; sections past NAV_SECTION_LIMIT pages show their index page only."""
    pages = {path for path, _ in result.pages}
    nav: list[Any] = [{"Home": "index.md"}]
    for title, folder in _SECTIONS:
        children = sorted(
            p for p in pages if p.startswith(folder + "/") and not p.endswith("/index.md")
        )
        entries: list[Any] = [f"{folder}/index.md"]
        if len(children) <= NAV_SECTION_LIMIT:
            entries += children
        nav.append({title: entries})
    nav += [{"Timeline": TIMELINE}, {"Sources": SOURCES}]
    guides = (
        sorted(
            p.relative_to(docs_dir).as_posix()
            for p in docs_dir.rglob("*.md")
            if p.relative_to(docs_dir).as_posix() not in pages
        )
        if docs_dir.is_dir()
        else []
    )
    nav.append({"For editors": [*guides, REVIEW]})
    return nav
