"""Validate one `RawSource` against the source schema: a `Document` or errors.

`validate(raw)` returns the document (None when it has errors) and every diagnostic found in
it: all fields are checked, not only up to the first problem. Cross-document references
(people, rules) are checked later by `generator.story.assemble`, which sees every document.
The schema is documented for editors in docs/writing-sources.md.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import cast, get_args

from generator.dates import PartialDate, parse_date
from generator.diagnostics import Diagnostic, error, warning
from generator.limits import (
    MAX_FIELD_CHARS,
    MAX_LABEL_CHARS,
    MAX_PARAGRAPH_CHARS,
    MAX_PARAGRAPHS,
)
from generator.read.source import FrontMatter, RawSource, Value
from generator.schema.qa import questions_and_claims
from generator.schema.sanitize import body_text, html_tags
from generator.story.model import (
    GENRES,
    KINDS,
    Document,
    EntityKind,
    EntityRef,
    Kind,
    Paragraph,
    Provision,
    QuoteRef,
)
from generator.text import (
    is_slug,
    mixed_script_words,
    normalise_quotes,
    one_line,
    slugify,
    split_paragraphs,
    suspicious,
)

_COMMON = {"kind", "id", "title", "date", "updated", "summary", "tags", "url"}
FIELDS: dict[str, set[str]] = {
    "article": _COMMON
    | {"genre", "outlet", "author", "key_points", "people", "organisations", "quotes", "rules"}
    | {"questions", "claims"},
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
    },
    "person": _COMMON | {"name", "aliases", "roles", "affiliation"},
    "organisation": _COMMON | {"name", "aliases", "roles", "affiliation"},
    "story": {"kind", "title", "summary", "start_here", "date", "updated"},
}
ENTITY_FIELDS = {"id", "name", "aliases", "role", "affiliation"}
QUOTE_FIELDS = {"text", "speaker", "paragraph"}
PROVISION_FIELDS = {"ref", "text"}
MAX_FIELD = MAX_FIELD_CHARS
RESERVED_IDS = {"index"}  # each section's own page is <section>/index.md
_DATE_TOKEN = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_TITLE_WORDS = 14


def suggest(value: str, choices: object) -> str:
    """' (did you mean 'x'?)' when a close choice exists, else ''."""
    close = difflib.get_close_matches(value, sorted(cast("list[str]", choices)), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class _Reader:
    """Typed access to one front matter, collecting a diagnostic for every bad field."""

    def __init__(self, front: FrontMatter, path: str) -> None:
        self.front = front
        self.path = path
        self.problems: list[Diagnostic] = []
        # every id this document refers to, for cross-document checks: (field, id, line)
        self.refs: list[tuple[str, str, int]] = []

    def ref(self, value: str, *keys: str | int) -> str:
        """Record `value` as a reference to another document's id."""
        if value:
            self.refs.append((_name(keys), value, self.front.line(*keys)))
        return value

    def err(self, message: str, *keys: str | int) -> None:
        self.problems.append(error(self.path, self.front.line(*keys), message, _name(keys)))

    def warn(self, message: str, *keys: str | int) -> None:
        self.problems.append(warning(self.path, self.front.line(*keys), message, _name(keys)))

    def raw(self, *keys: str | int) -> Value:
        value: Value = self.front.data
        for key in keys:
            if isinstance(value, dict) and isinstance(key, str):
                value = value.get(key)
            elif isinstance(value, list) and isinstance(key, int) and key < len(value):
                value = value[key]
            else:
                return None
        return value

    def text(self, *keys: str | int, required: bool = False) -> str:
        value = self.raw(*keys)
        if value is None:
            if required:
                self.err("is required", *keys)
            return ""
        if not isinstance(value, str):
            self.err("must be a single line of text, not a list or mapping", *keys)
            return ""
        if len(value) > MAX_FIELD:
            self.err(f"is {len(value):,} characters long; the limit is {MAX_FIELD:,}", *keys)
            return ""
        hidden = suspicious(value)
        if hidden:
            self.warn(
                f"invisible characters removed ({', '.join(hidden)}); they can reorder or "
                "disguise text",
                *keys,
            )
        tags = html_tags(value)
        if tags:
            shown = ", ".join(f"<{t}>" for t in tags[:3])
            self.warn(f"contains HTML ({shown}); it is shown as text, never run", *keys)
        return one_line(value)

    def label(self, *keys: str | int) -> str:
        """A title or name: one line of at most MAX_LABEL_CHARS (it is repeated in links)."""
        value = self.text(*keys)
        if len(value) > MAX_LABEL_CHARS:
            self.err(f"is {len(value):,} characters long; the limit is {MAX_LABEL_CHARS}", *keys)
            return ""
        return value

    def name(self, *keys: str | int) -> str:
        """A name: a label, with a warning when a word mixes look-alike alphabets."""
        value = self.label(*keys)
        for word, scripts in mixed_script_words(value):
            self.warn(
                f"'{word}' mixes {' and '.join(scripts)} letters that look alike; "
                "retype it (a pasted or disguised name?)",
                *keys,
            )
        return value

    def texts(self, *keys: str | int) -> tuple[str, ...]:
        """A list of one-line strings; a single string counts as a list of one."""
        value = self.raw(*keys)
        if value is None:
            return ()
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list):
            self.err("must be a list", *keys)
            return ()
        out = []
        for i, _ in enumerate(items):
            item = self.text(*keys, i) if isinstance(value, list) else self.text(*keys)
            if item:
                out.append(item)
        return tuple(out)

    def ids(self, *keys: str | int) -> tuple[str, ...]:
        out = []
        for i, item in enumerate(self.texts(*keys)):
            if is_slug(item):
                out.append(self.ref(item, *keys, i))
            else:
                self.err(
                    f"'{item}' is not an id (lowercase letters, digits and hyphens, "
                    f"like '{slugify(item) or 'keir-starmer'}')",
                    *keys,
                    i,
                )
        return tuple(out)

    def date(self, *keys: str | int) -> PartialDate | None:
        value = self.text(*keys)
        if not value:
            return None
        try:
            return parse_date(value)
        except ValueError as exc:
            self.err(str(exc), *keys)
            return None

    def url(self, *keys: str | int) -> str:
        value = self.text(*keys)
        if value and not re.match(r"^https?://[^\s/$.?#][^\s]*$", value, re.IGNORECASE):
            self.err(
                f"'{value[:80]}' is not a web address (only http:// and https:// are allowed)",
                *keys,
            )
            return ""
        return value

    def records(self, key: str, allowed: set[str]) -> list[int]:
        """Indexes of the mapping items of list `key`, reporting items that are not mappings
        and unknown fields inside them."""
        value = self.raw(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.err("must be a list", key)
            return []
        good = []
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                self.err("must be a mapping like 'id: ...'", key, i)
                continue
            for name in sorted(set(item) - allowed):
                self.err(f"unknown field '{name}'{suggest(name, allowed)}", key, i, name)
            good.append(i)
        return good

    def unknown_fields(self, allowed: set[str]) -> None:
        for name in sorted(set(self.front.data) - allowed):
            self.warn(f"unknown field '{name}' is ignored{suggest(name, allowed)}", name)


def _name(keys: tuple[str | int, ...]) -> str:
    out = ""
    for key in keys:
        out += f"[{key + 1}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out


def validate(raw: RawSource) -> tuple[Document | None, list[Diagnostic]]:
    """Check one document's fields. The document is returned even when errors were found
    (so its references can still be checked); callers leave such documents out."""
    front = raw.front or FrontMatter({}, {}, 1)
    r = _Reader(front, raw.path)
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
    body, token_date = _strip_date_token(raw.body) if raw.front is None else (raw.body, None)
    paragraphs = _paragraphs(r, body, raw.body_line)
    doc_id = _document_id(r, raw.path, kind)
    title = r.label("title") or r.name("name")
    date = r.date("date") or token_date
    if kind in ("article", "rule") and not title:
        title = _derived_title(paragraphs) or doc_id
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
    builder = _KIND_FIELDS[kind]
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


def _has_problem(r: _Reader, field: str) -> bool:
    return any(p.field == field and p.is_error for p in r.problems)


def _paragraphs(r: _Reader, body: str, first_line: int) -> tuple[Paragraph, ...]:
    """The body's paragraphs; HTML is turned into text and bidi controls dropped, both
    reported (a paragraph's line is then the body's first line)."""
    text, removed, was_html = body_text(body)
    if was_html:
        r.problems.append(
            warning(
                r.path,
                first_line,
                "body: HTML turned into plain text"
                + (f"; removed: {', '.join(removed)}" if removed else ""),
            )
        )
    hidden = suspicious(text, bidi_only=True)
    if hidden:
        line = first_line + next(
            i for i, row in enumerate(text.split("\n")) if suspicious(row, bidi_only=True)
        )
        r.problems.append(
            warning(
                r.path,
                line if not was_html else first_line,
                f"body: bidirectional control characters removed ({', '.join(hidden)}); "
                "they can make text read differently than it is stored",
            )
        )
    paragraphs = split_paragraphs(text, first_line)
    if was_html:
        paragraphs = tuple(Paragraph(p.number, p.text, first_line) for p in paragraphs)
    for paragraph in paragraphs:
        if len(paragraph.text) > MAX_PARAGRAPH_CHARS:
            r.problems.append(
                error(
                    r.path,
                    paragraph.line,
                    f"body: paragraph {paragraph.number} is {len(paragraph.text):,} characters "
                    f"long; the limit is {MAX_PARAGRAPH_CHARS:,} (separate paragraphs with a "
                    "blank line)",
                )
            )
            break
    if len(paragraphs) > MAX_PARAGRAPHS:
        r.problems.append(
            error(
                r.path,
                paragraphs[MAX_PARAGRAPHS].line,
                f"body: {len(paragraphs):,} paragraphs; the limit is {MAX_PARAGRAPHS:,}",
            )
        )
    return paragraphs


def _check_id(r: _Reader, ident: str, example: str, *keys: str | int) -> bool:
    """True when `ident` may name a page; otherwise an error saying why."""
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


def _document_id(r: _Reader, path: str, kind: Kind) -> str:
    if kind == "story":
        return "story"
    given = r.text("id")
    if given:
        if not _check_id(r, given, "my-document", "id"):
            return slugify(given) or "document"
        return given
    stem = slugify(PurePosixPath(path).stem)
    if not stem:
        r.err("the file name gives an empty id; add an 'id' field", "id")
        return "document"
    if stem in RESERVED_IDS:
        r.err(f"the file name gives the id '{stem}', which is reserved; add an 'id' field", "id")
    return stem


def _strip_date_token(body: str) -> tuple[str, PartialDate | None]:
    """The original sample starts with a bare `date 2024-10-23` token: read and drop it."""
    match = _DATE_TOKEN.match(body)
    if not match:
        return body, None
    try:
        found = parse_date(match.group(1))
    except ValueError:
        return body, None
    return body[match.end() :], found


def _derived_title(paragraphs: tuple[Paragraph, ...]) -> str:
    if not paragraphs:
        return ""
    words = re.split(r"(?<=[.!?])\s", paragraphs[0].text, maxsplit=1)[0].split()
    title = " ".join(words[:_TITLE_WORDS]).rstrip(",;:")
    return title + ("…" if len(words) > _TITLE_WORDS else "")


def _warn_no_front_matter(r: _Reader, token_date: PartialDate | None) -> None:
    found = "title derived from the first sentence"
    if token_date:
        found = f"date {token_date.iso()} read from the text, " + found
    missing = ["outlet", "url", "summary"] + ([] if token_date else ["date"])
    r.problems.append(warning(r.path, 1, f"no front matter: {found}; missing {', '.join(missing)}"))


def _article(r: _Reader, paragraphs: tuple[Paragraph, ...]) -> dict[str, object]:
    genre = r.text("genre") or "news"
    if genre not in GENRES:
        r.err(
            f"unknown genre '{genre}'{suggest(genre, GENRES)}; choose one of {', '.join(GENRES)}",
            "genre",
        )
    entities = _entities(r, "people", "person") + _entities(r, "organisations", "organisation")
    return {
        "genre": genre,
        "outlet": r.text("outlet"),
        "author": r.text("author"),
        "key_points": r.texts("key_points"),
        "entities": entities,
        "quotes": _quotes(r, paragraphs),
        "rules": r.ids("rules"),
        **questions_and_claims(r, paragraphs),
    }


def _entities(r: _Reader, key: str, kind: EntityKind) -> tuple[EntityRef, ...]:
    out = []
    for i in r.records(key, ENTITY_FIELDS):
        ident = r.text(key, i, "id", required=True)
        if ident and not _check_id(r, ident, "keir-starmer", key, i, "id"):
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
                r.front.line(key, i),
            )
        )
    return tuple(e for e in out if e.id)


