"""Find the source files of a story: a folder in, sorted relative paths out.

Only `.md`, `.markdown` and `.txt` files count; hidden files and folders (editor swap files,
`.git`) are skipped; a link that resolves outside the sources folder is refused with a
diagnostic, so nothing outside it is ever read.
"""

from __future__ import annotations

import os
from pathlib import Path

from generator.diagnostics import Diagnostic, error

SOURCE_SUFFIXES = (".md", ".markdown", ".txt")
MAX_BYTES = 2 * 1024 * 1024


def list_sources(root: Path) -> tuple[list[str], list[Diagnostic]]:
    """Relative POSIX paths of every source under `root`, sorted, plus refusals."""
    found: list[str] = []
    problems: list[Diagnostic] = []
    resolved_root = root.resolve()
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(SOURCE_SUFFIXES):
                continue
            full = Path(folder) / name
            rel = full.relative_to(root).as_posix()
            # os.walk does not follow linked folders, so only a linked file can lead out.
            if os.path.islink(full) and not full.resolve().is_relative_to(resolved_root):
                problems.append(
                    error(rel, 0, "links to a file outside the sources folder; it is not read")
                )
                continue
            found.append(rel)
    return sorted(found), problems


def read_bytes(root: Path, rel: str) -> tuple[bytes | None, list[Diagnostic]]:
    """The file's bytes, unless it is too large or unreadable."""
    path = root / rel
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [
                error(rel, 0, f"file is {size // 1024} KiB; the limit is {MAX_BYTES // 1024} KiB")
            ]
        return path.read_bytes(), []
    except OSError as exc:
        return None, [error(rel, 0, f"cannot be read: {exc.strerror or exc}")]
