""" "The 52-year-old said": a person described by age alone is the one the text gives that
age ("Rajan Pillai, 52,"), else the one person the paragraph has named before, or, when the
paragraph opens with the words, the one person the paragraph before named. Where the
paragraph names two or more, the one of them its sentences before have as subject or speaker
("Hainzl told reporters … he would ask President Gertrud Steinacher …. “…,” the 49-year-old
said"; "Asked by the MP Richard Haldane whether …, the 41-year-old said" after "Okafor-Lyle
said"); so too of two the paragraph before named ("X told the meeting he had written to
council leader Y. “…,” the 61-year-old said": X). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from generator.extract.clauses import Chunk
from generator.extract.document import Para
from generator.extract.genders import word_gender
from generator.extract.names import NameMention
from generator.extract.phrases import Phrase


class _Seen(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def sure(self) -> bool: ...


class _Subjects(Protocol):
    """Who each sentence has as subject or speaker (`discourse.Discourse`)."""

    def sentence_index(self, para: Para, offset: int) -> int: ...
    def sentences(self, number: int) -> list[tuple[int, int]]: ...
    def _seen(self, paragraph: int, sentence: int) -> Sequence[_Seen]: ...
    @property
    def gender(self) -> Mapping[str, str]: ...


# "the 28-year-old trader", "the 54-year-old, a former army officer,", "the 34-year-old
# mother of three", "the 34-year-old forklift operator"
_AGED = re.compile(r"the (\d{1,3})-year-old(?:( [a-z]+)( [a-z]+)?)?(?: of [a-z]+)?(?:, [^,]+,?)?$")


def aged_person(
    phrase: Phrase,
    para: Para,
    offset: int,
    paras: Sequence[Para],
    by_para: Mapping[int, list[NameMention]],
    subjects: _Subjects | None = None,
) -> str | None:
    """The key of the person "the N-year-old" (or "the mother of three") at `offset`
    stands for, or None."""
    aged = _AGED.match(phrase.text.casefold())
    parent = _PARENT.match(phrase.text.casefold()) if aged is None else None
    if aged is None and parent is None:
        return None
    age = aged.group(1) if aged is not None else ""  # a parent's children: no age to give
    # what introduced someone unnamed would say ("a 36-year-old woman", "a mother of three")
    unnamed = f"{age}-year-old" if parent is None else parent.group(1)
    people = [
        m
        for n in range(1, para.number + 1)
        for m in by_para.get(n, [])
        if m.kind == "person" and (n < para.number or m.start < offset)
    ]
    if parent is not None and subjects is not None:  # "the father of three": no woman
        sex = word_gender(parent.group(1).split()[0])
        people = [m for m in people if subjects.gender.get(m.key, sex) == sex]
    given = {m.key for m in people if age and _given_age(paras[m.paragraph - 1].text, m, age)}
    if given:
        return given.pop() if len(given) == 1 else None
    here = {m.key for m in _spoken_of(people, para)}
    if len(here) > 1 and subjects is not None:
        index = subjects.sentence_index(para, offset)
        seen = {s.key for i in range(index) for s in subjects._seen(para.number, i) if s.sure}
        acting = {
            m.key
            for m in people
            if m.key in here & seen and not _other_age(paras[m.paragraph - 1].text, m, age)
        }
        if len(acting) == 1:
            return acting.pop()
    # No name in the phrase itself, nor one apposed to it ("The 54-year-old neighbour, Pauline
    # Okafor,"); an aside may hold other capitals ("the 51-year-old, a former teacher from
    # Moose Jaw,")
    lead, _, aside = phrase.text.partition(",")
    bare = lead[1:] == lead[1:].casefold() and aside[1:2] == aside[1:2].casefold()
    if bare and para.number > 1 and not any(_present(m, para) for m in people):
        # The paragraph opens with the words, or names before them only the one written to
        # ("In a letter to the prime minister, X, the 51-year-old wrote"): "the 68-year-old
        # wrote" is the one person the paragraph before spoke of (bodies named beside them
        # aside: "The union's general secretary, X, said"), when the text gave them no other
        # age; never someone the text introduced by age alone ("a 36-year-old woman").
        before = paras[para.number - 2]
        named = [
            m
            for m in _spoken_of(by_para.get(before.number, []), before)
            if m.kind == "person" and not _other_age(before.text, m, age)
        ]
        if not named or _unnamed_age(paras, para, offset, unnamed):
            return None
        if parent is not None:  # "X did not respond to requests for comment. The father of
            return None  # three told Stuff": often the one the story is about, further back
        if aged is not None and subjects is not None:
            sentences = range(len(subjects.sentences(before.number)))
            seen = {s.key for i in sentences for s in subjects._seen(before.number, i) if s.sure}
            if aged.group(3) is not None:
                # "the 72-year-old retired surveyor": a second word may describe someone
                # the paragraph before named only as an object ("named X as acting
                # minister"): the one it has as subject or speaker
                named = [m for m in named if m.key in seen]
            elif len({m.key for m in named}) > 1 and all(
                m.key in seen or _governed(before.text, m) for m in named
            ):
                # of two it named, the one it has as subject or speaker when the others
                # stand after a preposition ("Mr X, a former governor of Nakhon Sawan,
                # said"; "X told the meeting he had written to council leader Y"), not
                # when one is a reported subject ("Y said Mr X had shown …": unclear)
                named = [m for m in named if m.key in seen]
        here = {m.key for m in named}
    return here.pop() if len(here) == 1 else None


# "the mother of three", "the father of two": like an age, a parent's children describe a
# person the text rarely described so before: the one person its paragraph named before it
# ("A fabric seller, Mrs X, told The PUNCH …. “…,” the mother of four lamented"), never
# one from the paragraph before (the father is often the story's subject, further back).
_PARENT = re.compile(
    r"the ((?:grand)?(?:mother|father) of (?:two|three|four|five|six|seven|eight|nine|ten|\d))$"
)


def _present(m: NameMention, para: Para) -> bool:
    """Is `m` a person named in `para` other than as the one written or spoken to?"""
    return m.paragraph == para.number and not _written_to(para.text, m)


def _spoken_of(people: Sequence[NameMention], para: Para) -> list[NameMention]:
    """The people `para` names as themselves: not as an owner ("Mr Hollister's daughter"),
    not inside a quotation, not as the one written or spoken to."""
    return [
        m
        for m in people
        if m.paragraph == para.number
        and not m.possessive
        and not para.in_quote(m.start)
        and not _written_to(para.text, m)
        and not _OPENING_AGENT.match(para.text[: m.full_start])
    ]


# The agent of a participle opening the paragraph: "Pressed by Ferreira on whether …, the
# 58-year-old engineer paused" (the engineer, never Ferreira).
_OPENING_AGENT = re.compile(r"[A-Z][a-z]+ed by (?:[A-Z][\w.]*\s+)*$")


# A person a letter or words go to: "In a letter to the prime minister, Richard Hallam, …, the
# 51-year-old wrote" (the writer is not the one written to); not "according to his wife, X".
_RECIPIENT = re.compile(
    r"(?<!according )\b(?:to|told)\s+(?:(?:the|his|her|their)\s+[\w’'\s-]{1,40},\s+)?$"
)


def _written_to(text: str, m: NameMention) -> bool:
    """Is the person named at `m` the one written or spoken to, before their title too ("to
    the Prime Minister, Sir X, …")?"""
    start = min(m.start, m.full_start)
    return _RECIPIENT.search(text[max(0, start - 60) : start]) is not None


# A name governed by a preposition, maybe past a title or a list's names ("a former governor
# of Nakhon Sawan", "wrote to council leader Y", "rolls at Inverbrae, Kilmuir Glen").
_GOVERNED = re.compile(
    r"\b(?:of|to|at|in|from|for|on)\s+(?:[A-Z][\w'’.-]*,\s+){0,3}(?:[\w'’.-]+\s+){0,3}$"
)


def _governed(text: str, m: NameMention) -> bool:
    """Does a preposition govern the person named at `m`?"""
    return _GOVERNED.search(text[max(0, m.full_start - 60) : m.full_start]) is not None


def _given_age(text: str, m: NameMention, age: str) -> bool:
    """Does the text give the person named at `m` that age ("Rajan Pillai, 52," or
    "52-year-old Rajan Pillai")?"""
    after = re.match(rf",\s*{age}\b", text[m.end : m.end + 6]) is not None
    return after or text[max(0, m.full_start - 14) : m.full_start].rstrip().endswith(
        f"{age}-year-old"
    )


def _other_age(text: str, m: NameMention, age: str) -> bool:
    """Does the text give the person named at `m` an age other than `age` (none: no age)?"""
    if not age:
        return False
    after = re.match(r",\s*(?:an? )?(\d{1,3})(?:,|-year-old)", text[m.end : m.end + 16])
    before = re.search(r"(\d{1,3})-year-old\s*$", text[max(0, m.full_start - 14) : m.full_start])
    stated = after or before
    return stated is not None and stated.group(1) != age


def _unnamed_age(paras: Sequence[Para], para: Para, offset: int, described: str) -> bool:
    """Has the text introduced someone so described without a name ("a 36-year-old woman",
    "a mother of three")?"""
    text = "\n".join(p.text for p in paras[: para.number - 1]) + "\n" + para.text[:offset]
    return re.search(rf"\b[Aa]n? {described}\b", text) is not None


def past_age(row: Sequence[Chunk], k: int) -> int:
    """The chunk before an age set off by commas at `k` ("Alvarado, 61,"), else `k`."""
    return k - 2 if k > 1 and row[k].kind == "num" and row[k - 1].text == "," else k
