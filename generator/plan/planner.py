"""Plan the site: the resolved story in, the list of typed pages out (no text rendered yet).

`plan_each(resolved, memo)` yields every page in a stable order, each from its kind's
planner (`generator.plan.home`, `explainer`, `entity`, `rule`, `index`, `timeline`,
`sources`). With a `memo` kept across rebuilds, a page is planned again only when its key
(made beside its planner, from `generator.plan.site.Keys`) changed.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from functools import partial
from typing import TypeVar

from generator.cache import Memo
from generator.plan.entity import entity_key, plan_entity
from generator.plan.explainer import explainer_key, plan_explainer
from generator.plan.home import home_key, plan_home
from generator.plan.index import (
    index_key,
    plan_explainers_index,
    plan_review,
    plan_rules_index,
    plan_who_index,
    with_unmatched_rules,
)
from generator.plan.pages import Page
from generator.plan.rule import plan_rule, rule_key
from generator.plan.site import Keys, Site
from generator.plan.sources import plan_sources, sources_key
from generator.plan.timeline import plan_timeline, timeline_key
from generator.story.assemble import Resolved
from generator.story.model import Story

P = TypeVar("P", bound=Page)


def plan(resolved: Resolved, memo: Memo | None = None) -> list[Page]:
    """Every page of the site, in a stable order. With a `memo` (kept across rebuilds), a
    page is planned again only when one of its inputs changed."""
    return list(plan_each(resolved, memo))


def plan_each(resolved: Resolved, memo: Memo | None = None) -> Iterator[Page]:
    """`plan`, one page at a time: a caller that renders each page as it comes never holds
    every planned page at once (issue 7: they weigh as much as the rendered text)."""
    site = Site(resolved)
    story = site.story
    keys = Keys(site) if memo is not None else None

    def kept(key: Callable[[Keys], Hashable], build: Callable[[], P]) -> P:
        return build() if memo is None or keys is None else memo.get(key(keys), build)

    yield kept(home_key, partial(plan_home, site))
    yield kept(partial(index_key, section="explainers"), partial(plan_explainers_index, site))
    for d in story.articles:
        yield kept(partial(explainer_key, d=d), partial(plan_explainer, site, d))
    yield kept(partial(index_key, section="who"), partial(plan_who_index, site))
    for e in story.entities:
        yield kept(partial(entity_key, e=e), partial(plan_entity, site, e))
    rules = kept(partial(index_key, section="rules"), partial(plan_rules_index, site))
    yield with_unmatched_rules(site, rules)
    for d in story.rules:
        yield kept(partial(rule_key, d=d), partial(plan_rule, site, d))
    yield kept(timeline_key, partial(plan_timeline, site))
    yield kept(sources_key, partial(plan_sources, site))
    yield plan_review(site)


def page_count(story: Story) -> int:
    """How many pages `plan_each` yields: one per article, entity and rule, and six more
    (home, three section indexes, timeline, sources) plus the review page."""
    return len(story.articles) + len(story.entities) + len(story.rules) + 7
