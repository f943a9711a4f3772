"""The home page: the story's title, its summary once, the overview, how many independent
sources the account rests on, what the sources do not establish, where to start, what's
new, and the sections with their sizes. Its memo key is the site-wide one (`Keys.whole`)."""

from __future__ import annotations

from collections.abc import Hashable

from generator.plan import cards
from generator.plan.pages import HomePage, Link, LinkedLine, TextItem
from generator.plan.site import (
    EXPLAINERS,
    HOME,
    RULES,
    SOURCES,
    TIMELINE,
    WHO,
    Keys,
    Site,
    date_text,
    join,
    newest_first,
)
from generator.story.model import Document, Source, Story

WHATS_NEW = 5


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def home_key(keys: Keys) -> Hashable:
    return ("home", keys.whole)


def plan_home(site: Site) -> HomePage:
    story = site.story
    here = HOME
    start = tuple(
        LinkedLine(site.to_doc(here, i), _about(story.by_id[i]))
        for i in story.start_here
        if i in story.by_id
    )
    # news, and any document an editor marked updated; a rule's date is its text's version
    latest = newest_first(
        d
        for d in story.documents
        if (d.kind == "article" or d.updated) and d.id not in story.start_here
    )
    whats_new = tuple(
        LinkedLine(
            site.to_doc(here, d.id),
            join(
                cards.kind_label(d),
                d.outlet or d.citation,
                f"{date_text(d.updated or d.date)}{' (updated)' if d.updated else ''}",
            ),
        )
        for d in latest[:WHATS_NEW]
    )
    sections = (
        LinkedLine(
            Link(EXPLAINERS.title, EXPLAINERS.index),
            _count(len(story.articles), "source document") + " explained",
        ),
        LinkedLine(
            Link(WHO.title, WHO.index),
            _count(len(story.entities), "person or organisation", "people and organisations"),
        ),
        LinkedLine(
            Link(RULES.title, RULES.index),
            _count(
                len(story.rules), "law, regulation or guidance", "laws, regulations and guidance"
            ),
        ),
        LinkedLine(Link("Timeline", TIMELINE), _count(len(story.events), "dated event")),
        LinkedLine(Link("Sources", SOURCES), "every document with who published it and when"),
    )
    unknowns = tuple(
        TextItem(
            u.text, (site.to_source(here, Source(d.id, u.paragraphs[0])),) if u.paragraphs else ()
        )
        for d in [*(x for x in story.documents if x.kind == "story"), *story.articles]
        for u in d.unknowns
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
        resting_on(story),
        unknowns,
    )


def _about(doc: Document) -> str:
    """A start-here line: what the document is, not its summary again."""
    if doc.kind == "rule":
        return join(cards.kind_label(doc), doc.citation)
    return join(cards.kind_label(doc), doc.outlet, date_text(doc.date) if doc.date else "")


def resting_on(story: Story) -> str:
    """How many independent sources the account of events rests on (distinct outlets of the
    reports and statements), and what the rules are quoted from."""
    outlets: dict[str, list[Document]] = {}
    for doc in story.articles:
        outlets.setdefault((doc.outlet or doc.title).casefold(), []).append(doc)
    if not outlets:
        return ""
    if len(outlets) == 1:
        docs = next(iter(outlets.values()))
        what = (
            f"{docs[0].outlet or 'one publisher'}'s {cards.kind_label(docs[0]).lower()} of "
            f"{date_text(docs[0].date)}"
            if len(docs) == 1
            else f"{_count(len(docs), 'document')} from {docs[0].outlet or 'one publisher'}"
        )
        head = (
            f"The account of events rests on a single source, {what}; nothing here "
            "confirms it independently."
        )
    else:
        named = ", ".join(
            f"{docs[0].outlet or docs[0].title} ({_count(len(docs), 'document')})"
            for _, docs in sorted(outlets.items())
        )
        head = f"The account of events rests on {len(outlets)} independent sources: {named}."
    rules = story.rules
    if not rules:
        return head
    official = sum(1 for r in rules if r.text_source == "official")
    copies = sum(1 for r in rules if r.text_source == "copy")
    kinds = [_count(official, "official text")] if official else []
    kinds += [_count(copies, "copy", "copies")] if copies else []
    detail = f" ({' and '.join(kinds)})" if kinds else ""
    return f"{head} The rules are quoted from {_count(len(rules), 'text')}{detail}."
