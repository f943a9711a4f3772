"""Reuse trick `theme_output`: a page's theme template (with the whole navigation) rendered
once per input, checked against the final template context.

A page's output is kept under two keys. The first, made when the environment is ready
(`on_env`): the page's HTML, table of contents, meta, address, neighbours, every page's
address and title, the nav, the theme folders' files and the site settings. A page whose
first key has a kept output is pointed at a small template (`page.meta["template"]`, the
documented per-page switch) that either prints the kept output or includes the page's own
template, whichever the second key decides.

The second key is made after every plugin's `on_page_context` (this trick's hook runs
last): every value of the template context that differs from the context MkDocs makes
(`get_context`), i.e. what any plugin added or replaced, by its `repr`; the page's HTML,
title, table of contents and meta as they are then; the `extra` settings; and the theme
environment's globals, filters and tests. A value whose `repr` does not show its state
(`<Thing object at 0x…>`) cannot be compared, so that page is rendered afresh. Only when
both keys match is the kept output printed: a plugin that changes the context never gets
a stale page, it only costs that page its reuse. What is not seen: a change inside an
object whose `repr` hides it, or a plugin changing the navigation or the config (other than
`extra`) in place from `on_page_context`.
"""

from __future__ import annotations

import gettext
import os
import re
import sysconfig
from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.mkdocs.reuse.page_cache import PageCache, digest

CACHED_TEMPLATE = "explainer-reused-page.html"
_OUTPUT = "_explainer_reused_output"  # context variable: the kept output
_TEMPLATE = "_explainer_page_template"  # context variable: the page's own template
_SWITCH = (
    f"{{% if {_OUTPUT} is defined %}}{{{{ {_OUTPUT} }}}}"
    f"{{% else %}}{{% include {_TEMPLATE} %}}{{% endif %}}"
)
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_PLAIN = (str, int, float, bool, type(None))


