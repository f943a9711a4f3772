"""Reuse trick `gc_freeze`: the server's long-lived objects out of the collector's sight.

After the first build, everything alive (the pipeline and the reuse caches, which live as
long as the server) is moved out of the garbage collector's sight (`gc.freeze`), so its
full collections scan one rebuild's objects rather than the whole story (0.4 s each at
1,000 documents). Only that build's cyclic garbage is never collected. `stop` undoes it
(`gc.unfreeze`) when the server stops, so a process that goes on (a test run, an embedding
program) gets its collector back whole.
"""

from __future__ import annotations

import gc


class CollectorFreeze:
    def __init__(self) -> None:
        self.frozen = False

    def after_build(self) -> None:
        if not self.frozen:
            gc.freeze()
            self.frozen = True

    def stop(self) -> None:
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
