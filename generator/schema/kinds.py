"""The fields of each kind of document: `KIND_FIELDS[kind](reader, paragraphs)` returns the
kind's own `Document` fields (an article's people, quotes, rules, questions and claims; a
rule's citation and provisions; a profile's roles), reporting bad values through the reader.
Each quote, person or organisation entry and provision is a unit: an error in it leaves out
that unit (a bad name, role or alias of a person only that value); an id listed twice in one
document is merged (`generator.schema.entities`).

`FIELDS` lists the fields each kind accepts (others are warned about and ignored);
`check_id` says whether an id may name a page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import get_args

from generator.schema import notes
from generator.schema.entities import merge_twice_listed
from generator.schema.fields import FieldReader, field_name, suggest
from generator.schema.qa import paragraph_list, questions_and_claims
from generator.schema.rules import rule_fields
from generator.story.model import (
    GENRES,
    EntityKind,
    EntityRef,
    Kind,
    Paragraph,
    QuoteRef,
)
from generator.text import clip, is_slug, normalise_quotes, slugify

_COMMON = {"kind", "id", "title", "date", "updated", "summary", "tags", "url"}

FIELDS: dict[str, set[str]] = {
    "article": _COMMON
    | {"genre", "outlet", "author", "key_points", "people", "organisations", "quotes", "rules"}
    | {"questions", "claims", "events", "unknowns"},
    "rule": _COMMON
    | {
        "short_title",
        "jurisdiction",
        "citation",
        "issuer",
        "instrument",
        "allows",
        "forbids",
        "provisions",
        "aliases",
        "related",
        "text_source",
        "copy_note",
        "excerpt",
        "events",
        "sources",
    },
    "person": _COMMON | {"name", "aliases", "roles", "affiliation", "events", "sources"},
    "organisation": _COMMON | {"name", "aliases", "roles", "affiliation", "events", "sources"},
    "story": {"kind", "title", "summary", "start_here", "date", "updated", "unknowns"},
}

ENTITY_FIELDS = {"id", "name", "aliases", "role", "affiliation", "did", "paragraphs"}

QUOTE_FIELDS = {"text", "speaker", "paragraph"}

RESERVED_IDS = {"index"}  # each section's own page is <section>/index.md


def check_id(r: FieldReader, ident: str, example: str, *keys: str | int) -> bool:
    """True when `ident` may name a page; otherwise an error saying why (which costs what
    the reader's current unit says)."""
    if not is_slug(ident):
        r.err(
            f"'{ident}' is not an id (lowercase letters, digits and hyphens, like "
            f"'{slugify(ident) or example}')",
            *keys,
        )
        return False
    if ident in RESERVED_IDS:
        r.err(f"'{ident}' is reserved for the section page; choose another id", *keys)
        return False
    return True


def _article(r: FieldReader, paragraphs: tuple[Paragraph, ...]) -> dict[str, object]:
    genre = r.text("genre") or "news"
    if genre not in GENRES:
        r.err(
            f"unknown genre '{genre}'{suggest(genre, GENRES)}; choose one of {', '.join(GENRES)}",
            "genre",
        )
        genre = "news"
    entities = _entities(r, "people", "person", paragraphs) + _entities(
        r, "organisations", "organisation", paragraphs
    )
    return {
        "genre": genre,
        "outlet": r.text("outlet"),
        "author": r.text("author"),
        "key_points": r.texts("key_points"),
        "entities": merge_twice_listed(r, entities),
        "quotes": _quotes(r, paragraphs),
        "rules": r.ids("rules"),
        **questions_and_claims(r, paragraphs),
        "events": notes.events(r, paragraphs),
        "unknowns": notes.unknowns(r, paragraphs),
    }


def _entities(
    r: FieldReader, key: str, kind: EntityKind, paragraphs: tuple[Paragraph, ...]
) -> tuple[EntityRef, ...]:
    """Each entry of `people` or `organisations`; a bad id costs the entry, a bad name,
    role, alias, affiliation or `did` only that value."""
    out = []
    for i in r.records(kind, ENTITY_FIELDS, key, first="id"):
        with r.unit(kind, key, i):
            ident = r.text(key, i, "id", required=True)
            if ident:
                check_id(r, ident, "keir-starmer", key, i, "id")
        if r.failed(key, i):
            continue
        affiliation = r.ref(r.text(key, i, "affiliation"), key, i, "affiliation") or None
        out.append(
            EntityRef(
                ident,
                kind,
                r.name(key, i, "name") or None,
                r.texts(key, i, "aliases"),
                r.texts(key, i, "role"),
                affiliation,
                r.front.line(key, i, "id"),
                field_name((key, i)),
                r.front.line(key, i, "name"),
                r.text(key, i, "did"),
                paragraph_list(r, len(paragraphs), key, i),
            )
        )
    return tuple(out)


def _quotes(r: FieldReader, paragraphs: tuple[Paragraph, ...]) -> tuple[QuoteRef, ...]:
    """Each curated quote; anything wrong with one (its text not in the body, a bad
    paragraph number, a bad speaker) costs that quote only."""
    return r.units("quote", QUOTE_FIELDS, "quotes", "text", lambda i: _quote(r, i, paragraphs))


def _quote(r: FieldReader, i: int, paragraphs: tuple[Paragraph, ...]) -> QuoteRef | None:
    text = r.text("quotes", i, "text", required=True)
    speaker = r.ref(r.text("quotes", i, "speaker"), "quotes", i, "speaker") or None
    wanted = r.text("quotes", i, "paragraph")
    if not text:
        return None
    found = _find_quote(text, paragraphs)
    if wanted:
        if not wanted.isdigit() or not 1 <= int(wanted) <= len(paragraphs):
            r.err(
                f"'{wanted}' is not a paragraph number (1 to {len(paragraphs)})",
                "quotes",
                i,
                "paragraph",
            )
            return None
        if int(wanted) not in found:
            where = f" (it is in paragraph {found[0]})" if found else ""
            r.err(f"not found word for word in paragraph {wanted}{where}", "quotes", i, "text")
            return None
        found = [int(wanted)]
    if not found:
        r.err(
            f"'{clip(text, 60)}' is not in the text word for word; quotes must be copied "
            "exactly (curly and straight quote marks are equivalent)",
            "quotes",
            i,
            "text",
        )
        return None
    line = r.front.line("quotes", i)
    return QuoteRef(_strip_marks(text), speaker, found[0], line, field_name(("quotes", i)))


def _find_quote(text: str, paragraphs: tuple[Paragraph, ...]) -> list[int]:
    needle = normalise_quotes(text)
    return [p.number for p in paragraphs if needle in normalise_quotes(p.text)]


def _strip_marks(text: str) -> str:
    return text.strip().strip("\"'\u201c\u201d\u2018\u2019").strip()


def _rule(r: FieldReader, paragraphs: tuple[Paragraph, ...]) -> dict[str, object]:
    return {
        **rule_fields(r, paragraphs),
        "events": notes.events(r, paragraphs),
        "sources": notes.body_sources(r, paragraphs),
    }


def _profile(r: FieldReader, paragraphs: tuple[Paragraph, ...]) -> dict[str, object]:
    affiliation = r.ref(r.text("affiliation"), "affiliation") or None
    roles = r.texts("roles")
    if roles and r.raw("date") is None:
        r.warn(
            "no date: readers cannot tell when these roles held; add the date the profile "
            "was written or checked",
            "roles",
        )
    return {
        "aliases": r.texts("aliases"),
        "roles": roles,
        "affiliation": affiliation,
        "events": notes.events(r, paragraphs),
        "sources": notes.body_sources(r, paragraphs),
    }


def _story(r: FieldReader, paragraphs: tuple[Paragraph, ...]) -> dict[str, object]:
    return {"start_here": r.ids("start_here"), "unknowns": notes.unknowns(r, paragraphs)}


KIND_FIELDS: dict[str, Callable[[FieldReader, tuple[Paragraph, ...]], dict[str, object]]] = {
    "article": _article,
    "rule": _rule,
    "person": _profile,
    "organisation": _profile,
    "story": _story,
}
assert set(KIND_FIELDS) == set(get_args(Kind))
