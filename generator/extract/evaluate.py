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
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.dates import PartialDate
from generator.extract import extract
from generator.extract.labelled import Doc, load
from generator.extract.names import norm
from generator.extract.types import Extraction, Gazetteer

_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|professor|prof)\.?\s+", re.I)
_LEADING = re.compile(r"^(?:the|a|an|on|in|by|since|until|from|during|for|of|to)\s+", re.I)

__all__ = ["Doc", "Report", "Tally", "evaluate", "load", "main", "render", "score"]


@dataclass
class Tally:
    tp: int = 0
    extracted: int = 0
    expected: int = 0
    found: int = 0

    def precision(self) -> float:
        return self.tp / self.extracted if self.extracted else 1.0

    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.tp + other.tp,
            self.extracted + other.extracted,
            self.expected + other.expected,
            self.found + other.found,
        )


def f1(t: Tally) -> float:
    p, r = t.precision(), t.recall()
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    tallies: dict[str, Tally] = field(default_factory=dict)
    misattributions: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    documents: int = 0

    def tally(self, name: str) -> Tally:
        return self.tallies.setdefault(name, Tally())

    def get(self, name: str) -> Tally:
        return self.tallies.get(name, Tally())


def _name(value: str) -> str:
    return _HONORIFIC.sub("", norm(value))


def _text(value: str) -> str:
    value = value.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    return " ".join(norm(value).split()).strip(" .,;:!?\"'")


# Dropping one of these from a role changes what it says ("former US president" is not
# "US president"); dropping a qualifier ("East Timorese Prime Minister") does not.
_STATUS_WORDS = frozenset(
    [
        "former",
        "ex",
        "acting",
        "deputy",
        "vice",
        "assistant",
        "interim",
        "outgoing",
        "incoming",
        "dethroned",
        "ousted",
        "late",
        "then",
        "newly",
        "appointed",
        "elected",
        "designate",
        "nominee",
    ]
)


def _role_text(value: str) -> str:
    return _LEADING.sub("", _text(value))


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return n > 0 and any(words[i : i + n] == part for i in range(len(words) - n + 1))


def _forms(doc: Doc) -> dict[str, set[str]]:
    """Label name → every form the labels give it (name and `aliases`), compared as names."""
    out: dict[str, set[str]] = {}
    for p in doc.labels.get("people") or []:
        forms = {_name(str(p["name"])), *(_name(str(a)) for a in p.get("aliases") or ())}
        out.setdefault(_name(str(p["name"])), set()).update(forms)
    return out


def score(doc: Doc, result: Extraction, report: Report) -> None:
    report.documents += 1
    names_of: dict[str, set[str]] = {}
    for e in result.entities:
        names_of[e.key] = {_name(e.name), *(_name(f) for f in e.surface_forms)}
    label_of = {e.key: e.name for e in result.entities}
    forms = _forms(doc)

    def who(key: str | None) -> str:
        return "None" if key is None else label_of.get(key, key)

    def matches(key: str | None, expected: str | None) -> bool:
        if key is None or expected is None:
            return key is None and expected is None
        wanted = forms.get(_name(expected), {_name(expected)})
        return bool(wanted & names_of.get(key, set()))

    # people and organisations
    for kind, category in (("person", "people"), ("organisation", "organisations")):
        expected = [p for p in doc.labels.get("people") or [] if p.get("kind") == kind]
        extracted = [e for e in result.entities if e.kind == kind]
        tally = report.tally(category)
        tally.expected += len(expected)
        tally.extracted += len(extracted)
        for entity in extracted:
            if any(matches(entity.key, p["name"]) for p in expected):
                tally.tp += 1
            else:
                report.misses.append(f"{doc.name}: extra {kind} {entity.name!r}")
        for p in expected:
            found = [e.name for e in extracted if matches(e.key, p["name"])]
            if found:
                tally.found += 1
            else:
                report.misses.append(f"{doc.name}: missed {kind} {p['name']!r}")
            if len(found) > 1:
                report.misses.append(f"{doc.name}: {p['name']!r} split into {found}")
    # roles
    tally = report.tally("roles")
    expected_roles = doc.labels.get("roles") or []
    tally.expected += len(expected_roles)
    tally.extracted += len(result.roles)

    def role_ok(role: Any, label: dict[str, Any]) -> bool:
        relation = label.get("relation", "role")
        same_text = _role_text(role.text) == _role_text(label["role"])
        return role.relation == relation and same_text and matches(role.entity_key, label["name"])

    def role_implied(role: Any, label: dict[str, Any]) -> bool:
        """True but shorter than the label: precision counts it right, recall does not."""
        if not matches(role.entity_key, label["name"]) or label.get("relation", "role") != "role":
            return False
        short, full = _role_text(role.text).split(), _role_text(label["role"]).split()
        if role.relation == "affiliation":  # "reporter of VOA's Studio 7" implies VOA
            return _contains(full, short) or _contains(full, [w + "'s" for w in short])
        dropped = full[: len(full) - len(short)]
        return (
            0 < len(short) < len(full)
            and full[-len(short) :] == short
            and not set(dropped) & _STATUS_WORDS
        )

    for role in result.roles:
        if any(role_ok(role, label) for label in expected_roles):
            tally.tp += 1
        elif any(role_implied(role, label) for label in expected_roles):
            tally.tp += 1
            report.misses.append(
                f"{doc.name}: shortened {role.relation} {who(role.entity_key)} → {role.text!r}"
            )
        else:
            report.misses.append(
                f"{doc.name}: extra {role.relation} {who(role.entity_key)} → {role.text!r}"
            )
    for label in expected_roles:
        if any(role_ok(role, label) for role in result.roles):
            tally.found += 1
        else:
            relation = label.get("relation", "role")
            report.misses.append(
                f"{doc.name}: missed {relation} {label['name']} → {label['role']!r}"
            )
    _score_quotes(doc, result, report, matches, who)
    # rule statements
    tally = report.tally("rule statements")
    expected_rules = doc.labels.get("rules") or []
    tally.expected += len(expected_rules)
    tally.extracted += len(result.rule_statements)
    for statement in result.rule_statements:
        if any(_text(statement.text).startswith(_text(r["start"])) for r in expected_rules):
            tally.tp += 1
        else:
            report.misses.append(f"{doc.name}: extra rule statement {statement.text[:60]!r}")
    for label in expected_rules:
        hits = [
            s for s in result.rule_statements if _text(s.text).startswith(_text(label["start"]))
        ]
        if hits:
            tally.found += 1
            link = report.tally("rule links")
            link.expected += 1
            link.extracted += 1
            if hits[0].rule_id == label.get("rule"):
                link.tp += 1
                link.found += 1
            else:
                report.misses.append(
                    f"{doc.name}: rule link {hits[0].rule_id} ≠ {label.get('rule')}"
                )
        else:
            report.misses.append(f"{doc.name}: missed rule statement {label['start']!r}")
    # dates
    tally = report.tally("resolved dates")
    expected_dates = doc.labels.get("dates") or []
    tally.expected += len(expected_dates)
    tally.extracted += len(result.dates)

    def date_ok(mention: Any, label: dict[str, Any]) -> bool:
        found = " " + _LEADING.sub("", _text(mention.date.text)) + " "
        wanted = " " + _LEADING.sub("", _text(str(label["text"]))) + " "
        same = wanted in found or found in wanted  # "Monday" = "Monday evening"
        return same and mention.date.iso() == str(label["iso"])

    for mention in result.dates:
        if any(date_ok(mention, label) for label in expected_dates):
            tally.tp += 1
        else:
            report.misses.append(
                f"{doc.name}: extra/wrong date {mention.date.text!r} → {mention.date.iso()}"
            )
    for label in expected_dates:
        if any(date_ok(mention, label) for mention in result.dates):
            tally.found += 1
        else:
            report.misses.append(f"{doc.name}: missed date {label['text']!r} → {label['iso']}")


