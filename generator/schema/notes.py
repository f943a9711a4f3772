"""Validate the editor's notes that any kind may carry: dated `events`, the `sources` of
paragraphs written in our own words, and `unknowns`.

    events:                          # articles, profiles, rules: the timeline's headlines
      - date: 2024-10-22             # at its precision: 2024, 2024-10 or 2024-10-22
        what: Trump's campaign accuses Labour of "blatant foreign interference"
        paragraph: 2                 # the paragraph of this document's text that reports it
    sources:                         # profiles, rules: where a paragraph of our words comes from
      - paragraph: 2
        title: FEC brochure "Foreign Nationals" (July 2003)
        url: https://classic.fec.gov/pages/brochures/foreign.shtml
      - paragraph: 3
        document: starmer-labour-volunteers   # or a document of the story
        paragraphs: [6]
    unknowns:                        # articles, the story: what the sources do not establish
      - Who paid for the volunteers' housing.
      - text: Whether the FEC has acted on the complaint.
        paragraphs: [6]

Each problem is reported through the reader and costs the smallest unit that holds it (an
event, a source, a paragraph number: issue 11); a document id under `sources` is checked
against the story by `generator.references`.
"""

from __future__ import annotations

from generator.schema.fields import FieldReader
from generator.schema.qa import paragraph_list
from generator.story.model import BodySource, EventRef, Paragraph, Unknown
from generator.text import is_slug

EVENT_FIELDS = {"date", "what", "paragraph"}
SOURCE_FIELDS = {"paragraph", "title", "url", "document", "paragraphs"}
UNKNOWN_FIELDS = {"text", "paragraphs"}


def events(r: FieldReader, paragraphs: tuple[Paragraph, ...]) -> tuple[EventRef, ...]:
    """Each event is a unit: a missing or bad date or `what` costs it; a bad paragraph
    number costs that number only."""
    out = []
    for i in r.records("event", EVENT_FIELDS, "events", first="date"):
        with r.unit("event", "events", i):
            when = r.date("events", i, "date")
            if when is None and r.raw("events", i, "date") is None:
                r.err("is required", "events", i, "date")
            what = r.text("events", i, "what", required=True)
        number = _paragraph(r, len(paragraphs), "events", i, "paragraph", lost="paragraph number")
        if r.raw("events", i, "paragraph") is None:
            r.warn("no paragraph: say which paragraph of the text reports it", "events", i)
        if when is not None and what and not r.failed("events", i):
            out.append(EventRef(when, what, number, r.front.line("events", i)))
    return tuple(out)


def body_sources(r: FieldReader, paragraphs: tuple[Paragraph, ...]) -> tuple[BodySource, ...]:
    """Each source is a unit: anything wrong with it costs it (its paragraph is then shown
    without a source)."""
    return r.units(
        "source", SOURCE_FIELDS, "sources", "paragraph", lambda i: _source(r, i, paragraphs)
    )


def _source(r: FieldReader, i: int, paragraphs: tuple[Paragraph, ...]) -> BodySource | None:
    number = _paragraph(r, len(paragraphs), "sources", i, "paragraph")
    if r.raw("sources", i, "paragraph") is None:
        r.err("is required: the paragraph of the text this source supports", "sources", i)
    url = r.url("sources", i, "url")
    document = r.text("sources", i, "document")
    title = r.text("sources", i, "title")
    if document and not is_slug(document):
        r.err(f"'{document}' is not a document id", "sources", i, "document")
        return None
    if bool(url) == bool(document):
        r.err("give either a 'url' (with a 'title') or a 'document' of the story", "sources", i)
        return None
    if url and not title:
        r.err("is required with a url: what the source is", "sources", i, "title")
        return None
    cited = paragraph_list(r, None, "sources", i) if document else ()
    if number is None:
        return None
    document = r.ref(document, "sources", i, "document")
    return BodySource(number, title, url, document, cited, r.front.line("sources", i))


def unknowns(r: FieldReader, paragraphs: tuple[Paragraph, ...]) -> tuple[Unknown, ...]:
    value = r.raw("unknowns")
    if value is None:
        return ()
    if not isinstance(value, list):
        value = [value]
        keys: list[tuple[str | int, ...]] = [("unknowns",)]
    else:
        keys = [("unknowns", i) for i in range(len(value))]
    out = []
    for item, where in zip(value, keys, strict=True):
        if isinstance(item, dict):
            r.unknown_fields(UNKNOWN_FIELDS, *where)  # warned about, the rest kept
            text = r.text(*where, "text", required=True)
            numbers = paragraph_list(r, len(paragraphs), *where)
        else:
            text, numbers = r.text(*where), ()
        if text:
            out.append(Unknown(text, numbers))
    return tuple(out)


def _paragraph(r: FieldReader, count: int, *keys: str | int, lost: str | None = None) -> int | None:
    """The paragraph number at `keys`; a bad one costs `lost` (default: the current unit)."""
    value = r.text(*keys)
    if not value:
        return None
    if value.isdigit() and 1 <= int(value) <= count:
        return int(value)
    r.err(f"'{value}' is not a paragraph number (1 to {count})", *keys, lost=lost)
    return None
