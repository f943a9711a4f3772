"""Quoted words that repeat earlier quoted words: "Senator Ledesma, who said the phrase
“sitting idle” was “the most expensive two words …”" names the undersecretary's words, not
her own. `echoed(row, qi, earlier)` → the earlier quotation whose words "the phrase “…”"
names (its speaker says them), or None. Pure, never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract.clauses import Chunk, is_word
from generator.extract.types import Quote

_NAMING_NOUNS = frozenset({"phrase", "words", "word", "term", "expression", "label"})
_LETTERS = re.compile(r"[^\w\s]")


def names_words(row: Sequence[Chunk], qi: int) -> bool:
    """Is the quotation at `qi` named as words ("the phrase “…”", "the word “…”")?"""
    return is_word(row, qi - 1, *_NAMING_NOUNS) and is_word(row, qi - 2, "the", "that", "this")


def echoed(row: Sequence[Chunk], qi: int, earlier: Sequence[Quote]) -> Quote | None:
    """The latest earlier quotation with a speaker that holds the words named at `qi`."""
    if not names_words(row, qi):
        return None
    words = _plain(row[qi].text)
    if not words:
        return None
    for quote in reversed(earlier):
        if quote.speaker_key is not None and f" {words} " in f" {_plain(quote.text)} ":
            return quote
    return None


def _plain(text: str) -> str:
    return " ".join(_LETTERS.sub(" ", text.casefold()).split())
