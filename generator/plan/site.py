"""Plan the site: the resolved story in, the list of typed pages out (no text rendered yet).

Page addresses: `index.md`, `explainers/<id>.md`, `who/<id>.md`, `rules/<id>.md`, one index
page per section, `timeline.md` and `sources.md`. Links between pages are relative `.md`
addresses, so MkDocs validates them and any Markdown engine can follow them.
"""

from __future__ import annotations

import dataclasses
import posixpath
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from functools import partial
from typing import TypeVar

from generator.cache import Memo, fingerprint
from generator.dates import PartialDate
from generator.plan.pages import (
    ClaimItem,
    EntityPage,
    ExplainerPage,
    HomePage,
    IndexGroup,
    IndexPage,
    Link,
    LinkedLine,
    NumberedParagraph,
    Page,
    Part,
    QuestionItem,
    QuoteItem,
    RulePage,
    SentenceGroup,
    SourceRow,
    SourcesPage,
    StatementItem,
    TimelineEntry,
    TimelinePage,
)
from generator.story.assemble import Resolved
from generator.story.link import Segment
from generator.story.model import (
    Document,
    Entity,
    Event,
    Mention,
    Paragraph,
    Quote,
    RuleUse,
    Source,
    Statement,
    Story,
)

HOME = "index.md"
TIMELINE = "timeline.md"
REVIEW = "review.md"
SOURCES = "sources.md"
SECTIONS = {"article": "explainers", "rule": "rules", "person": "who", "organisation": "who"}
GENRE_LABELS = {
    "news": "News report",
    "statement": "Official statement",
    "filing": "Filing",
    "analysis": "Analysis",
    "rule": "Legal text",
}
WHATS_NEW = 5
CARD_TEXT = 160  # characters of a role or paragraph shown on a hover card


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _join(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def anchor(number: int) -> str:
    return f"p-{number}"


class _Site:
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
        return f"{SECTIONS[doc.kind]}/{doc.id}.md"

    def entity_path(self, entity: Entity) -> str:
        return f"who/{entity.id}.md"

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
        """The hover card of a who's-who link: name, role and affiliation on one line."""
        role = entity.headline_role or entity.summary or entity.kind.capitalize()
        org = self.story.entity_by_id.get(entity.affiliation or "")
        tail = f" · {org.name}" if org and org.name.casefold() not in role.casefold() else ""
        return f"{entity.name} — {_clip(role, CARD_TEXT)}{tail}"

    def rule_card(self, doc: Document) -> str:
        """The hover card of a rule link: what it is called, its citation and kind."""
        return " · ".join(x for x in (doc.label, doc.citation, GENRE_LABELS["rule"]) if x)

    def to_doc(self, here: str, ident: str, label: str = "") -> Link:
        doc = self.story.by_id[ident]
        if doc.kind in ("person", "organisation"):
            return self.to_entity(here, doc.id)
        if doc.kind == "rule":
            tooltip = self.rule_card(doc)
        else:
            tooltip = " · ".join(
                x
                for x in (
                    GENRE_LABELS.get(doc.genre, ""),
                    doc.outlet,
                    doc.date.human() if doc.date else "",
                )
                if x
            )
        return Link(label or doc.label, self.href(here, self.doc_path(doc)), tooltip)

    def to_source(self, here: str, source: Source) -> Link:
        """A citation, as a newsroom writes it ("Al Jazeera, 23 October 2024, ¶4"), whose
        hover card previews the source: its title, kind, outlet, date and the paragraph."""
        doc = self.story.by_id[source.document]
        link = self.to_doc(here, doc.id)
        if doc.kind in ("person", "organisation"):
            return link
        number = source.paragraph
        text = doc.paragraphs[number - 1].text if number and number <= len(doc.paragraphs) else ""
        label = doc.citation or doc.label if doc.kind == "rule" else doc.outlet or doc.label
        if doc.kind != "rule" and doc.date:
            label += f", {doc.date.human()}"
        return Link(
            label + (f", ¶{number}" if number else ""),
            self.href(here, self.doc_path(doc), anchor(number) if number else ""),
            _join(
                "" if self.doc_path(doc) == here else f"“{_clip(doc.title, CARD_TEXT)}”",
                "" if self.doc_path(doc) == here else link.tooltip,
                f"¶{number}: {_clip(text, CARD_TEXT)}" if text else "",
            ),
        )

    def to_paragraph(self, here: str, source: Source) -> Link:
        """A short paragraph link (¶n) for lists already grouped by document."""
        full = self.to_source(here, source)
        return Link(
            f"¶{source.paragraph}" if source.paragraph else "source", full.href, full.tooltip
        )

    def parts(self, here: str, segments: Iterable[Segment]) -> tuple[Part, ...]:
        out: list[Part] = []
        for seg in segments:
            if seg.target is None:
                out.append(seg.text)
            elif seg.kind == "rule":
                rule = self.story.by_id[seg.target]
                out.append(Link(seg.text, self.to_doc(here, rule.id).href, self.rule_card(rule)))
            else:
                link = self.to_entity(here, seg.target)
                out.append(Link(seg.text, link.href, link.tooltip))
        return tuple(out)

    def numbered(self, here: str, doc: Document) -> tuple[NumberedParagraph, ...]:
        segments = self.annotations.get(doc.id) or tuple(
            (Segment(p.text, 0),) for p in doc.paragraphs
        )
        return tuple(
            NumberedParagraph(p.number, anchor(p.number), self.parts(here, s))
            for p, s in zip(doc.paragraphs, segments, strict=True)
        )


def plan(resolved: Resolved, memo: Memo | None = None) -> list[Page]:
    """Every page of the site, in a stable order. With a `memo` (kept across rebuilds), a
    page is planned again only when one of its inputs (`_Inputs`) changed."""
    return list(plan_each(resolved, memo))


def plan_each(resolved: Resolved, memo: Memo | None = None) -> Iterator[Page]:
    """`plan`, one page at a time: a caller that renders each page as it comes never holds
    every planned page at once (issue 7: they weigh as much as the rendered text)."""
    site = _Site(resolved)
    story = site.story
    keys = _Inputs(site) if memo is not None else None

    def kept(key: Hashable | None, build: Callable[[], P]) -> P:
        return build() if memo is None or key is None else memo.get(key, build)

    whole = keys and keys.whole
    yield kept(whole and ("home", whole), partial(_home, site))
    yield kept(
        whole and ("explainers", whole),
        partial(
            _index,
            site,
            "explainers/index.md",
            "Explainers",
            "Each source document explained: the short version, who said what, "
            "the rules at stake and the annotated text.",
            [("Explainers", story.articles)],
        ),
    )
    for d in story.articles:
        yield kept(keys and keys.explainer(d), partial(_explainer, site, d))
    yield kept(whole and ("who", whole), partial(_who_index, site))
    for e in story.entities:
        yield kept(keys and keys.entity(e), partial(_entity, site, e))
    rules = kept(
        whole and ("rules", whole),
        partial(
            _index,
            site,
            "rules/index.md",
            "What the rules say",
            "The laws, regulations and official guidance at stake, in plain "
            "language, with their exact citations.",
            _rule_groups(story.rules),
        ),
    )
    yield _with_unmatched_rules(site, rules)
    for d in story.rules:
        yield kept(keys and keys.rule(d), partial(_rule, site, d))
    yield kept(whole and ("timeline", whole), partial(_timeline, site))
    yield kept(whole and ("sources", whole), partial(_sources, site))
    yield _review(site)


def page_count(story: Story) -> int:
    """How many pages `plan_each` yields: one per article, entity and rule, and six more
    (home, three section indexes, timeline, sources) plus the review page."""
    return len(story.articles) + len(story.entities) + len(story.rules) + 7


P = TypeVar("P", bound=Page)


class _Inputs:
    """Memo keys: everything a page reads, so an unchanged key means an unchanged page.
    `links` covers every link label and tooltip, `whole` what the site-wide pages (home,
    indexes, timeline, sources) list. A planner that starts reading something new must add
    it here (tests/test_cache.py checks incremental pages against pages planned afresh)."""

    def __init__(self, site: _Site) -> None:
        story = site.story
        links = (
            tuple(
                (d.id, d.kind, d.title, d.short_title, d.genre, d.outlet, d.citation, d.date)
                + (d.updated, d.issuer, d.url, d.instrument, d.author)
                for d in story.documents
            ),
            tuple((e.id, e.kind, e.name, e.headline_role) for e in story.entities),
        )
        self.links = fingerprint(links)
        lists = (
            self.links,
            tuple(d.summary for d in story.documents),
            (story.title, story.summary, story.overview, story.start_here),
            story.events,
        )
        self.whole = fingerprint(lists)
        self.names = site.names_key
        self.site = site  # its per-document indexes are what each page reads
        self.by_id = story.by_id

    def explainer(self, d: Document) -> Hashable:
        return ("explainer", d.path, d.digest, self.links, self.names) + (
            tuple(self.site.quotes_in[d.id]),
            tuple(self.site.events_in[d.id]),
        )

    def entity(self, e: Entity) -> Hashable:
        # The entity itself (roles, mentions, aliases: from curation and extraction alike),
        # its profile's text, what it said and every link label and card.
        profile = self.by_id[e.profile].digest if e.profile else ""
        return ("entity", e, profile, self.links, tuple(self.site.quotes_by[e.id]))

    def rule(self, d: Document) -> Hashable:
        return ("rule", d.path, d.digest, self.links, self.names, tuple(self.site.uses_of[d.id]))


def _date(value: PartialDate | None) -> str:
    return value.human() if value else "undated"


def _newest_first(docs: Iterable[Document]) -> list[Document]:
    return sorted(
        docs,
        key=lambda d: ((d.updated or d.date).sort_key() if d.date else (0, 0, 0), d.id),
        reverse=True,
    )


def _home(site: _Site) -> HomePage:
    story = site.story
    here = HOME
    # news, and any document an editor marked updated; a rule's date is its text's version
    latest = _newest_first(d for d in story.documents if d.kind == "article" or d.updated)
    whats_new = tuple(
        LinkedLine(
            site.to_doc(here, d.id),
            _join(
                GENRE_LABELS["rule"] if d.kind == "rule" else GENRE_LABELS.get(d.genre, ""),
                d.outlet or d.citation,
                f"{_date(d.updated or d.date)}{' (updated)' if d.updated else ''}",
            ),
        )
        for d in latest[:WHATS_NEW]
    )
    start = tuple(
        LinkedLine(site.to_doc(here, i), story.by_id[i].summary)
        for i in story.start_here
        if i in story.by_id
    )
    sections = (
        LinkedLine(
            Link("Explainers", "explainers/index.md"),
            _count(len(story.articles), "source document") + " explained",
        ),
        LinkedLine(
            Link("Who's who", "who/index.md"),
            _count(len(story.entities), "person or organisation", "people and organisations"),
        ),
        LinkedLine(
            Link("What the rules say", "rules/index.md"),
            _count(
                len(story.rules), "law, regulation or guidance", "laws, regulations and guidance"
            ),
        ),
        LinkedLine(Link("Timeline", TIMELINE), _count(len(story.events), "dated event")),
        LinkedLine(Link("Sources", SOURCES), "every document with its outlet and date"),
    )
    return HomePage(
        here,
        "home",
        story.title,
        story.summary,
        story.summary,
        tuple(p.text for p in story.overview),
        whats_new,
        start,
        sections,
    )


def _explainer(site: _Site, doc: Document) -> ExplainerPage:
    story = site.story
    here = site.doc_path(doc)
    quotes = tuple(
        QuoteItem(
            q.text,
            # a low-confidence attribution is shown as "speaker unclear", never as a guess
            site.to_entity(here, q.speaker) if q.speaker and q.confidence == "high" else None,
            site.to_paragraph(here, q.source),
        )
        for q in site.quotes_in[doc.id]
    )
    rules = tuple(LinkedLine(site.to_doc(here, r), story.by_id[r].citation) for r in doc.rules)
    people: list[LinkedLine] = []
    orgs: list[LinkedLine] = []
    for ref in doc.entities:
        line = LinkedLine(site.to_entity(here, ref.id), "; ".join(ref.roles))
        (people if ref.kind == "person" else orgs).append(line)
    dates = tuple(
        LinkedLine(Link(e.date.human(), site.to_paragraph(here, e.source).href), _event_text(e))
        for e in site.events_in[doc.id]
        if e.source.paragraph
    )
    meta = tuple(
        x
        for x in (
            GENRE_LABELS.get(doc.genre, ""),
            doc.outlet,
            _date(doc.date),
            f"updated {doc.updated.human()}" if doc.updated else "",
            f"by {doc.author}" if doc.author else "",
        )
        if x
    )
    original = Link("Read the original", doc.url, external=True) if doc.url else None
    citation = ", ".join(x for x in (doc.outlet, f"“{doc.title}”", _date(doc.date)) if x) + "."
    return ExplainerPage(
        here,
        "explainer",
        doc.title,
        doc.summary or _opening(doc.paragraphs),
        doc,
        meta,
        original,
        doc.summary,
        doc.key_points,
        quotes,
        rules,
        tuple(people),
        tuple(orgs),
        dates,
        site.numbered(here, doc),
        citation,
        tuple(
            QuestionItem(q.question, q.answer, _paragraph_links(site, here, doc, q.paragraphs))
            for q in doc.questions
        ),
        tuple(
            ClaimItem(
                _statement(site, here, doc, c.claim),
                tuple(_statement(site, here, doc, r) for r in c.responses),
            )
            for c in doc.claims
        ),
    )


def _paragraph_links(
    site: _Site, here: str, doc: Document, numbers: tuple[int, ...]
) -> tuple[Link, ...]:
    return tuple(site.to_paragraph(here, Source(doc.id, n)) for n in numbers)


def _statement(site: _Site, here: str, doc: Document, statement: Statement) -> StatementItem:
    return StatementItem(
        site.to_entity(here, statement.by),
        statement.text,
        _paragraph_links(site, here, doc, statement.paragraphs),
    )


def _event_text(event: Event) -> str:
    """The sentence, led by the words that dated it when they are not a plain date."""
    wording = event.date.text
    if not wording or wording == event.date.iso() or not event.source.paragraph:
        return event.text
    return f"“{wording}”: {event.text}"


def _opening(paragraphs: tuple[Paragraph, ...]) -> str:
    return paragraphs[0].text[:200] if paragraphs else ""


def _who_index(site: _Site) -> IndexPage:
    here = "who/index.md"
    groups = []
    for kind, heading in (("person", "People"), ("organisation", "Organisations")):
        items = tuple(
            LinkedLine(site.to_entity(here, e.id), e.headline_role)
            for e in sorted(site.story.entities, key=lambda e: _sort_name(e))
            if e.kind == kind
        )
        if items:
            groups.append(IndexGroup(heading, items))
    return IndexPage(
        here,
        "index",
        "Who's who",
        "Every person and organisation in the story, with their roles as the sources state them.",
        "Every person and organisation in the story: their roles as the sources "
        "state them, what they said and where they appear.",
        tuple(groups),
    )


def _sort_name(entity: Entity) -> tuple[str, str]:
    """People sort by surname, organisations by name."""
    words = entity.name.split()
    key = words[-1] if entity.kind == "person" and words else entity.name
    return (key.casefold(), entity.id)


def _grouped(site: _Site, here: str, mentions: Iterable[Mention]) -> tuple[SentenceGroup, ...]:
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
            _date(d.date),
            tuple(LinkedLine(site.to_paragraph(here, m.source), m.sentence) for m in by_doc[d.id]),
        )
        for d in docs
    )