def _score_quotes(doc: Doc, result: Extraction, report: Report, matches: Any, who: Any) -> None:
    tally = report.tally("quote→speaker")
    shown = report.tally("named speaker shown")  # what a reader sees: high confidence only
    labels = doc.labels.get("quotes") or []
    tally.expected += len(labels)
    shown.expected += sum(1 for label in labels if label.get("speaker") is not None)
    spans = report.tally("quote spans")
    spans.extracted += len(result.quotes)
    used: set[int] = set()
    for label in labels:
        want = _text(str(label["text"]))
        para = label.get("paragraph")
        candidates = [
            (0 if _text(q.text) == want else 1 if _text(q.text).startswith(want) else 2, i)
            for i, q in enumerate(result.quotes)
            if (para is None or q.span.paragraph == para)
            and (want in _text(q.text) or (_text(q.text) and _text(q.text) in want))
        ]
        spans.expected += 1
        if not candidates:
            report.misses.append(f"{doc.name}: quote not found {label['text']!r}")
            continue
        _, index = min(candidates)
        used.add(index)
        spans.found += 1
        quote = result.quotes[index]
        tally.extracted += 1
        speaker, confident = label.get("speaker"), label.get("confident", True)
        if speaker is not None and quote.confidence == "high" and quote.speaker_key is not None:
            shown.extracted += 1
            if matches(quote.speaker_key, speaker):
                shown.tp += 1
                shown.found += 1
        if matches(quote.speaker_key, speaker) or (not confident and quote.speaker_key is None):
            tally.tp += 1
            tally.found += 1
            continue
        if quote.confidence == "high" and quote.speaker_key is not None:
            report.misattributions.append(
                f"{doc.name}: {label['text']!r} → {who(quote.speaker_key)} (expected {speaker})"
            )
        report.misses.append(
            f"{doc.name}: quote {label['text']!r} → {who(quote.speaker_key)} "
            f"[{quote.confidence}] (expected {speaker})"
        )
    spans.tp += len(used)


def evaluate(folders: list[Path]) -> Report:
    return _evaluate(folders)[0]


def _evaluate(folders: list[Path]) -> tuple[Report, list[str]]:
    loaded = load(folders)
    report = Report()
    for doc in loaded.docs:
        score(doc, extract(doc.paragraphs, doc.date, loaded.gazetteer), report)
    return report, loaded.problems


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
    for flag in ("people-precision", "people-recall", "dates", *_MINIMA):
        parser.add_argument(f"--min-{flag}", type=float, default=0.0)
    parser.add_argument("--max-misattributions", type=int, default=-1)
    args = parser.parse_args(argv)
    if args.bench:
        bench()
        return 0
    if not args.folders:
        parser.error("give at least one folder of labelled texts")
    report, problems = _evaluate(args.folders)
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
