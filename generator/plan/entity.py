"""A who's-who entry per person or organisation: what they did in the story (with its
source), their roles latest first, each "as of" its source's date, their affiliation, what
they said, every sentence that names them, their profile, and the newest source that names
them. `entity_key` is everything the page reads."""

from __future__ import annotations

from collections.abc import Hashable

from generator.dates import PartialDate
from generator.plan import cards
from generator.plan.pages import EntityPage, Link, LinkedLine, QuoteItem, TextItem
from generator.plan.site import Keys, Site, grouped, last_touched
from generator.story.model import Entity, InStory, Source
from generator.text import name_key, normalise_quotes


def entity_key(keys: Keys, e: Entity) -> Hashable:
    # The entity itself (roles, mentions, aliases: from curation and extraction alike),
    # its profile's text, what it said and every link label and card.
    profile = keys.by_id[e.profile].digest if e.profile else ""
    return ("entity", e, profile, keys.links, tuple(keys.site.quotes_by[e.id]))


def plan_entity(site: Site, entity: Entity) -> EntityPage:
    story = site.story
    here = site.entity_path(entity)
    roles = tuple(
        LinkedLine(
            Link(cards.role_text(r.text), ""), _as_of(r.date), site.to_source(here, r.source)
        )
        for r in entity.roles
    )
    quotes = tuple(
        QuoteItem(q.text, None, site.to_source(here, q.source)) for q in site.quotes_by[entity.id]
    )
    affiliation = (
        site.to_entity(here, entity.affiliation)
        if entity.affiliation and entity.affiliation in story.entity_by_id
        else None
    )
    profile = site.numbered(here, story.by_id[entity.profile]) if entity.profile else ()
    kind_label = "Person" if entity.kind == "person" else "Organisation"
    headline = cards.as_of(entity.roles[0]) if entity.roles else ""
    description = entity.summary or headline or kind_label
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
        profile,
        Link("Website", entity.url, external=True) if entity.url else None,
        last_touched(site, here, entity.documents),
        in_story(site, here, entity.did) if entity.did else None,
        _aliases(entity),
        "they" if entity.kind == "person" else "it",
    )


def in_story(site: Site, here: str, did: InStory) -> TextItem:
    """What they did, with the paragraphs that report it: the first as a full citation, the
    others as ¶ links; without paragraphs, the document itself."""
    numbers = did.paragraphs
    if not numbers:
        return TextItem(did.text, (site.to_doc(here, did.document),))
    first = site.to_source(here, Source(did.document, numbers[0]))
    rest = tuple(site.to_paragraph(here, Source(did.document, n)) for n in numbers[1:])
    return TextItem(did.text, (first, *rest))


def _as_of(date: PartialDate | None) -> str:
    return f"as of {date.human()}" if date else ""


def _aliases(entity: Entity) -> tuple[str, ...]:
    """Other names, each once however its apostrophes are typed, never the name itself."""
    seen = {name_key(normalise_quotes(entity.name))}
    out = []
    for alias in entity.aliases:
        key = name_key(normalise_quotes(alias))
        if key not in seen:
            seen.add(key)
            out.append(alias)
    return tuple(out)
