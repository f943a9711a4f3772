"""The timeline: one entry per event, in order, each with its date at its precision (a link
to the paragraph that dates it; its card holds the words that did, such as "a day after"),
a headline, the source sentence under it and the source. A sentence is printed once: an
entry whose sentence an earlier entry already shows says so instead. Background from
profiles and rules' explanations is marked. Its memo key is the site-wide one
(`Keys.whole`, which holds every event)."""

from __future__ import annotations

from collections.abc import Hashable

from generator.plan import cards
from generator.plan.pages import Link, TimelineEntry, TimelinePage
from generator.plan.site import TIMELINE, Keys, Site
from generator.story.model import Event


def timeline_key(keys: Keys) -> Hashable:
    return ("timeline", keys.whole)


def plan_timeline(site: Site) -> TimelinePage:
    here = TIMELINE
    shown: set[tuple[str, str]] = set()
    entries = []
    for e in site.story.events:
        source = site.to_source(here, e.source)
        key = (e.source.document, e.text)
        again = e.kind != "published" and key in shown
        shown.add(key)
        headline = e.headline or e.text
        sentence = "" if again or e.kind == "published" or headline == e.text else e.text
        entries.append(
            TimelineEntry(
                Link(e.date.human(), source.href, cards.date_card(e.date, source.label)),
                e.date.iso(),
                headline if not (again and not e.headline) else "",
                sentence,
                source,
                "Background" if e.kind == "background" else "",
                again,
                _cites(site, here, e),
            )
        )
    return TimelinePage(
        here,
        "timeline",
        "Timeline",
        "Every dated event in the sources, in order, with the sentence that reports it. "
        "Background comes from our notes on the people, organisations and rules; "
        "conditional and future dates are not events and are left out.",
        tuple(entries),
    )


def _cites(site: Site, here: str, event: Event) -> tuple[Link, ...]:
    """The sources our own note (a profile, a rule's explanation) cites for its paragraph."""
    doc = site.story.by_id[event.source.document]
    return tuple(
        site.body_source(here, s) for s in doc.sources if s.paragraph == event.source.paragraph
    )