class ThemeOutputReuse:
    def __init__(self) -> None:
        self.cache: PageCache[tuple[Hashable, str]] = PageCache()
        self._env: jinja2.Environment | None = None
        self._env_key: str | None = ""
        self._first: dict[str, Hashable] = {}  # src_uri → first key
        # src_uri → (second key, output, the page's own `template` meta) of a switched page
        self._kept: dict[str, tuple[Hashable, str, Any]] = {}
        self._pages: tuple[Sequence[File], ...] = ()  # the `pages` MkDocs may give the context
        self._second: dict[str, Hashable | None] = {}
        self._reused: set[str] = set()

    def start_build(self) -> None:
        self.cache.start_build()
        self._first, self._kept, self._second = {}, {}, {}
        self._reused = set()
        self._env = None

    def prepare(self, env: jinja2.Environment, config: MkDocsConfig, files: Files) -> None:
        """Make the first keys and point the pages that have a kept output at the switch
        template (`on_env`)."""
        self._env = env
        self._env_key = ""
        self._pages = tuple(
            files.documentation_pages(inclusion=level)
            for level in (InclusionLevel.is_included, InclusionLevel.is_in_serve)
        )
        loader = jinja2.DictLoader({CACHED_TEMPLATE: _SWITCH})
        if env.loader is not None:
            env.loader = jinja2.ChoiceLoader([loader, env.loader])
        pages = [f.page for f in files.documentation_pages() if f.page is not None]
        site = digest(*(f"{p.url}\0{p.title}" for p in pages), _site_key(config))
        for page in pages:
            key = (
                site,
                page.url,
                page.content or "",
                str(page.toc),
                repr(sorted(page.meta.items())),
                _neighbour(page.previous_page),
                _neighbour(page.next_page),
            )
            uri = page.file.src_uri
            self._first[uri] = key
            found = self.cache.peek(key)
            if found is not None:
                self._kept[uri] = (found[0], found[1], page.meta.get("template"))
                page.meta["template"] = CACHED_TEMPLATE

    def decide(
        self, context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
    ) -> None:
        """Print the kept output, or render the page's own template (`on_page_context`,
        after every other plugin's)."""
        uri = page.file.src_uri
        if self._env_key == "" and self._env is not None:  # other plugins' on_env are done
            self._env_key = _env_key(self._env)
        kept = self._kept.get(uri)
        if kept is not None:  # the page's meta as it was: themes test it (`if page.meta`)
            if kept[2] is None:
                del page.meta["template"]
            else:
                page.meta["template"] = kept[2]
        second = self._second_key(context, page, config, nav)
        self._second[uri] = second
        if kept is not None and second is not None and kept[0] == second:
            context[_OUTPUT] = kept[1]
            self._reused.add(uri)
            self.cache.hits += 1
            return
        self.cache.misses += 1
        if kept is not None:
            context[_TEMPLATE] = kept[2] or "main.html"

    def keep(self, page: Page, output: str) -> None:
        """Keep a page's template output (`on_post_page`, before other plugins)."""
        uri = page.file.src_uri
        first, second = self._first.get(uri), self._second.get(uri)
        if uri not in self._reused and first is not None and second is not None:
            self.cache.put(first, (second, output))

    def _second_key(
        self, context: Mapping[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
    ) -> Hashable | None:
        if self._env_key is None:
            return None
        made: Mapping[str, Any] = get_context(nav, [], config, page)  # MkDocs' own, `pages` aside
        changed: list[str] = []
        for name in sorted(context):
            value = context[name]
            if name in (_OUTPUT, _TEMPLATE) or name == "build_date_utc":
                continue  # ours; and the build's time, which no page template prints
            if name == "pages" and any(value == pages for pages in self._pages):
                continue
            if name != "pages" and name in made and (made[name] is value or made[name] == value):
                continue
            shown = _stable_repr(value)
            if shown is None:
                return None
            changed.append(f"{name}\0{shown}")
        extra = _stable_repr(config.get("extra"))
        if extra is None:
            return None
        return (
            self._env_key,
            tuple(changed),
            extra,
            page.content or "",
            str(page.title),
            str(page.toc),
            repr(sorted(own_meta(page.meta).items())),
        )


def own_meta(meta: Mapping[str, Any]) -> dict[str, Any]:
    """The page's meta without the template switch this trick put there."""
    return {k: v for k, v in meta.items() if not (k == "template" and v == CACHED_TEMPLATE)}


def _stable_repr(value: Any) -> str | None:
    """`repr(value)`, or None when it shows an object's address instead of its state."""
    if isinstance(value, _PLAIN):
        return repr(value)
    shown = repr(value)
    return None if _ADDRESS.search(shown) else shown


def _env_key(env: jinja2.Environment) -> str | None:
    """The theme environment's globals, filters and tests: functions by identity (MkDocs
    makes the environment afresh each build, with the same functions), values by `repr`;
    None when a value cannot be compared."""
    parts: list[str] = []
    for table, items in (("global", env.globals), ("filter", env.filters), ("test", env.tests)):
        for name in sorted(items):
            value = items[name]
            if callable(value):
                owner = getattr(value, "__self__", None)
                if isinstance(owner, gettext.NullTranslations):
                    # MkDocs installs the theme's translations afresh each build: they
                    # follow the theme and `theme.locale`, which the first key holds.
                    parts.append(f"{table}\0{name}\0translations")
                    continue
                function = getattr(value, "__func__", value)
                parts.append(f"{table}\0{name}\0{id(function)}\0{id(owner)}")
                continue
            shown = _stable_repr(value)
            if shown is None:
                return None
            parts.append(f"{table}\0{name}\0{shown}")
    return digest(*parts)


def _site_key(config: MkDocsConfig) -> str:
    """Everything else a theme template reads: the config file and the values that may come
    from the environment (`!ENV`), the nav, and the theme folders' files outside the
    installed theme (a site's overrides, ours)."""
    path = config.config_file_path
    text = Path(path).read_text(encoding="utf-8") if path else ""
    settings = [config.get(name) for name in ("site_url", "site_name", "repo_url", "extra")]
    return digest(
        text,
        repr(settings),
        repr(config.nav),
        os.environ.get("SOURCE_DATE_EPOCH", ""),
        *_override_files(config),
    )


def _override_files(config: MkDocsConfig) -> list[str]:
    """Name, size and modification time of each file in the theme's folders that are not
    part of an installed package (a site's overrides and ours, which may be edited while
    serving; an installed theme changes only with a new install, which restarts serve)."""
    installed = {Path(sysconfig.get_paths()[k]).resolve() for k in ("purelib", "platlib")}
    found = []
    for folder in config.theme.dirs:
        if any(Path(folder).resolve().is_relative_to(i) for i in installed):
            continue
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                stat = path.stat()
                found.append(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return found


def _neighbour(page: Any) -> str:
    return f"{page.url}\0{page.title}" if page is not None else ""
