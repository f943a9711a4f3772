"""A who's-who entry per person or organisation: roles (each with its source), affiliation,
what they said, every sentence that names them, their profile and when it was last touched.
`entity_key` is everything the page reads."""

from __future__ import annotations

from collections.abc import Hashable

from generator.plan.pages import EntityPage, Link, LinkedLine, QuoteItem
from generator.plan.site import Keys, Site, grouped, last_touched
from generator.story.model import Entity


def entity_key(keys: Keys, e: Entity) -> Hashable:
    # The entity itself (roles, mentions, aliases: from curation and extraction alike),
    # its profile's text, what it said and every link label and card.
    profile = keys.by_id[e.profile].digest if e.profile else ""
    return ("entity", e, profile, keys.links, tuple(keys.site.quotes_by[e.id]))


def plan_entity(site: Site, entity: Entity) -> EntityPage:
    story = site.story
    here = site.entity_path(entity)
    roles = tuple(
        LinkedLine(Link(r.text, ""), "", site.to_source(here, r.source)) for r in entity.roles
    )
    quotes = tuple(
        QuoteItem(q.text, None, site.to_source(here, q.source)) for q in site.quotes_by[entity.id]
    )
    affiliation = (
        site.to_entity(here, entity.affiliation)
        if entity.affiliation and entity.affiliation in story.entity_by_id
        else None
    )
    profile = story.by_id[entity.profile].paragraphs if entity.profile else ()
    kind_label = "Person" if entity.kind == "person" else "Organisation"
    description = entity.summary or entity.headline_role or kind_label
    return EntityPage(
        here,
        "entity",
        entity.name,
        description,
        entity,
        kind_label,
        affiliation,
        roles,
        quotes,
        grouped(site, here, entity.mentions),
        tuple(p.text for p in profile),
        Link("Website", entity.url, external=True) if entity.url else None,
        last_touched(
            site, here, (*entity.documents, *([entity.profile] if entity.profile else []))
        ),
    )
