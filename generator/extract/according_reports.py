"""A document that closes the sentence as its source, far after the quotation: "Eskom paid
R4.7bn for fuel that was “…” between 2015 and 2018, according to a report by the X Panel
that was handed to Parliament on Tuesday", "… forced to use “makeshift toilets” fashioned
from buckets …, according to a damning report by X published on Wednesday", "…, according
to a CSA report published on Thursday". Pure.

The last resort of `cues.find_cue`, for a quotation no cue of its own clause claims: the
document's maker as the document names it ("by X", "a X report"), never one the document is
about, sent to or read by; "its report", "the department's report" and a report with no
maker give nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.documents import REPORTED, Referents, author_at
from generator.extract.phrases import Who
from generator.extract.verb_cues import Cue

_DOCUMENTS = (sp.DOCUMENT_NOUNS | REPORTED) - {"statements", "letters", "reports"}
_ARTICLES = frozenset({"a", "an", "the"})


def according_report(ctx: Referents, para: Para, row: Sequence[Chunk], qi: int) -> Cue | None:
    """The maker of the document ", according to" brings in after the quotation at `qi`
    (see the module's docstring), or None."""
    k = next(
        (
            m
            for m in range(len(row) - 2, qi, -1)
            if is_word(row, m, "according") and is_word(row, m + 1, "to") and _after_comma(row, m)
        ),
        -1,
    )
    if k < 0:
        return None
    if (named := _named(row, k + 2)) is not None:
        return Cue(named, "according to")
    if not is_word(row, k + 2, *_ARTICLES):
        return None
    d = k + 3
    while d < min(len(row), k + 6) and row[d].kind in ("word", "name", "num"):
        if is_word(row, d, *_DOCUMENTS) or row[d].possessive:
            break
        d += 1
    if not is_word(row, d, *_DOCUMENTS) or is_word(row, d + 1, "of", "on", "into"):
        return None
    who = author_at(ctx, row, d, para)
    return Cue(Who(who.key, "high"), "according to") if who and who.key else None


def _named(row: Sequence[Chunk], a: int) -> Who | None:
    """ "according to Superintendent X, spokesperson for …", "according to its president,
    Dr. X": the person named right after "to", or after a role set off by a comma."""
    k = a
    if is_word(row, a, "its", "his", "her", "their", "the"):
        k = a + 1
        while k < min(len(row), a + 5) and row[k].kind == "word" and row[k].text in lx.ROLE_NOUNS:
            k += 1
        if k == a + 1 or not (k < len(row) and row[k].text == ","):
            return None
        k += 1
    c = row[k] if k < len(row) else None
    if c is None or c.kind != "name" or c.possessive or c.mention is None:
        return None
    if c.mention.kind != "person" or (k + 1 < len(row) and is_word(row, k + 1, "and", "or")):
        return None  # "according to X and Y"
    return Who(c.mention.key, "high")


def _after_comma(row: Sequence[Chunk], m: int) -> bool:
    before = row[m - 1] if m > 0 else None
    return before is not None and (
        (before.kind == "punct" and before.text == ",")
        or (before.kind == "quote" and before.text.rstrip().endswith(","))
    )
