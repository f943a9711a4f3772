"""A body that reports what its own officer did: "The HSE said its chief executive, Bernard
Foley, had written to hospital managers asking them to “…”", "The company also said its chief
executive, X, had written to the union proposing “…”". The reported clause is the body's
wording (the guide's ICRC rule: a statement that describes its own officer in the third
person is its author's), so its verbs' subject is the body, not the officer named after
"its". `body(ctx, row, i, para)` → the body's `Who`, or None. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.documents import COORDINATED
from generator.extract.phrases import Who

_AUX = ("had", "has", "have", "was", "is", "will", "would")
_ROLE_WORDS = 7  # "its head of delegation in Yemen"


class Subjects(Protocol):
    """What of `attribution.Context` this module asks."""

    @property
    def kinds(self) -> Mapping[str, str]: ...

    def subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None: ...
    def clause_subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None: ...


def _reporting(row: Sequence[Chunk], k: int) -> int:
    """The reporting verb right before chunk `k` ("said its", "said that its"), else -1."""
    if is_word(row, k - 1, "that"):
        k -= 1
    return k - 1 if is_word(row, k - 1, *lx.SAID_FORMS) else -1


def body(ctx: Subjects, row: Sequence[Chunk], i: int, para: Para) -> Who | None:
    """The body whose officer is the name that ends at chunk `i` (past an auxiliary: "X said
    its chief executive, Y, had"), when X is an organisation that reports the officer's act."""
    m = i
    while m >= 0 and is_word(row, m, *_AUX):
        m -= 1
    if m < 3 or row[m].text != "," or row[m - 2].text != ",":
        return None
    named = row[m - 1].mention if row[m - 1].kind == "name" else None
    if named is None or named.kind != "person":
        return None
    its = m - 3
    while its >= max(0, m - 3 - _ROLE_WORDS) and row[its].kind in ("word", "name"):
        if is_word(row, its, "its"):
            break
        its -= 1
    if its < 1 or not is_word(row, its, "its"):
        return None
    verb = _reporting(row, its)
    if verb < 0:
        return None
    who = ctx.subject(row, verb, para)
    if who is COORDINATED:  # "The company rejected the claim and said its …": the clause's
        who = ctx.clause_subject(row, verb, para)
    if who is None or who.key is None or ctx.kinds.get(who.key) != "organisation":
        return None
    return Who(who.key, who.confidence)
