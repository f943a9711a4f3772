"""A statement signed by an aide or officer that a sentence gives to its subject, named
again in the next sentence: "Bolaji, in a statement signed by his Media Adviser, Mr. Kunle
Ogundipe, described the judgment as “…”. “…,” the statement added." The later words are
the subject's (the guide's signed statement: the signer only signs), never the signer's;
when the sentence's speaker is not known, the statement's author stays unknown. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who

_IN_A = frozenset({"a", "an", "his", "her", "its", "their"})


class _Seen(Protocol):
    @property
    def offset(self) -> int: ...

    @property
    def key(self) -> str: ...

    @property
    def sure(self) -> bool: ...


class Sentences(Protocol):
    """What of `generator.extract.discourse.Discourse` this module asks."""

    def previous_row(self, para: Para, offset: int) -> tuple[Para, tuple[Chunk, ...]]: ...
    def sentence_index(self, para: Para, offset: int) -> int: ...
    def speakers(self, paragraph: int, sentence: int) -> Sequence[_Seen]: ...


def _at(seen: _Seen) -> int:
    return seen.offset


def _vehicle(row: Sequence[Chunk], i: int) -> bool:
    """Is the document at `i` carried by "in a …" and signed ("in a statement on Tuesday
    signed by the university's Public Relations Officer, …")?"""
    at = next((a for a in (i - 2, i - 3) if is_word(row, a, "in")), -1)
    if at < 0 or not is_word(row, at + 1, *_IN_A):
        return False
    ahead = range(i + 1, min(i + 7, len(row) - 1))
    return any(is_word(row, k, "signed") and is_word(row, k + 1, "by") for k in ahead)


def signed_vehicle(ctx: Sentences, para: Para, offset: int, noun: str) -> Who | None:
    """The author of "the statement" (`noun`) when the sentence before carried a signed one
    with "in a …": the speaker of that sentence's first quotation after it, else unknown
    (never the signer)."""
    if not noun:
        return None
    where, row = ctx.previous_row(para, offset)
    for i, c in enumerate(row):
        if c.kind != "word" or c.text != noun or c.possessive or not _vehicle(row, i):
            continue
        said = ctx.speakers(where.number, ctx.sentence_index(where, c.start))
        first = min((s for s in said if s.sure and s.offset > c.start), key=_at, default=None)
        return Who(first.key, "high") if first else Who(None, "low", "the " + noun)
    return None


def signs_through(row: Sequence[Chunk], i: int) -> bool:
    """Is the name at `i` the subject of "X, in a statement signed by his adviser, Y,
    described …", who speaks through the signed document (for "said he had …")?"""
    if not (is_word(row, i + 2, "in") and row[i + 1].kind == "punct" and row[i + 1].text == ","):
        return False
    return any(is_word(row, d, *sp.DOCUMENT_NOUNS) and _vehicle(row, d) for d in (i + 4, i + 5))


def signer(row: Sequence[Chunk], i: int) -> bool:
    """Is the name at `i` the aide of "in a statement signed by his Media Adviser, Mr. X,":
    one who signs, never the sentence's subject?"""
    signed = range(max(0, i - 8), i - 1)
    return row[i - 1].text == "," and any(
        is_word(row, m, "signed") and is_word(row, m + 1, "by") for m in signed
    )
