"""A verb joined by "and" to a clause whose subject is a document that a reduced relative
gives a maker: "A report published in May by X found that … and described … as “…”", "The
appeal, issued by X on behalf of …, said … and described conditions as “…”". The verb shares
the document's subject, so its words are the maker's (whom `ctx.subject` finds for the
clause's first verb). Only when the clause opens with the document and its participle, and,
past a reported clause, only after ", and" (not "found that the minister, Y, had misled the
committee and described …": Y may describe). Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who
from generator.extract.rows import verb_at


class Subjects(Protocol):
    """What of `generator.extract.attribution.Context` this module asks."""

    def subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None: ...


# The verbs a document's clause opens with: "found", "estimated", "said".
_FIRST = lx.SAID_FORMS | lx.words(
    """found finds estimated estimates concluded concludes showed shows recommended
    recommends warned warns accused accuses urged urges called calls criticised criticized
    identified identifies revealed reveals"""
)


def document_first(ctx: Subjects, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """The maker of the document that is the subject of the clause the verb at `j` is
    joined to by "and", when the sentence opens with that document and a participle of its
    making ("A report published …", "The appeal, issued by …"); else None."""
    if not is_word(row, j - 1, "and"):
        return None
    n = _opening_document(row)
    if n < 0:
        return None
    for k in range(n + 2, j - 1):
        if row[k].kind == "quote":
            return None
        if is_word(row, k, *_FIRST) and verb_at(row, k):
            reported = any(verb_at(row, m) for m in range(k + 1, j - 1))
            if reported and row[j - 2].text != ",":  # "found that the minister, Y, had misled
                return None  # the committee and described …": Y may be the one describing
            who = ctx.subject(row, k, para)
            return who if who is not None and who.key is not None else None
    return None


def _opening_document(row: Sequence[Chunk]) -> int:
    """The document noun the row opens with ("[But] a report", "The appeal"), followed by
    a participle or an aside's comma, else -1."""
    a = 1 if is_word(row, 0, "but", "and") else 0
    if not is_word(row, a, "a", "an", "the"):
        return -1
    for n in range(a + 1, min(a + 4, len(row) - 1)):
        if row[n].kind not in ("word", "num", "name") or row[n].possessive:
            return -1
        if is_word(row, n, *sp.DOCUMENT_NOUNS):
            after = row[n + 1]
            made = after.kind == "word" and after.text.endswith("ed") and not after.capital
            return n if made or after.text == "," else -1
    return -1
