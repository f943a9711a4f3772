"""Who keeps a "he" or "she" carried from the sentence before from being sure.

The pronoun of a new sentence is its predecessor's subject or speaker only when no one else
of the pronoun's gender stands beside it there: "Sgt Daly sat in the gallery beside his wife,
Nuala. Speaking outside afterwards, she said …": Daly, whose gender the text does not give,
is no sure "she" while Nuala, a wife, is one (Nuala, a guess). Nor is a person a document
reports on the one a later pronoun stands for while the document's author spoke before: "…,
Mthembu said. The report found that X sent a message …. She directed": Mthembu, a guess.
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word, skip_openers


def gendered_rival(row: Sequence[Chunk], key: str, word: str, gender: dict[str, str]) -> str:
    """The one person `row` names, not as an owner, other than `key`, whom the text gives the
    gender of `word`, while `key`'s gender is not given; else ""."""
    wanted = sp.PRONOUN_GENDERS.get(word)
    if wanted is None or key in gender:
        return ""
    found = {
        c.mention.key
        for c in row
        if c.kind == "name"
        and c.mention is not None
        and c.mention.kind == "person"
        and c.mention.key != key
        and not c.possessive
        and gender.get(c.mention.key) == wanted
    }
    return found.pop() if len(found) == 1 else ""


def document_subject(row: Sequence[Chunk]) -> bool:
    """Does `row` open with a document as its subject ("The report found that …")?"""
    k = skip_openers(row, 0, len(row)) if row else 0
    k += is_word(row, k, "the", "a", "an", "this", "that", "its", "her", "his", "their")
    return is_word(row, k, *sp.DOCUMENT_NOUNS)