def _entity(site: _Site, entity: Entity) -> EntityPage:
    story = site.story
    here = site.entity_path(entity)
    roles = tuple(
        LinkedLine(Link(r.text, ""), "", site.to_source(here, r.source)) for r in entity.roles
    )
    quotes = tuple(
        QuoteItem(q.text, None, site.to_source(here, q.source)) for q in site.quotes_by[entity.id]
    )
    affiliation = (
        site.to_entity(here, entity.affiliation)
        if entity.affiliation and entity.affiliation in story.entity_by_id
        else None
    )
    profile = story.by_id[entity.profile].paragraphs if entity.profile else ()
    kind_label = "Person" if entity.kind == "person" else "Organisation"
    description = entity.summary or entity.headline_role or kind_label
    return EntityPage(
        here,
        "entity",
        entity.name,
        description,
        entity,
        kind_label,
        affiliation,
        roles,
        quotes,
        _grouped(site, here, entity.mentions),
        tuple(p.text for p in profile),
        Link("Website", entity.url, external=True) if entity.url else None,
        _last_touched(
            site, here, (*entity.documents, *([entity.profile] if entity.profile else []))
        ),
    )


_INSTRUMENTS = (
    ("statute", "Laws"),
    ("regulation", "Regulations"),
    ("guidance", "Official guidance"),
    ("advisory opinion", "Advisory opinions"),
)


