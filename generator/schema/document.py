"""Validate one `RawSource` against the source schema: a `Document` or errors.

`validate(raw)` returns the document (None when it has errors) and every diagnostic found in
it: all fields are checked, not only up to the first problem. The common fields are read
here, the body by `generator.schema.body`, each kind's own fields by
`generator.schema.kinds`. Cross-document references (people, rules) are checked later by
`generator.references`, which sees every document.
The schema is documented for editors in manual/docs/writing-sources.md.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from generator.dates import PartialDate
from generator.diagnostics import Diagnostic, warning
from generator.read.source import FrontMatter, RawSource
from generator.schema.body import body_paragraphs, derived_title, strip_date_token
from generator.schema.fields import FieldReader, suggest
from generator.schema.kinds import FIELDS, KIND_FIELDS, RESERVED_IDS, check_id
from generator.story.model import KINDS, Document, Kind
from generator.text import slugify


def validate(raw: RawSource) -> tuple[Document | None, list[Diagnostic]]:
    """Check one document's fields. The document is returned even when errors were found
    (so its references can still be checked); callers leave such documents out."""
    front = raw.front or FrontMatter({}, {}, 1)
    r = FieldReader(front, raw.path)
    kind_text = r.text("kind") or "article"
    if kind_text not in KINDS:
        r.err(
            f"unknown kind '{kind_text}'{suggest(kind_text, KINDS)}; "
            f"choose one of {', '.join(KINDS)}",
            "kind",
        )
        return None, r.problems
    kind: Kind = kind_text  # checked against KINDS above (mypy narrows by `in`)
    r.unknown_fields(FIELDS[kind])
    body, token_date = strip_date_token(raw.body) if raw.front is None else (raw.body, None)
    paragraphs = body_paragraphs(r, body, raw.body_line)
    doc_id = _document_id(r, raw.path, kind)
    title = r.label("title") or r.name("name")
    date = r.date("date") or token_date
    if kind in ("article", "rule") and not title:
        title = derived_title(paragraphs) or doc_id
        if raw.front is not None and not _has_problem(r, "title"):
            r.warn(f"no title; using '{title}'", "title")
    if kind in ("person", "organisation") and not title:
        r.err("is required", "name")
    if raw.front is None:
        _warn_no_front_matter(r, token_date)
    elif kind == "article" and date is None and r.raw("date") is None:
        r.warn("no date; the document is left off the timeline and the what's new list", "date")
    updated = r.date("updated")
    if updated and date and updated.sort_key() < date.sort_key():
        r.err(f"{updated.iso()} is before the date {date.iso()}", "updated")
    builder = KIND_FIELDS[kind]
    extra = builder(r, paragraphs)
    doc = Document(
        id=doc_id,
        path=raw.path,
        kind=kind,
        title=title,
        date=date,
        digest=raw.digest,
        paragraphs=paragraphs,
        updated=updated,
        summary=r.text("summary"),
        tags=r.texts("tags"),
        url=r.url("url"),
        ref_lines=tuple(r.refs),
        **extra,  # type: ignore[arg-type]
    )
    return doc, r.problems


def _has_problem(r: FieldReader, field: str) -> bool:
    return any(p.field == field and p.is_error for p in r.problems)


def _document_id(r: FieldReader, path: str, kind: Kind) -> str:
    if kind == "story":
        return "story"
    given = r.text("id")
    if given:
        if not check_id(r, given, "my-document", "id"):
            return slugify(given) or "document"
        return given
    stem = slugify(PurePosixPath(path).stem)
    if not stem:
        r.err("the file name gives an empty id; add an 'id' field", "id")
        return "document"
    if stem in RESERVED_IDS:
        r.err(f"the file name gives the id '{stem}', which is reserved; add an 'id' field", "id")
    return stem


def _warn_no_front_matter(r: FieldReader, token_date: PartialDate | None) -> None:
    found = "title derived from the first sentence"
    if token_date:
        found = f"date {token_date.iso()} read from the text, " + found
    missing = ["outlet", "url", "summary"] + ([] if token_date else ["date"])
    r.problems.append(warning(r.path, 1, f"no front matter: {found}; missing {', '.join(missing)}"))
