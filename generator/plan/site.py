"""The site's addresses and links: what every page planner shares.

Page addresses: `index.md`, `explainers/<id>.md`, `who/<id>.md`, `rules/<id>.md`, one index
page per section, `timeline.md`, `sources.md` and `review.md`. `SECTIONS` is the one table
of the site's sections (folder, title, the kinds of document they hold): the planners and
the MkDocs navigation both read it. Links between pages are relative `.md` addresses, so
MkDocs validates them and any Markdown engine can follow them.

`Site(resolved)` computes addresses, links and hover cards for one story, with per-document
indexes so each page reads only its own items; `Keys(site)` holds what every page's memo key
shares. The page kinds' planners are the sibling modules (`home`, `explainer`, `entity`,
`rule`, `index`, `timeline`, `sources`); `planner.plan_each` runs them in order.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from generator.cache import fingerprint
from generator.dates import PartialDate
from generator.plan import cards
from generator.plan.pages import Link, LinkedLine, NumberedParagraph, Part, SentenceGroup
from generator.story.assemble import Resolved
from generator.story.link import Segment
from generator.story.model import (
    BodySource,
    Document,
    Entity,
    Event,
    Kind,
    Mention,
    Quote,
    RuleUse,
    Source,
)

HOME = "index.md"
TIMELINE = "timeline.md"
REVIEW = "review.md"
SOURCES = "sources.md"


@dataclass(frozen=True)
class Section:
    """A section of the site: its folder (with an `index.md`), title and documents' kinds."""

    folder: str
    title: str
    kinds: tuple[Kind, ...]

    @property
    def index(self) -> str:
        return f"{self.folder}/index.md"


EXPLAINERS = Section("explainers", "Explainers", ("article",))
WHO = Section("who", "Who's who", ("person", "organisation"))
RULES = Section("rules", "What the rules say", ("rule",))
SECTIONS = (EXPLAINERS, WHO, RULES)
FOLDERS = {kind: section.folder for section in SECTIONS for kind in section.kinds}


