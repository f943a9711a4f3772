"""Validate one `RawSource` against the source schema: a `Document` or errors.

`validate(raw)` returns the document and every diagnostic found in it: all fields are
checked, not only up to the first problem. An error costs the smallest unit that holds it
(a value, a quote, a person entry: see `generator.schema.fields`), which the document no
longer has; the document itself is left out (an error whose `lost` is "document") only when
it has no kind we know (it is still checked, as the closest kind), no usable id, is an
article without a body, or a profile without a name. The common fields are read here, the
body by `generator.schema.body`, each kind's own fields by `generator.schema.kinds`.
Cross-document references (people, rules) are checked later by `generator.references`,
which sees every document.
The schema is documented for editors in manual/docs/writing-sources.md.
"""

from __future__ import annotations

import difflib
from pathlib import PurePosixPath

from generator.dates import PartialDate
from generator.diagnostics import Diagnostic, error, warning
from generator.read.source import FrontMatter, RawSource
from generator.schema.body import body_paragraphs, derived_title, strip_date_token
from generator.schema.fields import FieldReader, suggest
from generator.schema.kinds import FIELDS, KIND_FIELDS, RESERVED_IDS, check_id
from generator.story.model import KINDS, Document, Kind
from generator.text import slugify


def validate(raw: RawSource) -> tuple[Document | None, list[Diagnostic]]:
    """Check one document's fields. The document is returned even when it is left out
    (so its references can still be checked); callers leave out a document that has an
    error costing the document (`lost == "document"`)."""
    front = raw.front or FrontMatter({}, {}, 1)
    r = FieldReader(front, raw.path)
    kind = _kind(r)
    r.unknown_fields(FIELDS[kind])
    body, token_date = strip_date_token(raw.body) if raw.front is None else (raw.body, None)
    paragraphs = body_paragraphs(r, body, raw.body_line)
    doc_id = _document_id(r, raw.path, kind)
    title = r.label("title") or r.name("name")
    date = r.date("date") or token_date
    if kind in ("article", "rule") and not title:
        title = derived_title(paragraphs) or doc_id
        if raw.front is not None:
            given = r.raw("title") is not None  # but left out: say what is used instead
            r.warn(f"using '{title}' instead" if given else f"no title; using '{title}'", "title")
    if kind in ("person", "organisation") and not title:
        r.err("is required: a profile without a name cannot be shown", "name", lost="document")
    if kind == "article" and not paragraphs:
        r.problems.append(
            error(
                raw.path,
                raw.body_line - 1 if raw.front is not None else 1,  # the closing fence
                "body: no text; an article's body is its source text: paste it below the "
                "front matter",
            )
        )
    if raw.front is None:
        _warn_no_front_matter(r, token_date)
    elif kind == "article" and date is None and r.raw("date") is None:
        r.warn("no date; the document is left off the timeline and the what's new list", "date")
    updated = r.date("updated")
    if updated and date and updated.sort_key() < date.sort_key():
        r.err(f"{updated.iso()} is before the date {date.iso()}", "updated")
        updated = None
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
        id_line=front.line("id") if r.raw("id") is not None else 1,
        **extra,  # type: ignore[arg-type]
    )
    return doc, r.problems


def _kind(r: FieldReader) -> Kind:
    """The document's kind. An unknown kind leaves the document out, but the rest is still
    checked, as the closest kind (else as an article), so one run reports everything."""
    given = r.text("kind") or "article"
    for kind in KINDS:
        if kind == given:
            return kind
    r.err(
        f"unknown kind '{given}'{suggest(given, KINDS)}; choose one of {', '.join(KINDS)}",
        "kind",
        lost="document",
    )
    close = difflib.get_close_matches(given, KINDS, n=1, cutoff=0.6)
    return next((k for k in KINDS if close and k == close[0]), "article")


def _document_id(r: FieldReader, path: str, kind: Kind) -> str:
    """The `id` field, else the file name's; a bad `id` costs that value (the file name's
    id is used), a file name that gives no usable id and no `id` field the document."""
    if kind == "story":
        return "story"
    given = r.text("id")
    if given and check_id(r, given, "my-document", "id"):
        return given
    stem = slugify(PurePosixPath(path).stem)
    if not stem:
        r.err("the file name gives an empty id; add an 'id' field", "id", lost="document")
        return "document"
    if stem in RESERVED_IDS:
        r.err(
            f"the file name gives the id '{stem}', which is reserved; add an 'id' field",
            "id",
            lost="document",
        )
    return stem


def _warn_no_front_matter(r: FieldReader, token_date: PartialDate | None) -> None:
    found = "title derived from the first sentence"
    if token_date:
        found = f"date {token_date.iso()} read from the text, " + found
    missing = ["outlet", "url", "summary"] + ([] if token_date else ["date"])
    r.problems.append(warning(r.path, 1, f"no front matter: {found}; missing {', '.join(missing)}"))
