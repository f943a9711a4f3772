"""Dates at their precision: a year, a month or a day, with the wording they came from.

Front-matter dates are normalised once, at the boundary (`parse_date`), into `PartialDate`;
a timestamp's time is not kept, and `dropped_time` gives it so the validator can say so;
extraction resolves relative dates into the same type. Nothing else compares raw dates, so
strings, `date`s and aware or naive `datetime`s never meet.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

Precision = Literal["year", "month", "day"]

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
# A timestamp: date, then a time and an optional zone. Only the calendar date is kept.
# The time is checked (25:99 is refused) but not kept: the date is the one written, whatever
# the zone, so aware and naive times never meet.
_TIMESTAMP = re.compile(
    r"^(\d{4}-\d{1,2}-\d{1,2})[Tt ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
    r"\s*(?:Z|[+-](\d{2}):?(\d{2}))?$"
)

# English month names, fixed: `calendar.month_name` formats a date through the C locale on
# every lookup (slow, issue 7) and would follow the locale if anything ever set it.
MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to a year, a month or a day.

    `text` is the original wording ("last month", "2024-10-23"); it never takes part in
    equality, so the same date spelt two ways is one date.
    """

    year: int
    month: int | None = None
    day: int | None = None
    text: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range (1 to 9999)")
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} does not exist")
        if self.day is not None and self.month is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(f"{MONTH_NAMES[self.month]} {self.year} has no day {self.day}")

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        """ISO 8601 at this date's precision: 2024, 2024-10 or 2024-10-23."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def sort_key(self) -> tuple[int, int, int]:
        """Orders a month before the days in it, a year before its months."""
        return (self.year, self.month or 0, self.day or 0)

    def human(self) -> str:
        """How readers see it: 23 October 2024, October 2024, 2024."""
        if self.month is None:
            return str(self.year)
        month = MONTH_NAMES[self.month]
        return f"{month} {self.year}" if self.day is None else f"{self.day} {month} {self.year}"

    def as_date(self) -> date:
        """The first day this date covers (for feeds and arithmetic)."""
        return date(self.year, self.month or 1, self.day or 1)

    def with_text(self, text: str) -> PartialDate:
        return PartialDate(self.year, self.month, self.day, text)

    @classmethod
    def of(cls, value: date, text: str = "") -> PartialDate:
        return cls(value.year, value.month, value.day, text or value.isoformat())


def parse_date(value: object) -> PartialDate:
    """Normalise a front-matter date (string, `date` or `datetime`) or raise ValueError
    with a message an editor understands.

    Read: ISO 8601 (2024-10-23, 2024-10, 2024, or a timestamp, whose time is dropped: see
    `dropped_time`), 2024/10/23, a written-out English date (23 October 2024, Oct. 23, 2024,
    Wednesday 23 October 2024, October 2024), and day and month in figures when only one
    reading is a date (23/10/2024). Refused, saying which form to use: 05/03/2024 (ambiguous:
    both readings are given), a two-digit year, a date without a year, anything else."""
    if isinstance(value, datetime):
        return PartialDate.of(value.date())
    if isinstance(value, date):
        return PartialDate.of(value)
    if not isinstance(value, str):
        raise ValueError(f"expected a date like 2024-10-23, got {type(value).__name__}")
    text = " ".join(value.split())
    stamp = _TIMESTAMP.match(text)
    if stamp:
        hour, minute, second, zone_h, zone_m = (int(g or 0) for g in stamp.groups()[1:])
        if hour > 23 or minute > 59 or second > 60 or zone_h > 23 or zone_m > 59:
            raise ValueError(f"'{text}' has an impossible time of day")
    match = _ISO.match(stamp.group(1) if stamp else text) or _YMD.match(text)
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return PartialDate(year, month, day, text)
    return _figures(text) or _words(text) or _refuse(text)


# What to write instead, in every refusal.
_FORMS = "write it as year-month-day, like 2024-10-23 (or 2024-10, or 2024, or 23 October 2024)"
_YMD = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_FIGURES = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$")
_MONTHS = {name.lower(): n for n, name in enumerate(MONTH_NAMES) if name}
_MONTHS |= {name[:3]: n for name, n in list(_MONTHS.items())} | {"sept": 9}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_WRITTEN = [
    re.compile(rf"^{_DAY}(?: of)? {_MONTH},? (?P<year>\d{{4}})$", re.IGNORECASE),
    re.compile(rf"^{_MONTH} {_DAY},? (?P<year>\d{{4}})$", re.IGNORECASE),
    re.compile(rf"^{_MONTH},? (?P<year>\d{{4}})$", re.IGNORECASE),
]
_NO_YEAR = [
    re.compile(rf"^{_DAY}(?: of)? {_MONTH}$", re.IGNORECASE),
    re.compile(rf"^{_MONTH} {_DAY}$", re.IGNORECASE),
]
_WEEKDAY = re.compile(r"^(?P<weekday>[A-Za-z]{3,9})\.?,? ")
_TIME = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}[Tt ]?(.+)$")


def dropped_time(text: str) -> str:
    """The time of day (and UTC offset) of a timestamp date, which `parse_date` drops; ''
    for a date without one."""
    text = " ".join(text.split())
    if not _TIMESTAMP.match(text):
        return ""
    found = _TIME.match(text)
    return found.group(1).strip() if found else ""


def _figures(text: str) -> PartialDate | None:
    """Day and month in figures (05/03/2024): read when only one reading is a date."""
    match = _FIGURES.match(text)
    if match is None:
        return None
    first, second, year_text = int(match.group(1)), int(match.group(3)), match.group(4)
    if len(year_text) == 2:
        raise ValueError(f"'{text}' has a two-digit year; {_FORMS}")
    year = int(year_text)
    readings = {r for r in (_day(year, second, first), _day(year, first, second)) if r}
    if not readings:
        raise ValueError(f"'{text}' is not a date (neither day/month nor month/day); {_FORMS}")
    if len(readings) > 1:
        dm, md = _day(year, second, first), _day(year, first, second)
        assert dm is not None and md is not None
        raise ValueError(
            f"'{text}' is ambiguous: {dm.human()} (day/month) or {md.human()} (month/day); "
            f"write {dm.iso()} or {md.iso()}"
        )
    found = readings.pop()
    return found.with_text(text)


def _day(year: int, month: int, day: int) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _words(text: str) -> PartialDate | None:
    """A written-out English date, with or without a weekday; None when it is not one."""
    weekday = _WEEKDAY.match(text)
    named = _weekday(weekday.group("weekday")) if weekday else None
    rest = text[weekday.end() :] if weekday and named is not None else text
    for pattern in _WRITTEN:
        match = pattern.match(rest)
        month = _MONTHS.get(match.group("month").lower()) if match else None
        if match is None or month is None:
            continue
        day = int(match.group("day")) if "day" in pattern.groupindex else None
        try:
            found = PartialDate(int(match.group("year")), month, day, text)
        except ValueError as exc:
            raise ValueError(f"'{text}': {exc}") from None
        _check_weekday(text, found, named)
        return found
    for pattern in _NO_YEAR:
        match = pattern.match(rest)
        if match and match.group("month").lower() in _MONTHS:
            raise ValueError(f"'{text}' has no year; {_FORMS}")
    return None


def _weekday(word: str) -> int | None:
    word = word.lower()
    return next((i for i, name in enumerate(_WEEKDAYS) if name.startswith(word)), None)


def _check_weekday(text: str, found: PartialDate, weekday: int | None) -> None:
    if found.day is None or weekday is None:
        return
    actual = found.as_date().weekday()
    if actual != weekday:
        raise ValueError(
            f"'{text}': {found.human()} is a {_WEEKDAYS[actual].title()}, not a "
            f"{_WEEKDAYS[weekday].title()}; {_FORMS}"
        )


def _refuse(text: str) -> PartialDate:
    raise ValueError(f"'{text}' is not a date; {_FORMS}")
