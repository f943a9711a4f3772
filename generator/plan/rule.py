"""A page per rule: what it allows and forbids, its provisions and text, where it comes up
in the story and the rules related to it. `rule_key` is everything the page reads."""

from __future__ import annotations

from collections.abc import Hashable

from generator.plan.pages import Link, LinkedLine, RulePage, SentenceGroup
from generator.plan.site import Keys, Site, date_text, grouped, last_touched
from generator.story.model import Document, Mention


def rule_key(keys: Keys, d: Document) -> Hashable:
    return ("rule", d.path, d.digest, keys.links, keys.names, tuple(keys.site.uses_of[d.id]))


def plan_rule(site: Site, doc: Document) -> RulePage:
    here = site.doc_path(doc)
    uses = site.uses_of[doc.id]
    raised = grouped(site, here, [Mention(u.source, u.sentence) for u in uses if u.sentence])
    hrefs = {g.document.href for g in raised}
    sentenced = {x.source.document for x in uses if x.sentence}
    bare = [u for u in uses if not u.sentence and u.source.document not in hrefs]
    raised += tuple(
        SentenceGroup(
            site.to_doc(here, u.source.document),
            date_text(site.story.by_id[u.source.document].date),
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
        last_touched(site, here, (doc.id, *(u.source.document for u in uses))),
    )
