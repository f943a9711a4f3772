"""Dates in the text, absolute and relative, resolved against the document's date.

`find_dates(paras, doc_date)` → tuple of `DateMention`; the sentence holding the date is the
event it dates. Decisions:
- "23 October 2024", "October 23, 2024", "2024-10-23" → day; "December 2019" → month;
  "in/since/from/to … 2016" → year (a bare number is never taken for a year).
- weekdays: the most recent such day on or before the document date; "next", a future
  marker or a schedule before ("will", "due", "resume on", "until") → the next one after.
- a month without a year: the nearest such month; after a future marker the next one on or
  after the document's month, after a past verb ("established … in February") the last; a
  year later in "between March and May 2022" applies to both.
- "yesterday", "last night", "today", "tomorrow"; "last/this/next month|year";
  "N days after" → N days before the sentence's previous date, "N days later/before" the
  other way; with no date before it in the sentence, none (the day of an event, not one the
  document's date gives).
- weeks: PartialDate has no week, so "last/this/next week" keeps the smallest precision that
  holds the whole week: its month when the week lies in one month, else its year; "low".
Relative dates need a document date; without one only absolute dates are returned.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from generator.dates import PartialDate
from generator.extract import calendar_days as cd
from generator.extract import lexicon as lx
from generator.extract import tense as tn
from generator.extract.document import Para
from generator.extract.types import Confidence, DateMention, Span
from generator.extract.year_contexts import year_is_date

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_PATTERN = re.compile(
    rf"""
    (?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)
  | (?P<dmy>\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?\b)
  | (?P<mdy>\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)(?:,?\s*\d{{4}}\b)?)
  | (?P<my>\b{_MONTH},?\s+\d{{4}}\b)
  | (?P<rel_month>\b(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:month|year|week)\b
        |\b(?:earlier|later)\s+(?:in\s+)?(?:this|the)\s+week\b)
  | (?P<offset>\b{_NUM}\s+(?:day|week)s?\s+(?:after|later|before|earlier)\b)
  | (?P<ago>\b{_NUM}\s+(?:day|week|month|year)s?\s+ago\b)
  | (?P<word>\b(?:yesterday|today|tomorrow|last\s+night|tonight)\b)
  | (?P<festival>{cd.FESTIVAL})
  | (?P<middle>{cd.MIDDLE})
  | (?P<period_end>{cd.PERIOD_END})
  | (?P<wday>\b(?:(?:last|next|this)\s+)?{_DAY}\b)
  | (?P<month_rel>\b(?:(?:in|by|since|until|from|during|for|of|early|late|between|and|to)\s+)?
        {_MONTH}\s+
        (?:last|this|next)\s+year\b)
  | (?P<bare_month>\b(?:(?:in|by|since|until|from|during|for|last|next|this|of|early|late|
        between|and|to)\s+){_MONTH}\b(?!\.?,?\s+\d))
  | (?P<year>\b(?:in|since|from|to|until|by|of|between|and|during|before|after)\s+
        (?:1[89]\d\d|20\d\d)\b)
  | (?P<range_end>(?<=\d\d[-–])(?:1[89]\d\d|20\d\d)\b)
  | (?P<bare_year>(?<![\w$£€¥#.,/:[-])(?:1[89]\d\d|20\d\d)
        (?![\w%]|[.,]\d|[-–](?!(?:1[89]\d\d|20\d\d)(?![\w-]))\w))
  | (?P<named_month>\b(?:January|February|March|April|June|July|August|September|October|
        November|December)\b(?!,?\s+\d))
    """,
    re.VERBOSE | re.IGNORECASE,
)
_CAPITAL_MONTH = re.compile(rf"{_MONTH}", re.VERBOSE)
# Every branch of _PATTERN starts, at a word boundary, with a digit or one of these whole
# words (case ignored). Trying the pattern only where a word can start a date is the same
# as `finditer` and many times faster than letting the engine try it at every character.
_STARTERS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec earlier later last this next a an one two
    three four five six seven eight nine ten yesterday today tomorrow tonight monday tuesday
    wednesday thursday friday saturday sunday in by since until from during for of early late
    between and to before after""".split()  # noqa: SIM905
) | frozenset(cd.STARTERS)
_RUN = re.compile(r"\w+")
# The lookahead is what every branch starts with (a non-ASCII word, or one whose case folds
# to an ASCII letter such as 'ſ', starts in the range); it lets the engine skip the other
# characters without trying each branch there: half the time of `find_dates`.
_ANCHOR = re.compile(
    rf"(?=[\dJFMASONDTYWCEjfmasondtywce\x80-\U0010FFFF])(?:\d+|[^\W\x00-\x7f]+|"
    rf"\b(?:{_MONTH[3:-4]}|{_DAY[3:-1]}|today|tomorrow|yesterday|tonight|christmas|easter|eve|"
    r"days?|weeks?|months?|years?|night)\b)",
    re.IGNORECASE,
)


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """What `_PATTERN.finditer(text)` yields. Every date the pattern knows holds an anchor —
    a digit, a month, a weekday, "today", "day", "week", "month", "year" — at most three
    words after its start, so the pattern is tried only at the starts of the few words
    before each anchor (a non-ASCII word is always tried, since the pattern's case folding
    also maps a few non-ASCII letters such as 'ſ' to ASCII)."""
    position = 0
    words: list[tuple[int, int]] | None = None  # (start, end) of every word, found once
    ends: list[int] = []
    for anchor in _ANCHOR.finditer(text):
        at = anchor.start()
        if at < position:
            continue
        if words is None:
            words = [r.span() for r in _RUN.finditer(text)]
            ends = [end for _, end in words]
        # the words, cut to the window, whose start is at most three words before the
        # anchor (no date is longer than a hundred characters)
        low, high = max(position, at - 100), anchor.end()
        first = bisect_right(ends, low)  # the first word ending after the window opens
        last = bisect_right(words, (at, len(text) + 1), lo=first)  # words starting ≤ at
        for k in range(max(first, last - 4), last):
            start = max(words[k][0], low)
            word = text[start : min(words[k][1], high)]
            if not (word[0].isdigit() or not word.isascii() or word.lower() in _STARTERS):
                continue
            match = _PATTERN.match(text, start)
            if match is not None:
                position = match.end()
                yield match
                break


_LEADING = re.compile(
    r"^(?:in|by|since|until|from|during|for|of|between|and|to|before|after|early|late)\s+",
    re.I,
)
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
_SHARED_YEAR = re.compile(rf"\s*(?:and|to|-|–)\s+{_MONTH}\s+(last|this|next)\s+year\b", re.I)


def _resolve(
    kind: str,
    text: str,
    before: str,
    after: str,
    doc: date | None,
    anchor: date | None,
    days: Sequence[date] = (),
) -> tuple[PartialDate, Confidence] | None:
    core = _LEADING.sub("", text).strip()
    low = core.casefold()
    if kind == "iso":
        y, m, d = (int(x) for x in core.split("-"))
        return PartialDate(y, m, d, core), "high"
    if kind == "dmy":
        parts = re.findall(r"\w+", core)
        day, month = int(re.sub(r"\D", "", parts[0])), tn.month_number(parts[1])
        year = int(parts[2]) if len(parts) > 2 else None
        return _month_day(month, day, year, core, before, doc)
    if kind == "mdy":
        parts = re.findall(r"\w+", core)
        month, day = tn.month_number(parts[0]), int(re.sub(r"\D", "", parts[1]))
        year = int(parts[2]) if len(parts) > 2 else None
        return _month_day(month, day, year, core, before, doc)
    if kind == "my":
        parts = core.replace(",", " ").split()  # "November, 2004"
        month = tn.month_number(parts[0])
        return (PartialDate(int(parts[-1]), month, None, core), "high") if month else None
    if kind in ("year", "range_end", "bare_year"):  # "in 2019", "the 2019 transfer"
        return PartialDate(int(core), None, None, core), "high"
    if kind in ("middle", "festival", "period_end"):  # "mid-2027", "before Christmas"

        def year_of(month: int) -> int:  # the month's nearest occurrence, by the tense
            found = _nearest_month(month, doc, before, core) if doc is not None else None
            return found[0].year if found is not None else 0

        calendar = cd.resolve(kind, core, doc, year_of)
        return (calendar, "high") if calendar is not None else None
    if kind == "month_rel" and doc is not None:  # "in September last year"
        words = low.split()
        month, step = tn.month_number(words[0]), _YEAR_STEP[words[1]]
        return (PartialDate(doc.year + step, month, None, core), "high") if month else None
    if kind in ("bare_month", "named_month"):
        month = tn.month_number(low.split()[-1])
        if month is None:
            return None
        ahead = re.match(rf"\s*(?:and|to|-|–)\s+{_MONTH}\s+(\d{{4}})", after, re.I)
        if ahead:
            return PartialDate(int(ahead.group(1)), month, None, core), "high"
        if doc is None:
            return None
        shared = _SHARED_YEAR.match(after)  # "June and July last year"
        if shared:
            return PartialDate(
                doc.year + _YEAR_STEP[shared.group(1).casefold()], month, None, core
            ), "high"
        text_word = low.split()[0]
        core_text = core if text_word in {"last", "next", "this"} else core.split()[-1]
        if not re.search(r"\w", before):  # "In March, the ministry said …": the tense after
            before = tn.fronted(after)
        return _nearest_month(month, doc, before + " " + text.casefold(), core_text)
    if doc is None:
        return None
    if kind == "word":
        delta = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}.get(low, -1)
        return PartialDate.of(doc + timedelta(days=delta), core), "high"
    if kind == "rel_month":
        unit = low.split()[-1]
        step = {"last": -1, "next": 1}.get(low.split()[-2], 0)  # "earlier in the week": 0
        if unit == "month":
            y, m = cd.shift_month(doc.year, doc.month, step)
            return PartialDate(y, m, None, core), "high"
        if unit == "year":
            return PartialDate(doc.year + step, None, None, core), "high"
        monday = doc - timedelta(days=doc.weekday()) + timedelta(weeks=step)
        if step == 0 and low.startswith("earlier"):  # the days of this week before today
            return cd.week(monday, core, doc), "low"
        if step == 0 and low.startswith("later"):
            return cd.week(doc, core, monday + timedelta(days=6)), "low"
        return cd.week(monday, core), "low"
    if kind == "offset":
        words = low.split()
        n = int(words[0]) if words[0].isdigit() else lx.NUMBER_WORDS.get(words[0], 1)
        count = n * (7 if words[1].startswith("week") else 1)
        sign = -1 if words[2] in {"after", "earlier"} else 1
        if anchor is None:  # "died in 2021, two days after he was discharged": an event's
            return None  # day, not one the document's date gives
        return PartialDate.of(anchor + timedelta(days=sign * count), core), "high"
    if kind == "ago":  # "five years ago": that year
        words = low.split()
        n = int(words[0]) if words[0].isdigit() else lx.NUMBER_WORDS.get(words[0], 1)
        unit = words[1].rstrip("s")
        if unit == "year":
            return PartialDate(doc.year - n, None, None, core), "high"
        if unit == "month":
            y, m = cd.shift_month(doc.year, doc.month, -n)
            return PartialDate(y, m, None, core), "high"
        if unit == "week":
            return cd.week(doc - timedelta(days=doc.weekday() + 7 * n), core), "low"
        return PartialDate.of(doc - timedelta(days=n), core), "high"
    if kind == "wday":
        words = low.split()
        target = lx.WEEKDAYS[words[-1]]
        for named in days:  # "on October 1, 2006 on Sunday": the date it names
            if named.weekday() == target and abs((named - doc).days) <= 31:
                return PartialDate.of(named, core), "high"
        # "… is Wednesday", "called a strike for Friday", "set for Friday": still to come
        upcoming = re.search(r"\b(?:is|are|for)\s+$", before) is not None or tn.scheduled(before)
        if words[0] == "next" or (words[0] != "last" and (tn.future(before) or upcoming)):
            delta = (target - doc.weekday()) % 7 or 7
            return PartialDate.of(doc + timedelta(days=delta), core), "high"
        delta = (doc.weekday() - target) % 7
        if words[0] == "last" and delta == 0:
            delta = 7
        return PartialDate.of(doc - timedelta(days=delta), core), "high"
    return None