def _rule_groups(rules: Iterable[Document]) -> list[tuple[str, Sequence[Document]]]:
    by_kind: dict[str, list[Document]] = defaultdict(list)
    known = dict(_INSTRUMENTS)
    for rule in rules:
        by_kind[rule.instrument if rule.instrument in known else ""].append(rule)
    groups: list[tuple[str, Sequence[Document]]] = [
        (label, by_kind[key]) for key, label in _INSTRUMENTS if by_kind[key]
    ]
    return groups + ([("Other rules", by_kind[""])] if by_kind[""] else [])


def _index(
    site: _Site, here: str, title: str, intro: str, groups: list[tuple[str, Sequence[Document]]]
) -> IndexPage:
    out = []
    for heading, docs in groups:
        items = tuple(
            LinkedLine(
                site.to_doc(here, d.id),
                " · ".join(
                    x
                    for x in (
                        d.citation if d.kind == "rule" else d.outlet,
                        _date(d.date) if d.kind == "article" else "",
                        d.summary,
                    )
                    if x
                ),
            )
            for d in (
                _newest_first(docs) if heading == "Explainers" else sorted(docs, key=lambda d: d.id)
            )
        )
        out.append(IndexGroup(heading, items))
    return IndexPage(here, "index", title, intro, intro, tuple(out))


