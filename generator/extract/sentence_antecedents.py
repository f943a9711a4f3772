"""The one person a pronoun's own sentence names before it, when that person is no subject
("a show-cause notice to Assam chief minister X over remarks in which he allegedly
described", "Gov. X's veto …, setting up a court fight over what she has called", "a move he
has described as", "When Police Commissioner X signed …, he described").

`sole_person(row, before, offset, word, agrees)` → that person, or None. Sure only when:
- the pronoun opens a clause that hangs on the sentence ("in which he", "what she called",
  "after he", a noun's reduced relative "a move he has described"), or is the main subject
  after a fronted clause whose own subject is that person ("When X signed …, he");
- exactly one person named before it in the sentence (subject, object or owner, outside
  quotations) can be of the pronoun's gender (`agrees`: the text's own evidence);
- no person described but not named stands before it ("the accused", "his wife", "the
  nominee"), except a title or an apposition of that person ("municipal manager X",
  "X, the party's candidate,");
- no pronoun of the same gender comes before the person's name (then the chain of
  pronouns began earlier: "He told X that he …"). Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from generator.extract.clauses import Chunk, is_word
from generator.extract.phrases import Who
from generator.extract.role_phrases import person_noun

_SAME = {
    "he": frozenset({"he", "him", "his", "himself"}),
    "she": frozenset({"she", "her", "hers", "herself"}),
}
_OPENERS = frozenset(
    {
        "which", "whom", "what", "where", "when", "whenever", "after", "before", "while",
        "although", "though", "because", "since", "until", "once", "as",
    }
)  # fmt: skip
_FRONTED = frozenset({"when", "after", "as", "while", "although", "though", "once", "before"})
_AUX = frozenset({"has", "had", "have", "once", "later", "then", "publicly"})
_NAMING = frozenset({"called", "calls", "described", "describes", "termed", "terms", "dubbed"})
_TWO = "(two people)"
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_ADVERBS = frozenset({"allegedly", "later", "reportedly", "also", "then", "once", "previously"})


def sole_person(
    row: Sequence[Chunk],
    before: Sequence[Chunk],
    offset: int,
    word: str,
    agrees: Callable[[str, str], bool],
) -> Who | None:
    """`before`: the sentence before; when it names another person the pronoun may be, the
    person is a guess ("low")."""
    key = _sole(row, offset, word, agrees)
    if key is None or key == _TWO:
        return None if key is None else Who(None, "low", word)  # "suspended Mr A and Mr B
        # over a meeting in which he called": either, never someone of an earlier sentence
    other = any(
        c.kind == "name" and c.mention and c.mention.kind == "person" and c.mention.key != key
        and agrees(c.mention.key, word)
        for c in before
    )  # fmt: skip
    return Who(key, "low", word) if other else Who(key, "high")


def _sole(
    row: Sequence[Chunk], offset: int, word: str, agrees: Callable[[str, str], bool]
) -> str | None:
    p = next((k for k, c in enumerate(row) if c.start == offset), -1)
    if p < 1 or word not in _SAME:
        return None
    people = {
        k: c.mention.key
        for k, c in enumerate(row[:p])
        if c.kind == "name" and c.mention is not None and c.mention.kind == "person"
    }
    fits = {key for key in people.values() if agrees(key, word)}
    if len(fits) > 1 and _hangs(row, p) and all(row[k].text not in _SAME[word] for k in range(p)):
        return _TWO
    if len(fits) != 1:
        return None
    key = fits.pop()
    first = min(k for k, v in people.items() if v == key)
    if any(row[k].text in _SAME[word] for k in range(first) if row[k].kind in ("word", "pron")):
        return None  # "He told X that he …"
    if any(_described(row, k, first) for k in range(p)):
        return None  # "the accused had … and he had told"
    if not (_hangs(row, p) or _fronted(row, p, first)):
        return None
    return key


def _hangs(row: Sequence[Chunk], p: int) -> bool:
    """Does the pronoun at `p` open a clause hanging on a noun or the sentence ("in which
    he", "what she called", "after he", "a move he has described")?"""
    k = p - 1
    while k >= 0 and row[k].kind == "word" and row[k].text in _ADVERBS:
        k -= 1
    if k < 0:
        return False
    before = row[k]
    if before.kind == "word" and before.text in _OPENERS:
        return True
    if before.kind != "word" or before.capital or not before.text.isalpha():
        return False
    v = p + 1 + (p + 1 < len(row) and row[p + 1].text in _AUX)  # "a move he has described"
    return v < len(row) and row[v].kind == "word" and row[v].text in _NAMING


def _fronted(row: Sequence[Chunk], p: int, first: int) -> bool:
    """ "When X signed …, he described": the pronoun right after the comma closing a fronted
    clause that opens with a subordinator and has the person as its subject."""
    titled = 1 <= first <= 4 and all(c.kind == "word" for c in row[1:first])  # "When harbour
    return row[p - 1].text == "," and titled and is_word(row, 0, *_FRONTED)  # master X signed"


def _described(row: Sequence[Chunk], k: int, first: int) -> bool:
    """Is the word at `k` a person described, not named: neither a title right before a
    name ("municipal manager X") nor in an apposition after one ("X, the candidate from")?"""
    c = row[k]
    if c.kind != "word" or not person_noun(c.text):
        return False
    if c.capital and k > 0 and row[k - 1].text not in _DETERMINERS:
        return False  # "last November": a capitalised word is a name's, not a description
    m = k + 1
    while m < min(len(row), k + 4) and row[m].kind == "word" and person_noun(row[m].text):
        m += 1  # "chief minister X"
    m += m + 1 < len(row) and row[m].text == "," and row[m + 1].kind == "name"  # "its
    if m < len(row) and row[m].kind == "name":  # finance director, X,"
        return False  # a title: "municipal manager X", "member X" (not "a spokesman for X")
    for m in range(k - 1, max(-1, k - 8), -1):
        x = row[m]
        if x.kind == "punct" and x.text == "," and m > 0 and row[m - 1].kind == "name":
            return False  # "X, the Rashtriya Jan Morcha candidate from …"
        if x.kind in ("punct", "quote", "pron") or (x.kind == "name" and not x.possessive):
            break
    return True
