"""The serve reuse reaches into MkDocs' and Material's internals, so it is on only for the
versions it was tested with; on any other it is off, and the server's log says so once."""

from __future__ import annotations

import logging
from importlib import metadata
from pathlib import Path

import pytest
from mkdocs.config import load_config

from generator.mkdocs.reuse import serve
from generator.mkdocs.reuse.serve import TRICKS, serve_reuse_for


def versions(**found: str) -> object:
    def version(name: str) -> str:
        if name not in found:
            raise metadata.PackageNotFoundError(name)
        return found[name]

    return version


@pytest.mark.parametrize(
    ("mkdocs", "material", "untested"),
    [
        ("1.6.0", "9.7.0", ""),
        ("1.6.1", "9.8.2", ""),
        ("1.5.3", "9.8.2", "mkdocs 1.5.3"),
        ("1.7.0", "9.8.2", "mkdocs 1.7.0"),
        ("2.0", "9.9.0", "mkdocs 2.0, mkdocs-material 9.9.0"),
        ("1.6.1", "9.6.23", "mkdocs-material 9.6.23"),
        ("1.6.1", "10.0.0", "mkdocs-material 10.0.0"),
        ("1.6.1", "not-a-version", "mkdocs-material not-a-version"),
    ],
)
def test_on_only_for_the_tested_versions(mkdocs: str, material: str, untested: str) -> None:
    found = versions(mkdocs=mkdocs, **{"mkdocs-material": material})
    reuse, why_not = serve_reuse_for(TRICKS, found)  # type: ignore[arg-type]
    if not untested:
        assert reuse is not None and reuse.tricks == TRICKS and why_not == ""
        return
    assert reuse is None
    assert why_not == (
        "serve reuse is off: it was tested with MkDocs 1.6 and Material 9.7–9.8, and this "
        f"is {untested}; every rebuild is a full one"
    )


def test_without_material_mkdocs_alone_decides() -> None:
    reuse, why_not = serve_reuse_for(TRICKS, versions(mkdocs="1.6.1"))  # type: ignore[arg-type]
    assert reuse is not None and why_not == ""


def test_the_server_says_once_that_reuse_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\ntheme: {name: mkdocs}\nplugins:\n  - explainer:\n      sources: seeds\n"
    )
    monkeypatch.setattr(
        serve.metadata, "version", versions(mkdocs="1.7.0", **{"mkdocs-material": "9.8.2"})
    )
    config = load_config(config_file=str(tmp_path / "mkdocs.yml"))
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.explainer"):
        config.plugins.on_startup(command="serve", dirty=False)
    assert config.plugins["explainer"].reuse is None
    said = [r.getMessage() for r in caplog.records if "serve reuse" in r.getMessage()]
    assert said == [
        "explainer: serve reuse is off: it was tested with MkDocs 1.6 and Material 9.7–9.8, "
        "and this is mkdocs 1.7.0; every rebuild is a full one"
    ]
