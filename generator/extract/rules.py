"""Sentences that state a rule, linked to a known rule where one matches.

`find_rule_statements(paras, gazetteer)` → tuple of `RuleStatement`. A sentence (outside
quotation marks) states a rule when it cites one ("According to US rules", "Under the Fraud
Act 2006", "FEC regulations allow"), or says what the law allows or forbids ("it is illegal
for", "Federal law prohibits"). It is linked to the gazetteer rule whose alias, citation or
title appears in it ("high"), else to the one rule sharing at least two title keywords
("low"), else `rule_id` is None. Never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract.document import Para
from generator.extract.names import norm
from generator.extract.types import Confidence, Gazetteer, RuleStatement, Span

_RULE_NOUN = r"(?:rules?|law|laws|regulations?|guidance|statutes?|Act(?:\s+\d{4})?|Bill|code)"
_PATTERNS = [
    re.compile(rf"^\s*(?:According to|Under)\b[^,]{{0,80}}\b{_RULE_NOUN}\b", re.I),
    re.compile(
        rf"\b{_RULE_NOUN}\s+(?:also\s+)?(?:allows?|permits?|prohibits?|forbids?|bans?|bars?|"
        r"requires?|says?|states?)\b",
        re.I,
    ),
    re.compile(r"\bit is (?:il)?legal (?:for|to)\b", re.I),
    re.compile(r"\b(?:is|are) against the (?:law|rules)\b", re.I),
]
_STOP = frozenset(
    "a an the of and or by on in to for with from any at as is are be this that".split()  # noqa: SIM905
)


def _keywords(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", norm(text)) if w not in _STOP}


@dataclass(frozen=True)
class _RuleIndex:
    """Per rule, in gazetteer order: its normalised phrases and its title keywords."""

    phrases: tuple[tuple[str, tuple[str, ...]], ...]
    keywords: tuple[tuple[str, frozenset[str]], ...]


def _index(gazetteer: Gazetteer) -> _RuleIndex:
    rules = gazetteer.rules
    return _RuleIndex(
        tuple(
            (r.id, tuple(norm(p) for p in (r.title, r.citation, *r.aliases) if p)) for r in rules
        ),
        tuple((r.id, frozenset(_keywords(r.title + " " + " ".join(r.aliases)))) for r in rules),
    )


def _link(sentence: str, rules: _RuleIndex) -> tuple[str | None, Confidence]:
    folded = norm(sentence)
    for rule_id, phrases in rules.phrases:
        if any(p in folded for p in phrases):
            return rule_id, "high"
    words = _keywords(sentence)
    best = [rule_id for rule_id, keys in rules.keywords if len(words & keys) >= 2]
    if len(best) == 1:
        return best[0], "low"
    return None, "low"


def find_rule_statements(
    paras: tuple[Para, ...], gazetteer: Gazetteer
) -> tuple[RuleStatement, ...]:
    found: list[RuleStatement] = []
    for para in paras:
        for start, end in para.sentences:
            narrative = para.narrative[start:end]
            if not any(p.search(narrative) for p in _PATTERNS):
                continue
            sentence = para.text[start:end].strip()
            rule_id, confidence = _link(sentence, gazetteer.derived("rules", _index))
            span = Span(para.number, start, start + len(para.text[start:end].rstrip()))
            found.append(RuleStatement(sentence, span, rule_id, confidence))
    return tuple(found)
