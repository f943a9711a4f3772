"""A finding that moved a body to act is that body's: "The X Authority has detained a ship
after its inspectors found …", "Y has been fined £41.5m by the X Authority after the
regulator's investigation found …", "X has fined Y £38.6m after an investigation by the
regulator found …". Pure.

The body is the sentence's subject, a name that opens it (for "its"), or the agent of a
passive main clause ("fined … by X"); "the regulator" or "the watchdog" is that body only
when the main verb is a sanction (fined, suspended, detained …), what a regulator does.
"its" after a passive main clause could be either body: no one.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.documents import REPORTED
from generator.extract.phrases import Who

_FINDERS = REPORTED | lx.words("inspectors investigators auditors examiners inspections")
_DESCRIPTIONS = lx.words("regulator watchdog")
_SANCTIONS = lx.words("fined penalised penalized censured sanctioned suspended detained")
_SANCTIONS |= lx.words("banned reprimanded deregistered")
_BEFORE = frozenset({"after", "when"})


def acting_finder(row: Sequence[Chunk], j: int) -> Who | None:
    """The body whose finding the verb at `j` reports, when "after" brings the finding in
    under a main clause whose subject or agent that body is (see the module's docstring)."""
    a = next((m for m in range(j - 1, max(-1, j - 9), -1) if is_word(row, m, *_BEFORE)), -1)
    if a < 2 or not is_word(row, j - 1, *_FINDERS) and not _by_description(row, a, j):
        return None
    own = is_word(row, a + 1, "its")  # "after its inspectors found"
    described = is_word(row, a + 1, "the") and row[a + 2].possessive  # "the regulator's"
    described = described and row[a + 2].text in _DESCRIPTIONS
    if not (own or described or _by_description(row, a, j)):
        return None
    lead = a + 2 + described  # the words from here to the verb: "2017 investigation"
    if (own or described) and not all(
        c.kind in ("word", "num") and not c.possessive for c in row[lead:j]
    ):
        return None
    if not own and not any(is_word(row, m, *_SANCTIONS) for m in range(a)):
        return None
    passive = any(is_word(row, m, "been", "was", "were") for m in range(a))
    if passive:
        return None if own else _agent(row, a)
    return _opening_subject(row, a)


def _by_description(row: Sequence[Chunk], a: int, j: int) -> bool:
    """ "after an investigation by the regulator found" """
    return (
        is_word(row, a + 1, "a", "an")
        and is_word(row, a + 2, *_FINDERS)
        and is_word(row, a + 3, "by")
        and is_word(row, a + 4, "the")
        and is_word(row, a + 5, *_DESCRIPTIONS)
        and a + 6 == j
    )


def _agent(row: Sequence[Chunk], a: int) -> Who | None:
    """The body named by "by [the] X [(ACRONYM)]" right before "after" at `a`."""
    k = a - 1
    if k >= 3 and row[k].text == ")" and row[k - 2].text == "(":
        k -= 3
    named = row[k]
    by = k - 1 - is_word(row, k - 1, "the")
    if not is_word(row, by, "by") or named.kind != "name" or named.possessive:
        return None
    return Who(named.mention.key, "high") if named.body and named.mention else None


def _opening_subject(row: Sequence[Chunk], a: int) -> Who | None:
    """The body named first in the sentence, as its subject, right before its verb ("The X
    Authority has detained", "X fined")."""
    s = 1 if is_word(row, 0, "the") else 0
    first = row[s] if s < len(row) else None
    if first is None or first.kind != "name" or first.possessive or not first.body:
        return None
    verb = row[s + 1] if s + 1 < a else None
    if (
        verb is None
        or verb.kind != "word"
        or not (verb.text in {"has", "have", "had"} or verb.text.endswith("ed"))
    ):
        return None
    return Who(first.mention.key, "high") if first.mention else None
