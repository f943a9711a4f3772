"""The shape of the package (issue 14): folders by pipeline stage, small modules, no import
cycle, and MkDocs or Material imported only by the adapter in generator/mkdocs/.

Imports are read from the source (every `import` and `from … import`, at any depth, type
checking blocks included), so an import hidden inside a function counts too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

from support import ROOT

PACKAGE = ROOT / "generator"
ADAPTER = PACKAGE / "mkdocs"
MAX_LINES = 400
# One job each, and longer than the rest for it (issue 14).
LONG_ALLOWED = {"generator/extract/names.py", "generator/read/source.py"}


def _modules() -> dict[str, Path]:
    """Dotted module name → file, for every module of the package."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _imports(path: Path, name: str, modules: Iterable[str] = ()) -> set[str]:
    """Every module `path` imports (absolute names; relative imports resolved). For
    `from package import x`, the edge is to `package.x` when that is one of `modules`
    (a submodule), else to `package` itself (a name its `__init__` defines)."""
    known = set(modules)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                child = f"{base}.{alias.name}"
                found.add(child if child in known else base)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {
        name: {i for i in _imports(path, name, modules) if i in modules and i != name}
        for name, path in modules.items()
    }


def test_no_import_cycle() -> None:
    graph = _graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert [" → ".join(c) for c in cycles] == []


def test_only_the_adapter_imports_mkdocs_or_material() -> None:
    outside = []
    for name, path in _modules().items():
        if path.is_relative_to(ADAPTER):
            continue
        for imported in sorted(_imports(path, name)):
            if imported.split(".")[0] in ("mkdocs", "material"):
                outside.append(f"{path.relative_to(ROOT)}: {imported}")
    assert outside == []


def test_modules_are_small() -> None:
    long = [
        f"{path.relative_to(ROOT)}: {lines} lines"
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
        and path.relative_to(ROOT).as_posix() not in LONG_ALLOWED
    ]
    assert long == []


def test_the_checks_see_what_they_look_for(tmp_path: Path) -> None:
    """The import reader finds imports inside functions and under TYPE_CHECKING, and
    resolves relative ones: the three tests above cannot pass by reading nothing."""
    module = tmp_path / "m.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from mkdocs.plugins import BasePlugin\n"
        "def f():\n    from generator.story import extraction\n"
        "from .site import Keys\n",
        encoding="utf-8",
    )
    found = _imports(module, "generator.plan.home", _modules())
    assert {"mkdocs.plugins", "generator.story.extraction", "generator.plan.site"} <= found
    assert "generator.build" in _graph()["generator.cli"]
