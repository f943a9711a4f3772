"""Fast paths taken for issue 7 give exactly what the plain versions they replace gave."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.extract.names import norm
from generator.extract.relative_dates import _PATTERN, _date_matches
from generator.extract.rules import _index, _keywords, _link
from generator.extract.types import Gazetteer, KnownRule

PIECES = [
    " ",
    ",",
    ".",
    "-",
    "’s",
    "ſince ",
    "2024",
    "23",
    "1st",
    "October",
    "Oct.",
    "Sept",
    "may",
    "last",
    "next",
    "this",
    "week",
    "month",
    "year",
    "earlier",
    "three",
    "an",
    "days",
    "after",
    "later",
    "yesterday",
    "night",
    "ago",
    "tonight",
    "Monday",
    "in",
    "between",
    "and",
    "March",
    "2019",
    "word",
    "Trump",
    "2024-10-23",
    "Christmas",
    "Easter",
    "Eve",
    "mid-",
    "end of the",
    "the",
    "Act",
    "/",
    "é",
    "\u0661",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=30
).map("".join)


@settings(max_examples=600, deadline=None)
@given(TEXT)
@example("mid-Trump")  # found by this test: "mid-" before a word that is no month
def test_date_matches_are_those_of_finditer(text: str) -> None:
    fast = [(m.start(), m.end(), m.lastgroup) for m in _date_matches(text)]
    slow = [(m.start(), m.end(), m.lastgroup) for m in _PATTERN.finditer(text)]
    assert fast == slow


def _scan_link(sentence: str, rules: list[KnownRule]) -> tuple[str | None, str]:
    """The former linking: every rule in order, then title keywords."""
    folded = norm(sentence)
    for rule in rules:
        if any(p and norm(p) in folded for p in (rule.title, rule.citation, *rule.aliases)):
            return rule.id, "high"
    words = _keywords(sentence)
    scored = [(len(words & _keywords(r.title + " " + " ".join(r.aliases))), r.id) for r in rules]
    best = [rid for score, rid in scored if score >= 2]
    return (best[0], "low") if len(best) == 1 else (None, "low")


WORDS = [
    "foreign",
    "donations",
    "code",
    "rule",
    "Act",
    "2006",
    "§",
    "1",
    "volunteers",
    "law",
    "fraud",
]
PHRASE = st.lists(st.sampled_from(WORDS), max_size=4).map(" ".join)
RULES = st.lists(
    st.builds(KnownRule, st.sampled_from(["a", "b", "c", "d"]), PHRASE, PHRASE, st.tuples(PHRASE)),
    max_size=5,
)


@settings(max_examples=400, deadline=None)
@given(RULES, st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join))
def test_rule_linking_matches_a_scan_of_every_rule(rules: list[KnownRule], sentence: str) -> None:
    index = _index(Gazetteer((), tuple(rules)))
    assert _link(sentence, index) == _scan_link(sentence, rules)
