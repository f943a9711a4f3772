"""One pass of shared analysis over the paragraphs: sentences, tokens, quotation spans.

`analyse(paragraphs)` → tuple of `Para` (1-based `number`). Every later stage reads these
instead of re-scanning text. Never raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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


def analyse(paragraphs: Sequence[str]) -> tuple[Para, ...]:
    paras: list[Para] = []
    for number, raw in enumerate(paragraphs, start=1):
        text = raw if isinstance(raw, str) else str(raw)
        sentences = split_sentences(text)
        quotes = find_quotes(text)
        paras.append(
            Para(
                number,
                text,
                tuple(sentences),
                tuple(tokenize(text, sentences)),
                tuple(quotes),
                mask(text, quotes),
            )
        )
    return tuple(paras)
