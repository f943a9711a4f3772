"""Remember per-document work across rebuilds and runs: `DocumentCache` and `Memo`.

`DocumentCache.get(rel, data, compute)` returns `compute(data, rel)` for a source file,
computed at most once per content: the key is sha256 of a salt (the generator's own code,
so any code change starts afresh, and the Python version), the file's path (a document's id
and diagnostics depend on it) and its bytes. Results live in memory for as long as the cache
object does (one `mkdocs serve`, one `explainer generate --watch`) and, when a folder is
given, on disk as one pickle per key (`<folder>/docs/ab/abcdef….pickle`), written atomically
and only when new. The folder is safe to delete at any time; an unreadable entry is a miss.
Extraction, which also depends on every curated name, has a cache of its own keyed by the
document's content and the gazetteer (`generator.story.extraction.Extractor`).

`Memo` is an in-memory memo for pure functions of hashable keys (annotated paragraphs,
planned and rendered pages), kept across the rebuilds of one process. Both drop the entries
the latest run did not use (`sweep`), so memory follows the corpus instead of its history.

Nothing here knows MkDocs; nothing raises on a broken cache folder (it is only skipped).
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")
CACHE_DIR = ".explainer-cache"
_PACKAGE = Path(__file__).resolve().parent


def fingerprint(value: object) -> str:
    """A content key for plain data (tuples, strings, frozen dataclasses): sha256 of repr."""
    return hashlib.sha256(repr(value).encode()).hexdigest()


def signature(path: str | Path) -> tuple[int, ...] | None:
    """What changes whenever a file is written: size, inode, modification and change times."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_ino, st.st_mtime_ns, st.st_ctime_ns)


@functools.cache
def code_salt() -> str:
    """A fingerprint of the generator's code (every .py file of the package) and Python."""
    h = hashlib.sha256(sys.version.encode())
    for path in sorted(_PACKAGE.rglob("*.py")):
        h.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


@dataclass
class Stats:
    """What the latest run did: documents computed (with their paths) and cache hits."""

    computed: list[str] = field(default_factory=list)
    from_memory: int = 0
    from_disk: int = 0

    def summary(self) -> str:
        cached = self.from_memory + self.from_disk
        return f"{len(self.computed)} read, {cached} from cache"


class DocumentCache(Generic[T]):
    """Per-document results keyed by content; see the module docstring."""

    def __init__(self, folder: Path | None = None, salt: str | None = None) -> None:
        self.folder = folder / "docs" if folder is not None else None
        # Only what is kept on disk can outlive a change to the code.
        self.salt = salt if salt is not None else code_salt() if folder is not None else ""
        self._memory: dict[str, T] = {}
        self._used: set[str] = set()
        self._seen: dict[str, tuple[tuple[int, ...], str]] = {}  # path → (stat, key)
        self.stats = Stats()

    def key(self, rel: str, data: bytes) -> str:
        h = hashlib.sha256(self.salt.encode() + b"\0" + rel.encode() + b"\0")
        h.update(data)
        return h.hexdigest()

    def start(self) -> None:
        """Begin a run: reset the counters."""
        self.stats = Stats()
        self._used = set()

    def recall(self, rel: str, path: str | Path) -> T | None:
        """The result for a file this process already read, if its stat is unchanged (the
        change time moves on every write), so unchanged files are not even read again."""
        seen = self._seen.get(rel)
        if seen is None or seen[1] not in self._memory or signature(path) != seen[0]:
            return None
        self._used.add(seen[1])
        self.stats.from_memory += 1
        return self._memory[seen[1]]

    def get(
        self,
        rel: str,
        data: bytes,
        compute: Callable[[bytes, str], T],
        signature: tuple[int, ...] | None = None,
    ) -> T:
        """The result for `data`; `signature` is the file's stat taken before reading it."""
        key = self.key(rel, data)
        if signature is not None:
            self._seen[rel] = (signature, key)
        self._used.add(key)
        if key in self._memory:
            self.stats.from_memory += 1
            return self._memory[key]
        found = self._load(key)
        if found is not None:
            self.stats.from_disk += 1
            self._memory[key] = found[0]
            return found[0]
        value = compute(data, rel)
        self.stats.computed.append(rel)
        self._memory[key] = value
        self._store(key, value)
        return value

    def has(self, rel: str, data: bytes) -> bool:
        """Whether a result for `data` is in memory or on disk (nothing is computed)."""
        key = self.key(rel, data)
        path = self._path(key)
        return key in self._memory or (path is not None and path.is_file())

    def sweep(self) -> None:
        """End a run: forget (in memory) what it did not use."""
        self._memory = {k: v for k, v in self._memory.items() if k in self._used}
        self._seen = {r: s for r, s in self._seen.items() if s[1] in self._used}

    def forget(self) -> None:
        """Drop every result from memory (the folder keeps them): for a single run, once
        they have been used."""
        self._memory = {}
        self._seen = {}

    def _path(self, key: str) -> Path | None:
        return self.folder / key[:2] / f"{key}.pickle" if self.folder is not None else None

    def _load(self, key: str) -> tuple[T] | None:
        path = self._path(key)
        if path is None or not path.is_file():
            return None
        try:
            # Our own pickles, in the project's cache folder: as trusted as the project's code.
            value: T = pickle.loads(path.read_bytes())
        except Exception:  # a truncated or foreign file is a miss; it is rewritten below
            return None
        return (value,)

    def _store(self, key: str, value: T) -> None:
        path = self._path(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        except OSError:
            return  # a read-only or full disk only costs speed: the value is in memory
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)


class Memo:
    """`memo.get(key, compute)`: compute once per key; entries unused by a run are dropped."""

    def __init__(self) -> None:
        self._values: dict[Hashable, object] = {}
        self._fresh: dict[Hashable, object] = {}
        self.hits = 0
        self.misses = 0

    def start(self) -> None:
        self.hits = self.misses = 0

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        value = self._fresh.get(key, _MISSING)
        if value is _MISSING:
            value = self._values.get(key, _MISSING)
            if value is _MISSING:
                self.misses += 1
                value = compute()
            else:
                self.hits += 1
            self._fresh[key] = value
        return value  # type: ignore[return-value]

    def sweep(self) -> None:
        self._values, self._fresh = self._fresh, {}


_MISSING = object()
