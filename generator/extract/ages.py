""" "The 52-year-old said": a person described by age alone is the one the text gives that
age ("Rajan Pillai, 52,"), else the one person the paragraph has named before. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from generator.extract.document import Para
from generator.extract.names import NameMention
from generator.extract.phrases import Phrase

# "the 28-year-old trader", "the 54-year-old, a former army officer,"
_AGED = re.compile(r"the (\d{1,3})-year-old(?: [a-z]+)?(?:, [^,]+,?)?$")


def aged_person(
    phrase: Phrase,
    para: Para,
    offset: int,
    paras: Sequence[Para],
    by_para: Mapping[int, list[NameMention]],
) -> str | None:
    """The key of the person "the N-year-old" at `offset` stands for, or None."""
    aged = _AGED.match(phrase.text.casefold())
    if aged is None:
        return None
    age = aged.group(1)
    people = [
        m
        for n in range(max(1, para.number - 2), para.number + 1)
        for m in by_para.get(n, [])
        if m.kind == "person" and (n < para.number or m.start < offset)
    ]
    given = {m.key for m in people if _given_age(paras[m.paragraph - 1].text, m, age)}
    if len(given) == 1:
        return given.pop()
    here = {
        m.key
        for m in people
        if m.paragraph == para.number
        and not m.possessive
        and not para.in_quote(m.start)
        and not _RECIPIENT.search(para.text[max(0, m.start - 60) : m.start])
    }
    return here.pop() if len(here) == 1 and not given else None


# A person a letter or words go to: "In a letter to the prime minister, Richard Hallam, …, the
# 51-year-old wrote" (the writer is not the one written to).
_RECIPIENT = re.compile(r"\b(?:to|told)\s+(?:(?:the|his|her|their)\s+[\w’'\s-]{1,40},\s+)?$")


def _given_age(text: str, m: NameMention, age: str) -> bool:
    """Does the text give the person named at `m` that age ("Rajan Pillai, 52," or
    "52-year-old Rajan Pillai")?"""
    after = re.match(rf",\s*{age}\b", text[m.end : m.end + 6]) is not None
    return after or text[max(0, m.full_start - 14) : m.full_start].rstrip().endswith(
        f"{age}-year-old"
    )
