"""The `explainer` command (also `python -m generator`): a thin adapter over the core.

    explainer check    [--sources DIR] [--strict]      diagnostics; exit 1 on any error
    explainer generate [--sources DIR] --out DIR       the site's Markdown pages, to a folder
    explainer export   [--sources DIR]                 the story model as JSON (stdout)
    explainer new KIND TITLE [--sources DIR] [--date D] a new source document (never overwrites)

Diagnostics go to stderr as `path:line: message`, paths relative to the sources folder.
Exit status: 0 fine, 1 errors in documents (or warnings with --strict), 2 unusable arguments.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from generator import __version__
from generator.build import generate, load
from generator.dates import PartialDate, parse_date
from generator.diagnostics import Diagnostic, ExplainerError, has_errors, summary_line
from generator.export import dumps
from generator.model import Story
from generator.scaffold import KINDS, create
from generator.write import write_pages


def _new(sources: Path, kind: str, title: str, when: str | None) -> int:
    try:
        day = parse_date(when) if when else PartialDate.of(_today())
    except ValueError as exc:
        raise ExplainerError(f"--date: {exc}") from None
    path = create(sources, kind, title, day)
    print(
        f"explainer: {path}: created; fill in its front matter, then run 'explainer check'",
        file=sys.stderr,
    )
    return 0


def _today() -> date:
    """Today, or the day of SOURCE_DATE_EPOCH when set (reproducible runs and tests)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return date.today()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="explainer",
        description="Turn source documents about a news story into an explainer site.",
    )
    parser.add_argument("--version", action="version", version=f"explainer {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument(
            "--sources",
            type=Path,
            default=Path("seeds"),
            help="folder of source documents (default: seeds)",
        )
        return sub

    check = command("check", "report every problem in every document")
    check.add_argument("--strict", action="store_true", help="warnings fail too (for CI)")
    check.add_argument(
        "--review",
        action="store_true",
        help="also list what extraction found that an editor should check",
    )
    gen = command("generate", "write the site's Markdown pages to a folder")
    gen.add_argument("--out", type=Path, required=True, help="output folder")
    gen.add_argument("--templates", type=Path, help="your template folder (overrides ours)")
    gen.add_argument("--strict", action="store_true", help="warnings fail too (for CI)")
    command("export", "print the story model as JSON")
    new = command("new", "start a new source document with the right front matter")
    new.add_argument("kind", choices=KINDS, help="the kind of document")
    new.add_argument("title", help="its title (for a person or organisation: the name)")
    new.add_argument("--date", help="its date, YYYY-MM-DD (default: today)")
    return parser


def _report(diagnostics: Sequence[Diagnostic], documents: int) -> None:
    for diagnostic in diagnostics:
        print(diagnostic, file=sys.stderr)
    print(f"explainer: {summary_line(diagnostics, documents)}", file=sys.stderr)


def _review(story: Story) -> None:
    """Review notes as `path:¶n: review: topic: text` (a paragraph, not a line: they come
    from the text, not the front matter)."""
    for note in story.review:
        where = story.by_id[note.source.document].path
        para = f":¶{note.source.paragraph}" if note.source.paragraph else ""
        print(f"{where}{para}: review: {note.topic.lower()}: {note.text}", file=sys.stderr)


def _status(diagnostics: Sequence[Diagnostic], strict: bool) -> int:
    return 1 if has_errors(diagnostics) or (strict and diagnostics) else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except ExplainerError as exc:
        print(f"explainer: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    sources: Path = args.sources
    if args.command == "new":
        return _new(sources, args.kind, args.title, args.date)
    if args.command == "check":
        resolved, diagnostics = load(sources)
        if args.review:
            _review(resolved.story)
        _report(diagnostics, len(resolved.story.documents))
        return _status(diagnostics, args.strict)
    if args.command == "export":
        resolved, diagnostics = load(sources)
        _report(diagnostics, len(resolved.story.documents))
        sys.stdout.write(dumps(resolved.story))
        return _status(diagnostics, False)
    out: Path = args.out
    if out.resolve().is_relative_to(sources.resolve()):
        raise ExplainerError(f"{out}: the output folder must not be inside the sources folder")
    result = generate(sources, args.templates)
    _report(result.diagnostics, len(result.resolved.story.documents))
    report = write_pages(out, result.pages)
    for line in report.kept:
        print(f"{out}/{line}", file=sys.stderr)
    print(f"explainer: {out}: {report.summary()}", file=sys.stderr)
    return _status(result.diagnostics, args.strict)
