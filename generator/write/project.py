"""A project any engine can build (issue 15): `project_files(config, pages, nav) → (path, bytes)…`;
`ProjectError` when the site's mkdocs.yml cannot be used.

`explainer generate --out DIR --project mkdocs.yml` writes, under DIR, what an engine needs to
build the same site as MkDocs with our plugin, without the plugin (Zensical has no plugin
API; MkDocs or ProperDocs can build it too):

- `mkdocs.yml`: the site's settings with `docs_dir: docs`, `site_dir: site`,
  `theme.custom_dir: overrides` and the story's navigation (`nav:`, in story order, the
  plugin's own); our plugin and MkDocs hooks (Python) are left out, and the engine's own
  search stays on. `!ENV` values are resolved as the project is written, as MkDocs would.
- `docs/`: the generated pages (their front matter carries the JSON-LD) and feeds, and a
  copy of every file of the site's docs folder (a hand-written page at a generated page's
  address wins, as under the plugin; hidden files are left out, as MkDocs does).
- `overrides/`: our theme overrides (templates/theme: the JSON-LD in <head>), with the
  site's own `custom_dir` copied over them, so a site's override still wins.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

CONFIG = "mkdocs.yml"
DOCS = "docs"
OVERRIDES = "overrides"
PLUGIN = "explainer"
HEADER = (
    "# Written by `explainer generate --project`: edit the site's own mkdocs.yml instead.\n"
    "# Build it with `zensical build -f {config}` (or mkdocs / properdocs build -f {config}).\n"
)
Navigation = Callable[[list[tuple[str, str]], Path], list[Any]]


class ProjectError(Exception):
    """The site's mkdocs.yml cannot be read or copied; raised by `load_config`."""


class _Loader(yaml.SafeLoader):
    """mkdocs.yml as data. `!ENV NAME` or `!ENV [NAME, …, default]`: the first variable
    set, else the default (MkDocs' pyyaml-env-tag); a `!!python/…` tag is refused."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        names: list[Any] = [loader.construct_scalar(node)]
        default = None
    else:
        items = loader.construct_sequence(node)  # type: ignore[arg-type]
        names, default = (items[:-1], items[-1]) if len(items) > 1 else (items, None)
    for name in names:
        if isinstance(name, str) and name in os.environ:
            return yaml.safe_load(os.environ[name])
    return default


def _python(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    line = node.start_mark.line + 1
    raise ProjectError(f"{CONFIG}:{line}: !!python/{suffix} cannot be copied to another engine")


_Loader.add_constructor("!ENV", _env)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _python)


def load_config(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), _Loader)  # noqa: S506 (a SafeLoader)
    except OSError as exc:
        raise ProjectError(f"{path}: {exc.strerror or exc}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f":{mark.line + 1}" if mark is not None else ""
        raise ProjectError(f"{path}{where}: not valid YAML ({exc.problem})") from None
    if not isinstance(data, dict):
        raise ProjectError(f"{path}: not a mapping of settings")
    return data


def _plugins(value: Any) -> list[Any]:
    """The site's plugins without ours, as a list of names or one-key mappings."""
    if isinstance(value, dict):
        entries = list(value.items())
    else:
        entries = [
            next(iter(p.items())) if isinstance(p, dict) and len(p) == 1 else (p, None)
            for p in (value if isinstance(value, list) else ["search"])
        ]
    return [
        name if options is None else {name: options} for name, options in entries if name != PLUGIN
    ]


def project_config(site: dict[str, Any], nav: list[Any]) -> dict[str, Any]:
    """The project's mkdocs.yml: the site's settings, pointed at the project's folders."""
    config = {k: v for k, v in site.items() if k not in ("INHERIT", "hooks")}
    config["docs_dir"] = DOCS
    config["site_dir"] = "site"
    theme = site.get("theme")
    theme = {"name": theme} if isinstance(theme, str) else dict(theme or {"name": "material"})
    theme["custom_dir"] = OVERRIDES
    config["theme"] = theme
    config["plugins"] = _plugins(site.get("plugins"))
    config["nav"] = nav
    return config


def _files(folder: Path | None) -> list[Path]:
    """Every file under `folder`, hidden ones (and those in hidden folders) left out."""
    if folder is None or not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def project_files(
    config_path: Path,
    pages: Iterable[tuple[str, str]],
    navigation: Navigation,
    overrides: Path,
) -> Iterator[tuple[str, bytes]]:
    """Every file of the project, as (path under the project folder, bytes): the pages as
    they come (one at a time), then the copies, the overrides and mkdocs.yml."""
    site = load_config(config_path)
    base = config_path.resolve().parent
    docs = base / str(site.get("docs_dir") or "docs")
    generated: list[tuple[str, str]] = []  # every page's path (the nav's input), no text
    for rel, text in pages:
        generated.append((rel, ""))
        if not (docs / rel).is_file():  # else the hand-written page wins (copied below)
            yield f"{DOCS}/{rel}", text.encode("utf-8")
    for path in _files(docs):
        yield f"{DOCS}/{path.relative_to(docs).as_posix()}", path.read_bytes()
    theme = site.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    layers = [overrides, base / str(custom) if custom else None]
    layered = {
        p.relative_to(folder).as_posix(): p for folder in layers for p in _files(folder) if folder
    }
    for rel, path in sorted(layered.items()):
        yield f"{OVERRIDES}/{rel}", path.read_bytes()
    nav = navigation(generated, docs)
    text = yaml.safe_dump(project_config(site, nav), sort_keys=False, allow_unicode=True)
    yield CONFIG, (HEADER.format(config=CONFIG) + text).encode("utf-8")


def site_folders(config_path: Path) -> tuple[Path, Path | None]:
    """The site's docs folder and its theme `custom_dir` (None without one)."""
    site = load_config(config_path)
    base = config_path.resolve().parent
    theme = site.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    return base / str(site.get("docs_dir") or "docs"), base / str(custom) if custom else None


def check_project_folder(out: Path, config_path: Path) -> None:
    """ProjectError when `out` would mix the project with the site it is made from."""
    docs, _ = site_folders(config_path)
    folder = out.resolve()
    if folder == config_path.resolve().parent or folder.is_relative_to(docs.resolve()):
        raise ProjectError(
            f"{out}: the project folder must be a folder of its own, not the site's "
            "folder or inside its docs folder"
        )


def watched(config_path: Path) -> list[Path]:
    """What a project is made from besides the sources: mkdocs.yml, docs/, custom_dir."""
    docs, custom = site_folders(config_path)
    return [config_path, docs, *([custom] if custom else [])]
