"""Sentences and word tokens of one paragraph, with character offsets.

`split_sentences(text)` → list of (start, end) covering the paragraph; a sentence ends after
. ! ? (and any closing quote marks or brackets) followed by space and a capital, a digit or an
opening quote, except after common abbreviations and initials. `tokenize(text)` → `Token`s
(words only; a trailing 's or ’s is recorded as `possessive` and left out of `text`).
Linear time, never raises.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st gen gov sen rep lt col sgt prof rev jr sr no vs etc inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e""".split()  # noqa: SIM905
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9\u00C0-\u00DE])")
_WORD = re.compile(r"[^\W\d_][\w]*(?:[-.'’][^\W_]+)*", re.UNICODE)
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
_OPENERS = frozenset({'"', "“", "‘", "(", ":"})


class Token(NamedTuple):
    """A word; `lower` (case-folded) and `capitalised` are computed once, here: the later
    stages read them about a hundred times per paragraph (issue 7)."""

    text: str
    start: int
    end: int
    possessive: bool
    sentence_start: bool
    lower: str
    capitalised: bool


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        before = text[start : match.start()].rsplit(None, 1)
        last_word = before[-1].casefold().strip("\"“‘'(") if before else ""
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


def tokenize(text: str, sentences: list[tuple[int, int]]) -> list[Token]:
    starts = {s for s, _ in sentences}
    tokens: list[Token] = []
    for match in _WORD.finditer(text):
        word, start = match.group(), match.start()
        possessive = word.endswith(_POSSESSIVE_ENDINGS) and len(word) > 2
        if possessive:
            word = word[:-2] if word.endswith(("'s", "’s")) else word[:-1]
        if start in starts:
            first = True
        else:
            prefix = text[max(0, start - 2) : start].strip()
            first = prefix[-1:] in _OPENERS if prefix else False
        tokens.append(
            Token(
                word,
                start,
                start + len(word),
                possessive,
                first,
                word.casefold(),
                word[:1].isupper(),
            )
        )
    return tokens


def sentence_index(sentences: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence containing `offset` (the last one if past the end)."""
    for i, (start, end) in enumerate(sentences):
        if start <= offset < end:
            return i
    return max(0, len(sentences) - 1)
