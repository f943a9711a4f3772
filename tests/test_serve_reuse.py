"""Under `mkdocs serve`, the plugin reuses unchanged pages' work across rebuilds
(generator/mkdocs/serve_reuse.py). A rebuild after any kind of edit must write the same site, byte
for byte, as a full build of the same sources, with the reuse actually used.

Builds run in this process the way `mkdocs serve` runs them: `on_startup("serve")` once,
then the config reloaded for every build, with the plugin object kept (it defines
`on_startup`). The full build each is compared with is a fresh `mkdocs build` of the same
project in a subprocess.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config
from support import SEEDS, environ, python

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
    """Builds of one project as one `mkdocs serve` makes them."""

    def __init__(self, project: Path) -> None:
        self.project = project
        self.started = False

    def build(self) -> Any:
        config = load_config(
            config_file=str(self.project / "mkdocs.yml"), site_dir=str(self.project / "served")
        )
        if not self.started:
            config.plugins.on_startup(command="serve", dirty=False)
            self.started = True
        mkdocs_build.build(config)
        return config.plugins["explainer"].reuse


def full_build(project: Path) -> Path:
    site = project / "full"
    shutil.rmtree(site, ignore_errors=True)
    run = subprocess.run(
        [python(), "-m", "mkdocs", "build", "-q", "-d", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        env=environ(),
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    return site


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
def test_rebuild_after_an_edit_equals_a_full_build(project: Path, edit: str) -> None:
    serve = Serve(project)
    serve.build()
    EDITS[edit](project)
    reuse = serve.build()
    assert site_differences(full_build(project), project / "served") == []
    if "document" not in edit:  # a new file list may change any link: nothing is reused
        assert reuse.html.hits > 0, "unchanged pages' HTML is reused"
    if edit in ("body", "hand-written page"):  # the others change every page's navigation
        assert reuse.output.hits > 0, "unchanged pages' theme output is reused"


def test_the_pages_of_a_removed_document_are_gone_after_the_rebuild(project: Path) -> None:
    later = project / "seeds" / "articles" / "later.md"
    later.write_text(
        "---\ntitle: A later report\ndate: 2024-10-30\n---\nKeir Starmer said nothing more.\n",
        encoding="utf-8",
    )
    serve = Serve(project)
    serve.build()
    assert (project / "served" / "explainers" / "later" / "index.html").is_file()
    later.unlink()
    serve.build()
    assert not (project / "served" / "explainers" / "later").exists()
    assert site_differences(full_build(project), project / "served") == []


def test_a_build_with_nothing_changed_reuses_every_page(project: Path) -> None:
    serve = Serve(project)
    serve.build()
    reuse = serve.build()
    assert reuse.html.misses == 0 and reuse.output.misses == 0 and reuse.search.misses == 0
    assert site_differences(full_build(project), project / "served") == []


def test_a_reused_page_still_reports_its_broken_link(
    project: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (project / "docs" / "guide.md").write_text("# Guide\n\nSee [nowhere](missing.md).\n")
    serve = Serve(project)
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
