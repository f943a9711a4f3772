"""Typed access to one front matter: `FieldReader(front, path)`, the validator's only way in.

Each accessor (`text`, `label`, `name`, `texts`, `ids`, `date`, `url`, `records`) returns a
plain value (empty when missing or bad) and records a diagnostic at the field's own line for
every problem, so a document is checked whole, never up to its first error. `ref` records an
id that points at another document (checked later, across documents, by
`generator.references`). `suggest` offers the closest valid choice in a message.
"""

from __future__ import annotations

import difflib
import re
from typing import cast

from generator.dates import PartialDate, parse_date
from generator.diagnostics import Diagnostic, error, warning
from generator.limits import MAX_FIELD_CHARS, MAX_LABEL_CHARS
from generator.read.source import FrontMatter, Value
from generator.schema.sanitize import html_tags
from generator.text import is_slug, mixed_script_words, one_line, slugify, suspicious

MAX_FIELD = MAX_FIELD_CHARS


def suggest(value: str, choices: object) -> str:
    """' (did you mean 'x'?)' when a close choice exists, else ''."""
    close = difflib.get_close_matches(value, sorted(cast("list[str]", choices)), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class FieldReader:
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
            self.refs.append((field_name(keys), value, self.front.line(*keys)))
        return value

    def err(self, message: str, *keys: str | int) -> None:
        self.problems.append(error(self.path, self.front.line(*keys), message, field_name(keys)))

    def warn(self, message: str, *keys: str | int) -> None:
        self.problems.append(warning(self.path, self.front.line(*keys), message, field_name(keys)))

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

    def lines(self, *keys: str | int, required: bool = False) -> str:
        """Text whose line breaks mean something (a provision's paragraphs, written with
        YAML's `|`): each line checked as `text` is, blank lines dropped, joined by "\\n"."""
        value = self.raw(*keys)
        if not isinstance(value, str) or "\n" not in value.strip():
            return self.text(*keys, required=required)
        self.text(*keys)  # the same checks, reported once for the whole value
        return "\n".join(one_line(line) for line in value.splitlines() if line.strip())

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


def field_name(keys: tuple[str | int, ...]) -> str:
    out = ""
    for key in keys:
        out += f"[{key + 1}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out
