"""Quotations a document speaks inside a verb's clause, for `cues._before`: "Lee read out a
letter from Reed: “…”" (the letter's author's words, never the reader's), but "X said she had
read the report “with a heavy heart”" (how X read it, in X's words: the reporter's), and "a
motion moved by Johnson that sought to affirm “…”" (a relative clause whose antecedent is a
document speaks for the document's author). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import speech as sp
from generator.extract.attribution import COORDINATED, Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.cue_scope import REPORTING, adverbial
from generator.extract.document import Para
from generator.extract.document_makers import read_past
from generator.extract.phrases import Who, parse
from generator.extract.rows import verb_at
from generator.extract.verb_cues import Cue, verb_cue


def read_aloud(ctx: Context, para: Para, row: Sequence[Chunk], j: int, qi: int) -> Cue | None:
    """ "Lee read out a letter from Reed: “…”": "read" with an object is reading aloud; the
    words are the document's (its author's, or unnamed), never the reader's. None when "read"
    has no object ("the letter read: “…”")."""
    if row[j].text not in {"read", "reads"}:
        return None
    m = read_past(row, j, qi)  # "read out", "read in part", "a message from X … read simply"
    if m >= qi or row[m].kind in ("punct", "quote") or is_word(row, m, "that"):
        return None
    end = m
    while end < qi and row[end].kind not in ("punct", "quote"):
        end += 1
    obj = parse(row, m, end, para.text)
    opening = row[qi].text.casefold().split(" ", 2)
    manner = opening[0] in {"with", "without"} or opening[:2] in (["as", "if"], ["as", "though"])
    read = obj.noun in sp.DOCUMENT_NOUNS or (end == m + 1 and is_word(row, m, "it", "them"))
    if read and end == qi and (manner or adverbial(row[qi].text)):
        if (outer := _reporter(row, j)) >= 0:  # "X said she had read the report “with a
            return verb_cue(ctx, para, row, outer)  # heavy heart”": how X tells it, X's words
        return Cue(Who(None, "low", "how it was read"), row[j].text)  # “with great concern”
    reading = opening[:2] in (["as", "if"], ["as", "though"], ["in", "a"])
    if end == qi and reading and (outer := _reporter(row, j)) >= 0:  # "X wrote that the
        return verb_cue(ctx, para, row, outer)  # majority had read the amendment “in a way …”"
    if obj.noun in sp.DOCUMENT_NOUNS:
        return Cue(ctx.resolve(obj, para, row[m].start) or Who(None, "low", obj.text), row[j].text)
    if any(is_word(row, k, "as") for k in range(m, qi)):
        return None  # "investors would read the departure as a sign that …": not aloud
    return Cue(Who(None, "low", "read"), row[j].text)


def _reporter(row: Sequence[Chunk], j: int) -> int:
    """The finite verb of saying whose reported clause holds the verb at `j`, with that
    clause's own subject between and no punctuation or quotation ("said she had read"), or
    -1."""
    for k in range(j - 1, -1, -1):
        c = row[k]
        if c.kind in ("punct", "quote"):
            return -1
        if c.kind == "word" and sp.VERB_FORMS.get(c.text) == "finite" and c.text in REPORTING:
            return k if k < j - 1 else -1
    return -1


def document_clause(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Cue | None:
    """ "a motion moved by Johnson that sought to affirm “…”": the words of a relative clause
    whose antecedent is a document are its author's."""
    k = j - 1
    if k >= 0 and row[k].kind == "punct" and row[k].text == ")":
        while k >= 0 and not (row[k].kind == "punct" and row[k].text == "("):
            k -= 1
        k -= 1
    docs = [d for d in range(max(0, k - 8), k + 1) if is_word(row, d, *sp.DOCUMENT_NOUNS)]
    if not docs:
        return None
    if any(is_word(row, m, "to") for m in range(docs[-1] + 1, k)):
        return None  # "said in a letter to (the) X that …": what was said, not the X's
    if not verb_at(row, j + 1):
        return None  # "told dealers in a memo seen by Reuters that parts would": no relative
    who = ctx.subject(row, j + 1, para)
    if who is None or who is COORDINATED or who.key is None:
        return None
    return Cue(who, row[j].text)