def _rule(site: _Site, doc: Document) -> RulePage:
    here = site.doc_path(doc)
    uses = site.uses_of[doc.id]
    raised = _grouped(site, here, [Mention(u.source, u.sentence) for u in uses if u.sentence])
    hrefs = {g.document.href for g in raised}
    sentenced = {x.source.document for x in uses if x.sentence}
    bare = [u for u in uses if not u.sentence and u.source.document not in hrefs]
    raised += tuple(
        SentenceGroup(
            site.to_doc(here, u.source.document),
            _date(site.story.by_id[u.source.document].date),
            (),
        )
        for u in bare
        if u.source.document not in sentenced
    )
    related = tuple(
        LinkedLine(site.to_doc(here, r), site.story.by_id[r].citation)
        for r in doc.related
        if r in site.story.by_id
    )
    return RulePage(
        here,
        "rule",
        doc.label,
        doc.summary or doc.title,
        doc,
        Link("Official text", doc.url, external=True) if doc.url else None,
        tuple((p.ref, p.text) for p in doc.provisions),
        site.numbered(here, doc),
        raised,
        related,
        _last_touched(site, here, (doc.id, *(u.source.document for u in uses))),
    )


def _with_unmatched_rules(site: _Site, page: Page) -> Page:
    """Statements of rules no rule document matches, listed after the rules we explain."""
    assert isinstance(page, IndexPage)
    items = tuple(
        LinkedLine(site.to_source(page.path, u.source), u.sentence)
        for u in site.story.unmatched_rules
    )
    if not items:
        return page
    group = IndexGroup("Rules mentioned in the sources", items)
    return dataclasses.replace(page, groups=(*page.groups, group))


