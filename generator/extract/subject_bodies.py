"""The "it" of a clause hanging on its sentence, when the sentence's main subject is a body
and every other body before "it" is an object ("The Bank of Lithuania fined payments firm
Vantora Pay … for what it called “…”", "The regulator has fined X … in what it described
as", "Nordvik said it had rejected an approach from Carrow Resources that it said"): the
main subject, sure. Unclear when another body, named or described, is the subject of a
clause between them ("… after the regulator found what it called"), or when "it" opens a
clause of its own ("…, and it said"). Pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.phrases import PREPOSITIONS, SUBORDINATORS, is_object
from generator.extract.rows import verb_at
from generator.extract.verb_follows import verb_follows

_HANGS = frozenset({"what", "which", "where", "that"})  # "for what it called", "that it said"
_ADVERBS = frozenset({"also", "later", "then", "previously", "once", "had", "has"})
_ADDRESSEES = frozenset({"with", "to"})
_BODY_WORDS = lx.BODY_NOUNS | lx.ORG_NOUNS | lx.ORG_HEADS | lx.GENERIC_ORG_NOUNS


def main_subject_body(
    row: Sequence[Chunk], offset: int, key: str, kinds: Mapping[str, str]
) -> bool:
    """Is `key` (the one body named before "it" as a subject) the sentence's main subject,
    with "it" at `offset` hanging on the sentence and no other body a subject between?"""
    p = next((k for k, c in enumerate(row) if c.start == offset), -1)
    k = p - 1
    while k >= 0 and is_word(row, k, *_ADVERBS):
        k -= 1
    if k < 1 or not is_word(row, k, *_HANGS):
        return False
    first = next((m for m in range(p) if (n := row[m].mention) is not None and n.key == key), -1)
    if first < 0 or row[first].possessive or _verb_before(row, first):
        return False  # "after X fined Y …": X opens a fronted clause, not the main one

    for m in range(p):
        c = row[m]
        if m == first or c.kind == "quote":
            continue
        if c.kind == "pron" and m > first and not verb_at(row, m - 1):
            return False  # "X fined Y after it failed …, in what it called": either
        if c.mention is not None and c.mention.key != key:
            if kinds.get(c.mention.key) != "organisation":
                continue
            subject = verb_follows(row, m) and not _object(row, m, verb_next=True)
            if subject or not (_object(row, m) or c.possessive) or _addressed(row, m):
                return False  # "hours after Y pulled it up for what it called": Y may be;
                # "filed a complaint with the FEC over what it termed": either
        elif _described_subject(row, m) and m > first:
            return False  # "… after the regulator found what it called"
    return True


def _described_subject(row: Sequence[Chunk], m: int) -> bool:
    """Is the word at `m` a body described ("the regulator") that is no object, or the
    subject of a verb right after it? Not a name's own noun ("payments firm Vantora Pay")."""
    c = row[m]
    if c.kind != "word" or c.text not in _BODY_WORDS:
        return False
    if m + 1 < len(row) and row[m + 1].kind == "name":
        return False
    return not _object(row, m) or verb_at(row, m + 1)


def _verb_before(row: Sequence[Chunk], first: int) -> bool:
    """Does a verb stand before the subject's name (not a dateline's punctuation or an
    opening phrase's noun): then the name is no main subject."""
    return any(verb_at(row, m) and row[m].kind == "word" for m in range(first))


def _object(row: Sequence[Chunk], m: int, verb_next: bool = False) -> bool:
    """Is the chunk at `m` the object of a verb or preposition, past up to three words of
    its own phrase before it ("fined payments firm Vantora Pay", "owned by Canadian-listed
    Y")? With `verb_next`, "after"/"before"… open a clause ("hours after Y pulled")."""
    if is_object(row, m, verb_next):
        return True
    k = m - 1
    while k >= max(0, m - 3) and row[k].kind in ("word", "name") and not _governs(row, k):
        k -= 1
    opens = verb_next and k >= 0 and row[k].text in SUBORDINATORS
    return k >= 0 and _governs(row, k) and not opens


def _addressed(row: Sequence[Chunk], m: int) -> bool:
    """Is the body at `m` one addressed ("a complaint with Y", "a letter to Y"), who may
    answer in its own words?"""
    k = m - 1
    while k >= max(0, m - 3) and row[k].kind in ("word", "name") and not _governs(row, k):
        k -= 1
    return k >= 0 and is_word(row, k, *_ADDRESSEES)


def _governs(row: Sequence[Chunk], k: int) -> bool:
    return row[k].kind == "word" and (row[k].text in PREPOSITIONS or verb_at(row, k))
