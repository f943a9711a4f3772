"""Dates at their precision: a year, a month or a day, with the wording they came from.

Front-matter dates are normalised once, at the boundary (`parse_date`), into `PartialDate`;
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
    with a message an editor understands."""
    if isinstance(value, datetime):
        return PartialDate.of(value.date())
    if isinstance(value, date):
        return PartialDate.of(value)
    if not isinstance(value, str):
        raise ValueError(f"expected a date like 2024-10-23, got {type(value).__name__}")
    text = value.strip()
    stamp = _TIMESTAMP.match(text)
    if stamp:
        hour, minute, second, zone_h, zone_m = (int(g or 0) for g in stamp.groups()[1:])
        if hour > 23 or minute > 59 or second > 60 or zone_h > 23 or zone_m > 59:
            raise ValueError(f"'{text}' has an impossible time of day")
    match = _ISO.match(stamp.group(1) if stamp else text)
    if not match:
        raise ValueError(f"'{text}' is not a date like 2024-10-23 (or 2024-10, or 2024)")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    return PartialDate(year, month, day, text)
