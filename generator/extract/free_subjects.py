"""May a name right before a verb be its subject: not an object ("told Reed"), nor the second
of "between X and Y", nor a name inside a noun phrase ("an official in the office of X
said"), nor the medium a document was read, published or posted on ("A presidential decree
read on state broadcaster KBC said": the decree speaks, the broadcaster is not its author).
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.asides import in_noun_phrase
from generator.extract.clauses import Chunk, is_word
from generator.extract.member_lists import listed_member
from generator.extract.phrases import is_object
from generator.extract.rows import verb_at


def free_subject(row: Sequence[Chunk], i: int) -> bool:
    """May the name or pronoun at `i`, right before a verb, be its subject: not an object
    ("told Reed"), nor the second of "between X and Y" ("The chief mediator in talks between
    the government and the rebel Y says"), nor a medium ("a decree read on X said")?"""
    inside = between_pair(row, i) or in_noun_phrase(row, i) or on_medium(row, i)
    inside = inside or listed_member(row, i)  # "a bench comprising X and Y said": the bench
    return not is_object(row, i, True) and not inside


def between_pair(row: Sequence[Chunk], i: int) -> bool:
    """Is the name at `i` the second of "between X and Y", inside a noun phrase ("The chief
    mediator in talks between the government and the rebel Y says"), so no subject?"""
    joined = False
    for k in range(i - 1, max(-1, i - 10), -1):
        c = row[k]
        if c.kind not in ("word", "name") or verb_at(row, k):
            return False
        joined = joined or is_word(row, k, "and")
        if joined and is_word(row, k, "between"):
            return True
    return False


_SHOWN = lx.words(
    "read published posted aired broadcast televised carried printed shown released issued"
    " circulated shared distributed"
)
_MEDIUM_PREPOSITIONS = lx.words("on in via through over")


def on_medium(row: Sequence[Chunk], i: int) -> bool:
    """Is the name at `i` the medium of "<document> read on / published in (the …) X", so
    that the document, not X, is the subject of the verb after X?"""
    if row[i].kind != "name":
        return False
    k = i - 1
    while k > i - 5 and k > 0 and row[k].kind == "word" and not row[k].capital:
        if row[k].text in _MEDIUM_PREPOSITIONS:
            break
        k -= 1  # "state broadcaster", "the daily newspaper"
    if not is_word(row, k, *_MEDIUM_PREPOSITIONS) or not is_word(row, k - 1, *_SHOWN):
        return False
    return is_word(row, k - 2, *sp.DOCUMENT_NOUNS)  # "A presidential decree read on"
