"""The tense of the clause before a date, for `relative_dates`: `future` ("is expected to
drop out … on Friday"), `past_in` ("was elected in March") and `pluperfect` ("had written to
the ministry in May"). The nearest tense word decides; a comma starts a new clause. Pure.
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx
from generator.extract import speech as sp


def month_number(word: str) -> int | None:
    return lx.MONTHS.get(word.casefold().rstrip("."))


def future(sentence_before: str) -> bool:
    """Does the clause before a date speak of the future? The nearest tense word decides:
    "is expected to drop out … on Friday" (future), "a top official said Monday" (past);
    a comma starts a new clause ("…, arrested Monday")."""
    return _tense(sentence_before) == "future"


def _tense(sentence_before: str) -> str:
    """ "future", "past" or "" (no tense word) for the clause before a date."""
    clause = _CLAUSE.split(sentence_before)[-1]
    words = re.findall(r"[\w’']+", clause.casefold())
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in lx.FUTURE_MARKERS:
            return "future"
        participle = i > 0 and words[i - 1] in {"be", "been", "being"}  # "will be debated"
        if word in _PAST or (_regular_past(word) and not participle):
            return "past"
    return ""


def past_in(before: str) -> bool:
    """ "was elected in", "took office in", "met in": a past verb at most two words before
    the "in" that opens the date (not "unlikely before", "slated for", "after")."""
    words = re.findall(r"[\w’']+", before.casefold())
    if words and month_number(words[-1]) is not None:
        words = words[:-1]  # the date's own words may close `before` ("… in march")
    if words and words[-1] == "on":  # "which lasted almost eleven hours on 14 October"
        near = words[-7:]
        if any(w in lx.FUTURE_MARKERS for w in near):
            return False  # "His case will be heard again on Feb 18"
        return _tense(" ".join(near[:-1])) == "past" and any(
            w in _PAST or _regular_past(w) for w in near[:-1]
        )
    words = words[-4:]
    if not words or words[-1] != "in" or _tense(" ".join(words[:-1])) != "past":
        return False
    return any(w in _PAST or _regular_past(w) for w in words[:-1])


def pluperfect(before: str) -> bool:
    """Does the clause before the date hold "had" and a participle ("had written to the
    ministry in May"): a past before the past, never to come?"""
    words = re.findall(r"[\w’']+", _CLAUSE.split(before)[-1].casefold())[-9:]
    if any(w in lx.FUTURE_MARKERS or w == "and" for w in words):
        return False  # "… had been issued and hearings were likely to begin in October"
    return any(
        w == "had" and (_regular_past(n) or n in _PARTICIPLES)
        for w, n in zip(words, words[1:], strict=False)
    )


_PARTICIPLES = lx.words("written spoken taken given seen been done made sent told shown")


def _regular_past(word: str) -> bool:
    """ "sued", "arrested" (not "need", "speed", "red")."""
    return word.endswith("ed") and len(word) > 3 and not word.endswith("eed")


_CLAUSE = re.compile(r"[,;:—–(]")
# Past forms, without those that are also the base form ("should Trump beat Harris in
# November" is to come): "led the protests in May" is past.
_PAST = lx.words("said told was were had did") | (
    sp.IRREGULAR_PAST - lx.words("put set hit cut beat cast cost let quit shut spread hurt")
)
