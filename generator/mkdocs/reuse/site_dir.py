"""Reuse trick `site_dir`: the previous build's output moved aside and back, not deleted.

MkDocs empties the site folder before each build, folder by folder (about 4 s for the
1,150 folders of a 1,000-document story on this machine's disk). Instead its entries are
moved aside (one rename per top-level entry, just before MkDocs empties the folder, which
leaves hidden entries alone), put back once it has, overwritten by the build, and the files
of pages that are gone are deleted afterwards, so the folder ends as a full build leaves it.
On a server's first build, whose folder may hold anything, nothing is put back.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path

from mkdocs.structure.files import Files


class SiteDirReuse:
    def __init__(self) -> None:
        self._aside: Path | None = None
        self._written: set[str] | None = None  # what the last build wrote, once there is one
        self._this_build: set[str] = set()

    def set_aside(self, site_dir: str) -> None:
        """Move the served folder's entries into a hidden folder (`on_pre_build`, last)."""
        folder = Path(site_dir)
        entries = (
            [e for e in folder.iterdir() if not e.name.startswith(".")] if folder.is_dir() else []
        )
        self._aside = None
        if entries:
            self._aside = Path(tempfile.mkdtemp(prefix=".explainer-previous-build-", dir=folder))
            for entry in entries:
                entry.rename(self._aside / entry.name)

    def put_back(self, site_dir: str) -> None:
        """Put the previous build's output back once MkDocs has emptied the folder and before
        it writes (`on_files`). What is left aside is deleted in a thread."""
        aside, self._aside = self._aside, None
        if aside is None:
            return
        if self._written is not None:
            for entry in aside.iterdir():
                target = Path(site_dir) / entry.name
                if not os.path.lexists(target):
                    entry.rename(target)
        threading.Thread(target=shutil.rmtree, args=(aside, True), daemon=True).start()

    def files(self, files: Files) -> None:
        """What this build writes (`on_env`, when the file list is final)."""
        self._this_build = {f.dest_uri for f in files}

    def remove_stale(self, site_dir: str) -> None:
        """Delete the files the previous build wrote for pages and files this one no longer
        has, and folders left empty (`on_post_build`)."""
        written = self._this_build
        folder = Path(site_dir)
        for uri in sorted((self._written or set()) - written):
            path = folder / uri
            if path.is_file() and not path.is_symlink():
                path.unlink()
                for parent in path.parents:
                    if parent == folder or any(parent.iterdir()):
                        break
                    parent.rmdir()
        self._written = written