def _month_day(
    month: int | None, day: int, year: int | None, core: str, before: str, doc: date | None
) -> tuple[PartialDate, Confidence] | None:
    if month is None:
        return None
    if year is None:
        if doc is None:
            return None
        found = _nearest_month(month, doc, before, core)
        if found is None:
            return None
        year = found[0].year
    try:
        return PartialDate(year, month, day, core), "high"
    except ValueError:
        return None


def _nearest_month(
    month: int, doc: date, before: str, text: str
) -> tuple[PartialDate, Confidence] | None:
    here = doc.year * 12 + doc.month - 1
    options = [(y * 12 + month - 1, y) for y in (doc.year - 1, doc.year, doc.year + 1)]
    words = text.casefold().split()
    if words and words[0] == "last":  # "a report to its cabinet last October"
        year = max(o for o in options if o[0] < here)[1]
    elif not _SINCE.search(before) and (words and words[0] == "next" or tn.future(before)):
        # "next March" is after this month; "ready by June", said in June, may be this one
        later = [o for o in options if o[0] > here or (o[0] == here and words[:1] != ["next"])]
        year = min(later)[1]
    elif (
        tn.past(before)
        or tn.past_in(before)
        or tn.pluperfect(before)
        or _DATED.search(before)
        or _SINCE.search(before)
    ):
        year = max(o for o in options if o[0] <= here)[1]  # "was elected in March", "had
        # written to the ministry in May", "a letter dated March 3", "since March": past
    else:
        year = min(options, key=lambda o: (abs(o[0] - here), -o[0]))[1]
    return PartialDate(year, month, None, text), "high"


