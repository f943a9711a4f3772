"""A verb joined by "and had"/"but had" to a reported clause whose subject is a plain noun
phrase of people ("Lorna Pike said officials had been warned about weak controls but had dismissed
the warnings as “…”"): the joined verb shares that clause's subject and auxiliary, so it is
the unnamed officials', not the reporting person's. `plain_reported(row, j)` → True when the verb
at `j` is so joined to the clause the nearest verb of saying before it reports. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.role_phrases import person_noun
from generator.extract.rows import verb_at
from generator.extract.subject_shapes import reported_subject

_AUXILIARIES = lx.words("had has have")
_REPORTING = ("finite", "participle")
_WORDS = 5  # "senior department officials", "the two agency heads"


def plain_reported(row: Sequence[Chunk], j: int) -> bool:
    if not (is_word(row, j - 1, *_AUXILIARIES) and is_word(row, j - 2, "and", "but")):
        return False
    for k in range(j - 3, 0, -1):
        c = row[k]
        if c.kind == "quote" or (c.kind == "punct" and c.text != ","):
            return False
        inner = is_word(row, k - 1, *_AUXILIARIES, *lx.BE_FORMS)  # "had been warned": the
        if c.kind == "word" and sp.VERB_FORMS.get(c.text) in _REPORTING and not inner:  # clause's
            return _plain_subject(row, reported_subject(row, k, j), j)
    return False


def _plain_subject(row: Sequence[Chunk], n: int, j: int) -> bool:
    """Does a lowercase noun phrase of people open at `n`, its "had"/"has" right after?"""
    m = n
    while m < j and m - n < _WORDS and row[m].kind == "word" and not row[m].capital:
        if verb_at(row, m) or row[m].text in lx.NOMINATIVE or row[m].text in {"that", "it"}:
            break
        m += 1
    head = row[m - 1].text if m > n else ""  # "officials", "staff members": people, not
    people = head.endswith("s") and person_noun(head[:-1])  # "the bank" its reporter runs
    return people and m < j - 2 and is_word(row, m, *_AUXILIARIES)
