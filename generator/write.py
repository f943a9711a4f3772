"""Write generated pages to a folder safely: `write_pages(out, pages) → WriteReport`.

- Only files whose bytes change are written, each atomically: a temporary dot-file in the
  same folder, then `os.replace`, so a kill leaves every page old or new, never truncated.
- A manifest (`.explainer-manifest.json`: path → sha256) records what we wrote. A page that
  is no longer generated is removed only if it is in the manifest and still has the bytes we
  wrote; anything else (hand-written pages, an editor's change to a generated page) is never
  deleted or overwritten, only reported.
- Every path is checked to resolve inside the output folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from generator.diagnostics import ExplainerError

MANIFEST = ".explainer-manifest.json"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # user files we refused to touch: reasons

    def summary(self) -> str:
        return (
            f"{len(self.written)} written, {len(self.unchanged)} unchanged, "
            f"{len(self.removed)} removed, {len(self.kept)} kept"
        )


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def inside(root: Path, rel: str) -> Path:
    """`root/rel`, or ExplainerError when it would resolve outside `root` (an absolute or
    `..` path, or a link inside the output folder pointing elsewhere). Checked on resolved
    paths, never by comparing strings."""
    base = root.resolve()
    target = (base / rel).resolve()
    if PurePosixPath(rel).is_absolute() or not target.is_relative_to(base) or target == base:
        raise ExplainerError(f"{root}/{rel}: refusing to write outside the output folder")
    return target


def _safe_entry(root: Path, rel: str) -> bool:
    try:
        inside(root, rel)
    except (ExplainerError, OSError, ValueError):
        return False
    return True


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_manifest(root: Path) -> dict[str, str]:
    try:
        data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files", {}) if isinstance(data, dict) else {}
    if not isinstance(files, dict):
        return {}
    # An edited manifest must not make us delete anything outside the output folder.
    return {str(k): str(v) for k, v in files.items() if _safe_entry(root, str(k))}


def write_pages(root: Path, pages: Sequence[tuple[str, str]]) -> WriteReport:
    """Bring `root` in line with `pages`, never touching a file we did not write."""
    root.mkdir(parents=True, exist_ok=True)
    old = read_manifest(root)
    new: dict[str, str] = {}
    report = WriteReport()
    for rel, text in pages:
        data = text.encode("utf-8")
        target = inside(root, rel)
        current = target.read_bytes() if target.is_file() else None
        if current is not None and rel not in old and current != data:
            report.kept.append(f"{rel}: exists and was not written by explainer; not overwritten")
            continue
        if current is not None and rel in old and digest(current) != old[rel] and current != data:
            report.kept.append(f"{rel}: edited by hand since it was generated; not overwritten")
            new[rel] = old[rel]
            continue
        new[rel] = digest(data)
        if current == data:
            report.unchanged.append(rel)
        else:
            atomic_write(target, data)
            report.written.append(rel)
    for rel in sorted(set(old) - set(new)):
        target = inside(root, rel)
        if not target.is_file():
            continue
        if digest(target.read_bytes()) == old[rel]:
            target.unlink()
            report.removed.append(rel)
            _prune_empty(target.parent, root)
        else:
            report.kept.append(f"{rel}: no longer generated but edited by hand; not deleted")
    manifest = json.dumps({"files": dict(sorted(new.items()))}, indent=1) + "\n"
    atomic_write(root / MANIFEST, manifest.encode())
    return report


def _prune_empty(folder: Path, root: Path) -> None:
    while folder != root.resolve() and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
