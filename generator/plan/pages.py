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
    """A numbered paragraph; `sources` cite where a paragraph of our own words comes from."""

    number: int
    anchor: str
    parts: tuple[Part, ...]
    sources: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class QuoteItem:
    text: str
    speaker: Link | None
    source: Link
    date: str = ""


@dataclass(frozen=True, slots=True)
class QuestionItem:
    """A question of the page's Q&A, its answer and the paragraphs (¶ links) behind it;
    `anchor` is the question heading's id."""

    question: str
    answer: str
    sources: tuple[Link, ...]
    anchor: str = ""


@dataclass(frozen=True, slots=True)
class StatementItem:
    """Who claims or responds (a who's-who link), what, and the paragraphs reporting it."""

    by: Link
    text: str
    sources: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class ClaimItem:
    """A claim, its responses ("No response in the sources" when none) and the rule it
    invokes, linked."""

    claim: StatementItem
    responses: tuple[StatementItem, ...]
    rule: Link | None = None


@dataclass(frozen=True, slots=True)
class TextItem:
    """Text in our own words with the links that support it (paragraphs, a source)."""

    text: str
    sources: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class ProvisionItem:
    """A quoted provision: its ref, the id plain-language lines link to, its lines."""

    ref: str
    anchor: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RuleLineItem:
    """A plain-language line and the quoted provisions it cites (links to them)."""

    text: str
    cites: tuple[Link, ...]


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
    resting_on: str = ""  # how many independent sources the account rests on
    unknowns: tuple[TextItem, ...] = ()


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
    unknowns: tuple[TextItem, ...] = ()


@dataclass(frozen=True, slots=True)
class EntityPage(Page):
    """`roles`: each role (link label), "as of" its source's date (detail) and the source;
    `pronoun` words the headings ("What they said", "What it said")."""

    entity: Entity
    kind_label: str
    affiliation: Link | None
    roles: tuple[LinkedLine, ...]
    quotes: tuple[QuoteItem, ...]
    appearances: tuple[SentenceGroup, ...]
    profile: tuple[NumberedParagraph, ...]
    website: Link | None
    last_touched: LinkedLine | None = None  # the newest source that names it
    did: TextItem | None = None
    aliases: tuple[str, ...] = ()
    pronoun: str = "they"


@dataclass(frozen=True, slots=True)
class RulePage(Page):
    """`text_link` is where the quoted text comes from, labelled for what it is (the
    official text, or a copy); `version` says which version of the text is quoted."""

    doc: Document
    text_link: Link | None
    provisions: tuple[ProvisionItem, ...]
    explanation: tuple[NumberedParagraph, ...]
    raised_in: tuple[SentenceGroup, ...]
    related: tuple[LinkedLine, ...]
    kind_label: str = ""
    allows: tuple[RuleLineItem, ...] = ()
    forbids: tuple[RuleLineItem, ...] = ()
    provenance: str = ""  # "Official text" / "Copy of the text: …"
    version: str = ""


@dataclass(frozen=True, slots=True)
class IndexGroup:
    heading: str
    items: tuple[LinkedLine, ...]
    intro: str = ""


@dataclass(frozen=True, slots=True)
class IndexPage(Page):
    """`empty` is shown when there are no groups ('' when the intro already says so)."""

    intro: str
    groups: tuple[IndexGroup, ...]
    empty: str = "Nothing here yet."


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event: its date (a link to the paragraph that dates it; its card holds the words
    that did), a headline, the source sentence ('' when an entry above already shows it, or
    when the headline is the sentence), the source, and "Background" for our own notes."""

    date: Link
    iso: str
    headline: str
    sentence: str
    source: Link
    label: str = ""
    again: bool = False  # the sentence is shown under an entry above
    cites: tuple[Link, ...] = ()  # for background: the sources our note cites


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
    """`rows`: reports, statements and filings, newest first; `texts`: the rules' texts,
    whose dates are versions of the text, never news."""

    rows: tuple[SourceRow, ...]
    texts: tuple[SourceRow, ...] = ()
