"""Dates named by the calendar rather than by numbers, for `relative_dates`: festivals
("before Christmas" → its 25 December, "Christmas 2022" → 2022-12-25, "after Easter" → its
Easter Sunday, "on New Year's Eve"), a month's or year's middle by a hyphen ("mid-2027" →
2027, "mid-October" → that October) and the end or start of the current period ("by the end
of the year" → the document's year, "before the end of the month" → its month). Pure.

A festival after a determiner is a season or a name, not a day ("the Christmas recess", "a
Christmas market", "its Easter break"); without a year it is, like "today", the speaker's
day inside a quotation, not the article's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from generator.dates import PartialDate
from generator.extract import lexicon as lx

# The branches of `relative_dates._PATTERN` (verbose, case ignored but for the festivals).
FESTIVAL = (
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?<!\bour\s)\b(?-i:Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]?s\s+"
    r"(?:Day|Eve)|Easter(?:\s+(?:Sunday|Monday))?)\b(?:,?\s+(?:1[89]\d\d|20\d\d)\b)?"
)
# "mid-" and a year or a capitalised month ("mid-2027", "mid-October", "mid-Sept"); any
# other word ("mid-Trump") is no date, and matching it would also break the anchors that
# `relative_dates` tries the pattern at (only months, weekdays and digits anchor it)
_CAPITAL_MONTHS = "|".join(sorted((m.capitalize() for m in lx.MONTHS), key=len, reverse=True))
MIDDLE = rf"\bmid-(?:1[89]\d\d\b|20\d\d\b|(?-i:(?:{_CAPITAL_MONTHS}))\b)"
PERIOD_END = r"\b(?:end|start|beginning)\s+of\s+(?:the|this)\s+(?:year|month)\b"
STARTERS = ["christmas", "boxing", "new", "easter", "mid", "end", "start", "beginning"]

_DAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24)}
_DAYS |= {"boxing day": (12, 26), "new year's eve": (12, 31), "new year's day": (1, 1)}


def easter(year: int) -> date:
    """Easter Sunday of `year` (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    week = (32 + 2 * e + 2 * i - h - k) % 7
    shift = h + week - 7 * ((a + 11 * h + 22 * week) // 451) + 114
    return date(year, shift // 31, shift % 31 + 1)


def festival(text: str, year: int) -> date:
    """The day the festival `text` ("Christmas", "Easter Monday", "New Year's Eve")
    names in `year`."""
    words = re.sub(r"[’']", "'", text.casefold()).split()
    if words[0] == "easter":
        sunday = easter(year)
        return sunday + timedelta(days=1) if words[-1] == "monday" else sunday
    month, day = _DAYS.get(" ".join(words), (12, 25))
    return date(year, month, day)


def festival_month(text: str, doc: date) -> int:
    """The month whose nearest occurrence gives the festival's year: Easter's month this
    year, else the festival's own."""
    if text.casefold().startswith("easter"):
        return easter(doc.year).month
    return 1 if text.casefold().startswith("new year") and "day" in text.casefold() else 12


def resolve(
    kind: str, text: str, doc: date | None, year_of: Callable[[int], int]
) -> PartialDate | None:
    """The date a "middle", "festival" or "period_end" match names; `year_of(month)` is the
    year of the occurrence of `month` the clause's tense picks."""
    if kind == "middle":  # "mid-2027", "mid-October"
        rest = text[4:]
        if rest.isdigit():
            return PartialDate(int(rest), None, None, text)
        month = lx.MONTHS.get(rest.casefold())
        return PartialDate(year_of(month), month, None, text) if month and doc else None
    if kind == "festival":  # "Christmas 2022", "before Christmas", "after Easter"
        named = re.search(r"\d{4}", text)
        if named is not None:
            return PartialDate.of(festival(text.rsplit(" ", 1)[0], int(named.group())), text)
        return (
            PartialDate.of(festival(text, year_of(festival_month(text, doc))), text)
            if doc
            else None
        )
    if doc is None:  # "by the end of the year": the document's year or month
        return None
    return PartialDate(doc.year, doc.month if text.endswith("month") else None, None, text)


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week(monday: date, text: str, sunday: date | None = None) -> PartialDate:
    """The smallest precision that holds the days from `monday` to `sunday` (its week)."""
    sunday = sunday or monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return PartialDate(monday.year, monday.month, None, text)
    if monday.year == sunday.year:
        return PartialDate(monday.year, None, None, text)
    return PartialDate(sunday.year, None, None, text)  # pragma: no cover - rare
