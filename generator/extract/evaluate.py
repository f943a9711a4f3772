"""Measure extraction against labelled texts: `python -m generator.extract.evaluate DIR…`.

Each `NAME.txt` (optional `---` front matter with `date:`, `people:`, `organisations:`) sits
beside `NAME.labels.yaml` (format: tests/extraction/README.md); an optional `gazetteer.yaml`
in a folder adds known entities and rules. The gazetteer is built from all of them, as the
pipeline builds it from all documents' front matter. Prints precision/recall per category
and every confident misattribution; exits 1 when a `--min-…` threshold is not met.
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

import yaml

from generator.dates import PartialDate, parse_date
from generator.extract import extract
from generator.extract.names import norm
from generator.extract.types import Extraction, Gazetteer, Kind, KnownEntity, KnownRule

_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|sir|dame|lord|lady|professor|prof)\.?\s+", re.I)
_LEADING = re.compile(r"^(?:the|a|an|on|in|by|since|until|from|during|for|of|to)\s+", re.I)


@dataclass
class Doc:
    name: str
    paragraphs: list[str]
    date: PartialDate | None
    labels: dict[str, Any]
    front: dict[str, Any]


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


@dataclass
class Report:
    tallies: dict[str, Tally] = field(default_factory=dict)
    misattributions: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def tally(self, name: str) -> Tally:
        return self.tallies.setdefault(name, Tally())


def _split_front(text: str) -> tuple[dict[str, Any], str]:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end > 0:
            front = yaml.safe_load(text[4:end]) or {}
            return (front if isinstance(front, dict) else {}), text[end + 4 :].lstrip("\n")
    return {}, text


def load(folders: list[Path]) -> tuple[list[Doc], Gazetteer]:
    docs: list[Doc] = []
    entities: dict[str, KnownEntity] = {}
    rules: dict[str, KnownRule] = {}
    for folder in folders:
        gaz = folder / "gazetteer.yaml"
        sources = [yaml.safe_load(gaz.read_text(encoding="utf-8"))] if gaz.exists() else []
        for path in sorted(folder.glob("*.txt")):
            front, body = _split_front(path.read_text(encoding="utf-8"))
            labels_path = path.with_name(path.stem + ".labels.yaml")
            labels = yaml.safe_load(labels_path.read_text(encoding="utf-8")) or {}
            date = parse_date(str(front["date"])) if front.get("date") else None
            paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
            docs.append(Doc(path.stem, paragraphs, date, labels, front))
            sources.append(front)
        for source in sources:
            pairs: tuple[tuple[Kind, str], ...] = (
                ("person", "people"),
                ("organisation", "organisations"),
            )
            for kind, key in pairs:
                for item in source.get(key) or []:
                    if isinstance(item, dict) and item.get("id") and item.get("name"):
                        aliases = tuple(str(a) for a in item.get("aliases") or ())
                        entities[item["id"]] = KnownEntity(item["id"], item["name"], kind, aliases)
            for item in source.get("rules") or []:
                if isinstance(item, dict) and item.get("id"):
                    aliases = tuple(str(a) for a in item.get("aliases") or ())
                    rules[item["id"]] = KnownRule(
                        item["id"],
                        str(item.get("title", "")),
                        str(item.get("citation", "")),
                        aliases,
                    )
    return docs, Gazetteer(tuple(entities.values()), tuple(rules.values()))


def _name(value: str) -> str:
    return _HONORIFIC.sub("", norm(value))


def _text(value: str) -> str:
    value = value.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    return " ".join(norm(value).split()).strip(" .,;:!?\"'")


def score(doc: Doc, result: Extraction, report: Report) -> None:
    names_of: dict[str, set[str]] = {}
    for e in result.entities:
        names_of[e.key] = {_name(e.name), *(_name(f) for f in e.surface_forms)}
    label_of = {e.key: e.name for e in result.entities}

    def who(key: str | None) -> str:
        return "None" if key is None else label_of.get(key, key)

    def matches(key: str | None, expected: str | None) -> bool:
        if key is None or expected is None:
            return key is None and expected is None
        return _name(expected) in names_of.get(key, set())

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
            if any(matches(e.key, p["name"]) for e in extracted):
                tally.found += 1
            else:
                report.misses.append(f"{doc.name}: missed {kind} {p['name']!r}")
    # roles
    tally = report.tally("roles")
    expected_roles = doc.labels.get("roles") or []
    tally.expected += len(expected_roles)
    tally.extracted += len(result.roles)

    def role_ok(role: Any, label: dict[str, Any]) -> bool:
        relation = label.get("relation", "role")
        same_text = _LEADING.sub("", _text(role.text)) == _LEADING.sub("", _text(label["role"]))
        return role.relation == relation and same_text and matches(role.entity_key, label["name"])

    for role in result.roles:
        if any(role_ok(role, label) for label in expected_roles):
            tally.tp += 1
        else:
            report.misses.append(f"{doc.name}: extra role {who(role.entity_key)} → {role.text!r}")
    for label in expected_roles:
        if any(role_ok(role, label) for role in result.roles):
            tally.found += 1
        else:
            report.misses.append(f"{doc.name}: missed role {label['name']} → {label['role']!r}")
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
        same = _LEADING.sub("", _text(mention.date.text)) == _LEADING.sub(
            "", _text(str(label["text"]))
        )
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
    labels = doc.labels.get("quotes") or []
    tally.expected += len(labels)
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
    docs, gazetteer = load(folders)
    report = Report()
    for doc in docs:
        score(doc, extract(doc.paragraphs, doc.date, gazetteer), report)
    return report


def render(report: Report) -> str:
    lines = [
        f"{'category':<18} {'precision':>9} {'recall':>7} {'correct':>8} {'extracted':>9} "
        f"{'expected':>8}"
    ]
    for name, t in report.tallies.items():
        lines.append(
            f"{name:<18} {t.precision():>9.3f} {t.recall():>7.3f} {t.tp:>8} {t.extracted:>9} "
            f"{t.expected:>8}"
        )
    lines.append(f"confident misattributions: {len(report.misattributions)}")
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.extract.evaluate")
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--bench", action="store_true", help="time a 1,000-word article")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    for flag in ("people-precision", "people-recall", "quote-accuracy", "roles-precision", "dates"):
        parser.add_argument(f"--min-{flag}", type=float, default=0.0)
    parser.add_argument("--max-misattributions", type=int, default=-1)
    args = parser.parse_args(argv)
    if args.bench:
        bench()
        return 0
    if not args.folders:
        parser.error("give at least one folder of labelled texts")
    report = evaluate(args.folders)
    print(render(report))
    if args.verbose:
        print("\n".join(report.misses))
    t = report.tallies
    people, quotes = t.get("people", Tally()), t.get("quote→speaker", Tally())
    dates, roles = t.get("resolved dates", Tally()), t.get("roles", Tally())
    failures = [
        name
        for name, ok in (
            ("people precision", people.precision() >= args.min_people_precision),
            ("people recall", people.recall() >= args.min_people_recall),
            ("quote accuracy", quotes.recall() >= args.min_quote_accuracy),
            ("roles precision", roles.precision() >= args.min_roles_precision),
            ("dates", min(dates.precision(), dates.recall()) >= args.min_dates),
            (
                "misattributions",
                args.max_misattributions < 0
                or len(report.misattributions) <= args.max_misattributions,
            ),
        )
        if not ok
    ]
    if failures:
        print("below threshold: " + ", ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