def _review(site: _Site) -> IndexPage:
    """The editor's review: uncertain attributions and roles, names not in front matter."""
    here = REVIEW
    topics: dict[str, list[LinkedLine]] = defaultdict(list)
    for note in site.story.review:
        topics[note.topic].append(LinkedLine(site.to_source(here, note.source), note.text))
    groups = tuple(IndexGroup(topic, tuple(items)) for topic, items in sorted(topics.items()))
    intro = (
        "What extraction found in the text that an editor should check. Readers see "
        "“speaker unclear” for every uncertain attribution; confirm it in the document's "
        "front matter (quotes, people) to show it."
        if groups
        else "Nothing to review: every name, role and quote is curated or certain."
    )
    return IndexPage(
        here, "index", "Editor's review", "What an editor should check.", intro, groups
    )


def _last_touched(site: _Site, here: str, ids: Iterable[str]) -> LinkedLine | None:
    """The newest dated source among `ids` (by `updated`, else `date`; front matter only)."""
    dated = [d for d in (site.story.by_id[i] for i in ids) if d.date]
    if not dated:
        return None
    newest = max(dated, key=lambda d: ((d.updated or d.date).sort_key(), d.id))  # type: ignore[union-attr]
    when = newest.updated or newest.date
    assert when is not None
    return LinkedLine(site.to_doc(here, newest.id), when.human())


def _timeline(site: _Site) -> TimelinePage:
    here = TIMELINE
    entries = tuple(
        TimelineEntry(e.date.human(), e.date.iso(), _event_text(e), site.to_source(here, e.source))
        for e in site.story.events
    )
    return TimelinePage(
        here, "timeline", "Timeline", "Every dated event in the sources, in order.", entries
    )


def _sources(site: _Site) -> SourcesPage:
    here = SOURCES
    docs = _newest_first(d for d in site.story.documents if d.kind in ("article", "rule"))
    rows = tuple(
        SourceRow(
            site.to_doc(here, d.id),
            GENRE_LABELS["rule"] if d.kind == "rule" else GENRE_LABELS[d.genre],
            d.outlet or d.issuer,
            _date(d.date),
            Link("original", d.url, external=True) if d.url else None,
        )
        for d in docs
    )
    return SourcesPage(
        here, "sources", "Sources", "Every source document with its outlet, date and kind.", rows
    )
