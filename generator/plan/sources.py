"""The sources list: every article and rule, newest first, with its kind, outlet, date and
original. Its memo key is the site-wide one (`Keys.whole`)."""

from __future__ import annotations

from collections.abc import Hashable

from generator.plan.pages import Link, SourceRow, SourcesPage
from generator.plan.site import GENRE_LABELS, SOURCES, Keys, Site, date_text, newest_first


def sources_key(keys: Keys) -> Hashable:
    return ("sources", keys.whole)


def plan_sources(site: Site) -> SourcesPage:
    here = SOURCES
    docs = newest_first(d for d in site.story.documents if d.kind in ("article", "rule"))
    rows = tuple(
        SourceRow(
            site.to_doc(here, d.id),
            GENRE_LABELS["rule"] if d.kind == "rule" else GENRE_LABELS[d.genre],
            d.outlet or d.issuer,
            date_text(d.date),
            Link("original", d.url, external=True) if d.url else None,
        )
        for d in docs
    )
    return SourcesPage(
        here, "sources", "Sources", "Every source document with its outlet, date and kind.", rows
    )
