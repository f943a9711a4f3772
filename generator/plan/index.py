"""The index pages: each section's own page (explainers, who's who, what the rules say,
with the rule statements no rule document matches) and the editor's review. The section
pages list the whole story, so their memo key is the site-wide one (`Keys.whole`); the
review and the unmatched rules are planned afresh each run."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence

from generator.plan import cards
from generator.plan.pages import IndexGroup, IndexPage, LinkedLine, Page
from generator.plan.site import (
    EXPLAINERS,
    FOLDERS,
    REVIEW,
    RULES,
    WHO,
    Keys,
    Site,
    date_text,
    newest_first,
)
from generator.story.model import Document, Entity, Story
from generator.story.review import TOPICS


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
            LinkedLine(site.to_entity(here, e.id), _who(e))
            for e in who_order(site.story.entities)
            if e.kind == kind
        )
        if items:
            groups.append(IndexGroup(heading, items))
    return IndexPage(
        here,
        "index",
        WHO.title,
        "Every person and organisation in the story, with their roles as the sources state them.",
        "Every person and organisation in the story: their latest role, as of the date of the "
        "source that states it, and what they did in the story.",
        tuple(groups),
    )


def _who(entity: Entity) -> str:
    """An index line: the latest role as of its date (or what it is), then what it did."""
    first = cards.as_of(entity.roles[0]) if entity.roles else entity.summary
    did = entity.did.text if entity.did else ""
    return " ".join(x if x.endswith((".", "?", "!")) else x + "." for x in (first, did) if x)


def who_order(entities: Iterable[Entity]) -> list[Entity]:
    """People by surname, then organisations by name: the index's order and the nav's."""
    return sorted(entities, key=lambda e: (e.kind != "person", *_sort_name(e)))


def _sort_name(entity: Entity) -> tuple[str, str]:
    """People sort by surname, organisations by name."""
    words = entity.name.split()
    key = words[-1] if entity.kind == "person" and words else entity.name
    return (key.casefold(), entity.id)


def section_order(story: Story) -> dict[str, int]:
    """Each section page's position in its section, as the section's index lists them, so
    the navigation and the index agree."""
    site_paths = {
        d.id: f"{FOLDERS[d.kind]}/{d.id}.md" for d in story.documents if d.kind in FOLDERS
    }
    order = [f"{WHO.folder}/{e.id}.md" for e in who_order(story.entities)]
    order += [site_paths[d.id] for d in newest_first(story.articles)]
    order += [site_paths[d.id] for _, docs in _rule_groups(story.rules) for d in _by_id(docs)]
    return {path: n for n, path in enumerate(order)}


def _by_id(docs: Iterable[Document]) -> list[Document]:
    return sorted(docs, key=lambda d: d.id)


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
            for d in (newest_first(docs) if heading == EXPLAINERS.title else _by_id(docs))
        )
        if items:
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
    """The editor's review: one section per topic of `generator.story.review.TOPICS` that
    has notes, in that order, each with the line that explains it; topics other stages add
    (extraction's uncertain attributions, ...) follow, by name. The opening line counts what
    the sections list, so the page never says "nothing" above a list."""
    here = REVIEW
    topics: dict[str, list[LinkedLine]] = defaultdict(list)
    for note in site.story.review:
        topics[note.topic].append(LinkedLine(site.to_source(here, note.source), note.text))
    known = dict(TOPICS)
    order = [t for t, _ in TOPICS if t in topics] + sorted(t for t in topics if t not in known)
    groups = tuple(IndexGroup(t, tuple(topics[t]), known.get(t, "")) for t in order)
    count = sum(len(g.items) for g in groups)
    intro = (
        f"{count} thing{'s' if count != 1 else ''} to check before publishing, in "
        f"{len(groups)} section{'s' if len(groups) != 1 else ''}. This page is in neither "
        "the site's navigation nor its search; readers see “speaker unclear” for every "
        "uncertain attribution."
        if groups
        else "Nothing to check: no attribution crosses a paragraph, every background date "
        "has a source, every role is as recent as the newest document, and every rule line "
        "cites a quoted provision."
    )
    return IndexPage(
        here, "index", "Editor's review", "What an editor should check.", intro, groups, ""
    )
