"""Under `mkdocs serve`, the plugin reuses unchanged pages' work across rebuilds
(generator/mkdocs/reuse/). A rebuild after any kind of edit must write the same site, byte
for byte, as a full build of the same sources, with the reuse actually used.

Builds run in this process the way `mkdocs serve` runs them: `on_startup("serve")` once,
then the config reloaded for every build, with the plugin object kept (it defines
`on_startup`). The full build each is compared with is a fresh `mkdocs build` of the same
project in a subprocess.
"""

from __future__ import annotations

import gc
import logging
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config
from support import SEEDS, build_site

from bench.serve_probe import site_differences

pytestmark = pytest.mark.slow

MKDOCS_YML = """\
site_name: Reuse test
site_url: http://127.0.0.1:8000/
theme:
  name: material
  font: false
  custom_dir: overrides
  features: [navigation.instant, navigation.tabs, navigation.indexes, navigation.prune]
plugins:
  - search
  - explainer:
      sources: seeds
markdown_extensions: [attr_list, tables, md_in_html, {toc: {permalink: true}}]
"""
ARTICLE = "seeds/articles/2024-10-23-starmer-labour-volunteers.md"


class Serve:
    """Builds of one project as one `mkdocs serve` makes them; `stop` as the server stops."""

    def __init__(self, project: Path) -> None:
        self.project = project
        self.config: Any = None

    def build(self) -> Any:
        started = self.config is not None
        self.config = load_config(
            config_file=str(self.project / "mkdocs.yml"), site_dir=str(self.project / "served")
        )
        if not started:
            self.config.plugins.on_startup(command="serve", dirty=False)
        mkdocs_build.build(self.config)
        return self.config.plugins["explainer"].reuse

    def stop(self) -> None:
        if self.config is not None:
            self.config.plugins.on_shutdown()


def full_build(project: Path) -> Path:
    site = project / "full"
    shutil.rmtree(site, ignore_errors=True)
    run = build_site(project, "-q", "-d", str(site))
    assert run.returncode == 0, run.stderr
    return site


@pytest.fixture(autouse=True)
def _collector_whole_after_each_test() -> Iterator[None]:
    """Every test stops its server (`on_shutdown`), which must leave nothing frozen."""
    yield
    assert gc.get_freeze_count() == 0


@pytest.fixture
def served(project: Path) -> Iterator[Serve]:
    serve = Serve(project)
    yield serve
    serve.stop()


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "guide.md").write_text("# Guide\n\nSee [the sources](sources.md).\n")
    (tmp_path / "overrides").mkdir()
    (tmp_path / "overrides" / "main.html").write_text(
        '{% extends "base.html" %}\n{% block announce %}First banner{% endblock %}\n'
    )
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML)
    mkdocs_log = logging.getLogger("mkdocs")
    level = mkdocs_log.level
    mkdocs_log.setLevel(logging.ERROR)
    yield tmp_path
    mkdocs_log.setLevel(level)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


EDITS = {
    "body": lambda p: _edit(p / ARTICLE, "had paid for themselves", "had paid their own way"),
    "title": lambda p: _edit(p / ARTICLE, "title: ", "title: Renamed, "),
    "theme override": lambda p: _edit(p / "overrides" / "main.html", "First", "Second"),
    "hand-written page": lambda p: _edit(p / "docs" / "guide.md", "See", "Read"),
    "hand-written title": lambda p: _edit(p / "docs" / "guide.md", "# Guide", "# Editors' guide"),
    "new document": lambda p: (p / "seeds" / "articles" / "later.md").write_text(
        "---\ntitle: A later report\ndate: 2024-10-30\n---\nKeir Starmer said nothing more.\n",
        encoding="utf-8",
    ),
    "deleted document": lambda p: (
        p / "seeds" / "organisations" / "federal-election-commission.md"
    ).unlink(),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_rebuild_after_an_edit_equals_a_full_build(project: Path, served: Serve, edit: str) -> None:
    serve = served
    serve.build()
    EDITS[edit](project)
    reuse = serve.build()
    assert site_differences(full_build(project), project / "served") == []
    if "document" not in edit:  # a new file list may change any link: nothing is reused
        assert reuse.html.hits > 0, "unchanged pages' HTML is reused"
    if edit in ("body", "hand-written page"):  # the others change every page's navigation
        assert reuse.output.hits > 0, "unchanged pages' theme output is reused"


def test_the_pages_of_a_removed_document_are_gone_after_the_rebuild(
    project: Path, served: Serve
) -> None:
    later = project / "seeds" / "articles" / "later.md"
    later.write_text(
        "---\ntitle: A later report\ndate: 2024-10-30\n---\nKeir Starmer said nothing more.\n",
        encoding="utf-8",
    )
    serve = served
    serve.build()
    assert (project / "served" / "explainers" / "later" / "index.html").is_file()
    later.unlink()
    serve.build()
    assert not (project / "served" / "explainers" / "later").exists()
    assert site_differences(full_build(project), project / "served") == []


def test_a_build_with_nothing_changed_reuses_every_page(project: Path, served: Serve) -> None:
    serve = served
    serve.build()
    reuse = serve.build()
    assert reuse.html.misses == 0 and reuse.output.misses == 0 and reuse.search.misses == 0
    assert site_differences(full_build(project), project / "served") == []


def test_a_reused_page_still_reports_its_broken_link(
    project: Path, served: Serve, caplog: pytest.LogCaptureFixture
) -> None:
    (project / "docs" / "guide.md").write_text("# Guide\n\nSee [nowhere](missing.md).\n")
    serve = served
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        serve.build()
        first = [r.getMessage() for r in caplog.records if "missing.md" in r.getMessage()]
        caplog.clear()
        reuse = serve.build()
        again = [r.getMessage() for r in caplog.records if "missing.md" in r.getMessage()]
    assert reuse.html.misses == 0, "the guide's HTML was reused"
    assert first and again == first


def test_plain_mkdocs_build_does_not_reuse(project: Path) -> None:
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(project / "s"))
    config.plugins.on_startup(command="build", dirty=False)
    mkdocs_build.build(config)
    assert config.plugins["explainer"].reuse is None


