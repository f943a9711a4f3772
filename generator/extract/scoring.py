"""Score one extraction against its labels: `score(doc, extraction, report)` adds to a
`Report` of per-category `Tally`s and records every confident misattribution. How names,
roles, quotes and dates are compared is in tests/extraction/README.md ("Scoring")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.extract.labelled import Doc
from generator.extract.names import norm
from generator.extract.types import Extraction, Quote

_HONORIFIC = re.compile(
    r"^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|professor|prof|the)\.?\s+", re.I
)  # "The Straits Times" is "Straits Times"
_LEADING = re.compile(r"^(?:the|a|an|on|in|by|since|until|from|during|for|of|to)\s+", re.I)


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
    return _HONORIFIC.sub("", norm(value)).rstrip(".")  # "Kiyomasa Motor Corp." = "… Corp"


def _names(value: str) -> set[str]:
    """A name as compared, with its form without a leading country's possessive when a
    description of two words or more remains (the guide's rule for qualifiers: "Guinea's
    interior ministry" is also "interior ministry")."""
    name = _name(value)
    owner, sep, rest = name.partition("'s ")
    tail = value.replace("’", "'").partition("'s ")[2]
    plain = sep and len(owner.split()) <= 3 and len(rest.split()) >= 2 and tail[:1].islower()
    return {name, rest} if plain else {name}


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
    return _POSSESSOR.sub("", _LEADING.sub("", _text(value)))


# An organisation's possessor before a role, which labellers keep or drop alike ("the union's
# general secretary" = "general secretary"; a person's stays: "his wife", "Ong's lawyer").
_POSSESSOR = re.compile(
    r"^(?:the\s+)?(?:party|union|company|firm|group|council|alliance|agency|board|bank|"
    r"ministry|department|government|commission|committee|trust|charity|coalition|court|"
    r"league|club|federation|association|organisation|organization|network|movement|"
    r"authority|regulator|watchdog|campaign|university|school|hospital|newspaper|paper)"
    r"'s\s+",
    re.I,
)


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return n > 0 and any(words[i : i + n] == part for i in range(len(words) - n + 1))


def _forms(doc: Doc) -> dict[str, set[str]]:
    """Label name → every form the labels give it (name and `aliases`), compared as names."""
    out: dict[str, set[str]] = {}
    for p in doc.labels.get("people") or []:
        forms = {*_names(str(p["name"])), *(_name(str(a)) for a in p.get("aliases") or ())}
        out.setdefault(_name(str(p["name"])), set()).update(forms)
    return out


def matcher(doc: Doc, result: Extraction) -> Callable[[str | None, str | None], bool]:
    """`matches(key, expected)`: does the extracted entity `key` carry the labelled name
    `expected` (None matches None only)?"""
    names_of: dict[str, set[str]] = {}
    for e in result.entities:
        names_of[e.key] = {*_names(e.name), *(_name(f) for f in e.surface_forms)}
    forms = _forms(doc)

    def matches(key: str | None, expected: str | None) -> bool:
        if key is None or expected is None:
            return key is None and expected is None
        wanted = forms.get(_name(expected), {_name(expected)})
        return bool(wanted & names_of.get(key, set()))

    return matches


def quote_for(label: dict[str, Any], quotes: Sequence[Quote]) -> int | None:
    """The index of the extracted quotation a quote label stands for, if any."""
    want = _text(str(label["text"]))
    para = label.get("paragraph")
    candidates = [
        (0 if _text(q.text) == want else 1 if _text(q.text).startswith(want) else 2, i)
        for i, q in enumerate(quotes)
        if (para is None or q.span.paragraph == para)
        and (want in _text(q.text) or (_text(q.text) and _text(q.text) in want))
    ]
    return min(candidates)[1] if candidates else None


def score(doc: Doc, result: Extraction, report: Report) -> None:
    report.documents += 1
    label_of = {e.key: e.name for e in result.entities}
    matches = matcher(doc, result)

    def who(key: str | None) -> str:
        return "None" if key is None else label_of.get(key, key)

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
        index = quote_for(label, result.quotes)
        spans.expected += 1
        if index is None:
            report.misses.append(f"{doc.name}: quote not found {label['text']!r}")
            continue
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
        if quote.speaker_key is None and speaker is not None:  # what the review offers
            offered = report.tally("first candidate")
            offered.expected += 1
            offered.extracted += bool(quote.candidates)
            right = bool(quote.candidates) and matches(quote.candidates[0], speaker)
            offered.tp += right
            offered.found += right
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
