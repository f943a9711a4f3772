"""Where the subject starts after an opening phrase that names the document its speaker
speaks in and then describes it in asides: "In a 340-page report released on Thursday,
titled “…”, the tribunal said", "In its recommendation, dated November 14 and published
alongside the decision, the council said", "In that letter, seen by RNZ, the ministry said".
The title's quotation and the asides led by a participle belong to the opening phrase, not
to the subject. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, commas, is_word

_DETERMINERS = frozenset({"a", "an", "its", "his", "her", "their", "that", "this", "the"})
_DOCUMENTS = sp.DOCUMENT_NOUNS | {"recommendation", "opinion", "draft"}
# Participles that describe a document without "-ed": "seen by Reuters", "sent to".
_PARTICIPLES = frozenset({"seen", "shown", "sent", "read", "written", "given", "made", "drawn"})
_TITLING = frozenset({"titled", "entitled", "headlined", "subtitled"})
_SUBJECT_HEADS = frozenset({"the", "its", "his", "her", "their"})


def opener_subject(row: Sequence[Chunk], j: int) -> int:
    """The index where the subject of the verb at `j` starts when the sentence opens with
    "In <a|its|that> [modifiers] <document>" followed only by asides that describe it (a
    participle phrase, a title in quotation marks), each closed by a comma; -1 otherwise."""
    if not (row and is_word(row, 0, "in") and row[0].capital and is_word(row, 1, *_DETERMINERS)):
        return -1
    noun = next((k for k in range(2, min(6, j)) if row[k].text in _DOCUMENTS), -1)
    if noun < 0 or any(c.kind not in ("word", "num") for c in row[2:noun]):
        return -1
    cut = [k for k in commas(row, noun, j) if row[k].text == ","]
    if not cut or cut[0] == noun + 1 and len(cut) < 2:
        return -1
    bounds = [noun, *cut]
    for a, b in zip(bounds, bounds[1:], strict=False):
        if not _describing(row, a + 1, b, first=a == noun):
            return -1
    start = cut[-1] + 1
    head = row[start] if start < j else None
    if head is None or not (is_word(row, start, *_SUBJECT_HEADS) or head.kind == "name"):
        return -1
    plain = all(c.kind in ("word", "name") and c.text not in _CLAUSE for c in row[start:j])
    return start if plain and j - start <= 8 else -1


_CLAUSE = lx.words("that which who whom and or but")


def _describing(row: Sequence[Chunk], a: int, b: int, first: bool) -> bool:
    """Is `row[a:b]` an aside describing the document: empty (the comma right after the
    noun), a title ("titled “…”"), or participle phrases joined by "and" ("dated November
    14 and published alongside the decision")? The first stretch, right after the noun,
    may also be a title or a participle phrase after no comma ("report titled “…”")."""
    if a >= b:
        return first
    if is_word(row, a, *_TITLING):
        return b == a + 2 and row[a + 1].kind == "quote"
    if not _participle(row[a]):
        return False
    for k in range(a + 1, b):
        c = row[k]
        if c.kind not in ("word", "num", "name") or c.possessive and c.kind != "name":
            return False
        if is_word(row, k, *_TITLING):
            return k + 2 == b and row[k + 1].kind == "quote"
        if (
            c.kind == "word"
            and c.text in _CLAUSE
            and not (c.text == "and" and k + 1 < b and _participle(row[k + 1]))
        ):
            return False
        if c.kind == "word" and sp.VERB_FORMS.get(c.text) == "finite" and not _participle(c):
            return False
    return True


def _participle(c: Chunk) -> bool:
    return (
        c.kind == "word"
        and not c.capital
        and (c.text in _PARTICIPLES or (c.text.endswith("ed") and len(c.text) > 4))
    )
