"""The timeline: every dated event of the story in order, each citing its source. Its memo
key is the site-wide one (`Keys.whole`, which holds every event)."""

from __future__ import annotations

from collections.abc import Hashable

from generator.plan.pages import TimelineEntry, TimelinePage
from generator.plan.site import TIMELINE, Keys, Site, event_text


def timeline_key(keys: Keys) -> Hashable:
    return ("timeline", keys.whole)


def plan_timeline(site: Site) -> TimelinePage:
    here = TIMELINE
    entries = tuple(
        TimelineEntry(e.date.human(), e.date.iso(), event_text(e), site.to_source(here, e.source))
        for e in site.story.events
    )
    return TimelinePage(
        here, "timeline", "Timeline", "Every dated event in the sources, in order.", entries
    )