def _quotes(r: _Reader, paragraphs: tuple[Paragraph, ...]) -> tuple[QuoteRef, ...]:
    out = []
    for i in r.records("quotes", QUOTE_FIELDS):
        text = r.text("quotes", i, "text", required=True)
        speaker = r.ref(r.text("quotes", i, "speaker"), "quotes", i, "speaker") or None
        wanted = r.text("quotes", i, "paragraph")
        if not text:
            continue
        found = _find_quote(text, paragraphs)
        if wanted:
            if not wanted.isdigit() or not 1 <= int(wanted) <= len(paragraphs):
                r.err(
                    f"'{wanted}' is not a paragraph number (1 to {len(paragraphs)})",
                    "quotes",
                    i,
                    "paragraph",
                )
                continue
            if int(wanted) not in found:
                where = f" (it is in paragraph {found[0]})" if found else ""
                r.err(f"not found word for word in paragraph {wanted}{where}", "quotes", i, "text")
                continue
            found = [int(wanted)]
        if not found:
            r.err(
                f"'{_clip(text)}' is not in the text word for word; quotes must be copied "
                "exactly (curly and straight quote marks are equivalent)",
                "quotes",
                i,
                "text",
            )
            continue
        out.append(QuoteRef(_strip_marks(text), speaker, found[0], r.front.line("quotes", i)))
    return tuple(out)


