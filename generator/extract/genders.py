"""A person's gender where the text gives it, for "he" and "she": an honorific ("Mr
Lewis", "Ms Atkins") or a gendered role ("spokeswoman", "his wife"). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk
from generator.extract.document import Para
from generator.extract.names import NameMention, NameResult
from generator.extract.reported_subjects import reported_subjects

_FEMALE = lx.words(
    """mrs ms miss dame lady madam spokeswoman chairwoman businesswoman congresswoman
    wife mother daughter sister widow grandmother granddaughter actress queen princess aunt
    niece girlfriend fiancee"""
)
# Not "chairman": many outlets use it of women too ("committee chairman, Senator Nadira X").
_MALE = lx.words(
    """mr sir lord spokesman businessman congressman husband father son brother
    widower grandfather grandson king prince uncle nephew boyfriend fiance"""
)


_APPOSED = re.compile(r"(\w+),\s*$")


def word_gender(word: str) -> str | None:
    """ "f" or "m" for a gendered noun or honorific ("spokeswoman", "Mr", "father")."""
    low = word.casefold().rstrip(".")
    return "f" if low in _FEMALE else "m" if low in _MALE else None


def genders(
    paras: tuple[Para, ...], names: NameResult, roles: dict[str, list[str]]
) -> dict[str, str]:
    """A person's gender where the text gives it: an honorific ("Mr Lewis", "Ms Atkins") or
    a gendered role ("spokeswoman", "his wife"); none when it says both or neither."""
    said: dict[str, set[str]] = {}
    shared = shared_surnames(names)
    for m in names.mentions:
        if m.kind != "person":
            continue
        text = paras[m.paragraph - 1].text
        before = _APPOSED.search(text[max(0, m.full_start - 40) : m.full_start])
        if before and (gender := word_gender(before.group(1))):  # "Her 88-year-old father,
            said.setdefault(m.key, set()).add(gender)  # Roger Bélanger,"
        if shared(m):
            continue  # "Mr Hendry" after Callum and Joanne Hendry: whose "Mr" it is, unsure
        for w in text[m.full_start : m.start].split():  # "Mr Lewis", "spokeswoman X"
            if gender := word_gender(w):
                said.setdefault(m.key, set()).add(gender)
    for key, texts in roles.items():
        for text in texts:
            words = text.split()
            for w, nxt in zip(words, words[1:] + [""], strict=True):
                if nxt.endswith(("'s", "’s")):
                    continue  # "Mr Kiragu's deputy": the owner's title, not the holder's
                if gender := word_gender(w):
                    said.setdefault(key, set()).add(gender)
    for key, gender in _next_pronoun(paras, names):
        said.setdefault(key, set()).add(gender)
    return {k: next(iter(v)) for k, v in said.items() if len(v) == 1}


def shared_surnames(names: NameResult) -> Callable[[NameMention], bool]:
    """Is a mention by a last name alone ("Mr Hendry") one that two people named before it
    share ("Callum Hendry", "Joanne Hendry")? Then it may be either's."""
    first: dict[str, tuple[int, int]] = {}
    for m in names.mentions:
        at = (m.paragraph, m.start)
        if m.kind == "person" and (m.key not in first or at < first[m.key]):
            first[m.key] = at
    owners: dict[str, list[tuple[int, int]]] = {}
    for e in names.entities:
        words = e.name.split()
        if e.kind == "person" and len(words) > 1 and e.key in first:
            owners.setdefault(words[-1].casefold(), []).append(first[e.key])

    def shared(m: NameMention) -> bool:
        at = (m.paragraph, m.start)
        return sum(1 for x in owners.get(m.text.casefold(), ()) if x < at) > 1

    return shared


def _next_pronoun(paras: tuple[Para, ...], names: NameResult) -> list[tuple[str, str]]:
    """ "Kiran Bhosale of the Forum said …. She said the forum would …": a sentence whose one
    person opens it, and the next sentence (in the same or the next paragraph) opens with
    "He" or "She" outside a quotation, gives that person's gender."""
    found: list[tuple[str, str]] = []
    sentences = [(p, s) for p in paras for s in p.sentences]
    by_sentence: dict[tuple[int, int], set[str]] = {}
    opener: dict[tuple[int, int], str] = {}
    for m in names.mentions:
        if m.kind == "person":
            para = paras[m.paragraph - 1]
            start = para.sentence_of(m.start)
            by_sentence.setdefault((m.paragraph, start[0]), set()).add(m.key)
            if m.full_start == start[0]:
                opener[(m.paragraph, start[0])] = m.key
    for (para, (a, _)), (nxt, (b, _)) in zip(sentences, sentences[1:], strict=False):
        key = opener.get((para.number, a))
        if key is None or by_sentence.get((para.number, a)) != {key}:
            continue
        first = nxt.text[b : b + 4]
        if nxt.in_quote(b) or by_sentence.get((nxt.number, b)):
            continue
        if first.startswith("She "):
            found.append((key, "f"))
        elif first.startswith("He "):
            found.append((key, "m"))
    return found


def owner_of_gender(
    row: Sequence[Chunk], offset: int, word: str, here: list[str], gender: Mapping[str, str]
) -> bool:
    """Is a possessor before `offset` another person the pronoun `word` may stand for, of
    its gender ("X wrote that Mr Y's explanation — that he had …": Y, not only X)?"""
    wanted = sp.PRONOUN_GENDERS.get(word)
    return wanted is not None and any(
        c.kind == "name"
        and c.possessive
        and c.mention is not None
        and c.mention.kind == "person"
        and c.start < offset
        and c.mention.key not in here
        and gender.get(c.mention.key) == wanted
        for c in row
    )


def other_reported(
    row: Sequence[Chunk], offset: int, here: list[str], word: str, genders: Mapping[str, str]
) -> bool:
    """Is a person other than those in `here`, known to be of the pronoun `word`'s gender,
    the subject of a reported clause before `offset` ("X said Mr Y had …, and that his
    claim": perhaps Y's claim)?"""
    gender = sp.PRONOUN_GENDERS.get(word)
    return gender is not None and any(
        (m := row[i].mention) is not None
        and m.kind == "person"
        and m.key not in here
        and row[i].start < offset
        and genders.get(m.key) == gender
        for i in reported_subjects(row)
    )


def other_gender_before(row: Sequence[Chunk], offset: int, word: str, here: list[str]) -> bool:
    """Does a pronoun of the other gender, earlier in the sentence, report what a candidate
    said ("Tan told the inquiry she had … and that he had")? Then the candidate is not "he"."""
    gender = sp.PRONOUN_GENDERS.get(word)
    for m, c in enumerate(row):
        if (
            c.start >= offset
            or c.kind != "pron"
            or sp.PRONOUN_GENDERS.get(c.text) in (None, gender)
        ):
            continue
        for k in range(m - 1, max(-1, m - 7), -1):
            if row[k].kind != "word":
                break
            if row[k].text in lx.SAID_FORMS:
                sayer = next((x for x in reversed(row[:k]) if x.kind == "name"), None)
                return sayer is not None and getattr(sayer.mention, "key", None) in here
    return False