_DATED = re.compile(r"\bdated\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+\S+$", re.IGNORECASE)
_ABSOLUTE = frozenset(
    {"iso", "dmy", "mdy", "my", "year", "range_end", "bare_year", "bare_month", "named_month"}
    | {"middle"}
    | {"month_rel"}  # "October last year" names a month, also inside a quotation
)
_DAYS = frozenset({"iso", "dmy", "mdy"})


def find_dates(paras: tuple[Para, ...], doc_date: PartialDate | None) -> tuple[DateMention, ...]:
    doc = doc_date.as_date() if doc_date is not None and doc_date.precision == "day" else None
    found: list[DateMention] = []
    for para in paras:
        if _editors_note(para.text):
            continue  # "[Editor's note: … stories on Tuesday and Wednesday …]"
        matches = [m for m in _date_matches(para.text) if _keep(para, m)]
        days: list[tuple[int, int, date]] = []
        for match in matches:  # full dates, for a weekday right beside one
            if match.lastgroup in _DAYS:
                try:
                    day = _resolve(match.lastgroup or "", match.group(), "", "", doc, None)
                except (ValueError, KeyError, OverflowError):
                    day = None
                if day is not None and day[0].precision == "day":
                    days.append((match.start(), match.end(), day[0].as_date()))
        anchor: tuple[tuple[int, int], date] | None = None
        for match in matches:
            kind = match.lastgroup or ""
            sent = para.sentence_of(match.start())
            before = para.narrative[sent[0] : match.start()]
            inside = next((q for q in para.quotes if q.start <= match.start() < q.end), None)
            if inside is not None:  # "“We told them in March,” he said": the speaker's tense
                start = max(sent[0], inside.start)  # (the clause before the quote if none)
                before = para.narrative[sent[0] : start] + para.text[start : match.start()]
            same = anchor[1] if anchor is not None and anchor[0] == sent else None
            try:
                result = _resolve(
                    kind, match.group(), before, para.text[match.end() :], doc, same,
                    [d for a, b, d in days if a - 12 <= match.end() and match.start() <= b + 12],
                )  # fmt: skip
            except (ValueError, KeyError, OverflowError):
                result = None
            if result is None:
                continue
            value, confidence = result
            start = match.start() + (len(match.group()) - len(_LEADING.sub("", match.group())))
            if value.precision == "day":
                anchor = (sent, value.as_date())
            found.append(
                DateMention(
                    value,
                    Span(para.number, start, match.end()),
                    para.text[sent[0] : sent[1]].strip(),
                    Span(para.number, sent[0], sent[1]),
                    confidence,
                )
            )
    return tuple(found)


