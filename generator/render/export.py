"""The story model as JSON: the contract other tools rely on (manual/docs/export-format.md).

Format `explainer-story`, version 1. Paragraphs are 1-based numbers of the source's
paragraphs; dates are ISO 8601 at their precision (2024, 2024-10, 2024-10-23). Keys and
lists are in a stable order, so the same sources always give the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from generator.story.model import Entity, Source, Story

FORMAT = "explainer-story"
VERSION = 1


def _source(source: Source) -> dict[str, Any]:
    return {"document": source.document, "paragraph": source.paragraph}


def _entity(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "aliases": list(entity.aliases),
        "affiliation": entity.affiliation,
        "roles": [
            {
                "text": r.text,
                **_source(r.source),
                "confidence": r.confidence,
                "as_of": r.date.iso() if r.date else None,
            }
            for r in entity.roles
        ],
        "did": (
            {
                "text": entity.did.text,
                "document": entity.did.document,
                "paragraphs": list(entity.did.paragraphs),
                "ours": entity.did.ours,
            }
            if entity.did
            else None
        ),
        "mentions": [{**_source(m.source), "sentence": m.sentence} for m in entity.mentions],
    }


def story_json(story: Story) -> dict[str, Any]:
    """The export as plain data."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": story.title,
        "documents": [
            {
                "id": d.id,
                "path": d.path,
                "title": d.title,
                "date": d.date.iso() if d.date else None,
                "updated": d.updated.iso() if d.updated else None,
                "outlet": d.outlet or None,
                "url": d.url or None,
                "kind": d.kind,
                "genre": d.genre if d.kind == "article" else None,
            }
            for d in story.documents
        ],
        "people": [_entity(e) for e in story.entities if e.kind == "person"],
        "organisations": [_entity(e) for e in story.entities if e.kind == "organisation"],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, **_source(q.source), "confidence": q.confidence}
            for q in story.quotes
        ],
        "rules": [
            {
                "id": r.id,
                "title": r.title,
                "citation": r.citation,
                "jurisdiction": r.jurisdiction,
                "documents": sorted({u.source.document for u in story.rule_uses if u.rule == r.id}),
            }
            for r in story.rules
        ],
        "events": [
            {
                "date": e.date.iso(),
                "wording": e.date.text,
                "text": e.text,
                **_source(e.source),
                "headline": e.headline,
                "kind": e.kind,
            }
            for e in story.events
        ],
    }


def dumps(story: Story) -> str:
    return json.dumps(story_json(story), ensure_ascii=False, indent=2) + "\n"
