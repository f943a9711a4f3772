"""The story model: frozen entities with explicit ids; relations are ids.

`Document`s come out of validation (`generator.schema`); `Story` is the resolved graph built
by `generator.story.assemble.build_story`, with read-only indexes for the planner. Nothing
here does I/O or knows about MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from generator.dates import PartialDate

Kind = Literal["article", "rule", "person", "organisation", "story"]
EntityKind = Literal["person", "organisation"]
Confidence = Literal["high", "low"]
KINDS: tuple[Kind, ...] = ("article", "rule", "person", "organisation", "story")
GENRES = ("news", "statement", "filing", "analysis")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A body paragraph: its 1-based number, its text (one line) and its first source line."""

    number: int
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class EntityRef:
    """A person or organisation as one document states it: `line` is the line of its `id:`,
    `field` its place in front matter (`people[2]`), `name_line` the line of its `name:`."""

    id: str
    kind: EntityKind
    name: str | None
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    affiliation: str | None
    line: int
    field: str = ""
    name_line: int = 0
    did: str = ""  # what they did in this story, in our words
    did_paragraphs: tuple[int, ...] = ()  # the paragraphs that report it


@dataclass(frozen=True, slots=True)
class QuoteRef:
    """A quote curated in front matter; `paragraph` is resolved during validation."""

    text: str
    speaker: str | None
    paragraph: int
    line: int
    field: str = ""


