"""The grammar around a shown quotation, for `attribution_risk.features`: the word the
quotation follows (a determiner or a preposition makes it a term inside a noun phrase, not
words someone said), and where the cue word stands from it (right before it, far before it,
another reporting verb between them, after "to" or a modal, a noun), and what stands right after
the speaker's name. Pure, and only small closed classes of grammar words.
"""

from __future__ import annotations

import re

from generator.extract.risk_record import Record

Features = dict[str, float]

_TOKEN = re.compile(r"[\w'’-]+|[^\w\s“”\"‘]")
_DETERMINERS = frozenset(
    "a an the its his her their our your my this these those such another each".split()  # noqa: SIM905
)
_PREPOSITIONS = frozenset(
    "of in on for with against about from into at under over without within between "  # noqa: SIM905
    "among towards toward through across".split()
)
_COORDINATORS = frozenset({"and", "or", "nor"})
_REPORTING = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|telling|call|calls|called|calling|"
    r"describe|describes|described|describing|add|added|adding|warn|warned|urge|urged|"
    r"claim|claimed|insist|insisted|accuse|accused|deny|denied|argue|argued)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_AUXILIARIES = frozenset(
    "had has have was is were are will would could can may might should must did does".split()  # noqa: SIM905
)
_PERSONS = re.compile(r"\b(?:i|we|us|our|ours|my|me|you|your)\b", re.IGNORECASE)
_MODALS = frozenset(
    "to will would could can may might should must shall did does do not".split()  # noqa: SIM905
)
_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ance|ence)$")
_JOINS = frozenset({"and", "of", "to", "in", "or"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _name_context(r: Record, s_start: int, s_end: int) -> Features:
    """What stands right around the speaker's mention nearest the quotation: a possessive, an
    auxiliary or a joining word after it ("X's report", "X had found", "X and Y"), or an
    article before it."""
    text, start, end = r["paragraph"], r["start"], r["end"]
    own = [
        m
        for m in r["mentions"]
        if m[0] == r["speaker"] and s_start <= m[1] < s_end and not start <= m[1] < end
    ]
    if not own:
        return {}
    _, _, m_end, _ = min(own, key=lambda m: abs(m[1] - start))
    after = re.match(r"(’s|'s|[’']|[\w-]+)?", text[m_end:s_end].lstrip(" "))
    following = (after.group(1) or "") if after else ""
    return {
        "possessive after the speaker's name": float(following in _POSSESSIVE),
        "auxiliary after the speaker's name": float(following in _AUXILIARIES),
        "joining word after the speaker's name": float(following in _JOINS),
    }


def _title_case(quote: str) -> bool:
    words = _WORD.findall(quote)
    content = [w for w in words if len(w) > 3]
    return len(words) >= 2 and bool(content) and all(w[0].isupper() for w in content)


def grammar(r: Record, s_start: int, s_end: int) -> Features:
    """Features of the words just before the quotation and of the cue's place in the
    sentence `text[s_start:s_end]`."""
    text, start, end = r["paragraph"], r["start"], r["end"]
    before = _TOKEN.findall(text[s_start:start])
    previous = before[-1].lower() if before else ""
    f: Features = {
        "quote after a determiner": float(previous in _DETERMINERS),
        "quote after a preposition": float(previous in _PREPOSITIONS),
        "quote after and, or": float(previous in _COORDINATORS),
        "quote in title case": float(_title_case(r["text"])),
        "first or second person in the quote": float(bool(_PERSONS.search(r["text"]))),
        "quote ends with its own stop": float(r["text"].rstrip()[-1:] in (".", "!", "?")),
    }
    f.update(_name_context(r, s_start, s_end))
    cue = (r["cue"] or "").split()
    if not cue or cue[0][:1] == "(":
        return f
    word = re.compile(r"\b" + re.escape(cue[0]) + r"\b", re.IGNORECASE)
    places = [m for m in word.finditer(text, s_start, s_end) if not start <= m.start() < end]
    if not places:
        return f
    nearest = min(places, key=lambda m: start - m.end() if m.start() < start else m.start() - end)
    ahead = _WORD.findall(text[s_start : nearest.start()])[-1:]
    f["cue after to or a modal"] = float(bool(ahead) and ahead[0].lower() in _MODALS)
    f["cue a noun"] = float(bool(_NOUN_ENDING.search(cue[0].lower())))
    if nearest.start() < start:
        gap = text[nearest.end() : start]
        words = len(_WORD.findall(gap))
        f["cue right before the quote"] = float(words <= 1)
        f["cue far before the quote"] = float(words >= 10)
        f["reporting verb between cue and quote"] = float(bool(_REPORTING.search(gap)))

    else:
        f["cue far after the quote"] = float(len(_WORD.findall(text[end : nearest.start()])) >= 5)
    return f
