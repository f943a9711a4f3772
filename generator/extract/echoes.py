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
# Speech nouns under which repeated words are the earlier speaker's, when a pronoun owns
# them ("dismissed her claim that the changes were “about reliability”").
_NOUNS = frozenset(
    """claim claims assertion assurance assurances promise pledge description remark remarks
    accusation characterisation characterization insistence words""".split()  # noqa: SIM905
)
_LETTERS = re.compile(r"[^\w\s]")


def names_words(row: Sequence[Chunk], qi: int) -> bool:
    """Is the quotation at `qi` named as words ("the phrase “…”", "the word “…”")?"""
    return is_word(row, qi - 1, *_NAMING_NOUNS) and is_word(row, qi - 2, "the", "that", "this")


def echoed(row: Sequence[Chunk], qi: int, earlier: Sequence[Quote]) -> Quote | None:
    """The latest earlier quotation with a speaker that holds the words named at `qi` ("the
    phrase “…”"), or words a pronoun's speech noun turns on ("her claim that …")."""
    named = names_words(row, qi)  # the cheap tests first: most quotations are neither
    if not (named or _owned(row, qi)):
        return None
    words = _plain(row[qi].text)
    if not words or not (named or _repeated(words)):
        return None
    for quote in reversed(earlier):
        if quote.speaker_key is not None and f" {words} " in f" {_plain(quote.text)} ":
            return quote
    return None


def _owned(row: Sequence[Chunk], qi: int) -> bool:
    """Is a speech noun owned by a pronoun shortly before the quotation ("her claim that the
    changes were “…”", "his promise of “…”")?"""
    return any(
        is_word(row, k, *_NOUNS) and is_word(row, k - 1, "his", "her", "their")
        for k in range(max(1, qi - 8), qi)
    )


def _repeated(words: str) -> bool:
    """Long enough to be someone's words when an earlier quotation holds them verbatim
    ("Halloran dismissed her claim that the changes were “about reliability”")."""
    return len(words.split()) >= 2 and len(words) >= 10


def _plain(text: str) -> str:
    return " ".join(_LETTERS.sub(" ", text.casefold()).split())


def translated(text: str, before: Quote | None, open_mark: int) -> bool:
    """Is the quotation opening at `open_mark` in brackets right after a title's quotation
    ("whose song “Sept ans de trop” (“Seven years too many”)"): the title's translation?"""
    if before is None or before.cue != "(title)" or open_mark < before.span.end:
        return False
    return text[before.span.end : open_mark].strip(" \"'”’“‘") == "("
