"""The closed taxonomy of problems Explainer reports.

Every stage returns `Diagnostic`s instead of raising: they are collected across all
documents and reported together, sorted by path and line, as `path:line: message`.
Only the exception types below ever leave the core; any other exception is a bug.

An error costs the smallest unit that is wrong, and says which (issue 11): `lost` names it
(a quote, a person entry, a value, ... or the whole document, only when it cannot be read)
and `unit` says which one (`quotes[2]`), so the report ends each error with "; the quote is
left out" and the tally counts what was left out, each unit once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """An error leaves something out (see `Diagnostic.lost`); a warning is reported and
    handled, nothing is lost."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """One problem in one source file, at a 1-based line of that file (0 when none).

    An error names what it leaves out: `lost` is one of `LOST` ("document" when the file
    cannot be used at all) and `unit` the field path of that unit (`quotes[2]`; the field
    itself when empty)."""

    severity: Severity
    path: str
    line: int
    message: str
    field: str = ""
    lost: str = ""
    unit: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        what = f"{self.field}: {self.message}" if self.field else self.message
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        # what is left out, unless the message already says so in its own words
        said = "left out" in self.message
        suffix = f"; the {self.lost} is left out" if self.lost and not said else ""
        return visible(f"{where}: {prefix}{what}{suffix}")

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.path, self.line, self.field, self.message)


# Characters that would break the one-line report or reorder it on a terminal (Trojan
# Source): line breaks, controls, bidirectional and zero-width characters.
_HIDDEN = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)


def visible(text: str) -> str:
    """`text` on one line with every hidden character written out as `<U+202E>`."""
    return _HIDDEN.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


# What an error can leave out, with the plural the tally uses, in the tally's order.
LOST = {
    "document": "documents",
    "person": "people",
    "organisation": "organisations",
    "quote": "quotes",
    "question": "questions",
    "claim": "claims",
    "response": "responses",
    "provision": "provisions",
    "event": "events",
    "source": "sources",
    "reference": "references",
    "paragraph number": "paragraph numbers",
    "value": "values",
}


def error(
    path: str, line: int, message: str, field: str = "", lost: str = "document", unit: str = ""
) -> Diagnostic:
    """An error; by default it costs the whole document (the file cannot be used)."""
    assert lost in LOST, lost
    return Diagnostic(Severity.ERROR, path, line, message, field, lost, unit or field)


def warning(path: str, line: int, message: str, field: str = "") -> Diagnostic:
    return Diagnostic(Severity.WARNING, path, line, message, field)


def sorted_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Deterministic report order: by path, then line, field and text; duplicates dropped."""
    return sorted(set(diagnostics), key=Diagnostic.sort_key)


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.is_error for d in diagnostics)


def loses_document(diagnostics: Iterable[Diagnostic]) -> bool:
    """True when one of `diagnostics` (of one document) leaves the whole document out."""
    return any(d.is_error and d.lost == "document" for d in diagnostics)


class ExplainerError(Exception):
    """Raised by the CLI and the plugin when a configuration (not a document) is unusable:
    a sources folder that does not exist, an output folder inside the sources."""


def left_out(diagnostics: Iterable[Diagnostic]) -> dict[str, int]:
    """What the errors left out, by kind (in `LOST` order), each unit counted once; the
    parts of a document that is left out whole are not counted again."""
    items = [d for d in diagnostics if d.is_error and d.lost]
    gone = {d.path for d in items if d.lost == "document"}
    units = {(d.lost, d.path, d.unit) for d in items if d.lost == "document" or d.path not in gone}
    counts = {kind: sum(1 for lost, _, _ in units if lost == kind) for kind in LOST}
    return {kind: n for kind, n in counts.items() if n}


def left_out_text(diagnostics: Iterable[Diagnostic]) -> str:
    """'2 documents, 1 quote' — what the errors left out; '' when nothing."""
    return ", ".join(
        f"{n} {kind if n == 1 else LOST[kind]}" for kind, n in left_out(diagnostics).items()
    )


def summary_line(diagnostics: Iterable[Diagnostic], documents: int) -> str:
    """The one-line tally both the CLI and the plugin print."""
    items = list(diagnostics)
    errors = sum(d.is_error for d in items)
    warnings = len(items) - errors
    lost = left_out_text(items)
    return (
        f"{documents} document{'s' * (documents != 1)}, {errors} error{'s' * (errors != 1)}, "
        f"{warnings} warning{'s' * (warnings != 1)}" + (f"; left out: {lost}" if lost else "")
    )