@dataclass(frozen=True, slots=True)
class Question:
    """An editor's question about a document, answered in our words, with the paragraphs
    of the text that support the answer (1-based)."""

    question: str
    answer: str
    paragraphs: tuple[int, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Statement:
    """Who (`by`: a person or organisation id) claims or answers what, and the paragraphs
    of the text that report it."""

    by: str
    text: str
    paragraphs: tuple[int, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim and the responses to it, set side by side on the explainer page."""

    claim: Statement
    responses: tuple[Statement, ...]
    rule: str | None = None  # the id of the rule the claim invokes


@dataclass(frozen=True, slots=True)
class Provision:
    """A provision quoted word for word; `text` keeps the official text's line breaks."""

    ref: str
    text: str

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(self.text.split("\n"))


@dataclass(frozen=True, slots=True)
class RuleLine:
    """A plain-language line of what a rule allows or forbids, in our words, with the refs of
    the quoted provisions it paraphrases (`cites`; empty when the editor gave none)."""

    text: str
    cites: tuple[str, ...]
    line: int


@dataclass(frozen=True, slots=True)
class BodySource:
    """Where a paragraph of our own words (a profile, a rule's explanation) comes from: an
    outside `url` with its `title`, or a `document` of the story and its `paragraphs`."""

    paragraph: int
    title: str
    url: str = ""
    document: str = ""
    paragraphs: tuple[int, ...] = ()
    line: int = 0


@dataclass(frozen=True, slots=True)
class EventRef:
    """An event an editor dates and names (`what`, a short headline in our words), with the
    paragraph of the document's text that reports it."""

    date: PartialDate
    what: str
    paragraph: int | None
    line: int


@dataclass(frozen=True, slots=True)
class Unknown:
    """Something the sources do not establish, in our words, with the paragraphs that bear
    on it (may be none)."""

    text: str
    paragraphs: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """One validated source document. Fields that do not apply to its kind stay empty."""

    id: str
    path: str
    kind: Kind
    title: str
    date: PartialDate | None
    digest: str
    paragraphs: tuple[Paragraph, ...] = ()
    updated: PartialDate | None = None
    summary: str = ""
    tags: tuple[str, ...] = ()
    url: str = ""
    # articles
    genre: str = "news"
    outlet: str = ""
    author: str = ""
    key_points: tuple[str, ...] = ()
    entities: tuple[EntityRef, ...] = ()
    quotes: tuple[QuoteRef, ...] = ()
    rules: tuple[str, ...] = ()
    questions: tuple[Question, ...] = ()
    claims: tuple[Claim, ...] = ()
    # rules
    short_title: str = ""
    jurisdiction: str = ""
    citation: str = ""
    issuer: str = ""
    instrument: str = ""
    allows: tuple[RuleLine, ...] = ()
    forbids: tuple[RuleLine, ...] = ()
    provisions: tuple[Provision, ...] = ()
    related: tuple[str, ...] = ()
    text_source: str = ""  # "official" (the publisher's own site) or "copy"
    copy_note: str = ""  # for a copy: what it is a copy of, and who made it
    excerpt: str = ""  # for a partial text: what the quoted text covers
    # rules, people and organisations
    aliases: tuple[str, ...] = ()
    # people and organisations (profiles)
    roles: tuple[str, ...] = ()
    affiliation: str | None = None
    # profiles and rules: where the paragraphs of our own words come from
    sources: tuple[BodySource, ...] = ()
    # articles, profiles and rules: events an editor dates and names
    events: tuple[EventRef, ...] = ()
    # articles and the story: what the sources do not establish
    unknowns: tuple[Unknown, ...] = ()
    # story
    start_here: tuple[str, ...] = ()
    # where each referenced id was written, for diagnostics: (field, id) → line
    ref_lines: tuple[tuple[str, str, int], ...] = ()
    # the line of the `id:` field (1 when the id comes from the file name)
    id_line: int = 1

    @property
    def label(self) -> str:
        """How the document is named in lists: short title for rules, else the title."""
        return self.short_title or self.title


@dataclass(frozen=True, slots=True)
class Source:
    """Where a statement on the site comes from: a document and, when known, a paragraph."""

    document: str
    paragraph: int | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """A role as one source states it; `date` is that source's date (the role holds "as of"
    it), None when the source is undated."""

    text: str
    source: Source
    confidence: Confidence = "high"
    date: PartialDate | None = None


@dataclass(frozen=True, slots=True)
class InStory:
    """What an entity did in the story: curated (`ours`: our words) or the sentence of its
    first quote or mention, with the document and paragraphs it comes from."""

    text: str
    document: str
    paragraphs: tuple[int, ...]
    ours: bool


@dataclass(frozen=True, slots=True)
class Mention:
    """A sentence of a document that names an entity or raises a rule."""

    source: Source
    sentence: str


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    text: str
    speaker: str | None
    source: Source
    confidence: Confidence = "high"


@dataclass(frozen=True, slots=True)
class Entity:
    """A who's-who entry: one person or organisation across all documents."""

    id: str
    kind: EntityKind
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    mentions: tuple[Mention, ...]
    quotes: tuple[str, ...]
    documents: tuple[str, ...]
    affiliation: str | None = None
    summary: str = ""
    profile: str | None = None
    url: str = ""
    did: InStory | None = None

    @property
    def headline_role(self) -> str:
        """The one-line role shown on hover cards: the latest role stated (roles are sorted
        latest source first)."""
        return self.roles[0].text if self.roles else ""


EventKind = Literal["event", "published", "background"]


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event: `date` (its `text` keeps the words that dated it), `headline` (an
    editor's, or empty), `text` (the source sentence; for a publication, the document's
    title) and where it comes from. `kind`: an event of the story, a document's
    publication, or background from a profile or a rule's explanation."""

    date: PartialDate
    text: str
    source: Source
    headline: str = ""
    kind: EventKind = "event"


@dataclass(frozen=True, slots=True)
class RuleUse:
    """A rule raised by a document, with the sentences that raise it (may be empty)."""

    rule: str
    source: Source
    sentence: str = ""


@dataclass(frozen=True, slots=True)
class ReviewNote:
    """Something an editor should check (an uncertain attribution, a new name)."""

    topic: str
    text: str
    source: Source


@dataclass(frozen=True, slots=True)
class Story:
    """The resolved story: every entity, with read-only indexes by id."""

    title: str
    summary: str
    overview: tuple[Paragraph, ...]
    start_here: tuple[str, ...]
    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    events: tuple[Event, ...]
    rule_uses: tuple[RuleUse, ...]
    unmatched_rules: tuple[RuleUse, ...] = ()
    review: tuple[ReviewNote, ...] = ()
    by_id: MappingProxyType[str, Document] = field(default_factory=lambda: MappingProxyType({}))
    entity_by_id: MappingProxyType[str, Entity] = field(
        default_factory=lambda: MappingProxyType({})
    )

    @property
    def articles(self) -> tuple[Document, ...]:
        return tuple(d for d in self.documents if d.kind == "article")

    @property
    def rules(self) -> tuple[Document, ...]:
        return tuple(d for d in self.documents if d.kind == "rule")
