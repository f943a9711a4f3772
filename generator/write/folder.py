"""Write generated pages to a folder safely: `write_pages(out, pages) → WriteReport`.

- Only files whose bytes change are written, and the folder changes as one unit (issue 11):
  each new page is first written to one staging folder outside the output folder (beside
  it: `.<out>.explainer-staging/`, cleaned at the start of each run and removed at its
  end), while the output folder is not touched; then, in one burst of renames
  (`os.replace`, atomic), the pages are replaced, pages no longer generated removed and the
  manifest updated. A kill at any moment leaves every page complete (old or new) and no
  temporary file in the output folder; a watcher of the output folder (`mkdocs serve`
  beside `explainer generate --out docs/`) sees one burst of changes per run, not one
  change per page as it is rendered, so it rebuilds once, after the burst.
- A manifest (`.explainer-manifest.json`: path → sha256) records what we wrote. A page that
  is no longer generated is removed only if it is in the manifest and still has the bytes we
  wrote; anything else (hand-written pages, an editor's change to a generated page) is never
  deleted or overwritten, only reported.
- Every path is checked to resolve inside the output folder (a symlink leading out is
  refused and reported).
- A kill during the burst loses nothing: the burst starts by rewriting the manifest to accept
  both the old and the new hash of every page about to change, so the next run still
  recognises its own pages whichever version they hold. Temporary files an older version
  left beside pages (`.<name>.XXXXXXXX.tmp`) are removed too.
- `explainer generate --project` passes its own staging folder, inside the project folder
  but outside the docs folder the engine watches (`zensical serve`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MANIFEST = ".explainer-manifest.json"
STAGING = ".explainer-staging"
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


def atomic_write(path: Path, data: bytes, staging: Path | None = None) -> None:
    """`data` at `path`, all or nothing (a temporary file in `staging`, else beside it)."""
    tmp = _stage(path, data, staging)
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def staging_folder(root: Path) -> Path:
    """Where a run over `root` stages its files: beside `root`, so that nothing appears in
    the output folder (which a server may watch) until the burst; inside it, hidden, when
    the folder beside it is on another file system or cannot be written."""
    beside = root.resolve().parent / f".{root.resolve().name}{STAGING}"
    with contextlib.suppress(OSError):
        beside.mkdir(exist_ok=True)
        if beside.stat().st_dev == root.stat().st_dev:
            return beside
        _clean(beside)
    return root / STAGING


def _clean(staging: Path) -> None:
    """Remove what a run (maybe killed) left in `staging`, then the folder if empty: only
    files named as we name them, so nothing of anyone else's is ever deleted."""
    if not staging.is_dir():
        return
    _remove_temporaries(staging)
    for folder, _, _ in sorted(os.walk(staging), key=lambda w: -len(w[0])):
        with contextlib.suppress(OSError):  # not empty: someone else's files are in it
            os.rmdir(folder)


def _stage(path: Path, data: bytes, staging: Path | None = None) -> str:
    """`data` in a temporary file in `staging` (on the same file system as `path`), or
    beside `path`, named as `_TEMPORARY` expects."""
    folder = path.parent if staging is None else staging  # the page's folder: at the burst
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


def _manifest_bytes(files: dict[str, set[str]]) -> bytes:
    entries = {k: sorted(v)[0] if len(v) == 1 else sorted(v) for k, v in sorted(files.items())}
    return (json.dumps({"files": entries}, indent=1) + "\n").encode()


def write_pages(
    root: Path, pages: Iterable[tuple[str, str | bytes]], staging: Path | None = None
) -> WriteReport:
    """Bring `root` in line with `pages` (text, or bytes for copied files), never touching
    a file we did not write. `pages` may be an iterator: each page's new bytes go to a file
    in the staging folder (`staging_folder(root)` unless given) as it comes, so only one
    page is held at a time and `root` is not touched; then the whole change is made in one
    burst (see above)."""
    root.mkdir(parents=True, exist_ok=True)
    staging = staging or staging_folder(root)
    _clean(staging)
    _remove_temporaries(root, skip=staging)
    old = read_manifest(root)
    report = WriteReport()
    kept: list[tuple[str, str]] = []  # (path, reason), reported in path order
    staged: list[tuple[str, Path, str]] = []  # (path, target, staged file)
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
        report.kept += [reason for _, reason in sorted(kept, key=lambda k: k[0])]
        gone = _no_longer_generated(root, old, new, report)
        _burst(root, staging, old, new, staged, gone, report)
    finally:  # after an error or Ctrl-C, no staged file is left behind
        _clean(staging)
    return report


def _no_longer_generated(
    root: Path, old: dict[str, set[str]], new: dict[str, set[str]], report: WriteReport
) -> list[tuple[str, Path]]:
    """The pages of the last run that this one no longer makes and that still hold what we
    wrote (to be removed); the others are reported as kept."""
    gone = []
    for rel in sorted(set(old) - set(new)):
        try:
            target = inside(root, rel)
        except ValueError:
            continue
        if not target.is_file():
            continue
        if digest(target.read_bytes()) in old[rel]:
            gone.append((rel, target))
        else:
            report.kept.append(f"{rel}: no longer generated but edited by hand; not deleted")
    return gone


def _burst(
    root: Path,
    staging: Path,
    old: dict[str, set[str]],
    new: dict[str, set[str]],
    staged: list[tuple[str, Path, str]],
    gone: list[tuple[str, Path]],
    report: WriteReport,
) -> None:
    """Every change to `root` at once: everything slow (rendering, writing, hashing) is done
    before. The manifest first accepts old and new versions, then pages are replaced and
    removed, then the manifest records the new state."""
    if not staged and not gone and new == old:
        return
    final = _stage(root / MANIFEST, _manifest_bytes(new), staging)
    if staged:
        intent = {**old, **{r: old.get(r, set()) | new[r] for r, _, _ in staged}}
        os.replace(_stage(root / MANIFEST, _manifest_bytes(intent), staging), root / MANIFEST)
    for rel, target, tmp in staged:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, target)
        report.written.append(rel)
    for rel, target in gone:
        target.unlink()
        report.removed.append(rel)
        _prune_empty(target.parent, root)
    os.replace(final, root / MANIFEST)


def _remove_temporaries(root: Path, skip: Path | None = None) -> None:
    """Temporary files of a run that was killed between writing and renaming."""
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if skip is None or Path(folder, d) != skip]
        for name in names:
            if _TEMPORARY.match(name):
                Path(folder, name).unlink(missing_ok=True)


def _prune_empty(folder: Path, root: Path) -> None:
    while folder != root.resolve() and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
