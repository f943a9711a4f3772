"""The closed taxonomy of problems Explainer reports.

Every stage returns `Diagnostic`s instead of raising: they are collected across all
documents and reported together, sorted by path and line, as `path:line: message`.
Only the exception types below ever leave the core; any other exception is a bug.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """An error rejects the document it is in; a warning is reported and handled."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """One problem in one source file, at a 1-based line of that file (0 when none)."""

    severity: Severity
    path: str
    line: int
    message: str
    field: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        what = f"{self.field}: {self.message}" if self.field else self.message
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return visible(f"{where}: {prefix}{what}")

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


def error(path: str, line: int, message: str, field: str = "") -> Diagnostic:
    return Diagnostic(Severity.ERROR, path, line, message, field)


def warning(path: str, line: int, message: str, field: str = "") -> Diagnostic:
    return Diagnostic(Severity.WARNING, path, line, message, field)


def sorted_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Deterministic report order: by path, then line, field and text; duplicates dropped."""
    return sorted(set(diagnostics), key=Diagnostic.sort_key)


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.is_error for d in diagnostics)


class ExplainerError(Exception):
    """Raised by the CLI and the plugin when a configuration (not a document) is unusable:
    a sources folder that does not exist, an output folder inside the sources."""


def summary_line(diagnostics: Iterable[Diagnostic], documents: int) -> str:
    """The one-line tally both the CLI and the plugin print."""
    items = list(diagnostics)
    errors = sum(d.is_error for d in items)
    warnings = len(items) - errors
    rejected = len({d.path for d in items if d.is_error})
    return (
        f"{documents} documents, {errors} error{'s' * (errors != 1)}, "
        f"{warnings} warning{'s' * (warnings != 1)}"
        + (f"; {rejected} document{'s' * (rejected != 1)} left out" if rejected else "")
    )
