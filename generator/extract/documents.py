"""Whose is "the report", "the decision" or "the letter" that a sentence names with "the"
and nothing else: the one an earlier sentence gave an owner or an author ("the authority's
decision", "a report published yesterday by the UK's Rail Safety Inspectorate", "X wrote to
the minister"). Pure.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Phrase, Who, parse
from generator.extract.rows import antecedent_start


class Referents(Protocol):
    """What of `generator.extract.referents.Referents` this module asks."""

    def previous_row(self, para: Para, offset: int) -> tuple[Para, tuple[Chunk, ...]]: ...
    def subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None: ...
    def owner(self, phrase: Phrase | None, para: Para, offset: int) -> Who | None: ...
    def sentence_index(self, para: Para, offset: int) -> int: ...
    def rows(self, number: int) -> list[tuple[Chunk, ...]]: ...


_WROTE = frozenset({"wrote", "writes", "emailed"})
_WRITTEN = frozenset({"letter", "email", "message", "note"})


def earlier_author(ctx: Referents, para: Para, offset: int, noun: str) -> Who | None:
    """The owner or author of the `noun` ("report") an earlier sentence names: the sentence
    before, then, for "<noun> … by X", the sentences of this paragraph and the two before."""
    where, row = ctx.previous_row(para, offset)
    for i, c in enumerate(row):
        if c.kind == "word" and c.text in _WROTE and noun in _WRITTEN:
            writer = ctx.subject(row, i, where)  # "X wrote to the prime minister …. The
            if writer is not None and writer.key is not None:  # letter said"
                return writer
        if c.kind == "word" and c.text == noun and i > 0 and row[i - 1].possessive:
            document = parse(row, antecedent_start(row, i), i + 1, where.text)
            return ctx.owner(document.possessor_phrase, where, c.start)
    for earlier in _rows_before(ctx, para, offset):
        for i, c in enumerate(earlier):
            author = _by(earlier, i) if c.kind == "word" and c.text == noun else None
            if author is not None:
                return author
    return None


def _by(row: Sequence[Chunk], i: int) -> Who | None:
    """ "a report by X", "a report published yesterday by the UK's X (RSI)": X."""
    by = next((m for m in range(i + 1, min(i + 5, len(row))) if is_word(row, m, "by")), -1)
    if by < 0 or any(c.kind in ("punct", "quote") for c in row[i + 1 : by]):
        return None
    for c in row[by + 1 : by + 4]:
        if c.kind == "name" and c.mention is not None and not c.possessive:
            return Who(c.mention.key, "high")
        if c.kind not in ("word", "name") or not (c.possessive or c.text == "the"):
            return None  # "by the UK's Rail Safety Inspectorate": past "the" and "UK's"
    return None


def _rows_before(ctx: Referents, para: Para, offset: int) -> Iterator[Sequence[Chunk]]:
    """The rows before `offset`: its own paragraph's, then the two paragraphs before."""
    here = ctx.sentence_index(para, offset)
    yield from reversed(ctx.rows(para.number)[:here])
    for number in range(para.number - 1, max(0, para.number - 3), -1):
        yield from reversed(ctx.rows(number))