def _find_quote(text: str, paragraphs: tuple[Paragraph, ...]) -> list[int]:
    needle = normalise_quotes(text)
    return [p.number for p in paragraphs if needle in normalise_quotes(p.text)]


def _strip_marks(text: str) -> str:
    return text.strip().strip("\"'\u201c\u201d\u2018\u2019").strip()


def _clip(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _rule(r: _Reader, paragraphs: tuple[Paragraph, ...]) -> dict[str, object]:
    provisions = []
    for i in r.records("provisions", PROVISION_FIELDS):
        text = r.text("provisions", i, "text", required=True)
        if text:
            provisions.append(Provision(r.text("provisions", i, "ref"), text))
    if not r.text("citation"):
        r.warn("no citation; readers cannot look the rule up", "citation")
    return {
        "short_title": r.text("short_title"),
        "jurisdiction": r.text("jurisdiction"),
        "citation": r.text("citation"),
        "issuer": r.text("issuer"),
        "instrument": r.text("instrument"),
        "allows": r.texts("allows"),
        "forbids": r.texts("forbids"),
        "provisions": tuple(provisions),
        "aliases": r.texts("aliases"),
        "related": r.ids("related"),
    }


def _profile(r: _Reader, paragraphs: tuple[Paragraph, ...]) -> dict[str, object]:
    affiliation = r.ref(r.text("affiliation"), "affiliation") or None
    return {"aliases": r.texts("aliases"), "roles": r.texts("roles"), "affiliation": affiliation}


def _story(r: _Reader, paragraphs: tuple[Paragraph, ...]) -> dict[str, object]:
    return {"start_here": r.ids("start_here")}


_KIND_FIELDS: dict[str, Callable[[_Reader, tuple[Paragraph, ...]], dict[str, object]]] = {
    "article": _article,
    "rule": _rule,
    "person": _profile,
    "organisation": _profile,
    "story": _story,
}
assert set(_KIND_FIELDS) == set(get_args(Kind))
