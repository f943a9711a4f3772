"""Two people joined as one subject ("Ms Ana Ruiz and her deputy, Ms Carla Diaz, met the
unions on Friday. “…,” she said."): the sentence before a pronoun names two people the
pronoun fits, so "she" may be either, and the speaker stays unclear.

`joined_other(row, key, word, agrees)` → does `row` join the person `key` by "and" to another
person the pronoun `word` `agrees` with (same gender, or a gender the text does not give)?
Joined means: the two names stand with only an "and" and a short description between them
("X and Y", "X and her deputy, Y", "X, the minister, and her adviser Y"), no verb between
them, and the first is no preposition's object ("a colleague of X and Y"). An owner ("X's
deputy, Y") is no second subject. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from generator.extract.clauses import Chunk
from generator.extract.rows import verb_at

_PREPOSITIONS = frozenset(
    {
        "of", "with", "by", "to", "for", "from", "against", "at", "on", "in", "between",
        "among", "about", "than", "like", "under", "over", "behind", "before", "after",
    }
)  # fmt: skip
_GAP = 7  # chunks at most between "and" and the second name ("and her deputy , Ms")


def _person(c: Chunk) -> bool:
    return c.kind == "name" and c.mention is not None and c.mention.kind == "person"


def joined_other(
    row: Sequence[Chunk], key: str, word: str, agrees: Callable[[str, str], bool]
) -> bool:
    names = [i for i, c in enumerate(row) if _person(c) and not c.possessive]
    for a, i in enumerate(names):
        for j in names[a + 1 :]:
            first, second = row[i].mention, row[j].mention
            assert first is not None and second is not None
            if first.key == second.key or key not in {first.key, second.key}:
                continue
            other = second.key if first.key == key else first.key
            if agrees(other, word) and _joined(row, i, j):
                return True
    return False


def _joined(row: Sequence[Chunk], i: int, j: int) -> bool:
    if i and row[i - 1].kind == "word" and row[i - 1].text in _PREPOSITIONS:
        return False
    between = range(i + 1, j)
    ands = [k for k in between if row[k].kind == "word" and row[k].text == "and"]
    if len(ands) != 1 or j - ands[0] > _GAP:
        return False
    return not any(verb_at(row, k) or row[k].kind == "quote" or _person(row[k]) for k in between)


def reacting_other(
    row: Sequence[Chunk], key: str, word: str, agrees: Callable[[str, str], bool]
) -> str | None:
    """The person who reacts, in an apposition closing `row`, to what its subject `key` said
    ("X said the episode looked like “…”, a comparison Ms Y rejected"; "…, a claim that Y
    denies"), when the pronoun `word` could be theirs: "she" after it may be either."""
    for j, c in enumerate(row):
        if not _person(c) or c.possessive or c.mention is None or c.mention.key == key:
            continue
        if not (j + 1 < len(row) and verb_at(row, j + 1)) or not agrees(c.mention.key, word):
            continue
        k = j - 1 - (row[j - 1].kind == "word" and row[j - 1].text in ("that", "which"))
        m = k
        while m > k - 3 and m >= 0 and row[m].kind == "word" and not verb_at(row, m):
            if row[m].text in ("a", "an") and m >= 1 and row[m - 1].text == "," and m < k:
                return c.mention.key  # ", a comparison Ms Y rejected"
            m -= 1
    return None
