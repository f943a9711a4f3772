"""Typed access to one front matter: `FieldReader(front, path)`, the validator's only way in.

Each accessor (`text`, `label`, `name`, `texts`, `ids`, `date`, `url`, `records`) returns a
plain value (empty when missing or bad) and records a diagnostic at the field's own line for
every problem, so a document is checked whole, never up to its first error. `ref` records an
id that points at another document (checked later, across documents, by
`generator.references`). `suggest` offers the closest valid choice in a message.

An error costs the smallest unit that holds it (issue 11): by default the value itself;
inside `with reader.unit("quote", "quotes", 2):` the whole quote. `failed(...)` says whether
a unit had an error, so the validator leaves out exactly what the report says it leaves out.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar, cast

from generator.dates import PartialDate, dropped_time, parse_date
from generator.diagnostics import Diagnostic, error, warning
from generator.limits import MAX_FIELD_CHARS, MAX_LABEL_CHARS
from generator.read.source import FrontMatter, Value
from generator.schema.sanitize import html_tags
from generator.text import is_slug, mixed_script_words, one_line, slugify, suspicious

MAX_FIELD = MAX_FIELD_CHARS
T = TypeVar("T")


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
        self._unit: tuple[str, str] | None = None  # (what, field path) errors cost now
        self._failed: set[str] = set()  # the field paths of the units errors have cost

    @contextmanager
    def unit(self, lost: str, *keys: str | int) -> Iterator[None]:
        """Within the block, an error costs the unit at `keys` (a `lost` kind: "quote")."""
        saved = self._unit
        self._unit = (lost, field_name(keys))
        try:
            yield
        finally:
            self._unit = saved

    def units(
        self, lost: str, allowed: set[str], key: str, first: str, read: Callable[[int], T | None]
    ) -> tuple[T, ...]:
        """`read(i)` of each mapping item of the list at `key`, each read as a unit (an error
        inside costs that item only: `records`, `unit`); the items an error cost are left out."""
        out = []
        for i in self.records(lost, allowed, key, first=first):
            with self.unit(lost, key, i):
                value = read(i)
            if value is not None and not self.failed(key, i):
                out.append(value)
        return tuple(out)

    def failed(self, *keys: str | int) -> bool:
        """True when an error has cost the unit (or value) at `keys`."""
        return field_name(keys) in self._failed

    def ref(self, value: str, *keys: str | int) -> str:
        """Record `value` as a reference to another document's id."""
        if value:
            self.refs.append((field_name(keys), value, self.front.line(*keys)))
        return value

    def err(self, message: str, *keys: str | int, lost: str | None = None) -> None:
        """An error at `keys`; it costs `lost` (at `keys`), else the current unit, else the
        value. `lost="document"` when the file cannot be used at all."""
        name = field_name(keys)
        if lost is None:
            lost, unit = self._unit or ("value", name)
        else:
            unit = "" if lost == "document" else name
        self._failed.add(unit)
        self.problems.append(error(self.path, self.front.line(*keys), message, name, lost, unit))

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
        """A list of ids of other documents; a bad one costs that reference only."""
        value = self.raw(*keys)
        out = []
        for i in range(len(value) if isinstance(value, list) else 1):
            where = (*keys, i) if isinstance(value, list) else keys
            item = self.text(*where)
            if not item:
                continue
            if is_slug(item):
                out.append(self.ref(item, *where))
            else:
                self.err(
                    f"'{item}' is not an id (lowercase letters, digits and hyphens, "
                    f"like '{slugify(item) or 'keir-starmer'}')",
                    *where,
                    lost="reference",
                )
        return tuple(out)

    def date(self, *keys: str | int) -> PartialDate | None:
        value = self.text(*keys)
        if not value:
            return None
        try:
            found = parse_date(value)
        except ValueError as exc:
            self.err(str(exc), *keys)
            return None
        time = dropped_time(value)
        if time:
            self.warn(
                f"the time '{time}' is dropped: only the day is kept ({found.human()}, "
                "as written, whatever the time zone)",
                *keys,
            )
        return found

    def url(self, *keys: str | int) -> str:
        value = self.text(*keys)
        if value and not re.match(r"^https?://[^\s/$.?#][^\s]*$", value, re.IGNORECASE):
            self.err(
                f"'{value[:80]}' is not a web address (only http:// and https:// are allowed)",
                *keys,
            )
            return ""
        return value

    def records(self, lost: str, allowed: set[str], *keys: str | int, first: str) -> list[int]:
        """Indexes of the mapping items of the list at `keys`: an item that is not a mapping
        is an error that costs it (a `lost`; the message shows `first: ...`), an unknown
        field inside one a warning (the rest of the item is kept), as at the top level."""
        value = self.raw(*keys)
        if value is None:
            return []
        if not isinstance(value, list):
            self.err("must be a list", *keys)
            return []
        good = []
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                self.err(f"must be a mapping like '{first}: ...'", *keys, i, lost=lost)
                continue
            self.unknown_fields(allowed, *keys, i)
            good.append(i)
        return good

    def unknown_fields(self, allowed: set[str], *keys: str | int) -> None:
        """A warning with a did-you-mean for each field of the mapping at `keys` (the top
        level by default) that is not in `allowed`; the field is ignored, the rest kept."""
        mapping = self.raw(*keys)
        assert isinstance(mapping, dict)
        for name in sorted(set(mapping) - allowed):
            self.warn(f"unknown field '{name}' is ignored{suggest(name, allowed)}", *keys, name)


def field_name(keys: tuple[str | int, ...]) -> str:
    out = ""
    for key in keys:
        out += f"[{key + 1}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out
