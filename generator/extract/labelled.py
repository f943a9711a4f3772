"""Labelled texts for the evaluator: what `python -m generator.extract.evaluate DIR` reads.

Two layouts, both described in tests/extraction/README.md:

- `NAME.txt` (optional `---` front matter) beside `NAME.labels.yaml`, plus an optional
  `gazetteer.yaml`: texts written for the project;
- `NAME.labels.yaml` alone, whose `corpus:` names a real article outside the project by a path
  relative to the project root (`../shared/corpus/real-news/01-….txt`). Such an article has
  five header lines (title, date, outlet, url, license), a blank line, then the body. It is
  read as a new user's seed would be: a document with front matter `title`, `date`, `outlet`,
  `url` only, through the pipeline's own reader and validator.

A corpus path is tried against the project root, then against each folder above it, so a
worktree one level deeper than a clone (`/work/wt/NAME`) still finds `/work/shared`. Every
problem (missing corpus file, unreadable labels, malformed header) is collected as a
`path:line: message` line; nothing raises.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.dates import PartialDate, parse_date
from generator.extract.types import Gazetteer, Kind, KnownEntity, KnownRule
from generator.read.source import read_source
from generator.schema.document import validate

ROOT = Path(__file__).resolve().parents[2]
HEADER_FIELDS = ("title", "date", "outlet", "url", "license")
SEED_FIELDS = ("title", "date", "outlet", "url")  # what a new user's front matter would hold


@dataclass
class Doc:
    name: str
    paragraphs: list[str]
    date: PartialDate | None
    labels: dict[str, Any]
    front: dict[str, Any]


@dataclass
class Loaded:
    docs: list[Doc] = field(default_factory=list)
    gazetteer: Gazetteer = field(default_factory=Gazetteer)
    problems: list[str] = field(default_factory=list)


def _shown(path: Path) -> str:
    """A path as a user would type it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _split_front(text: str) -> tuple[dict[str, Any], str]:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end > 0:
            front = yaml.safe_load(text[4:end]) or {}
            return (front if isinstance(front, dict) else {}), text[end + 4 :].lstrip("\n")
    return {}, text


def _read_labels(path: Path, problems: list[str]) -> dict[str, Any] | None:
    try:
        labels = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        problems.append(f"{_shown(path)}:{line}: not valid YAML: {exc.problem}")
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{_shown(path)}:1: cannot read: {exc}")
        return None
    if labels is None:
        return {}
    if not isinstance(labels, dict):
        problems.append(f"{_shown(path)}:1: labels must be a mapping (people, quotes, …)")
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    found = [_missing(path, lines, labels, section, keys) for section, keys in _REQUIRED.items()]
    found += [_unknown(path, lines, labels, section, keys) for section, keys in _ALLOWED.items()]
    problems.extend(p for p in found if p)
    return None if any(found) else labels


# The keys every entry of a section needs (tests/extraction/README.md, "Format").
_REQUIRED = {
    "people": ("name",),
    "roles": ("name", "role"),
    "quotes": ("text", "speaker"),
    "dates": ("text", "iso"),
}


# The keys an entry of a section may have: any other is a typo, or the tail of a value cut
# at an unquoted comma ("{text: answers, not slogans, …}" reads as text "answers").
_ALLOWED = {
    "people": {"name", "kind", "aliases"},
    "roles": {"name", "role", "relation"},
    "quotes": {"text", "speaker", "paragraph", "confident", "unnamed"},
    "rules": {"start", "rule"},
    "dates": {"text", "iso"},
}


def _unknown(
    path: Path, lines: list[str], labels: dict[str, Any], section: str, keys: set[str]
) -> str:
    """A diagnostic for the first entry of `section` with a key outside `keys`, or ''."""
    entries = labels.get(section) or []
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        other = [str(k) for k in entry if k not in keys] if isinstance(entry, dict) else []
        if other:
            line = _entry_line(path, lines, section, index)
            cut = (
                " (a comma ends an unquoted value: quote it)" if entry.get(other[0]) is None else ""
            )
            return f"{_shown(path)}:{line}: {section} entry has an unknown key '{other[0]}'{cut}"
    return ""


def _entry_line(path: Path, lines: list[str], section: str, index: int) -> int:
    """The 1-based line of entry `index` of `section` (its "  -" line)."""
    start = _line_of(path, section)
    items = [n for n, line in enumerate(lines[start:], start + 1) if line.startswith("  -")]
    return items[index] if index < len(items) else start


def _missing(
    path: Path, lines: list[str], labels: dict[str, Any], section: str, keys: tuple[str, ...]
) -> str:
    """A diagnostic for the first entry of `section` that lacks one of `keys`, or ''."""
    entries = labels.get(section) or []
    if not isinstance(entries, list):
        return f"{_shown(path)}:{_line_of(path, section)}: '{section}' must be a list"
    for index, entry in enumerate(entries):
        absent = [k for k in keys if not isinstance(entry, dict) or k not in entry]
        if absent:
            line = _entry_line(path, lines, section, index)
            return f"{_shown(path)}:{line}: {section} entry lacks {', '.join(absent)}"
    return ""