def join(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def anchor(number: int) -> str:
    return f"p-{number}"


class Site:
    """Addresses of every page of one story, and links between them."""

    def __init__(self, resolved: Resolved) -> None:
        self.story = resolved.story
        self.annotations = resolved.annotations
        self.names_key = resolved.names_key
        # Indexes, so that each page reads its own items instead of scanning the whole story
        # (issue 7: those scans made planning quadratic in the number of documents).
        self.quotes_in: dict[str, list[Quote]] = defaultdict(list)
        self.quotes_by: dict[str, list[Quote]] = defaultdict(list)
        for quote in self.story.quotes:
            self.quotes_in[quote.source.document].append(quote)
            if quote.speaker is not None and quote.confidence == "high":
                self.quotes_by[quote.speaker].append(quote)
        self.events_in: dict[str, list[Event]] = defaultdict(list)
        for event in self.story.events:
            self.events_in[event.source.document].append(event)
        self.uses_of: dict[str, list[RuleUse]] = defaultdict(list)
        for use in self.story.rule_uses:
            self.uses_of[use.rule].append(use)
        self._relative: dict[tuple[str, str], str] = {}

    def doc_path(self, doc: Document) -> str:
        return f"{FOLDERS[doc.kind]}/{doc.id}.md"

    def entity_path(self, entity: Entity) -> str:
        return f"{WHO.folder}/{entity.id}.md"

    def href(self, here: str, target: str, fragment: str = "") -> str:
        if target == here:
            return f"#{fragment}" if fragment else posixpath.basename(target)
        folder = posixpath.dirname(here) or "."
        rel = self._relative.get((folder, target))
        if rel is None:
            rel = self._relative[(folder, target)] = posixpath.relpath(target, folder)
        return f"{rel}#{fragment}" if fragment else rel

    def to_entity(self, here: str, ident: str) -> Link:
        entity = self.story.entity_by_id[ident]
        return Link(entity.name, self.href(here, self.entity_path(entity)), self.card(entity))

    def card(self, entity: Entity) -> str:
        """The hover card of a who's-who link: the latest role, as of its source's date (or
        what the entity is), its organisation, and the source that states the role."""
        org = self.story.entity_by_id.get(entity.affiliation or "")
        role = entity.roles[0] if entity.roles else None
        if role is None:
            # what it is: its profile's summary, else what the text says it did
            did = entity.did
            if entity.summary and entity.profile:
                about, source = entity.summary, self.source_label(Source(entity.profile))
            elif did is not None:
                first = did.paragraphs[0] if did.paragraphs else None
                about, source = did.text, self.source_label(Source(did.document, first))
            else:
                about, source = entity.summary or entity.kind.capitalize(), ""
            return cards.entity_card(entity.name, about, org.name if org else "", source)
        return cards.entity_card(
            entity.name, cards.as_of(role), org.name if org else "", self.source_label(role.source)
        )

    def source_label(self, source: Source) -> str:
        """How a citation names a source: "Al Jazeera, 23 October 2024, ¶1"; a profile is
        "profile of <name>, <date>"; a rule, its citation."""
        doc = self.story.by_id[source.document]
        if doc.kind in ("person", "organisation"):
            label = cards.dated(f"our profile of {doc.title}", doc.date)
            return label + (f", ¶{source.paragraph}" if source.paragraph else "")
        label = doc.citation or doc.label if doc.kind == "rule" else doc.outlet or doc.label
        if doc.kind != "rule":
            label = cards.dated(label, doc.date)
        return label + (f", ¶{source.paragraph}" if source.paragraph else "")

    def to_doc(self, here: str, ident: str, label: str = "") -> Link:
        doc = self.story.by_id[ident]
        if doc.kind in ("person", "organisation"):
            return self.to_entity(here, doc.id)
        tooltip = cards.rule_card(doc) if doc.kind == "rule" else cards.document_card(doc)
        return Link(label or doc.label, self.href(here, self.doc_path(doc)), tooltip)

    def to_source(self, here: str, source: Source) -> Link:
        """A citation, as a newsroom writes it ("Al Jazeera, 23 October 2024, ¶4"), whose
        hover card previews the source: its title, kind, outlet, date and the paragraph."""
        doc = self.story.by_id[source.document]
        if doc.kind in ("person", "organisation"):
            # a profile: its paragraph on the entity's page, never a link to the page itself
            path = self.entity_path(self.story.entity_by_id[doc.id])
            number = source.paragraph
            href = self.href(here, path, anchor(number) if number else "")
            return Link(
                self.source_label(source),
                "" if path == here and not number else href,
                self.to_entity(here, doc.id).tooltip,
            )
        number = source.paragraph
        text = doc.paragraphs[number - 1].text if number and number <= len(doc.paragraphs) else ""
        elsewhere = self.doc_path(doc) != here
        return Link(
            self.source_label(source),
            self.href(here, self.doc_path(doc), anchor(number) if number else ""),
            cards.citation_card(doc if elsewhere else None, number, text),
        )

    def to_paragraph(self, here: str, source: Source) -> Link:
        """A short paragraph link (¶n) for lists already grouped by document."""
        full = self.to_source(here, source)
        return Link(
            f"¶{source.paragraph}" if source.paragraph else "source", full.href, full.tooltip
        )

    def parts(self, here: str, segments: Iterable[Segment]) -> tuple[Part, ...]:
        """A paragraph's text with the first mention of each person, organisation or rule
        linked; later mentions in the same paragraph stay plain text."""
        out: list[Part] = []
        linked: set[str] = set()
        for seg in segments:
            if seg.target is None or seg.target in linked:
                out.append(seg.text)
                continue
            linked.add(seg.target)
            target = self.to_doc(here, seg.target) if seg.kind == "rule" else None
            link = target or self.to_entity(here, seg.target)
            out.append(Link(seg.text, link.href, link.tooltip))
        return tuple(_merged(out))

    def numbered(self, here: str, doc: Document) -> tuple[NumberedParagraph, ...]:
        """A document's paragraphs, annotated; a paragraph of our own words (a profile, a
        rule's explanation) carries the sources its document cites for it."""
        segments = self.annotations.get(doc.id) or tuple(
            (Segment(p.text, 0),) for p in doc.paragraphs
        )
        return tuple(
            NumberedParagraph(
                p.number,
                anchor(p.number),
                self.parts(here, s),
                tuple(self.body_source(here, b) for b in doc.sources if b.paragraph == p.number),
            )
            for p, s in zip(doc.paragraphs, segments, strict=True)
        )

    def body_source(self, here: str, source: BodySource) -> Link:
        if source.url:
            return Link(source.title, source.url, external=True)
        first = source.paragraphs[0] if source.paragraphs else None
        return self.to_source(here, Source(source.document, first))


class Keys:
    """What memo keys are made of: everything a page reads, so an unchanged key means an
    unchanged page. `links` covers every link label and tooltip, `whole` what the site-wide
    pages (home, indexes, timeline, sources) list. Each page kind's key is made next to its
    planner (`explainer_key`, ...); a planner that starts reading something new must add it
    to its key (tests/test_cache.py checks incremental pages against pages planned afresh)."""

    def __init__(self, site: Site) -> None:
        story = site.story
        links = (
            tuple(
                (d.id, d.kind, d.title, d.short_title, d.genre, d.outlet, d.citation, d.date)
                + (d.updated, d.issuer, d.url, d.instrument, d.author)
                for d in story.documents
            ),
            tuple(
                (e.id, e.kind, e.name, e.summary, e.affiliation, e.roles[:1], e.did)
                for e in story.entities
            ),
        )
        self.links = fingerprint(links)
        lists = (
            self.links,
            tuple((d.summary, d.unknowns, d.text_source, d.sources) for d in story.documents),
            tuple(e.did for e in story.entities),
            (story.title, story.summary, story.overview, story.start_here),
            story.events,
        )
        self.whole = fingerprint(lists)
        self.names = site.names_key
        self.site = site  # its per-document indexes are what each page reads
        self.by_id = story.by_id


def _merged(parts: list[Part]) -> list[Part]:
    """Adjacent plain strings joined, so an unlinked mention reads as one run of text."""
    out: list[Part] = []
    for part in parts:
        if isinstance(part, str) and out and isinstance(out[-1], str):
            out[-1] += part
        else:
            out.append(part)
    return out


def date_text(value: PartialDate | None) -> str:
    return value.human() if value else "undated"


def newest_first(docs: Iterable[Document]) -> list[Document]:
    return sorted(
        docs,
        key=lambda d: ((d.updated or d.date).sort_key() if d.date else (0, 0, 0), d.id),
        reverse=True,
    )


def grouped(site: Site, here: str, mentions: Iterable[Mention]) -> tuple[SentenceGroup, ...]:
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.source.document].append(m)
    docs = sorted(
        (site.story.by_id[i] for i in by_doc),
        key=lambda d: (d.date.sort_key() if d.date else (0, 0, 0), d.id),
    )
    return tuple(
        SentenceGroup(
            site.to_doc(here, d.id),
            date_text(d.date),
            tuple(LinkedLine(site.to_paragraph(here, m.source), m.sentence) for m in by_doc[d.id]),
        )
        for d in docs
    )


def last_touched(site: Site, here: str, ids: Iterable[str]) -> LinkedLine | None:
    """The newest dated source among `ids` (by `updated`, else `date`; front matter only),
    never the page's own document."""
    dated = [d for d in (site.story.by_id[i] for i in ids) if d.date and site.doc_path(d) != here]
    if not dated:
        return None
    newest = max(dated, key=lambda d: ((d.updated or d.date).sort_key(), d.id))  # type: ignore[union-attr]
    when = newest.updated or newest.date
    assert when is not None
    return LinkedLine(site.to_doc(here, newest.id), when.human())
