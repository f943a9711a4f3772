"""Typed contexts of the generated pages, one per page kind (see templates/README.md).

Everything a template shows is prepared here by the planner: links are `Link` objects with
the relative address already computed, annotated text is a tuple of `str` and `Link` parts.
Templates only lay these out; the renderer escapes every `str` for Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.story.model import Document, Entity


@dataclass(frozen=True, slots=True)
class Link:
    """A link to a page of the site (relative `.md` address) or to an outside address."""

    label: str
    href: str
    tooltip: str = ""
    external: bool = False


Part = str | Link


@dataclass(frozen=True, slots=True)
class NumberedParagraph:
    number: int
    anchor: str
    parts: tuple[Part, ...]


@dataclass(frozen=True, slots=True)
class QuoteItem:
    text: str
    speaker: Link | None
    source: Link
    date: str = ""


@dataclass(frozen=True, slots=True)
class QuestionItem:
    """A question of the page's Q&A, its answer and the paragraphs (¶ links) behind it."""

    question: str
    answer: str
    sources: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class StatementItem:
    """Who claims or responds (a who's-who link), what, and the paragraphs reporting it."""

    by: Link
    text: str
    sources: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class ClaimItem:
    claim: StatementItem
    responses: tuple[StatementItem, ...]


@dataclass(frozen=True, slots=True)
class LinkedLine:
    """A link followed by a plain description, e.g. a person and their role here."""

    link: Link
    detail: str = ""
    source: Link | None = None


@dataclass(frozen=True, slots=True)
class SentenceGroup:
    """Sentences from one document that mention something, with the document and date."""

    document: Link
    date: str
    sentences: tuple[LinkedLine, ...]


@dataclass(frozen=True, slots=True)
class Page:
    """What every page has; `kind` picks the template (`<kind>.md.j2`)."""

    path: str
    kind: str
    title: str
    description: str


@dataclass(frozen=True, slots=True)
class HomePage(Page):
    summary: str
    overview: tuple[str, ...]
    whats_new: tuple[LinkedLine, ...]
    start_here: tuple[LinkedLine, ...]
    sections: tuple[LinkedLine, ...]


@dataclass(frozen=True, slots=True)
class ExplainerPage(Page):
    doc: Document
    meta: tuple[str, ...]
    original: Link | None
    summary: str
    key_points: tuple[str, ...]
    quotes: tuple[QuoteItem, ...]
    rules: tuple[LinkedLine, ...]
    people: tuple[LinkedLine, ...]
    organisations: tuple[LinkedLine, ...]
    dates: tuple[LinkedLine, ...]
    paragraphs: tuple[NumberedParagraph, ...]
    citation: str
    questions: tuple[QuestionItem, ...] = ()
    claims: tuple[ClaimItem, ...] = ()


@dataclass(frozen=True, slots=True)
class EntityPage(Page):
    entity: Entity
    kind_label: str
    affiliation: Link | None
    roles: tuple[LinkedLine, ...]
    quotes: tuple[QuoteItem, ...]
    appearances: tuple[SentenceGroup, ...]
    profile: tuple[str, ...]
    website: Link | None
    last_touched: LinkedLine | None = None  # the newest source that states or mentions it


@dataclass(frozen=True, slots=True)
class RulePage(Page):
    doc: Document
    official: Link | None
    provisions: tuple[tuple[str, str], ...]
    explanation: tuple[NumberedParagraph, ...]
    raised_in: tuple[SentenceGroup, ...]
    related: tuple[LinkedLine, ...]
    last_touched: LinkedLine | None = None  # the newest of the rule and the sources raising it


@dataclass(frozen=True, slots=True)
class IndexGroup:
    heading: str
    items: tuple[LinkedLine, ...]


@dataclass(frozen=True, slots=True)
class IndexPage(Page):
    intro: str
    groups: tuple[IndexGroup, ...]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str
    iso: str
    text: str
    source: Link


@dataclass(frozen=True, slots=True)
class TimelinePage(Page):
    entries: tuple[TimelineEntry, ...]


@dataclass(frozen=True, slots=True)
class SourceRow:
    link: Link
    kind: str
    outlet: str
    date: str
    original: Link | None


@dataclass(frozen=True, slots=True)
class SourcesPage(Page):
    rows: tuple[SourceRow, ...]
