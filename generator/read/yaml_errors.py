"""PyYAML's syntax errors in an editor's words, at the source file's own line.

`yaml_error(exc, path, first_line)` turns a `MarkedYAMLError` raised while parsing a front
matter that starts on `first_line` of the file into one `Diagnostic` (the document cannot
be read, so the error costs it). Split out of `generator.read.source`, which parses.
"""

from __future__ import annotations

import re

import yaml

from generator.diagnostics import Diagnostic, error

_YAML_PROBLEMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"found character '\\t'"), "a tab is used for indentation; use spaces"),
    (re.compile(r"found unexpected end of stream"), "a quoted value is never closed"),
    (
        re.compile(r"found unknown escape character|expected escape sequence"),
        "a backslash in a double-quoted value; use single quotes or write \\\\",
    ),
    (
        re.compile(r"mapping values are not allowed here"),
        "a value contains ': '; put the value in quotes",
    ),
    (re.compile(r"could not find expected ':'"), "a line is not 'key: value' (missing ':')"),
    (
        re.compile(r"found undefined alias|found unhashable key"),
        "YAML aliases and complex keys are not allowed",
    ),
    (
        re.compile(r"expected ',' or '\]'"),
        "a list in brackets '[' is never closed with ']'; put the value in quotes",
    ),
    (
        re.compile(r"expected ',' or '\}'"),
        "a mapping in braces '{' is never closed with '}'; put the value in quotes",
    ),
    (re.compile(r"expected <block end>, but found"), "indentation is inconsistent"),
    (
        re.compile(r"did not find expected key"),
        "indentation is inconsistent or a quote is not closed",
    ),
    (
        re.compile(r"did not find expected '-' indicator"),
        "a list item is not indented like the others",
    ),
    (
        re.compile(r"expected '<document start>'|found incompatible YAML document|directive"),
        "a line starts with '%', which YAML reserves; put the value in quotes",
    ),
]
_CANNOT_START = re.compile(r"found character '(.)' that cannot start any token")
_AFTER_QUOTE = re.compile(r"""^\s*(?:-\s+)?[^:'"]*:\s+(["'])""")


def yaml_error(exc: yaml.MarkedYAMLError, path: str, first_line: int) -> Diagnostic:
    """A PyYAML error in editor's words, at the file's own line."""
    mark = exc.problem_mark or exc.context_mark
    line = first_line + (mark.line if mark else 0)
    problem = f"{exc.problem or ''} {exc.context or ''}"
    start = _CANNOT_START.search(problem)
    if start and start.group(1) != "\t":
        return error(
            path,
            line,
            f"front matter: a value cannot start with '{start.group(1)}'; put the value in quotes",
        )
    if "expected <block end>" in problem and mark is not None and _quoted_then_text(mark):
        return error(
            path,
            line,
            "front matter: a quoted value is followed by more text; to use quote marks "
            "inside a value, wrap it in the other kind (title: 'He said \"no\"')",
        )
    for pattern, message in _YAML_PROBLEMS:
        if pattern.search(problem):
            if message.startswith("a quoted value") and exc.context_mark is not None:
                line = first_line + exc.context_mark.line
            return error(path, line, f"front matter: {message}")
    detail = (exc.problem or exc.context or "unreadable").strip()
    return error(path, line, f"front matter is not valid YAML: {detail}")


def _quoted_then_text(mark: yaml.Mark) -> bool:
    """True when the line of `mark` is `key: "quoted" more text`."""
    if mark.buffer is None:
        return False
    buffer = str(mark.buffer)
    begin = buffer.rfind("\n", 0, mark.pointer) + 1
    return bool(_AFTER_QUOTE.match(buffer[begin : mark.pointer]))
