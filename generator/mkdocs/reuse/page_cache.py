"""The store every reuse trick keeps its per-page values in: MkDocs-free, no I/O, no globals.

`PageCache` maps a key to a value a page's build produced (its HTML body, its final output)
and answers `get(key)` (counted as a hit or a miss) or `peek(key)` (not counted: the caller
counts once it knows whether the value is used). A key holds everything that output
depends on, so a hit is always correct: a changed input is a different key, never a stale
value. Keys are tuples of the
inputs themselves where they are already in memory (a dict compares them exactly, and a
string's hash is computed once per string object, so a page reused unchanged costs almost
nothing to look up), or `digest(*parts)` of inputs that would otherwise have to be kept.
`start_build()` forgets entries the previous build did not use, so the cache holds at most
two builds' worth of pages, and resets the hit counters.
"""

from __future__ import annotations

import hashlib
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

V = TypeVar("V")


def digest(*parts: str) -> str:
    """A key for `parts` (order matters; a part boundary cannot be forged by the text)."""
    h = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


@dataclass
class PageCache(Generic[V]):
    """Values by key, with the hit and miss counts of the current build."""

    hits: int = 0
    misses: int = 0
    _entries: dict[Hashable, V] = field(default_factory=dict)
    _used: set[Hashable] = field(default_factory=set)

    def start_build(self) -> None:
        """Keep only what the last build used; count afresh."""
        if self._used:
            self._entries = {k: v for k, v in self._entries.items() if k in self._used}
        self._used = set()
        self.hits = self.misses = 0

    def get(self, key: Hashable) -> V | None:
        value = self._entries.get(key)
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
            self._used.add(key)
        return value

    def peek(self, key: Hashable) -> V | None:
        """The value for `key`, kept for the next build but not counted."""
        value = self._entries.get(key)
        if value is not None:
            self._used.add(key)
        return value

    def put(self, key: Hashable, value: V) -> None:
        self._entries[key] = value
        self._used.add(key)

    def __len__(self) -> int:
        return len(self._entries)
