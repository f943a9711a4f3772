"""A person described, not named, as the subject of a clause a named person reports
("Julia Condori said the governor had told party members that he regarded …"): a "he" or
"she" after that description may be the described person as well as the reporter, so the
pronoun is not the reporter's for sure. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.role_phrases import person_noun
from generator.extract.rows import verb_at

_BODIES = lx.BODY_NOUNS | lx.ORG_NOUNS | lx.ORG_HEADS | lx.GENERIC_ORG_NOUNS
_DETERMINERS = frozenset({"the", "a", "an"})
# Verbs by which the described person tells the words ("the governor had told members").
_TELLING = lx.SAID_FORMS | lx.words("assured promised informed warned pledged vowed insisted")


def described_reported(row: Sequence[Chunk], offset: int, here: Sequence[str]) -> bool:
    """Does the pronoun at `offset` open a "that" clause, after a name in `here`, in a clause
    a verb of saying (or its "that") reports whose subject is one person described by a
    determiner and a person noun ("said the president had told a meeting … and that he",
    "said the governor had told members that he"), with no punctuation between?"""
    at = next((k for k, c in enumerate(row) if c.start >= offset), len(row))
    if not is_word(row, at - 1, "that"):
        return False  # "…, an answer she described as": another clause, not the reported one
    first = next(
        (k for k, c in enumerate(row) if c.mention is not None and c.mention.key in here), None
    )
    return first is not None and _after(row, first, at, offset)


def joined_teller(row: Sequence[Chunk], j: int, governing: int) -> bool:
    """Is the "and that" at `j`, whose clause opens with "he" or "she", joined to a clause
    the verb at `governing` reports, after a person described in that clause told something
    ("Sebego said that the president had told a cabinet meeting the bill was “…” and that he
    intended to sign it “…”"): the pronoun, and the words, may be the described person's?"""
    nxt = row[j + 1] if j + 1 < len(row) else None
    if j < 2 or row[j - 2].kind == "punct":
        return False  # "…, and that she resigned": the reporter's own clause again
    if nxt is None or nxt.kind != "pron" or nxt.text not in {"he", "she"}:
        return False
    return _after(row, governing - 1, j + 1, nxt.start)


def _after(row: Sequence[Chunk], first: int, at: int, offset: int) -> bool:
    for k in range(first + 2, len(row)):
        if row[k].start >= offset:
            return False
        if row[k].text not in _DETERMINERS or row[k].kind != "word":
            continue
        before = row[k - 1]  # "said the governor", "said that a minister"; not "told the"
        if before.kind != "word" or before.text not in {"that"} | (lx.SAID_FORMS - {"told"}):
            continue
        if before.text == "that" and not any(
            row[m].text in lx.SAID_FORMS for m in range(max(first, k - 8), k - 1)
        ):
            continue  # "the claim that a minister …": no reported clause
        if _described_subject(row, k, offset):
            joined = is_word(row, at - 2, "and")  # "… was “a promise kept” and that he"
            return not any(c.kind in {"punct", "quote"} and not joined for c in row[k:at])
    return False


def _described_subject(row: Sequence[Chunk], k: int, offset: int) -> bool:
    """Does the description opening at `k` end in a person noun with a verb after it?"""
    for h in range(k + 1, min(len(row) - 1, k + 4)):
        c = row[h]
        if c.start >= offset or c.kind not in {"word", "name"} or c.possessive:
            return False
        if c.kind == "word" and person_noun(c.text) and c.text not in _BODIES:
            nxt = h + 1 + is_word(row, h + 1, "had", "has", "have")
            nxt += is_word(row, nxt, "also", "once", "privately", "personally")
            return nxt < len(row) and row[nxt].kind == "word" and row[nxt].text in _TELLING
        if c.kind == "word" and (verb_at(row, h) or c.text in {"that", "of", "for"}):
            return False  # "told the Courier that staff had", "the head of the agency"
    return False
