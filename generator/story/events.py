"""The timeline's events: one entry per event, dated at its true precision, with the source
sentence that reports it. Pure: documents and extracted dates in, events and notes out.

`timeline(docs, extracted)` → (events sorted by date, review notes). Where events come from:

- an editor's `events` (articles, profiles, rules): the headline is theirs; the sentence is
  the one of their paragraph whose date extraction resolved to the same date (its words, such
  as "a day after", become the date's wording), else the paragraph's sentence naming the
  year, else the whole paragraph;
- dated sentences extraction found in articles (`extracted`), and in the bodies of profiles
  and rules (background; a rule is read without its `date`, which is the version of its
  text and must never anchor "last year"); a sentence that holds an editor's event adds
  nothing more, so each sentence is reported once;
- each article's publication.

A date whose words sit in a conditional or future clause ("should Trump beat Harris in
November", "will meet next week") is not an event: it is left out, and a review note says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from generator.dates import PartialDate
from generator.extract.document import analyse
from generator.extract.relative_dates import find_dates
from generator.extract.sentences import split_sentences
from generator.story.model import Document, Event, EventKind, ReviewNote, Source
from generator.text import clip

LEFT_OUT = "Dates left off the timeline"
CONDITIONAL = frozenset(
    ["if", "unless", "should", "would", "could", "might", "may", "whether", "were", "lest"]
)
FUTURE = frozenset(
    [
        "will",
        "shall",
        "'ll",
        "’ll",
        "plans",
        "plan",
        "planned",
        "planning",
        "expected",
        "expects",
        "due",
        "scheduled",
        "intends",
        "aims",
        "hopes",
        "upcoming",
        "going",
    ]
)
_WINDOW = 8  # words before the date words, within their clause, that can mark it
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s")
_WORD = re.compile(r"[\w’']+")


def timeline(
    docs: Sequence[Document], extracted: Iterable[Event]
) -> tuple[tuple[Event, ...], list[ReviewNote]]:
    by_id = {d.id: d for d in docs}
    found = [e for e in extracted if e.source.document in by_id]
    found += [e for d in docs if d.kind in ("person", "organisation", "rule") for e in _body(d)]
    events: list[Event] = []
    covered: set[tuple[str, int | None, str]] = set()
    for doc in docs:
        for ref in doc.events:
            event = _curated(doc, ref.date, ref.what, ref.paragraph, found)
            covered.add((doc.id, ref.paragraph, event.text))
            events.append(event)
    notes: list[ReviewNote] = []
    for event in found:
        if (event.source.document, event.source.paragraph, event.text) in covered:
            continue
        why = condition(event.text, event.date.text)
        if why:
            notes.append(
                ReviewNote(
                    LEFT_OUT,
                    f"“{event.date.text}” in “{clip(event.text, 120, at_word=True)}”: {why}",
                    event.source,
                )
            )
            continue
        events.append(event)
    events += [
        Event(
            d.date,
            d.title,
            Source(d.id),
            f"{d.outlet} publishes “{d.title}”" if d.outlet else f"“{d.title}” is published",
            "published",
        )
        for d in docs
        if d.date and d.kind == "article"
    ]
    return tuple(sorted(set(events), key=_order)), notes


def condition(sentence: str, words: str) -> str:
    """Why the date `words` in `sentence` date no event ('a conditional' or 'a future plan'),
    or '' when they do: judged on the few words before them, within their clause."""
    at = sentence.find(words) if words else -1
    before = sentence[: at if at >= 0 else 0]
    clause = _CLAUSE_BREAK.split(before)[-1]
    near = [w.casefold() for w in _WORD.findall(clause)][-_WINDOW:]
    if any(w in CONDITIONAL for w in near):
        return "a conditional or hypothetical, not an event"
    if any(w in FUTURE for w in near):
        return "a future plan, not an event yet"
    return ""


def _kind(doc: Document) -> EventKind:
    return "event" if doc.kind == "article" else "background"


def _curated(
    doc: Document, date: PartialDate, what: str, paragraph: int | None, found: list[Event]
) -> Event:
    match = next(
        (
            e
            for e in found
            if e.source.document == doc.id and e.source.paragraph == paragraph and e.date == date
        ),
        None,
    )
    if match is not None:
        return Event(match.date, match.text, match.source, what, _kind(doc))
    text = ""
    if paragraph is not None and paragraph <= len(doc.paragraphs):
        text = _sentence_naming(doc.paragraphs[paragraph - 1].text, str(date.year))
    return Event(date, text, Source(doc.id, paragraph), what, _kind(doc))


def _sentence_naming(paragraph: str, token: str) -> str:
    for start, end in split_sentences(paragraph):
        if token in paragraph[start:end]:
            return paragraph[start:end].strip()
    return paragraph


def _body(doc: Document) -> list[Event]:
    """Dated sentences of a profile's or a rule's own text (our words: background)."""
    anchor = doc.date if doc.kind != "rule" else None
    paras = analyse([p.text for p in doc.paragraphs])
    return [
        Event(m.date, m.sentence, Source(doc.id, m.span.paragraph), "", "background")
        for m in find_dates(paras, anchor)
    ]


def _order(e: Event) -> tuple[tuple[int, int, int], int, str, int, str, str]:
    rank = {"background": 0, "event": 1, "published": 2}[e.kind]
    return (e.date.sort_key(), rank, e.source.document, e.source.paragraph or 0, e.text, e.headline)
