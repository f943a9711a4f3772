"""A bare year that no preposition of `relative_dates` introduces: is it a date? Pure.

A four-digit year names a point in time wherever it stands: after any preposition ("fully
funded through 2027", "as early as 2022", "since at least 2019", "bonds due 2033"), as the
modifier of a noun ("a 2021 report", "the commission's own 2024 inspection", "a bruising
2025", "the 2011 Fukushima nuclear disaster") or as a noun ("It is now 2026"). It is not a
date when it is part of a name, a fiscal year, a number or a time of day:
- a name: after a capitalised word that does not open the sentence ("Companies Act 2006",
  "Act, 2013", "Flight Path 2045", "Horizon 2030"), or before capitalised words that end in
  the head of a law's or document's title ("the 1999 Constitution", "the 2001 Land Law",
  "the 2025 World Press Freedom Index"); "the 2022 General Election" is a date;
- a fiscal or academic year: "2024/25", "2026–27", "fiscal 2025", "FY 2025", "the 2025
  financial year";
- an edition of a publication: "the 2009 edition" (the year names the edition, as a
  title's does; "the 2024 revision of the directive" is a date);
- a number: "about 2000 people", "more than 1900 written submissions", "the 1800 MHz band";
- a time of day: "at 2030 GMT".
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx

# Capitalised words before a year that are no part of a name: prepositions, determiners
# and time words opening a sentence ("Through 2027, …", "By 2031"), months, seasons.
_NOT_NAMES = (
    frozenset(lx.MONTHS)
    | frozenset(lx.WEEKDAYS)
    | lx.words(
        "in by for through throughout into beyond since until till from to at as of on before "
        "after during around about the a an its his her their our this that last next early "
        "late mid over due and or but i spring summer autumn fall winter christmas easter"
    )
)
_BEFORE = re.compile(r"([A-Za-z][\w.'’&-]*)(,?)\s+$")
_TITLE_HEADS = (
    "Act|Acts|Bill|Law|Laws|Constitution|Treaty|Convention|Order|Ordinance|Code|Charter|"
    "Protocol|Declaration|Report|Index|Plan|Strategy|Vision|Agenda|Regulations?|Rules|"
    "Budget|Accord|Agreement|Amendment|Decree|Directive|Framework|Programme|Program"
)
_TITLE = re.compile(
    rf"\s+(?:(?:[A-Z][\w.'’&-]*|of|the|and|for|on|in|&)\s+){{0,5}}?(?:{_TITLE_HEADS})\b"
)
_FISCAL_BEFORE = re.compile(r"\b(?:fiscal|FY|financial\s+years?)\s+$", re.IGNORECASE)
_FISCAL_AFTER = re.compile(
    r"\s*(?:/|[-–]\s*\d\d(?!\d))|(?:\s*[-–]\s*\d{4}|\s+(?:and|to)\s+\d{4})?\s+(?:(?:financial|fiscal|academic|"
    r"tax|claim|school)\s+years?|(?:national\s+|annual\s+|state\s+)?(?:budget|appropriation))\b"
)
# After a closing bracket ("the Banks Act (BOFIA) 2020"), or a day without a month this
# module knows ("Poush 29, 2080"): a name's or another calendar's.
_NAMED_BEFORE = re.compile(r"(?:[)\]]|\b\d{1,2}(?:st|nd|rd|th)?,?)\s*$")
_QUANTITY = re.compile(
    r"\b(?:about|some|nearly|almost|over|approximately|roughly|(?:more|fewer|less)\s+than|"
    r"up\s+to)\s+$",
    re.IGNORECASE,
)
_EDITION = re.compile(r"\s+editions?\b")
_UNIT = re.compile(
    r"\s*(?:MHz|GHz|kHz|[kMG]W|km|kg|mm|cm|hours|hrs|GMT|UTC|BST|CET|EST|local\s+time)\b"
)


def year_is_date(text: str, start: int, end: int) -> bool:
    """Is the bare year at `text[start:end]` a date ("a 2021 report", "through 2027"), not
    part of a name, a fiscal year, a number or a time ("Companies Act 2006", "2024/25",
    "about 2000 people", "2030 GMT")?"""
    before, after = text[max(0, start - 80) : start], text[end : end + 80]
    word = _BEFORE.search(before)
    if word is not None and word.group(1)[:1].isupper():
        name = word.group(1)
        possessive = name.endswith(("'s", "’s"))
        if not (possessive or name.casefold().rstrip(".") in _NOT_NAMES):
            return False  # "Companies Act 2006", "Bill, 2026", "Horizon 2030"
    if _NAMED_BEFORE.search(before):
        return False
    if _FISCAL_BEFORE.search(before) or _FISCAL_AFTER.match(after):
        return False
    if _QUANTITY.search(before) and re.match(r"\s+[a-z]", after):
        return False  # "about 2000 people"
    if _UNIT.match(after) or _EDITION.match(after):
        return False  # "2030 GMT", "the 2009 edition"
    return _TITLE.match(after) is None  # "the 1999 Constitution"
