"""One pass of shared analysis over the paragraphs: sentences, tokens, quotation spans.

`analyse(paragraphs)` → tuple of `Para` (1-based `number`). Every later stage reads these
instead of re-scanning text. Never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.extract.agency_openers import opening_agency
from generator.extract.quotemarks import QuoteSpan, find_quotes, mask
from generator.extract.sentences import Token, split_sentences, tokenize


@dataclass(frozen=True)
class Para:
    number: int
    text: str
    sentences: tuple[tuple[int, int], ...]
    tokens: tuple[Token, ...]
    quotes: tuple[QuoteSpan, ...]
    narrative: str  # the text with quoted words blanked out

    def in_quote(self, offset: int) -> bool:
        return any(q.start <= offset < q.end for q in self.quotes)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= offset < end:
                return (start, end)
        return self.sentences[-1] if self.sentences else (0, len(self.text))


# A wire dateline opening the first paragraph: "PHNOM PENH —", "KABUL, Afghanistan —",
# "UNITED NATIONS (AP) —", "LONDON (Reuters) -", "KUALA LUMPUR:", also with accented or
# hyphened capitals ("YAOUNDÉ, CAMEROON —", "PORT-AU-PRINCE, HAITI —"), a province before the
# country ("MALOLOS CITY, Bulacan, Philippines —"), a year ("LISBON, April 2, 2026 (AFP) -")
# or a bracketed date ("KUALA LUMPUR (Jan 27):"). It names a place, never a speaker.
_UP = "A-ZÀ-ÖØ-Þ"
_ANY = "A-Za-zÀ-ÖØ-öø-ÿ"
_DATELINE = re.compile(
    rf"[{_UP}][{_UP}.'’-]*(?: [{_UP}][{_UP}.'’-]*){{0,3}}"
    rf"(?:, [{_UP}][{_ANY}.'’-]*(?: [{_UP}][{_ANY}.'’-]*){{0,4}}){{0,2}}"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"  # "ACCRA, March 14 (Reuters) -"
    r"(?: \([A-Z][a-z]{2,8}\.? \d{1,2}\))?"  # "KUALA LUMPUR (Jan 27):"
    r"(?: \((?P<agency>[A-Za-z.]+(?: [A-Za-z.]+){0,2})\))?(?: ?(?:—|–|--| - )|:(?= ))"
)


def analyse(paragraphs: Sequence[str]) -> tuple[Para, ...]:
    paras: list[Para] = []
    for number, raw in enumerate(paragraphs, start=1):
        text = raw if isinstance(raw, str) else str(raw)
        words, body = _without_dateline(text) if number == 1 else (text, 0)
        sentences = split_sentences(words)
        if body and sentences:
            first = body + len(words[body:]) - len(words[body:].lstrip())
            sentences[0] = (min(first, sentences[0][1]), sentences[0][1])
        quotes = find_quotes(text)
        paras.append(
            Para(
                number,
                text,
                tuple(sentences),
                tuple(tokenize(words, sentences)),
                tuple(quotes),
                mask(text, quotes),
            )
        )
    return tuple(paras)


def dateline_agency(text: str) -> tuple[int, int] | None:
    """Where the news agency of a first paragraph's dateline stands ("(Reuters)"), if any."""
    found = _dateline(text)
    if found is None:
        return opening_agency(text)  # "(Bloomberg) -- …": no city before the agency
    return found.span("agency") if found.group("agency") else None


def _dateline(text: str) -> re.Match[str] | None:
    found = _DATELINE.match(text)
    if found is None or not any(c.isalpha() and c.isupper() for c in found.group()[:2]):
        return None
    city = found.group().split(",")[0].split("(")[0].rstrip(" —–-")
    if any(c.islower() for c in city) or len(city) < 4 or found.end() >= len(text):
        return None
    return found


def _without_dateline(text: str) -> tuple[str, int]:
    """`text` with a leading dateline blanked but for its agency, which is an organisation
    (same length: offsets stay the text's), and where the text after it starts (0: none)."""
    found = _dateline(text)
    if found is None:
        return text, 0
    start, end = found.span("agency") if found.group("agency") else (found.end(), found.end())
    words = " " * start + text[start:end] + " " * (found.end() - end) + text[found.end() :]
    return words, found.end()
