"""The sources list: the reports, statements and filings, newest first, then the texts of
the rules (a rule's date is the version of its text, never news), each with its kind, who
published it, its date and where the original is (for a rule: official text or copy). Its
memo key is the site-wide one (`Keys.whole`)."""

from __future__ import annotations

from collections.abc import Hashable

from generator.plan import cards
from generator.plan.pages import Link, SourceRow, SourcesPage
from generator.plan.rule import text_link
from generator.plan.site import SOURCES, Keys, Site, date_text, newest_first
from generator.story.model import Document


def sources_key(keys: Keys) -> Hashable:
    return ("sources", keys.whole)


def plan_sources(site: Site) -> SourcesPage:
    here = SOURCES
    story = site.story
    rows = tuple(
        SourceRow(
            site.to_doc(here, d.id),
            cards.kind_label(d),
            d.outlet,
            date_text(d.date) + (f" (updated {d.updated.human()})" if d.updated else ""),
            _original(d),
        )
        for d in newest_first(story.articles)
    )
    texts = tuple(
        SourceRow(
            site.to_doc(here, d.id),
            cards.kind_label(d),
            d.issuer,
            f"text as of {d.date.human()}" if d.date else "version not stated",
            _original(d),
        )
        for d in sorted(story.rules, key=lambda d: (d.citation or d.label).casefold())
    )
    return SourcesPage(
        here,
        "sources",
        "Sources",
        "Every source document: who published it, when, and where the original is.",
        rows,
        texts,
    )


def _original(doc: Document) -> Link | None:
    """The original, named by its site; a rule's text also says whether it is the official
    text or a copy ("Official text, fec.gov")."""
    return text_link(doc)
