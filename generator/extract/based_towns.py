"""A town and its state before "-based" in one noun phrase ("The Boise, Idaho-based company",
"the Santa Clara, California-based company"), for `phrases.parse`: the comma between them
does not end the phrase, so "the company" with its modifiers is read, not "The Boise". Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.clauses import Chunk


def place_based(row: Sequence[Chunk], k: int, b: int, head: Chunk | None) -> bool:
    """Is the comma at `k` the one between a town (the capitalised head so far) and its
    state's "-based" word, before the noun the two modify?"""
    if row[k].text != "," or head is None or not (head.kind == "name" or head.capital):
        return False
    if k + 2 >= b:
        return False
    based, noun = row[k + 1], row[k + 2]
    if based.kind != "word" or not based.capital or not based.text.endswith("-based"):
        return False
    return noun.kind == "word" and not noun.capital  # "…-based company", "…-based carrier"
