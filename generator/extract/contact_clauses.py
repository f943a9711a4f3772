"""A subject followed by a relative clause with no "who" or "that" (a contact clause) whose
own subject is a pronoun: "residents she met in Garsen had told her", "several contractors
she had met had described", "young men he works with described". The pronoun is not the
subject: the unnamed people before it are, so the words are no one's the text names. The
shapes `subject_shapes.relative_cut` already reads ("the woman Lyle assaulted") come first.
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.member_lists import members_cut
from generator.extract.role_phrases import person_noun
from generator.extract.subject_shapes import relative_cut

_LEADS = lx.words("the a an some several many most two three four five other local")
_HUMAN = lx.words("men women people residents families relatives parents children villagers")
_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def contact_cut(row: Sequence[Chunk], start: int, end: int) -> int:
    """Where a subject noun phrase ends before a contact clause whose subject is a pronoun
    ("several contractors | she had met had described"), else `relative_cut`'s answer."""
    cut = min(relative_cut(row, start, end), members_cut(row, start, end))
    if cut < end:  # "a bench | comprising X and Y said": the bench, unnamed
        return cut
    k = start
    while k < end and is_word(row, k, *_LEADS) and k - start < 2:
        k += 1  # "several", "the two"
    if k < end and row[k].kind == "word" and not _human(row[k].text) and k - start < 3:
        k += 1  # an adjective: "young men"
    if k + 2 >= end or row[k].kind != "word" or not _human(row[k].text):
        return end
    pronoun, verb = row[k + 1], row[k + 2]
    if pronoun.kind != "pron" or pronoun.text.casefold() not in _PRONOUNS or verb.kind != "word":
        return end
    past = verb.text.endswith(("ed", "s")) or verb.text in sp.IRREGULAR_PAST
    perfect = verb.text in {"had", "has", "have"} and k + 3 < end and row[k + 3].kind == "word"
    return k + 1 if past or perfect else end


def _human(word: str) -> bool:
    """A noun for people: "contractors", "residents", "men", "a nurse"."""
    return word in _HUMAN or person_noun(word) or person_noun(word.removesuffix("s"))
