"""The tense of the clause before a date, for `relative_dates`: `future` ("is expected to
drop out … on Friday", "pledged to spend heavily to hold the Senate in November"), `past`
("established by the state government in February"), `past_in` ("was elected in March"),
`pluperfect` ("had written to the ministry in May") and `scheduled` weekdays ("Hearings
resume on Monday", "adjourned the case until Friday"). The nearest tense word decides; a
comma starts a new clause. Pure.
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
    word = _tense_word(sentence_before)
    return "" if not word else "future" if word in _FUTURE else "past"


def _tense_word(sentence_before: str) -> str:
    """The nearest tense word of the clause before a date, or ""."""
    clause = _clause(sentence_before)
    words = re.findall(r"[\w’'-]+", clause.casefold())
    infinitive, barrier = False, bool(words) and words[-1] in _STARTS
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if _marker(words, i):
            return str(word)
        barrier = barrier or word in _BARRIERS
        if word == "to" and not barrier and _infinitive(words, i):
            infinitive = True  # "pledged to spend heavily to hold the Senate in"
        if (word in _PAST or _regular_past(word)) and not _adjective(words, i):
            if infinitive and word in _INTENT:
                return "will"  # the infinitive's time is to come
            return str(word)
    return ""


def _infinitive(words: list[str], i: int) -> bool:
    """Is the "to" at `i` that of an infinitive ("to hold", "to meet"), not a preposition
    before a place, a body or a pronoun ("to Korvenian officials", "to the ministry", "to
    court", "to us")?"""
    word = words[i + 1] if i + 1 < len(words) else ""
    return (
        word.isalpha()
        and word not in _NOT_INFINITIVE
        and word not in lx.NUMBER_WORDS
        and not _regular_past(word)
    )


def told_past(sentence_before: str) -> bool:
    """Is the clause before a date told in the past by a verb that does not look ahead ("had
    gathered 2,000 signatures by Tuesday", not "adjourned the hearing until Friday")?"""
    word = _tense_word(sentence_before)
    return bool(word) and word not in _FUTURE and word not in _AHEAD


# A weekday the clause schedules: a limit ("adjourned until Friday", "has until Friday", "by
# Friday", "from Monday", "ahead of Thursday's vote") or a present tense of an event's course
# ("Hearings resume on Monday", "The order takes effect at midnight on Thursday").
_LIMIT = re.compile(
    r"\b(?:until|till|by|before|from|starting|beginning|effective|ahead\s+of|beyond|past|"
    r"as\s+early\s+as|no\s+later\s+than)\s+$",
    re.IGNORECASE,
)
_COURSE = re.compile(
    r"\b(?:resumes?|continues?|opens|closes|begins?|starts|ends|reconvenes?|expires?|"
    r"meets|takes?\s+effect|comes?\s+into\s+force)\b(?:\s+[\w’']+){0,3}?\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def scheduled(before: str) -> bool:
    """Does the clause before a weekday schedule it ("Hearings resume on", "adjourned the
    hearing until")? Not in a past clause ("had gathered 2,000 signatures by", "was meant to
    begin at dawn on"), nor a fronted limit ("By Friday, it had reached …")."""
    if told_past(before):
        return False
    limit = _LIMIT.search(before)
    return _COURSE.search(before) is not None or (
        limit is not None and bool(before[: limit.start()].strip())
    )


def fronted(after: str) -> str:
    """For a date that opens its sentence ("In March, the ministry said it had …", "In May
    the council will …"), its first verb as a clause before a date would hold it: "said",
    "will" or ""."""
    words = re.findall(r"[\w’'-]+", re.split(r"[.;:!?]", after, maxsplit=1)[0].casefold())
    for i, word in enumerate(words[:12]):
        if _marker(words, i) or (
            (word in _PAST or _regular_past(word)) and not _adjective(words, i)
        ):
            return str(word)
    return ""


def past(sentence_before: str) -> bool:
    """Is the nearest tense word of the clause before a date a past verb ("established by
    the state government in February", "a blast in April that killed")?"""
    clause = _clause(sentence_before)
    words = re.findall(r"[\w’'-]+", clause.casefold())
    if words and month_number(words[-1]) is not None:
        words = words[:-1]  # the date's own words may close `before` ("… in february")
    if words and (words[-1] in _ATTRIBUTIVE or words[-1].endswith(("'s", "’s"))):
        return False  # "blocked the measure from the November ballot": the ballot's date
    if words and words[-1] in ("in", "on"):
        words = words[:-1]
    if words and words[-1] in _LIMITS:
        return False  # "called a strike for March 3", "notifications issued after April 1"
    if any(_marker(words, i) or w in _OPEN for i, w in enumerate(words)) or any(
        (w == "to" and _infinitive(words, i)) or (w == "from" and _gerund(words, i))
        for i, w in enumerate(words)
    ):
        return False  # "would publish revised guidelines in September"
    word = _tense_word(clause)
    return bool(word) and word not in _FUTURE and word not in _REPORTING and word not in _AHEAD


def past_in(before: str) -> bool:
    """ "was elected in", "took office in", "met in": a past verb at most two words before
    the "in" that opens the date (not "unlikely before", "slated for", "after")."""
    words = re.findall(r"[\w’']+", before.casefold())
    if words and month_number(words[-1]) is not None:
        words = words[:-1]  # the date's own words may close `before` ("… in march")
    if words and words[-1] == "on":  # (in its clause: "will be held on May 2, with … on")
        words = re.findall(
            r"[\w’']+", _clause(before).casefold()
        )  # "which lasted almost eleven hours on 14 October"
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
    words = re.findall(r"[\w’']+", _clause(before).casefold())[-9:]
    if any(w in lx.FUTURE_MARKERS or w == "and" for w in words):
        return False  # "… had been issued and hearings were likely to begin in October"
    return any(
        w == "had" and (_regular_past(n) or n in _PARTICIPLES)
        for w, n in zip(words, words[1:], strict=False)
    )


_PARTICIPLES = lx.words("written spoken taken given seen been done made sent told shown")


def _clause(before: str) -> str:
    """The last clause of the text before a date; a closed parenthesis is no clause break
    ("ordered the Zimbabwe Republic Police (ZRP) to allow the rally to proceed on")."""
    return _CLAUSE.split(_PARENTHESIS.sub(" ", before))[-1]


def _marker(words: list[str], i: int) -> bool:
    """Is the word at `i` a future marker, not an adjective after a determiner ("the
    planned measures", "its expected cost")?"""
    return words[i] in _FUTURE and not (i > 0 and words[i - 1] in _DETERMINERS)


def _gerund(words: list[str], i: int) -> bool:
    """Is the "from" at `i` before an "-ing" verb, an act kept from happening ("blocked the
    measure from appearing on the November ballot")?"""
    return i + 1 < len(words) and words[i + 1].endswith("ing")


def _regular_past(word: str) -> bool:
    """ "sued", "arrested" (not "need", "speed", "red", "council-controlled")."""
    return word.endswith("ed") and len(word) > 3 and not word.endswith("eed") and "-" not in word


def _adjective(words: list[str], i: int) -> bool:
    """Is the past form at `i` a participle or an adjective, no tense: after "be" or a
    determiner ("will be debated", "an updated business case"), or right after another past
    form that is not an auxiliary ("threatened coordinated strikes")?"""
    if i == 0:
        return False
    previous = words[i - 1]
    if previous in _BEFORE_PARTICIPLE:
        return True
    return previous not in _AUXILIARIES and (previous in _PAST or _regular_past(previous))


_BEFORE_PARTICIPLE = lx.words("be been being a an the its his her their our this")
_AUXILIARIES = lx.words("had was were did")
# Words after which a date may still be to come ("could be heard in March", "asked the force
# to report back in July", "before the end of April", "unless … in January").
_OPEN = lx.words(
    "could should may might must can unless if whether when once ahead hoped hopes expects expected"
    " wants aims plans before until till for starting beginning effective past beyond"
)
# Right before a date, a limit or a start ("by March", "remanded to April 2", "issued after
# April 1", "from January"); elsewhere an agent or an event's ("established by the state
# government in February", "opened an investigation after a routine audit in April").
_LIMITS = lx.words("by to after from into than")
# Words of a clause between an infinitive and the date ("promised to shoot at protesters
# after a similar incident in March"), or of a span right before it ("from January").
_BARRIERS = lx.words("after when that which who where since before")
_STARTS = lx.words("from since between")
_FUTURE = lx.FUTURE_MARKERS | lx.words("likely")
# Past verbs of intent, whose infinitive is still to come ("pledged to spend heavily to hold
# the Senate in November", "invited Dunmore to meet with her on Wednesday").
_INTENT = lx.words("pledged promised vowed planned ordered invited agreed decided")
_NOT_INFINITIVE = lx.words(
    "the a an his her its their our my your this that these those court power office prison"
    " jail work school hospital trial death us them him me you it"
)

# Past verbs that look ahead to their date ("fixed March 3 for mention", "called a strike
# for March 10", "warned of further action in April").
_AHEAD = lx.words(
    "fixed listed scheduled slated set called announced adjourned postponed deferred"
    " pencilled penciled warned threatened vowed pledged promised gave given"
)
_DETERMINERS = lx.words("the a an its his her their our this these those")
_ATTRIBUTIVE = _DETERMINERS | lx.words("that")
# Past verbs whose clause reports another, which has its own tense ("said it was on track for
# March"): they leave the date to the other rules.
_REPORTING = lx.words("said told was were had did")
_PARENTHESIS = re.compile(r"\([^()]*\)")
_CLAUSE = re.compile(r"[;:—–(]|,(?!\d)")  # not the comma of "12,000"
# Past forms, without those that are also the base form ("should Trump beat Harris in
# November" is to come): "led the protests in May" is past.
_PAST = _REPORTING | (
    sp.IRREGULAR_PAST - lx.words("put set hit cut beat cast cost let quit shut spread hurt")
)
