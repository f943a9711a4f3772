"""Write generated pages to a folder safely: `write_pages(out, pages) → WriteReport`.

- Only files whose bytes change are written, each atomically: a temporary dot-file in the
  same folder, then `os.replace`, so a kill leaves every page old or new, never truncated.
- A manifest (`.explainer-manifest.json`: path → sha256) records what we wrote. A page that
  is no longer generated is removed only if it is in the manifest and still has the bytes we
  wrote; anything else (hand-written pages, an editor's change to a generated page) is never
  deleted or overwritten, only reported.
- Every path is checked to resolve inside the output folder (a symlink leading out is
  refused and reported).
- A kill at any moment loses nothing: before touching pages, the manifest is rewritten to
  accept both the old and the new hash of every page about to change, so the next run still
  recognises its own pages whichever version they hold; temporary files a kill left behind
  (`.<name>.XXXXXXXX.tmp`) are removed by the next run.
- With a `staging` folder (`explainer generate --project`), the temporary files are written
  there instead of beside the pages, and the pages are replaced in one burst once all are
  staged: an engine watching the folder (`zensical serve`) sees one change, not one per
  page rendered, and rebuilds once per edit.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MANIFEST = ".explainer-manifest.json"
# What `atomic_write` names its temporary files (mkstemp adds 8 characters).
_TEMPORARY = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


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
    """`root/rel`, or ValueError when it would resolve outside `root` (an absolute or `..`
    path, or a link inside the output folder pointing elsewhere); `write_pages` reports such
    a page and writes the others. Checked on resolved paths, never by comparing strings."""
    base = root.resolve()
    target = (base / rel).resolve()
    if PurePosixPath(rel).is_absolute() or not target.is_relative_to(base) or target == base:
        raise ValueError(f"{rel}: refusing to write outside the output folder")
    return target


def _safe_entry(root: Path, rel: str) -> bool:
    try:
        inside(root, rel)
    except (OSError, ValueError):
        return False
    return True


def atomic_write(path: Path, data: bytes) -> None:
    tmp = _stage(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _stage(path: Path, data: bytes, staging: Path | None = None) -> str:
    """`data` in a temporary file beside `path`, or in `staging` (on the same file system),
    named as `_TEMPORARY` expects."""
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = path.parent if staging is None else staging
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; pages must stay readable
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def read_manifest(root: Path) -> dict[str, set[str]]:
    """Path → the hashes of what we wrote there (two while a run was under way)."""
    try:
        data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files", {}) if isinstance(data, dict) else {}
    if not isinstance(files, dict):
        return {}
    # An edited manifest must not make us delete anything outside the output folder.
    return {
        str(k): {str(x) for x in (v if isinstance(v, list) else [v])}
        for k, v in files.items()
        if _safe_entry(root, str(k))
    }


def _save_manifest(root: Path, files: dict[str, set[str]]) -> None:
    entries = {k: sorted(v)[0] if len(v) == 1 else sorted(v) for k, v in sorted(files.items())}
    atomic_write(root / MANIFEST, (json.dumps({"files": entries}, indent=1) + "\n").encode())


def write_pages(
    root: Path, pages: Iterable[tuple[str, str | bytes]], staging: Path | None = None
) -> WriteReport:
    """Bring `root` in line with `pages` (text, or bytes for copied files), never touching
    a file we did not write. `pages` may be an iterator: each page's new bytes go to a
    temporary file (beside it, or in `staging`) as it comes, so only one page is held at a
    time; they replace the pages once all are staged and the manifest accepts both
    versions."""
    root.mkdir(parents=True, exist_ok=True)
    _remove_temporaries(root)
    if staging is not None:
        _remove_temporaries(staging)
    old = read_manifest(root)
    report = WriteReport()
    kept: list[tuple[str, str]] = []  # (path, reason), reported in path order
    staged: list[tuple[str, Path, str]] = []  # (path, target, temporary file)
    new: dict[str, set[str]] = {}
    try:
        for rel, text in pages:
            data = text.encode("utf-8") if isinstance(text, str) else text
            try:
                target = inside(root, rel)
            except ValueError as exc:
                kept.append((rel, f"{exc}; not written"))
                continue
            current = target.read_bytes() if target.is_file() else None
            ours = rel in old and current is not None and digest(current) in old[rel]
            if current is not None and current != data and not ours:
                reason = (
                    "edited by hand since it was generated"
                    if rel in old
                    else "exists and was not written by explainer"
                )
                kept.append((rel, f"{rel}: {reason}; not overwritten"))
                if rel in old:
                    new[rel] = old[rel]
                continue
            new[rel] = {digest(data)}
            if current == data:
                report.unchanged.append(rel)
            else:
                staged.append((rel, target, _stage(target, data, staging)))
        if staged:  # the intent: old and new versions are both ours until the run completes
            _save_manifest(root, {**old, **{r: old.get(r, set()) | new[r] for r, _, _ in staged}})
        for rel, target, tmp in staged:
            os.replace(tmp, target)
            report.written.append(rel)
    finally:  # after an error or Ctrl-C, no temporary file is left behind
        for _, _, tmp in staged:
            Path(tmp).unlink(missing_ok=True)  # a no-op for those already renamed
    report.kept += [reason for _, reason in sorted(kept, key=lambda k: k[0])]
    for rel in sorted(set(old) - set(new)):
        try:
            target = inside(root, rel)
        except ValueError:
            continue
        if not target.is_file():
            continue
        if digest(target.read_bytes()) in old[rel]:
            target.unlink()
            report.removed.append(rel)
            _prune_empty(target.parent, root)
        else:
            report.kept.append(f"{rel}: no longer generated but edited by hand; not deleted")
    if new != old:
        _save_manifest(root, new)
    return report


def _remove_temporaries(root: Path) -> None:
    """Temporary files of a run that was killed between writing and renaming."""
    for folder, _, names in os.walk(root):
        for name in names:
            if _TEMPORARY.match(name):
                Path(folder, name).unlink(missing_ok=True)


def _prune_empty(folder: Path, root: Path) -> None:
    while folder != root.resolve() and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
