"""The "it" that stands for a document whose maker the text names: "The review, written by
X and published on …, found …. It concluded that “…”" (the sentence before opens with the
document as its subject, and "it" opens this one), "The report blames …, a situation it
describes as “…”" (the sentence's own subject is the document, and "it" hangs on it, or
opens a clause joined by ", and": "The report found that X approved …, and it described"). The
pronoun reads as the document named again ("the review"), and so speaks for its maker.

`document_subject(row)` → the index of the document noun heading the sentence's opening
subject, else -1; `main_it(row, p)` → is the "it" at `p` its sentence's subject, past the
opening phrases; `hanging_it(row, p)` → does it open a clause hanging on a noun of the
sentence ("what it called", "which it says", "a situation it describes as"). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word, skip_openers
from generator.extract.document import Para
from generator.extract.document_makers import written_by
from generator.extract.phrases import Phrase, Who, parse
from generator.extract.rows import verb_at


class Reader(Protocol):
    """What of `generator.extract.pronouns.Pronouns` `document_it` asks."""

    def previous_row(self, para: Para, offset: int) -> tuple[Para, tuple[Chunk, ...]]: ...
    def resolve(self, phrase: Phrase, para: Para, offset: int) -> Who | None: ...


_DETERMINERS = frozenset({"the", "this", "that", "its"})
_HANGS = frozenset({"what", "which", "that", "where", "who", "whom", "whose"})
_NAMING = frozenset({"called", "calls", "described", "describes", "termed", "terms", "says"})
_ADVERBS = frozenset({"also", "then", "later", "further", "separately", "had", "has"})
# Documents that are no one's voice of their own ("the video", "an order" of goods).
_MUTE = frozenset({"video", "videos", "post", "posts", "ad", "advert", "order", "orders"})


def document_it(ctx: Reader, para: Para, offset: int, row: Sequence[Chunk]) -> Who | None:
    """The maker of the document "it" at `offset` stands for, sure, else None: the sentence
    before (or the one before an "It …" sentence) opens with the document when "it" opens
    this one; its own sentence does when "it" hangs on it, no body nor other document named
    between them ("The report singles out X, the company that …, for what it calls": either)."""
    p = next((k for k, c in enumerate(row) if c.start == offset), -1)
    if p < 0:
        return None
    if main_it(row, p):
        where, before = ctx.previous_row(para, offset)
        for _ in range(2):
            if not before:
                return None
            d = document_subject(before)
            if d >= 0:
                return _maker(ctx, before, d, where)
            s = skip_openers(before, 0, len(before))
            if not (is_word(before, s, "it") and main_it(before, s)):
                return None  # else "It found …. It also concluded": one sentence further back
            where, before = ctx.previous_row(where, before[0].start)
        return None
    if joined_it(row, p) and (made := _joined_maker(ctx, para, row, p)) is not None:
        return made
    d = document_subject(row) if hanging_it(row, p) else -1
    if d < 0 or d >= p or any(_other(c) for c in row[d + 1 : p]):
        return None
    return _maker(ctx, row, d, para, named=True)


def _joined_maker(ctx: Reader, para: Para, row: Sequence[Chunk], p: int) -> Who | None:
    """ "The report, addressed to X and signed by Y, found that Holt approved …, and it
    described …": the maker of the document heading the sentence, when nothing between its
    verb and the joined "it" could be "it" instead (a body, a document, a quotation: not
    "found that the council had …, and it": the council's, perhaps)."""
    d = document_subject(row)
    v = main_verb(row, d) if d >= 0 else -1
    if v < 0 or v >= p or any(_other(c) or c.kind == "quote" for c in row[v + 1 : p - 2]):
        return None
    return _maker(ctx, row, d, para)


def _maker(
    ctx: Reader, row: Sequence[Chunk], d: int, para: Para, named: bool = False
) -> Who | None:
    """Who made the document at `d`: the one its aside names ("The review, written by the
    barrister X,"), else the document named again as the text resolves it ("the report": not
    X of "The 31-page report, commissioned by X,", but the report's maker named before). With
    `named`, only one its own words name ("The United Nations report"): a hanging "it" far
    from the document's first mention takes no maker from an earlier sentence ("…, a panel
    said in a report …. The report found that officials … out of what it called": no one)."""
    by = written_by(row, d)
    if by >= 0:
        for m in range(by + 1, min(len(row), by + 9)):
            c = row[m]
            if c.kind == "name" and c.mention is not None and not c.possessive:
                joined = m + 2 < len(row) and row[m + 1].text in {"and", "with", ","}
                two = joined and (n := row[m + 2].mention) is not None and n.kind == c.mention.kind
                # "written by X and Y": either; not "by X and published", "by the auditor, X,"
                return None if two else Who(c.mention.key, "high")
            if c.kind not in ("word", "name") and c.text != ",":
                return None
        return None
    start = skip_openers(row, 0, len(row))
    if named and not any(c.kind == "name" for c in row[start:d]):
        return None
    who = ctx.resolve(parse(row, start, d + 1, para.text), para, row[start].start)
    return who if who is not None and who.key is not None and who.confidence == "high" else None


def _other(c: Chunk) -> bool:
    """A body named, a document named or an "it" between the document and the pronoun."""
    named = c.kind in ("word", "pron") and (c.text in sp.DOCUMENT_NOUNS or c.text == "it")
    return c.body or named


def document_subject(row: Sequence[Chunk]) -> int:
    """The document noun heading the opening subject ("The 63-page report on …", "The
    United Nations report, sent to …,", "The review, led by …,"), past the opening phrases,
    when a comma or a verb follows it; else -1. Not a plural nor a reported clause's."""
    start = skip_openers(row, 0, len(row))
    if not is_word(row, start, *_DETERMINERS):
        return -1
    for k in range(start + 1, min(len(row), start + 5)):
        c = row[k]
        if c.kind == "word" and c.text in sp.DOCUMENT_NOUNS and not c.capital:
            if c.text in _MUTE or c.text.endswith("s") and c.text[:-1] in sp.DOCUMENT_NOUNS:
                return -1
            nxt = k + 1 < len(row) and (row[k + 1].text in {",", "on"} or verb_at(row, k + 1))
            return k if nxt else -1
        if c.kind not in ("word", "name", "num") or c.possessive or verb_at(row, k):
            return -1
    return -1


def main_it(row: Sequence[Chunk], p: int) -> bool:
    """Is the "it" at `p` the subject of its sentence's main clause, past opening phrases
    ("In its written response, it said"), a verb right after it?"""
    v = _past(row, p)
    return p == skip_openers(row, 0, len(row)) and v < len(row) and verb_at(row, v)


def joined_it(row: Sequence[Chunk], p: int) -> bool:
    """Is the "it" at `p` the subject of a main clause joined by ", and", a verb right after
    it ("…, and it described conditions as")?"""
    joined = p >= 2 and is_word(row, p - 1, "and") and row[p - 2].text == ","
    v = _past(row, p)
    return joined and v < len(row) and verb_at(row, v)


def hanging_it(row: Sequence[Chunk], p: int) -> bool:
    """Does the "it" at `p` open a clause hanging on a noun of its sentence ("for what it
    called", "which it says", "a situation it describes as")?"""
    if p < 1:
        return False
    before = row[p - 1]
    if before.kind == "word" and before.text in _HANGS:
        return True
    v = _past(row, p)
    lower = before.kind == "word" and not before.capital and before.text.isalpha()
    return lower and is_word(row, v, *_NAMING)


def main_verb(row: Sequence[Chunk], d: int) -> int:
    """The verb of the clause whose subject the document noun at `d` heads: right after it,
    or after the comma closing its aside ("The review, led by X and published on Monday,
    examined"); -1 when none is found."""
    if d + 1 < len(row) and verb_at(row, d + 1):
        return d + 1
    opened = False
    for m in range(d + 1, len(row)):
        c = row[m]
        if c.kind == "quote" or (c.kind == "punct" and c.text not in {",", "(", ")"}):
            return -1
        if c.text == ",":
            if opened and verb_at(row, m + 1):
                return m + 1
            opened = True
    return -1


def _past(row: Sequence[Chunk], p: int) -> int:
    """The first chunk after the pronoun at `p` past its adverbs ("it also noted")."""
    v = p + 1
    while v < len(row) and is_word(row, v, *_ADVERBS):
        v += 1
    return v
