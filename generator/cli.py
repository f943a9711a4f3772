"""The `explainer` command (also `python -m generator`): a thin adapter over the core.

    explainer check    [--sources DIR] [--strict]      diagnostics; exit 1 on any error
    explainer generate [--sources DIR] --out DIR       the site's Markdown pages and feeds
                       [--watch] [--cache DIR]         (again on every change, with --watch)
                       [--project mkdocs.yml]          a whole project for another engine
    explainer export   [--sources DIR]                 the story model as JSON (stdout)
    explainer new KIND TITLE [--sources DIR] [--date D] a new source document (never overwrites)

Diagnostics go to stderr as `path:line: message`, paths relative to the sources folder.
Exit status: 0 fine, 1 errors in documents (or warnings with --strict), 2 unusable arguments.
An error leaves out what it names (a quote, a person entry, a value; a whole document only
when the file cannot be used), and `generate` writes the rest; `generate --strict` writes
nothing at all when the run would exit 1, so CI never publishes a site with something
left out.
`generate --watch` polls the sources and templates twice a second and regenerates after each
change (only changed documents are read again); it runs until interrupted (Ctrl-C, exit 0).
`generate --project mkdocs.yml` writes DIR/mkdocs.yml, DIR/docs/ and DIR/overrides/
(generator/write/project.py), which Zensical builds (`zensical build -f DIR/mkdocs.yml`);
its pages are staged in DIR/.explainer-staging and replaced in one burst, and --watch also
watches mkdocs.yml, the docs folder and the theme's custom_dir.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from functools import partial
from itertools import chain
from pathlib import Path

from generator import __version__
from generator.build import Pipeline, load
from generator.cache import CACHE_DIR, signature
from generator.collector import fewer_collections
from generator.dates import PartialDate, parse_date
from generator.diagnostics import Diagnostic, ExplainerError, has_errors, summary_line
from generator.plan.index import section_order
from generator.plan.nav import navigation
from generator.read.find import list_sources
from generator.render.export import dumps
from generator.render.markdown import TEMPLATES
from generator.scaffold import KINDS, create
from generator.story.model import Story
from generator.write.folder import write_pages
from generator.write.project import (
    ProjectError,
    check_project_folder,
    project_files,
    watched,
)

THEME = TEMPLATES / "theme"  # our theme overrides, copied into a --project
STAGING = ".explainer-staging"  # --project: pages are staged here, then replaced in one burst


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
    gen.add_argument(
        "--strict",
        action="store_true",
        help="warnings fail too (for CI); a run that fails writes nothing",
    )
    gen.add_argument(
        "--watch", action="store_true", help="regenerate on every change until interrupted"
    )
    gen.add_argument(
        "--cache",
        type=Path,
        default=Path(CACHE_DIR),
        help=f"per-document cache folder, safe to delete (default: {CACHE_DIR}; '' for none)",
    )
    gen.add_argument("--site-url", default="", help="the site's address, for absolute feed links")
    gen.add_argument(
        "--project",
        type=Path,
        metavar="MKDOCS_YML",
        help="write a whole project another engine builds (OUT/mkdocs.yml, OUT/docs/, "
        "OUT/overrides/) from this site config, e.g. for `zensical build -f OUT/mkdocs.yml`",
    )
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


def _progress(message: str) -> None:
    """A long run's phases, on stderr like every other message of the command."""
    print(f"explainer: {message}", file=sys.stderr, flush=True)


def _status(diagnostics: Sequence[Diagnostic], strict: bool) -> int:
    return 1 if has_errors(diagnostics) or (strict and diagnostics) else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    with fewer_collections():  # a generation's live objects, rescanned less often
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
        resolved, diagnostics = load(sources, progress=_progress)
        if args.review:
            _review(resolved.story)
        _report(diagnostics, len(resolved.story.documents))
        return _status(diagnostics, args.strict)
    if args.command == "export":
        resolved, diagnostics = load(sources, progress=_progress)
        _report(diagnostics, len(resolved.story.documents))
        sys.stdout.write(dumps(resolved.story))
        return _status(diagnostics, False)
    out: Path = args.out
    if out.resolve().is_relative_to(sources.resolve()):
        raise ExplainerError(f"{out}: the output folder must not be inside the sources folder")
    if not sources.is_dir():
        raise ExplainerError(f"{sources}: the sources folder does not exist")
    also: list[Path] = []
    if args.project is not None:
        try:
            check_project_folder(out, args.project)
            also = watched(args.project)
        except ProjectError as exc:
            raise ExplainerError(str(exc)) from None
    cache = args.cache if str(args.cache) not in ("", ".") else None
    pipeline = Pipeline(cache, remember=args.watch)
    before = snapshot(sources, args.templates, also) if args.watch else {}
    status = _generate(pipeline, args)
    if not args.watch:
        return status
    print(f"explainer: watching {sources} for changes (Ctrl-C to stop)", file=sys.stderr)
    try:
        watch(sources, args.templates, lambda: _generate(pipeline, args), before, also=also)
    except KeyboardInterrupt:
        print("explainer: stopped", file=sys.stderr)
    return 0


def _generate(pipeline: Pipeline, args: argparse.Namespace) -> int:
    out: Path = args.out
    run = pipeline.stream(args.sources, args.templates, args.site_url, _progress)
    _report(run.diagnostics, len(run.resolved.story.documents))
    status = _status(run.diagnostics, args.strict)
    if status and args.strict:
        print(f"explainer: {out}: --strict: nothing written", file=sys.stderr)
        return status
    # Each page is written (to a staging file) as it is rendered: one in memory at a time.
    pages: Iterable[tuple[str, str | bytes]] = chain(run.pages, run.feeds)
    staging = None
    if args.project is not None:
        # the story's order, as the plugin gives MkDocs (the who's-who by surname ...)
        nav = partial(navigation, order=section_order(run.resolved.story))
        pages = project_files(args.project, chain(run.pages, run.feeds), nav, THEME)
        staging = out / STAGING
    try:
        report = write_pages(out, pages, staging)
    except ProjectError as exc:
        raise ExplainerError(str(exc)) from None
    for line in report.kept:
        print(f"{out}/{line}", file=sys.stderr)
    print(f"explainer: {out}: {report.summary()}", file=sys.stderr)
    return status


def snapshot(
    sources: Path, templates: Path | None, also: Sequence[Path] = ()
) -> dict[str, tuple[int, ...] | None]:
    """Every source and template file (and every file of `also`) with its stat signature:
    any edit changes it."""
    paths = [sources / rel for rel in list_sources(sources)[0]]
    for extra in [templates, *also]:
        if extra is not None and extra.is_dir():
            paths += sorted(p for p in extra.rglob("*") if p.is_file())
        elif extra is not None and extra != templates:
            paths.append(extra)
    return {str(p): signature(p) for p in paths}


def watch(
    sources: Path,
    templates: Path | None,
    run: Callable[[], object],
    seen: dict[str, tuple[int, ...] | None],
    interval: float = 0.5,
    also: Sequence[Path] = (),
) -> None:
    """Call `run` after every change to the sources or templates (or `also`) since the
    snapshot `seen` (taken before the previous run, so no edit made during a run is
    missed); polls until interrupted. A burst of saves within one interval makes one run."""
    while True:
        time.sleep(interval)
        now = snapshot(sources, templates, also)
        if now != seen:
            seen = now
            run()
