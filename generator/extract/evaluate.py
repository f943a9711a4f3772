"""Measure extraction against labelled texts: `python -m generator.extract.evaluate DIR…`.

A folder holds texts written for the project (`NAME.txt` beside `NAME.labels.yaml`, optional
`gazetteer.yaml`) or labels of real articles kept outside the project (`NAME.labels.yaml`
whose `corpus:` names the text); `generator.extract.labelled` reads both (format:
tests/extraction/README.md). Prints precision/recall per category, then the headline figures
of issue 12 (people F1, quote→speaker accuracy, the share of quotes a reader sees with the
right named speaker, confident misattributions, roles recall/precision, dates) and every
confident misattribution; exits 1 when a `--min-…`/`--max-…` threshold is not met, 2 when a
labelled text cannot be read (one `path:line: message` line each, the others still scored).
`--bench` instead times `extract` on a 1,000-word article (median of repeats).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from generator.dates import PartialDate
from generator.extract import extract
from generator.extract.labelled import Doc, load
from generator.extract.scoring import Report, Tally, f1, score
from generator.extract.story import extract_story
from generator.extract.types import Gazetteer

__all__ = ["Doc", "Report", "Tally", "evaluate", "load", "main", "render", "score"]


def evaluate(folders: list[Path]) -> Report:
    return _evaluate(folders)[0]


def _evaluate(folders: list[Path], story: bool = True) -> tuple[Report, list[str]]:
    """Each folder is read as one story: every text is extracted knowing what the folder's
    other texts name (`extract_story`), as the pipeline reads a story; `story=False`
    reads each text alone."""
    report = Report()
    problems: list[str] = []
    for folder in folders:
        loaded = load([folder])
        problems += loaded.problems
        documents = [(doc.paragraphs, doc.date) for doc in loaded.docs]
        if story:
            found = extract_story(documents, loaded.gazetteer)
        else:
            found = [extract(p, d, loaded.gazetteer) for p, d in documents]
        for doc, extraction in zip(loaded.docs, found, strict=True):
            score(doc, extraction, report)
    return report, problems


def headline(report: Report) -> dict[str, float]:
    """The figures issue 12 sets targets for, by name."""
    people = report.get("people") + report.get("organisations")
    roles, dates = report.get("roles"), report.get("resolved dates")
    return {
        "people F1": f1(people),
        "quote accuracy": report.get("quote→speaker").recall(),
        "named share": report.get("named speaker shown").recall(),
        "misattributions": float(len(report.misattributions)),
        "roles recall": roles.recall(),
        "roles precision": roles.precision(),
        "dates recall": dates.recall(),
        "dates precision": dates.precision(),
    }


def render(report: Report) -> str:
    lines = [
        f"{'category':<20} {'precision':>9} {'recall':>7} {'correct':>8} {'extracted':>9} "
        f"{'expected':>8}"
    ]
    for name, t in report.tallies.items():
        lines.append(
            f"{name:<20} {t.precision():>9.3f} {t.recall():>7.3f} {t.tp:>8} {t.extracted:>9} "
            f"{t.expected:>8}"
        )
    h = headline(report)
    quotes, shown = report.get("quote→speaker"), report.get("named speaker shown")
    offered = report.get("first candidate")
    people = report.get("people") + report.get("organisations")
    dates = report.get("resolved dates")
    lines += [
        "",
        f"documents                                   {report.documents}",
        f"people F1 (persons + organisations)         {h['people F1']:.3f}"
        f"  (P {people.precision():.3f}, R {people.recall():.3f})",
        f"quote → speaker correct                     {h['quote accuracy']:.3f}"
        f"  ({quotes.tp} of {quotes.expected} quotes)",
        f"quotes shown with the right named speaker   {h['named share']:.3f}"
        f"  ({shown.tp} of {shown.expected} quotes that have one)",
        f"confident misattributions                   {len(report.misattributions)}",
        f"speaker unclear, first candidate right      {offered.recall():.3f}"
        f"  ({offered.found} of {offered.expected} unclear quotes that have a speaker)",
        f"roles recall / precision                    {h['roles recall']:.3f} / "
        f"{h['roles precision']:.3f}",
        f"dates correct: recall / precision           {h['dates recall']:.3f} / "
        f"{h['dates precision']:.3f}  ({dates.found} of {dates.expected})",
    ]
    lines.extend("  " + m for m in report.misattributions)
    return "\n".join(lines)


_BENCH_PARAGRAPH = (
    "British Prime Minister Keir Starmer said on Wednesday that he had “a good relationship” "
    "with Republican presidential candidate Donald Trump, a day after the former president’s "
    "campaign accused the Labour Party of “blatant foreign interference”. “We have done "
    "nothing wrong,” he said. Al Jazeera’s Jonah Hull said the row would continue in November. "
    "According to US rules, foreigners can volunteer but cannot make contributions."
)


def bench(repeats: int = 30) -> float:
    words = len(_BENCH_PARAGRAPH.split())
    paragraphs = [_BENCH_PARAGRAPH] * max(1, round(1000 / words))
    gazetteer = Gazetteer()
    date = PartialDate(2024, 10, 23)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        extract(paragraphs, date, gazetteer)
        times.append(time.perf_counter() - start)
    median = statistics.median(times) * 1000
    total = sum(len(p.split()) for p in paragraphs)
    print(f"extract: {total} words, median {median:.1f} ms over {repeats} runs")
    return median


_MINIMA = {  # flag → (headline figure, message)
    "people-f1": "people F1",
    "quote-accuracy": "quote accuracy",
    "named-share": "named share",
    "roles-recall": "roles recall",
    "roles-precision": "roles precision",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.extract.evaluate")
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--bench", action="store_true", help="time a 1,000-word article")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    parser.add_argument(
        "--per-document", action="store_true", help="read each text alone (no story pass)"
    )
    for flag in ("people-precision", "people-recall", "dates", *_MINIMA):
        parser.add_argument(f"--min-{flag}", type=float, default=0.0)
    parser.add_argument("--max-misattributions", type=int, default=-1)
    args = parser.parse_args(argv)
    if args.bench:
        bench()
        return 0
    if not args.folders:
        parser.error("give at least one folder of labelled texts")
    report, problems = _evaluate(args.folders, story=not args.per_document)
    for problem in problems:
        print(problem, file=sys.stderr)
    if report.documents:
        print(render(report))
    if args.verbose:
        print("\n".join(report.misses))
    if problems:
        print(f"{len(problems)} labelled text(s) could not be read", file=sys.stderr)
        return 2
    h, people = headline(report), report.get("people")
    dates = report.get("resolved dates")
    checks = [
        ("people precision", people.precision() >= args.min_people_precision),
        ("people recall", people.recall() >= args.min_people_recall),
        ("dates", min(dates.precision(), dates.recall()) >= args.min_dates),
        (
            "misattributions",
            args.max_misattributions < 0 or len(report.misattributions) <= args.max_misattributions,
        ),
    ]
    for flag, figure in _MINIMA.items():
        checks.append((figure, h[figure] >= getattr(args, "min_" + flag.replace("-", "_"))))
    failures = [name for name, ok in checks if not ok]
    if failures:
        print("below threshold: " + ", ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