# A third-party-style plugin (MkDocs hooks: the same events as a plugin) that changes the
# template context of every page, shown by the site's theme override.
NOTE_HOOKS = """\
from pathlib import Path


def on_page_context(context, page, config, nav):
    note = Path(config.config_file_path).parent / "note.txt"
    context["build_note"] = note.read_text(encoding="utf-8").strip()
    return context
"""
EDITION_HOOKS = """\
import sys
import types

# Kept across config reloads, as a plugin object that defines on_startup is: its state
# changes, its repr (`<Edition object at 0x…>`) does not.
STATE = sys.modules.setdefault("explainer_test_edition", types.ModuleType("state"))


class Edition:
    number = 0


if not hasattr(STATE, "edition"):
    STATE.edition = Edition()


def on_pre_build(config):
    STATE.edition.number += 1


def on_page_context(context, page, config, nav):
    context["edition"] = STATE.edition
    return context
"""


def _with_hooks(project: Path, hooks: str, shown: str) -> None:
    (project / "hooks.py").write_text(hooks)
    config = (project / "mkdocs.yml").read_text()
    (project / "mkdocs.yml").write_text(config + "hooks:\n  - hooks.py\n")
    _edit(project / "overrides" / "main.html", "First banner", f"First banner {shown}")


def _pages(site: Path) -> dict[str, str]:
    return {
        str(p.relative_to(site)): p.read_text(encoding="utf-8")
        for p in site.rglob("index.html")
        if not p.relative_to(site).parts[0].startswith(".")
    }


def test_a_plugin_that_changes_the_context_never_gets_a_stale_page(
    project: Path, served: Serve
) -> None:
    _with_hooks(project, NOTE_HOOKS, "{{ build_note }}")
    (project / "note.txt").write_text("note one")
    served.build()
    (project / "note.txt").write_text("note two")
    EDITS["body"](project)  # the edit that makes the server rebuild
    reuse = served.build()
    pages = _pages(project / "served")
    assert pages and all("note two" in text and "note one" not in text for text in pages.values())
    assert reuse.output.hits == 0, "every page's context changed: no theme output reused"
    assert site_differences(full_build(project), project / "served") == []
    reuse = served.build()  # the context is the same again: its output is reused
    assert reuse.output.hits > 0 and reuse.output.misses == 0
    assert site_differences(full_build(project), project / "served") == []


def test_a_context_value_whose_state_does_not_show_is_never_reused(
    project: Path, served: Serve
) -> None:
    sys.modules.pop("explainer_test_edition", None)
    _with_hooks(project, EDITION_HOOKS, "{% if edition %}Edition {{ edition.number }}{% endif %}")
    served.build()
    reuse = served.build()
    pages = _pages(project / "served")
    assert pages and all("Edition 2" in text for text in pages.values())
    assert reuse.output.hits == 0
    assert reuse.html.hits > 0, "the other tricks still work"
    sys.modules.pop("explainer_test_edition", None)


def test_each_trick_can_be_switched_off(project: Path, served: Serve) -> None:
    config = (project / "mkdocs.yml").read_text()
    (project / "mkdocs.yml").write_text(
        config.replace(
            "      sources: seeds\n", "      sources: seeds\n      serve_reuse: [html]\n"
        )
    )
    served.build()
    EDITS["body"](project)
    reuse = served.build()
    assert reuse.tricks == ("html",)
    assert reuse.html.hits > 0 and len(reuse.output) == 0 and len(reuse.search) == 0
    assert gc.get_freeze_count() == 0, "gc_freeze is off"
    assert site_differences(full_build(project), project / "served") == []


def test_an_unknown_trick_is_a_configuration_error(project: Path) -> None:
    _edit(project / "mkdocs.yml", "sources: seeds\n", "sources: seeds\n      serve_reuse: [htm]\n")
    run = build_site(project, "-q", "-d", str(project / "s"))
    assert run.returncode == 1
    assert "unknown trick 'htm'; choose from front_matter, html, theme_output" in run.stderr


def test_the_collector_is_frozen_while_serving_and_whole_after(
    project: Path, served: Serve
) -> None:
    served.build()
    served.build()
    assert gc.get_freeze_count() > 0
    served.stop()
    assert gc.get_freeze_count() == 0
