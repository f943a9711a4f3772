"""Who made a document named in an aside: `maker_by(row, k2, i)` finds the "by" of a maker's
participle (", carried out by X,"; ", titled “…” and carried out by X,"). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.clauses import Chunk, is_word

# Participles that name a document's maker: "The audit, carried out by X, says".
_MAKERS = frozenset(
    {"carried", "conducted", "prepared", "compiled", "produced", "drafted", "written", "issued"}
    | {"filed", "lodged", "submitted", "brought"}
)


def maker_by(row: Sequence[Chunk], k2: int, i: int) -> int:
    """The "by" of a maker's participle in the aside opened by the comma at `k2` and closed
    at `i` (", carried out by X,"; ", titled “…” and carried out by X,"), else -1."""
    made = next((m for m in range(k2 + 1, i) if is_word(row, m, *_MAKERS)), -1)
    if made < 0 or not (made == k2 + 1 or is_word(row, made - 1, "and")):
        return -1
    return next((m for m in range(made, min(i, made + 5)) if is_word(row, m, "by")), -1)