_VAGUE = re.compile(r"\b(?:less than|more than|over|about|nearly|almost|within|some)\s+$", re.I)


def _starts(para: Para) -> set[int]:
    """Where the paragraph's sentences start (and words after an opening mark)."""
    return {t.start for t in para.tokens if t.sentence_start}


def _editors_note(text: str) -> bool:
    return text.startswith("[") and text.rstrip().endswith("]")


def _keep(para: Para, match: re.Match[str]) -> bool:
    """A month's name must be capitalised ("may lose" is no date); "today's" is a noun;
    inside a quotation only dates naming a month or a year count (the speaker's "today" is
    not the article's)."""
    kind = match.lastgroup or ""
    if kind == "bare_year" and not year_is_date(para.text, match.start(), match.end()):
        return False  # "Companies Act 2006", "2024/25", "about 2000 people"
    if kind in ("bare_month", "named_month") and not match.group().split()[-1][:1].isupper():
        return False
    if kind == "month_rel" and not _CAPITAL_MONTH.search(match.group()):
        return False  # "may last year"
    if kind in ("offset", "ago") and _VAGUE.search(
        para.text[max(0, match.start() - 14) : match.start()]
    ):
        return False  # "less than a week before", "over two years ago": no point in time
    word = match.group()
    if kind == "word" and word[:1].isupper() and match.start() not in _starts(para):
        return False  # "BBC Radio 4’s Today programme": a name
    if kind == "word" and para.text[match.end() : match.end() + 2] in {"'s", "’s"}:
        return False
    named = kind == "festival" and re.search(r"\d{4}", word) is not None  # "Christmas 2022"
    return kind in _ABSOLUTE or named or not para.in_quote(match.start())
