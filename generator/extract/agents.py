"""The agent of a verb of asking or quoting others, described before its name ("quoted
anonymously by the cycling magazine X"): `described_agent`. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.clauses import Chunk, is_word


def described_agent(row: Sequence[Chunk], k: int) -> bool:
    """Is the lowercase noun at `k` the end of "quoted anonymously by the cycling magazine"
    before a name: the agent of a verb of asking or quoting others, described then named
    (not "a review led by the senior obstetrician X", whose author X is)?"""
    m = k
    while m > 0 and k - m < 3 and row[m].kind == "word" and not row[m].capital:
        if row[m - 1].text in {"the", "a", "an"}:
            v = m - 3 - (m >= 4 and row[m - 3].text.endswith("ly"))
            return is_word(row, m - 2, "by") and is_word(row, v, *_ASKING)
        m -= 1
    return False


_ASKING = frozenset({"quoted", "interviewed", "cited", "surveyed", "polled", "questioned"})
