"""Find the source files of a story: a folder in, sorted relative paths out.

Only `.md`, `.markdown` and `.txt` files count; hidden files and folders (editor swap files,
`.git`) and folders starting with `_` are skipped. Nothing outside the sources folder is ever
read: a link (file or folder) that resolves outside it is refused with a diagnostic, checked
on resolved paths, never by comparing strings. Only regular files are read (a named pipe
would block forever), at most `MAX_FILE_BYTES` of them (a file may grow after `stat`).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from generator.diagnostics import Diagnostic, error
from generator.limits import MAX_FILE_BYTES, kib

SOURCE_SUFFIXES = (".md", ".markdown", ".txt")
MAX_BYTES = MAX_FILE_BYTES
_OUTSIDE = "links to a {} outside the sources folder"


def list_sources(root: Path) -> tuple[list[str], list[Diagnostic]]:
    """Relative POSIX paths of every source under `root`, sorted, plus refusals."""
    found: list[str] = []
    problems: list[Diagnostic] = []
    resolved_root = root.resolve()
    for folder, dirs, files in os.walk(root, followlinks=False):
        kept = []
        for name in sorted(dirs):
            full = Path(folder) / name
            if name.startswith((".", "_")) or not _is_text(name):
                continue
            if full.is_symlink() and not full.resolve().is_relative_to(resolved_root):
                rel = full.relative_to(root).as_posix()
                problems.append(
                    error(rel, 0, _OUTSIDE.format("folder") + "; its files are left out")
                )
                continue
            kept.append(name)  # a link to a folder inside is not followed: its files are read
        dirs[:] = kept
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(SOURCE_SUFFIXES):
                continue
            full = Path(folder) / name
            rel = full.relative_to(root).as_posix()
            if not _is_text(rel):
                shown = os.fsencode(rel).decode("utf-8", "replace")
                problems.append(error(shown, 0, "the file name is not valid UTF-8; rename it"))
                continue
            # os.walk does not follow linked folders, so only a linked file can lead out.
            if os.path.islink(full) and not full.resolve().is_relative_to(resolved_root):
                problems.append(error(rel, 0, _OUTSIDE.format("file")))
                continue
            found.append(rel)
    return sorted(found), problems


def read_bytes(root: Path, rel: str) -> tuple[bytes | None, list[Diagnostic]]:
    """The file's bytes, unless it is not a regular file, too large or unreadable."""
    path = root / rel
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return None, [error(rel, 0, "is not a regular file")]
        if info.st_size > MAX_BYTES:
            return None, [error(rel, 0, _too_large(info.st_size))]
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            return None, [error(rel, 0, _too_large(len(data)))]
        return data, []
    except OSError as exc:
        return None, [error(rel, 0, f"cannot be read: {exc.strerror or exc}")]


def _is_text(name: str) -> bool:
    """False for a file name whose bytes are not UTF-8 (Python keeps them as surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _too_large(size: int) -> str:
    return f"file is {kib(size)}; the limit is {kib(MAX_BYTES)}"
