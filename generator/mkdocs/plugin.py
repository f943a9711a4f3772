"""The MkDocs adapter: the `explainer` plugin (`plugins: [explainer: {sources: seeds}]`).

- `on_config` runs the pipeline (read → … → render) and, when mkdocs.yml has no `nav`, sets the
  story's navigation: Home, Explainers, Who's who, What the rules say, Timeline, Sources, then
  the hand-written pages of docs/.
- `on_files` hands the pages and the feeds (feed.xml, feed.json) to MkDocs as generated
  in-memory files: nothing is written into docs/ or the sources (writing there would
  retrigger the watcher: mkdocs/mkdocs#1933). A hand-written page at the same path wins and
  is reported.
- `on_serve` watches the sources and template folders, so an edit rebuilds once.
- Under `mkdocs serve`, documents with errors are also shown in the browser: a generated
  `problems.md` page lists every diagnostic, and every page opens with a red banner linking
  to it, until the documents are fixed. A plain `mkdocs build` only reports them in the
  terminal (and fails under `--strict`, before anything is written to the site folder), so
  a published site never shows the banner.

The plugin defines `on_startup`, which makes MkDocs keep this one plugin object across the
rebuilds of a `mkdocs serve` (MkDocs ≥ 1.4 re-creates plugins without it). Its `Pipeline`,
with the in-memory caches, therefore lives exactly as long as the server: no module-level
state, and a second server in the same process does not share it. Across runs, the pipeline
reads the per-document cache folder (`cache:`, default `.explainer-cache`, safe to delete;
empty to turn it off; refused inside the sources or docs folder, which the watcher watches).
Diagnostics are logged through `mkdocs.plugins.explainer`, so `--strict` counts warnings.

Under `mkdocs serve` the plugin also reuses unchanged pages' work across rebuilds (their
HTML, theme output and search entries; `generator/mkdocs/reuse/`), so one edit in a large
story rebuilds in about the time of the pages it changed, and the site stays whole and
byte-identical to a full build. `serve_reuse: false` turns that off, a list of trick names
(`serve_reuse: [html, search]`) keeps only those; with MkDocs or Material versions it was
not tested with, it is off, and the log says so once.

Search (`search:`, `generator/mkdocs/search.py`): `auto` (the default) keeps Material's
search for a story of fewer than `search_threshold` source documents and uses Pagefind from
there on; `pagefind` turns Material's search plugin off and indexes the built site with
Pagefind, whose index loads only the chunks a query needs; `material` keeps Material's search
(one lunr index of the whole site, downloaded by every reader: the quicker first answer for a
small story, 4.7 MB at 1,000 documents and 47 MB at 10,000).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Literal, cast

import jinja2
from mkdocs.config import config_options as c
from mkdocs.config.base import BaseConfigOption, Config, ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, PrefixedLogger, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import TemplateContext

from generator.build import Pipeline, Result
from generator.cache import CACHE_DIR
from generator.collector import fewer_collections
from generator.diagnostics import Diagnostic, summary_line
from generator.mkdocs.problems import PROBLEMS, banner, problems_page
from generator.mkdocs.reuse.serve import TRICKS, ServeReuse, serve_reuse_for
from generator.mkdocs.search import CHOICES, THRESHOLD, Search
from generator.plan.index import section_order
from generator.plan.nav import navigation
from generator.plan.site import REVIEW
from generator.render.markdown import TEMPLATES

THEME_OVERRIDES = TEMPLATES / "theme"
log = PrefixedLogger("explainer", logging.getLogger("mkdocs.plugins.explainer"))


class _Tricks(BaseConfigOption[bool | list[str]]):
    """`serve_reuse`: true (every trick, the default), false (none) or a list of tricks."""

    def __init__(self) -> None:
        super().__init__()
        self.default = True

    def run_validation(self, value: object) -> bool | list[str]:
        if isinstance(value, bool):
            return value
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            unknown = [v for v in value if v not in TRICKS]
            if unknown:
                raise ValidationError(
                    f"unknown trick {', '.join(map(repr, unknown))}; "
                    f"choose from {', '.join(TRICKS)}"
                )
            return value
        raise ValidationError(f"expected true, false or a list of: {', '.join(TRICKS)}")


class _Threshold(BaseConfigOption[int]):
    """`search_threshold`: from how many source documents `search: auto` uses Pagefind."""

    def __init__(self) -> None:
        super().__init__()
        self.default = THRESHOLD

    def run_validation(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError(f"expected a number of documents (0 or more), got {value!r}")
        return value


class ExplainerConfig(Config):  # type: ignore[no-untyped-call]
    sources = c.Type(str, default="seeds")
    templates = c.Optional(c.Type(str))
    cache = c.Type(str, default=CACHE_DIR)
    serve_reuse = _Tricks()
    search = c.Choice(CHOICES, default="auto")
    search_threshold = _Threshold()


class ExplainerPlugin(BasePlugin[ExplainerConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        self.result: Result | None = None
        self.sources = Path("seeds")
        self.templates: Path | None = None
        self.serving = False
        self.pipeline: Pipeline | None = None
        self.cache_dir: Path | None = None
        self.problems: list[Diagnostic] = []
        self.reuse: ServeReuse | None = None
        self.search = Search()

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.serving = command == "serve"
        self.reuse = None
        setting = self.config.serve_reuse
        if self.serving and not dirty and setting:
            self.reuse, why_not = serve_reuse_for(TRICKS if setting is True else setting)
            if why_not:
                log.info(why_not)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        base = Path(config.config_file_path or ".").resolve().parent
        _add_theme_overrides(config)
        self.sources = base / self.config.sources
        self.templates = base / self.config.templates if self.config.templates else None
        self.result = None
        self.problems = []
        if not self.sources.is_dir():
            log.error(f"{self.sources}: the sources folder does not exist")
            self._search(config, 0)
            self._strict_stop(config, 1)
            return config
        cache_dir = self._cache_dir(base, Path(config.docs_dir))
        if self.pipeline is None or cache_dir != self.cache_dir:
            # a single build keeps no memos for a next run (as `explainer generate`)
            self.pipeline = Pipeline(cache_dir, remember=self.serving)
            self.cache_dir = cache_dir
        with fewer_collections():  # as `explainer generate` (generator/collector.py)
            self.result = self.pipeline.generate(
                self.sources, self.templates, config.site_url or "", log.info
            )
        for diagnostic in self.result.diagnostics:
            where = f"{self.config.sources}/{diagnostic}"
            (log.error if diagnostic.is_error else log.warning)(where)
        documents = len(self.result.resolved.story.documents)
        self._search(config, documents)
        stats = self.pipeline.documents.stats.summary()
        log.info(f"{summary_line(self.result.diagnostics, documents)} ({stats})")
        self._strict_stop(config, self._counted(self.result.diagnostics))
        notes = len(self.result.resolved.story.review)
        if notes:
            address = (config.site_url or "").rstrip("/") + "/" + REVIEW.removesuffix(".md") + "/"
            things = f"{notes} thing{'s' if notes != 1 else ''}"
            log.info(f"Editor's review: {things} to check, {address}")
        if self.serving:
            self.problems = [d for d in self.result.diagnostics if d.is_error]
        if config.nav is None:
            order = section_order(self.result.resolved.story)
            config.nav = navigation(self.result.pages, Path(config.docs_dir), order)
            if self.problems:
                config.nav.append({"Problems": PROBLEMS})
        return config

    def _search(self, config: MkDocsConfig, documents: int) -> None:
        choice, threshold = self.config.search, self.config.search_threshold
        self.search.configure(config, choice, self.serving, documents, threshold)

    @staticmethod
    def _counted(diagnostics: list[Diagnostic]) -> int:
        """The diagnostics MkDocs' `--strict` counts: errors, and warnings unless they are
        not logged (`mkdocs build -q` logs errors only, and then warnings do not fail it)."""
        warnings_count = log.isEnabledFor(logging.WARNING)
        return sum(d.is_error or warnings_count for d in diagnostics)

    def _strict_stop(self, config: MkDocsConfig, problems: int) -> None:
        """`mkdocs build --strict` (or `strict: true`) with problems in the sources stops
        here, before MkDocs cleans the site folder: the last published site stays as it was
        and nothing is written (issue 11). MkDocs itself would write every page, then fail;
        a build MkDocs would not fail is never stopped (`problems` is what it counts).
        `mkdocs serve` goes on and shows the problems page instead."""
        if config.strict and problems and not self.serving:
            site = Path(config.site_dir)
            base = Path(config.config_file_path or ".").resolve().parent
            if site.is_relative_to(base):
                site = site.relative_to(base)
            said = f"{problems} problem{'s' * (problems != 1)} in the sources"
            raise Abort(f"Aborted with {said} in strict mode; nothing written to {site}/")

    def _cache_dir(self, base: Path, docs: Path) -> Path | None:
        if not self.config.cache:
            return None
        folder = (base / self.config.cache).resolve()
        for watched in (self.sources.resolve(), docs.resolve()):
            if folder.is_relative_to(watched):
                log.warning(
                    f"cache: {self.config.cache} is inside {watched.name}/, which is watched; "
                    "the cache folder is not used"
                )
                return None
        return folder

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if self.result is None:
            return files
        for path, text in self.result.pages + self.result.feeds:
            if files.get_file_from_path(path) is not None:
                log.warning(
                    f"docs/{path} is a hand-written page; the generated page at the "
                    "same address is not used"
                )
                continue
            # the editor's review is built but never in the navigation (nor in search: its
            # front matter excludes it); editors open it from the address serve logs
            inclusion = InclusionLevel.NOT_IN_NAV if path == REVIEW else InclusionLevel.UNDEFINED
            files.append(File.generated(config, path, content=text, inclusion=inclusion))
        if self.problems and files.get_file_from_path(PROBLEMS) is None:
            files.append(
                File.generated(
                    config, PROBLEMS, content=problems_page(self.problems, self.config.sources)
                )
            )
        if self.reuse is not None:
            self.reuse.files(config)
        if not self.serving:  # the pages live on in `files`; the story and caches are done
            self.result = self.pipeline = None
        return files

    @event_priority(-100)  # last: MkDocs cleans the site folder right after
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.search.before_build()  # a background index of the last build reads site_dir
        if self.reuse is not None:
            self.reuse.pre_build(config.site_dir)

    def on_pre_page(self, page: Page, /, *, config: MkDocsConfig, files: Files) -> Page | None:
        if self.reuse is not None:
            self.reuse.page(page)
        return page

    @event_priority(-100)  # last: the banner goes on top of what other plugins made
    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        problems = files.get_file_from_path(PROBLEMS) if self.problems else None
        if problems is None or page.file.src_uri == PROBLEMS:
            return markdown
        href = get_relative_url(problems.url, page.file.url)
        return banner(self.problems, href) + markdown

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        return self.search.page_content(html)

    def on_env(
        self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment | None:
        if self.reuse is not None:
            self.reuse.env(env, config, files)
        return env

    @event_priority(-10_000)  # after every plugin, however late: the context is final
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        if self.reuse is not None:
            self.reuse.context(cast("dict[str, Any]", context), page, config, nav)
        return context

    @event_priority(10_000)  # before every plugin: keep what the theme made, unchanged
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        if self.reuse is not None:
            self.reuse.post_page(page, output)
        return output

    @event_priority(-100)  # last: Pagefind indexes the site as every plugin left it
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.reuse is not None:
            said = self.reuse.post_build(config.site_dir)
            if said is not None:
                log.info(said)
        self.search.after_build(config.site_dir)

    def on_shutdown(self) -> None:
        self.search.shutdown()
        if self.reuse is not None:
            self.reuse.stop()

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        server.watch(str(self.sources))
        for folder in (self.templates, TEMPLATES):
            if folder is not None and folder.is_dir():
                server.watch(str(folder))
        return server


def _add_theme_overrides(config: MkDocsConfig) -> None:
    """Our Material overrides (templates/theme: JSON-LD in <head>) go after the site's own
    `custom_dir`, so a site can still override them, and before the theme's files."""
    ours = str(THEME_OVERRIDES)
    if ours not in config.theme.dirs:
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, ours)
