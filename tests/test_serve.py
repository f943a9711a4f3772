"""A real `mkdocs serve` on a loopback port (bench/server.py, the benchmark's harness too),
driven by file edits: one edit → one rebuild (never a loop), nothing written into docs/ or
the sources, and a broken document is shown in the terminal and the browser while the rest
of the site stays served, until it is fixed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support import environ

from bench.server import Server

pytestmark = pytest.mark.slow

MKDOCS_YML = """site_name: Serve test
theme:
  name: mkdocs
plugins:
  - explainer:
      sources: seeds
      templates: overrides
"""
ARTICLE = (
    "---\ntitle: {title}\ndate: 2024-10-23\npeople:\n  - id: jo-bloggs\n    name: Jo Bloggs\n"
    "---\nJo Bloggs said something.\n"
)
BROKEN = "---\ntitle: Broken\ndate: 2024-10-23\npeople: [\n---\nText.\n"
PARTLY_BAD = (
    "---\ntitle: Partly bad report\ndate: 2024-10-23\nquotes:\n  - text: Text\n"
    "    speaker: nobody-known\n---\nText.\n"
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "guide.md").write_text("# Guide\n\nHand-written.\n")
    (tmp_path / "overrides").mkdir()
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text(ARTICLE.format(title="First title"))
    (seeds / "b.md").write_text(ARTICLE.format(title="Other report"))
    return tmp_path


@pytest.fixture
def server(project: Path) -> Iterator[Server]:
    running = Server(project, environ())
    try:
        running.wait_for("Serving on")
        yield running
    finally:
        running.stop()


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_each_edit_rebuilds_once(project: Path, server: Server) -> None:
    seeds = project / "seeds"
    docs_before = tree(project / "docs")
    edits = [
        ("edit", lambda: (seeds / "a.md").write_text(ARTICLE.format(title="Second title"))),
        ("add", lambda: (seeds / "c.md").write_text(ARTICLE.format(title="Added report"))),
        ("rename", lambda: (seeds / "c.md").rename(seeds / "d.md")),
        ("delete", lambda: (seeds / "b.md").unlink()),
        (
            "template",
            lambda: (project / "overrides" / "entity.md.j2").write_text(
                "# {{ page.title }}\n\nOverridden entity page.\n"
            ),
        ),
    ]
    server.settle()
    assert server.count("Detected file changes") == 0
    for number, (_, edit) in enumerate(edits, 1):
        edit()
        server.wait_for("Reloading browsers", count=number)
        server.settle()
        assert server.count("Detected file changes") == number, "\n".join(server.log)
        assert server.count("Building documentation") == number + 1
    assert "Second title" in server.get("explainers/a/")[1]
    assert server.get("explainers/b/")[0] == 404
    assert "Added report" in server.get("explainers/d/")[1]
    assert server.get("explainers/c/")[0] == 404
    assert "Overridden entity page." in server.get("who/jo-bloggs/")[1]
    # each rebuild read only what changed: 1 edited, 1 added, 1 renamed, 0 (deleted), 0
    tallies = [line.split("explainer: ")[1] for line in server.log if "documents, 0 errors" in line]
    assert tallies == [
        "2 documents, 0 errors, 0 warnings (2 read, 0 from cache)",
        "2 documents, 0 errors, 0 warnings (1 read, 1 from cache)",
        "3 documents, 0 errors, 0 warnings (1 read, 2 from cache)",
        "3 documents, 0 errors, 0 warnings (1 read, 2 from cache)",
        "2 documents, 0 errors, 0 warnings (0 read, 2 from cache)",
        "2 documents, 0 errors, 0 warnings (0 read, 2 from cache)",
    ]
    assert tree(project / "docs") == docs_before
    assert sorted(p.name for p in seeds.iterdir()) == ["a.md", "d.md"]


def test_a_broken_document_is_reported_and_the_site_recovers(project: Path, server: Server) -> None:
    seeds = project / "seeds"
    (seeds / "b.md").write_text(BROKEN)
    server.wait_for("Reloading browsers", count=1)
    errors = [line for line in server.log if "seeds/b.md:" in line]
    assert errors and errors[0].startswith("ERROR") and "seeds/b.md:4:" in errors[0]
    status, home = server.get("")
    assert status == 200
    assert "1 document left out of the site (1 error in 1 document)" in home
    assert server.get("explainers/a/")[0] == 200
    status, problems = server.get("problems/")
    assert status == 200 and "b.md:4:" in problems
    # a bad quote costs the quote only: the document is served, the banner says what is out
    (seeds / "b.md").write_text(PARTLY_BAD)
    server.wait_for("Reloading browsers", count=2)
    status, home = server.get("")
    assert "1 quote left out of the site (1 error in 1 document)" in home
    status, page = server.get("explainers/b/")
    assert status == 200 and "Partly bad report" in page and "See the problems" in page
    (seeds / "b.md").write_text(ARTICLE.format(title="Fixed report"))
    server.wait_for("Reloading browsers", count=3)
    server.settle(1.5)
    assert server.count("Detected file changes") == 3
    status, home = server.get("")
    assert "left out of the site" not in home
    assert "Fixed report" in server.get("explainers/b/")[1]
    assert server.get("problems/")[0] == 404
