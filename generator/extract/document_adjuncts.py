"""A document named in an "in" adjunct of the verb of the one who made it: its relative
clause speaks with that maker's words.

`adjunct_maker(row, j)` → the index of the maker's verb, or -1, when the verb at `j` opens a
relative clause ("that"/"which") on a document named right after "in", and that "in" hangs on
a verb of saying, writing or finding with nothing but its object and adverbs between: "X said
Wednesday in a report that described the agency as having “…”", "Its inspector, X, had
recommended refusal in a report that described …", "the foreign ministry said in a statement,
which described the talks as “…”". Past a participle clause of what a
letter asks, to the verb of writing it hangs on ("X had written to Y asking that the matter
be referred to Z, in a letter that described …": X's, never Y's or Z's); not when another
clause stands between, nor after a passive ("was named in a report that described him as":
the one described). Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.rows import verb_at

# The verbs whose "in a report" names a document their subject made.
_MAKING = lx.words(
    """said says wrote writes written found finds concluded concludes recommended recommends
    proposed proposes warned warns argued argues"""
)


def adjunct_maker(row: Sequence[Chunk], j: int) -> int:
    """The verb whose subject made the document the relative clause at `j` is about, when
    that document is named in the verb's "in" adjunct; -1 otherwise."""
    k = j - 1
    while k >= 0 and is_word(row, k, "had", "has", "also"):
        k -= 1
    if not is_word(row, k, "that", "which"):
        return -1
    n = k - 1 - (row[k - 1].kind == "punct" and row[k - 1].text == "," and row[k].text == "which")
    if not is_word(row, n, *sp.DOCUMENT_NOUNS) or row[n].possessive:
        return -1
    d = n - 1  # back over the noun's modifiers to its determiner
    while d >= max(0, n - 4) and not is_word(row, d, *lx.DETERMINERS):
        if row[d].kind not in ("word", "num") or sp.VERB_FORMS.get(row[d].text) == "finite":
            return -1
        d -= 1
    if not is_word(row, d, *lx.DETERMINERS) or not is_word(row, d - 1, "in"):
        return -1
    start = d - 2 - (row[d - 2].kind == "punct" and row[d - 2].text == ",")
    if start < d - 2 and (wrote := _written_to(row, start)) >= 0:
        return wrote  # "wrote to Y asking …, in a letter that"
    for m in range(start, max(-1, start - 8), -1):
        c = row[m]
        if c.kind not in ("word", "name", "num"):
            return -1
        if c.kind == "word" and c.text in _MAKING and verb_at(row, m):
            passive = is_word(row, m - 1, *lx.BE_FORMS, "to", "being")
            return -1 if passive else m
        if verb_at(row, m) and not is_word(row, m, "has", "had", "have"):
            return -1
    return -1


# What a letter asks in the participle clause after "wrote to Y": "asking that …".
_ASKING = lx.words("asking urging calling seeking requesting demanding pressing appealing")
_WRITING = lx.words("wrote written writes write")


def _written_to(row: Sequence[Chunk], start: int) -> int:
    """The verb of "X wrote to Y [on Monday] asking …" whose participle clause ends at
    `start`, right before the comma of ", in a letter that": -1 if any other punctuation,
    quotation or clause comes between, or the verb takes no "to"."""
    asking = -1
    for m in range(start, max(-1, start - 25), -1):
        if row[m].kind not in ("word", "name", "num"):
            return -1
        if is_word(row, m, *_ASKING):
            asking = m
            break
    for m in range(asking - 1, max(-1, asking - 12), -1):
        c = row[m]
        if c.kind not in ("word", "name", "num") or asking < 0:
            return -1
        if is_word(row, m, *_WRITING) and is_word(row, m + 1, "to"):
            return -1 if is_word(row, m - 1, *lx.BE_FORMS, "being") else m
        if verb_at(row, m):
            return -1  # "wrote to the firm, which had refused …": another clause
    return -1
