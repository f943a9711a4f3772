"""The home page: the story's title and overview, what's new, where to start, and the
sections with their sizes. Its memo key is the site-wide one (`Keys.whole`)."""

from __future__ import annotations

from collections.abc import Hashable

from generator.plan.pages import HomePage, Link, LinkedLine
from generator.plan.site import (
    EXPLAINERS,
    GENRE_LABELS,
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

WHATS_NEW = 5


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def home_key(keys: Keys) -> Hashable:
    return ("home", keys.whole)


def plan_home(site: Site) -> HomePage:
    story = site.story
    here = HOME
    # news, and any document an editor marked updated; a rule's date is its text's version
    latest = newest_first(d for d in story.documents if d.kind == "article" or d.updated)
    whats_new = tuple(
        LinkedLine(
            site.to_doc(here, d.id),
            join(
                GENRE_LABELS["rule"] if d.kind == "rule" else GENRE_LABELS.get(d.genre, ""),
                d.outlet or d.citation,
                f"{date_text(d.updated or d.date)}{' (updated)' if d.updated else ''}",
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