def _line_of(path: Path, key: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(key + ":"):
            return number
    return 1


def find_corpus(relative: str, root: Path = ROOT) -> Path | None:
    """`relative` against the project root, then against each folder above it."""
    target = Path(relative)
    if target.is_absolute():
        return target if target.is_file() else None
    for base in (root, *root.parents):
        candidate = (base / target).resolve()
        if candidate.is_file():
            return candidate
    return None


def seed_text(article: str) -> tuple[str | None, str]:
    """A real article (header lines, blank line, body) → a seed file's text with front matter
    of title, date, outlet and url; (problem, "") when the header is not as documented."""
    head, sep, body = article.partition("\n\n")
    fields: dict[str, str] = {}
    for number, line in enumerate(head.splitlines(), 1):
        key, colon, value = line.partition(":")
        if not colon or key not in HEADER_FIELDS:
            return f"{number}: expected a header line 'KEY: value' ({', '.join(HEADER_FIELDS)})", ""
        fields[key] = value.strip()
    missing = [k for k in SEED_FIELDS if k not in fields]
    if missing or not sep:
        return f"1: header lacks {', '.join(missing) or 'the blank line before the body'}", ""
    # JSON strings are YAML double-quoted scalars: titles with ':' or '[' stay plain text
    front = "\n".join(f"{k}: {json.dumps(fields[k], ensure_ascii=False)}" for k in SEED_FIELDS)
    return None, f"---\n{front}\n---\n\n{body}"


def _real_doc(path: Path, labels: dict[str, Any], problems: list[str]) -> Doc | None:
    where = f"{_shown(path)}:{_line_of(path, 'corpus')}"
    relative = labels.get("corpus")
    if not isinstance(relative, str) or not relative:
        problems.append(f"{where}: 'corpus' must name the labelled text")
        return None
    source = find_corpus(relative)
    if source is None:
        problems.append(
            f"{where}: corpus file not found: {relative} (looked from the project root "
            f"{ROOT} and each folder above it; the real-news corpus is the shared/ folder "
            "that sits beside the project's clone)"
        )
        return None
    problem, text = seed_text(source.read_text(encoding="utf-8"))
    if problem:
        problems.append(f"{source}:{problem}")
        return None
    raw, diagnostics = read_source(text.encode("utf-8"), f"articles/{source.stem}.md")
    document = validate(raw)[0] if raw is not None else None
    if document is None:
        problems.extend(f"{source}: {d}" for d in diagnostics)
        return None
    paragraphs = [p.text for p in document.paragraphs]
    return Doc(path.name.removesuffix(".labels.yaml"), paragraphs, document.date, labels, {})


def _gazetteer_sources(
    sources: list[dict[str, Any]],
    entities: dict[str, KnownEntity],
    rules: dict[str, KnownRule],
) -> None:
    pairs: tuple[tuple[Kind, str], ...] = (("person", "people"), ("organisation", "organisations"))
    for source in sources:
        for kind, key in pairs:
            for item in source.get(key) or []:
                if isinstance(item, dict) and item.get("id") and item.get("name"):
                    aliases = tuple(str(a) for a in item.get("aliases") or ())
                    entities[item["id"]] = KnownEntity(item["id"], item["name"], kind, aliases)
        for item in source.get("rules") or []:
            if isinstance(item, dict) and item.get("id"):
                aliases = tuple(str(a) for a in item.get("aliases") or ())
                rules[item["id"]] = KnownRule(
                    item["id"], str(item.get("title", "")), str(item.get("citation", "")), aliases
                )


def load(folders: list[Path]) -> Loaded:
    """Every labelled text of `folders`, and the gazetteer all their front matter makes."""
    out = Loaded()
    entities: dict[str, KnownEntity] = {}
    rules: dict[str, KnownRule] = {}
    for folder in folders:
        if not folder.is_dir():
            out.problems.append(f"{_shown(folder)}:1: not a folder of labelled texts")
            continue
        gaz = folder / "gazetteer.yaml"
        sources = [yaml.safe_load(gaz.read_text(encoding="utf-8"))] if gaz.exists() else []
        texts = {p.stem for p in folder.glob("*.txt")}
        for path in sorted(folder.glob("*.txt")):
            front, body = _split_front(path.read_text(encoding="utf-8"))
            labels_path = path.with_name(path.stem + ".labels.yaml")
            labels = _read_labels(labels_path, out.problems)
            if labels is None:
                continue
            date = parse_date(str(front["date"])) if front.get("date") else None
            paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
            out.docs.append(Doc(path.stem, paragraphs, date, labels, front))
            sources.append(front)
        for path in sorted(folder.glob("*.labels.yaml")):
            if path.name.removesuffix(".labels.yaml") in texts:
                continue
            labels = _read_labels(path, out.problems)
            if labels is None:
                continue
            doc = _real_doc(path, labels, out.problems)
            if doc is not None:
                out.docs.append(doc)
        _gazetteer_sources(sources, entities, rules)
    out.gazetteer = Gazetteer(tuple(entities.values()), tuple(rules.values()))
    return out
