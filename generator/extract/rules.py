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
from collections import Counter, defaultdict
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
# Every pattern above needs one of these whole words (case ignored as there): a paragraph
# with none of them states no rule, and its sentences are not tried one pattern at a time.
# The lookahead (each word's first letter, case ignored as there) lets the engine skip the
# other characters without trying each word there: the same matches in about 60% of the time.
_HINT = re.compile(
    r"\b(?=[rlgsabci])(?:rules?|laws?|regulations?|guidance|statutes?|act|bill|code|(?:il)?legal)\b",
    re.I,
)
_STOP = frozenset(
    "a an the of and or by on in to for with from any at as is are be this that".split()  # noqa: SIM905
)


def _keywords(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", norm(text)) if w not in _STOP}


@dataclass(frozen=True)
class _RuleIndex:
    """The gazetteer's rules, indexed so that linking one sentence does not scan them all
    (issue 7): each normalised phrase filed under its first three characters (shorter ones
    are always tried), each title keyword under the rules that have it. Rules are numbered
    in gazetteer order; the lowest number wins, as a scan in that order would find."""

    ids: tuple[str, ...]
    by_trigram: dict[str, list[tuple[int, str]]]
    short: tuple[tuple[int, str], ...]
    by_keyword: dict[str, list[int]]


def _index(gazetteer: Gazetteer) -> _RuleIndex:
    by_trigram: dict[str, list[tuple[int, str]]] = defaultdict(list)
    short: list[tuple[int, str]] = []
    by_keyword: dict[str, list[int]] = defaultdict(list)
    for number, rule in enumerate(gazetteer.rules):
        for phrase in (rule.title, rule.citation, *rule.aliases):
            if phrase:
                folded = norm(phrase)
                if len(folded) >= 3:
                    by_trigram[folded[:3]].append((number, folded))
                else:
                    short.append((number, folded))
        for word in _keywords(rule.title + " " + " ".join(rule.aliases)):
            by_keyword[word].append(number)
    return _RuleIndex(
        tuple(r.id for r in gazetteer.rules), dict(by_trigram), tuple(short), dict(by_keyword)
    )


def _link(sentence: str, rules: _RuleIndex) -> tuple[str | None, Confidence]:
    folded = norm(sentence)
    found = [n for n, phrase in rules.short if phrase in folded]
    for gram in {folded[i : i + 3] for i in range(len(folded) - 2)}:
        found += [n for n, phrase in rules.by_trigram.get(gram, ()) if phrase in folded]
    if found:
        return rules.ids[min(found)], "high"
    shared = Counter(n for word in _keywords(sentence) for n in rules.by_keyword.get(word, ()))
    best = [n for n, count in shared.items() if count >= 2]
    if len(best) == 1:
        return rules.ids[best[0]], "low"
    return None, "low"


def find_rule_statements(
    paras: tuple[Para, ...], gazetteer: Gazetteer
) -> tuple[RuleStatement, ...]:
    found: list[RuleStatement] = []
    for para in paras:
        if not _HINT.search(para.narrative):
            continue
        for start, end in para.sentences:
            narrative = para.narrative[start:end]
            if not any(p.search(narrative) for p in _PATTERNS):
                continue
            sentence = para.text[start:end].strip()
            rule_id, confidence = _link(sentence, gazetteer.derived("rules", _index))
            span = Span(para.number, start, start + len(para.text[start:end].rstrip()))
            found.append(RuleStatement(sentence, span, rule_id, confidence))
    return tuple(found)
