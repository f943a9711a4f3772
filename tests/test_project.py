"""`explainer generate --project mkdocs.yml` (issue 15): a project another engine builds
without our plugin: its mkdocs.yml, docs/ and overrides/; and the staging that makes an
engine watching it see one burst of changes per edit."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from support import ROOT

from generator.cli import main
from generator.write.folder import write_pages
from generator.write.project import ProjectError, load_config, project_config

SITE = """\
site_name: Test story
site_url: !ENV [EXPLAINER_TEST_URL, "http://127.0.0.1:8000/"]
docs_dir: pages
theme:
  name: material
  custom_dir: mine
  features: [navigation.tabs]
plugins:
  - search
  - explainer:
      sources: seeds
hooks: [hooks.py]
extra_css: [style.css]
"""
ARTICLE = "---\ntitle: {title}\ndate: 2024-10-23\n---\nSome text.\n"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "mkdocs.yml").write_text(SITE, encoding="utf-8")
    pages = tmp_path / "pages"
    (pages / "assets").mkdir(parents=True)
    (pages / "guide.md").write_text("# Guide\n", encoding="utf-8")
    (pages / "sources.md").write_text("# Our own sources page\n", encoding="utf-8")
    (pages / "assets" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff")
    (pages / ".hidden.md").write_text("# Hidden\n", encoding="utf-8")
    (pages / "style.css").write_text("body {}\n", encoding="utf-8")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "main.html").write_text("{# the site's own #}\n", encoding="utf-8")
    (tmp_path / "mine" / "extra.html").write_text("extra\n", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text(ARTICLE.format(title="First report"), encoding="utf-8")
    return tmp_path


def generate(site: Path, *extra: str) -> int:
    return main(
        ["generate", "--sources", str(site / "seeds"), "--out", str(site / "build")]
        + ["--project", str(site / "mkdocs.yml"), "--cache", "", *extra]
    )


def test_the_project_holds_pages_copies_overrides_and_its_config(site: Path) -> None:
    assert generate(site) == 0
    build = site / "build"
    config = yaml.safe_load((build / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["docs_dir"] == "docs" and config["site_dir"] == "site"
    assert config["theme"] == {
        "name": "material",
        "custom_dir": "overrides",
        "features": ["navigation.tabs"],
    }
    assert config["plugins"] == ["search"]  # ours left out, the engine's own search kept
    assert "hooks" not in config  # Python: not for another engine
    assert config["site_url"] == "http://127.0.0.1:8000/"  # !ENV's default
    assert config["extra_css"] == ["style.css"]
    assert [next(iter(entry)) for entry in config["nav"][:-1]] == [
        "Home",
        "Explainers",
        "Who's who",
        "What the rules say",
        "Timeline",
        "Sources",
    ]
    assert config["nav"][1] == {"Explainers": ["explainers/index.md", "explainers/a.md"]}
    # the site's own pages last; the Editor's review is built but in no navigation
    assert config["nav"][-1] == "guide.md"
    assert "review.md" not in str(config["nav"]) and (build / "docs" / "review.md").is_file()
    docs = build / "docs"
    assert "First report" in (docs / "explainers" / "a.md").read_text(encoding="utf-8")
    assert (docs / "feed.xml").is_file() and (docs / "feed.json").is_file()
    # the hand-written page at a generated page's address wins, as under the plugin
    assert (docs / "sources.md").read_text(encoding="utf-8") == "# Our own sources page\n"
    assert (docs / "assets" / "logo.png").read_bytes() == b"\x89PNG\r\n\x1a\n\x00\xff"
    assert not (docs / ".hidden.md").exists()
    # our overrides, with the site's own custom_dir over them
    overrides = build / "overrides"
    assert (overrides / "main.html").read_text(encoding="utf-8") == "{# the site's own #}\n"
    assert (overrides / "extra.html").is_file()
    ours = ROOT / "templates" / "theme" / "partials" / "explainer-search.html"
    assert (overrides / "partials" / "explainer-search.html").read_bytes() == ours.read_bytes()


def test_env_values_are_resolved_when_the_project_is_written(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXPLAINER_TEST_URL", "https://example.org/story/")
    assert load_config(site / "mkdocs.yml")["site_url"] == "https://example.org/story/"


def test_the_site_itself_is_never_the_project(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for out in (site, site / "pages", site / "pages" / "x"):
        code = main(
            ["generate", "--sources", str(site / "seeds"), "--out", str(out)]
            + ["--project", str(site / "mkdocs.yml"), "--cache", ""]
        )
        assert code == 2
        assert "must be a folder of its own" in capsys.readouterr().err
    assert sorted(p.name for p in (site / "pages").iterdir()) == [
        ".hidden.md",
        "assets",
        "guide.md",
        "sources.md",
        "style.css",
    ]


def test_a_config_another_engine_cannot_read_is_refused(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (site / "mkdocs.yml").write_text(
        SITE + "markdown_extensions:\n  - toc:\n      slugify: !!python/name:x.y\n",
        encoding="utf-8",
    )
    assert generate(site) == 2
    assert capsys.readouterr().err.strip() == (
        "explainer: mkdocs.yml:16: !!python/name:x.y cannot be copied to another engine"
    )
    (site / "mkdocs.yml").write_text("site_name: [\n", encoding="utf-8")
    with pytest.raises(ProjectError, match=r"mkdocs.yml:2: not valid YAML"):
        load_config(site / "mkdocs.yml")


def test_plugins_as_a_mapping_keep_their_options() -> None:
    config = project_config(
        {"site_name": "x", "plugins": {"search": {"lang": "en"}, "explainer": {}}}, []
    )
    assert config["plugins"] == [{"search": {"lang": "en"}}]


def test_pages_are_staged_then_replaced_in_one_burst(tmp_path: Path) -> None:
    """With a staging folder, nothing in the output changes while pages are rendered:
    the temporary files are outside it, and the pages are replaced together at the end."""
    out, staging = tmp_path / "build", tmp_path / "build" / ".staging"
    write_pages(out, [("docs/a.md", "A1\n"), ("docs/b.md", "B1\n")], staging)
    seen: list[dict[str, str]] = []

    def pages() -> object:
        for rel, text in [("docs/a.md", "A2\n"), ("docs/b.md", "B2\n"), ("docs/c.md", "C\n")]:
            seen.append({p.name: p.read_text() for p in (out / "docs").iterdir()})
            yield rel, text

    report = write_pages(out, pages(), staging)  # type: ignore[arg-type]
    assert report.summary() == "3 written, 0 unchanged, 0 removed, 0 kept"
    assert seen == [{"a.md": "A1\n", "b.md": "B1\n"}] * 3
    assert {p.name: p.read_text() for p in (out / "docs").iterdir()} == {
        "a.md": "A2\n",
        "b.md": "B2\n",
        "c.md": "C\n",
    }
    assert not staging.exists()  # cleaned at the end of each run (issue 11)
