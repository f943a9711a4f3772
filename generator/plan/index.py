"""The index pages: each section's own page (explainers, who's who, what the rules say,
with the rule statements no rule document matches) and the editor's review. The section
pages list the whole story, so their memo key is the site-wide one (`Keys.whole`); the
review and the unmatched rules are planned afresh each run."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence

from generator.plan.pages import IndexGroup, IndexPage, LinkedLine, Page
from generator.plan.site import EXPLAINERS, REVIEW, RULES, WHO, Keys, Site, date_text, newest_first
from generator.story.model import Document, Entity


def index_key(keys: Keys, section: str) -> Hashable:
    return (section, keys.whole)


def plan_explainers_index(site: Site) -> IndexPage:
    return _index(
        site,
        EXPLAINERS.index,
        EXPLAINERS.title,
        "Each source document explained: the short version, who said what, "
        "the rules at stake and the annotated text.",
        [(EXPLAINERS.title, site.story.articles)],
    )


def plan_rules_index(site: Site) -> IndexPage:
    """The rules we explain, by instrument (`with_unmatched_rules` adds the others)."""
    return _index(
        site,
        RULES.index,
        RULES.title,
        "The laws, regulations and official guidance at stake, in plain "
        "language, with their exact citations.",
        _rule_groups(site.story.rules),
    )


def plan_who_index(site: Site) -> IndexPage:
    here = WHO.index
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
        WHO.title,
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
    site: Site, here: str, title: str, intro: str, groups: list[tuple[str, Sequence[Document]]]
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
                        date_text(d.date) if d.kind == "article" else "",
                        d.summary,
                    )
                    if x
                ),
            )
            for d in (
                newest_first(docs)
                if heading == EXPLAINERS.title
                else sorted(docs, key=lambda d: d.id)
            )
        )
        out.append(IndexGroup(heading, items))
    return IndexPage(here, "index", title, intro, intro, tuple(out))


def with_unmatched_rules(site: Site, page: Page) -> Page:
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


def plan_review(site: Site) -> IndexPage:
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
