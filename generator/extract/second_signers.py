"""A second role and name joined to an opening phrase's: "In a communiqué signed by its
National President, Comrade X, and National Secretary, Mrs Y, the union said": the words
after the opener are the union's, never Y's (for `asides.opener_apposition`). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.rows import verb_at


def second_signer(row: Sequence[Chunk], a: int, i: int) -> int:
    """How many chunks "role words, Name," take from `a`, right after ", and" that follows a
    name, when a determiner opens the subject after them ("…, and secretary, Y, the union");
    0 otherwise."""
    if a < 3 or not is_word(row, a - 1, "and") or row[a - 2].text != ",":
        return 0
    if row[a - 3].kind != "name":
        return 0
    end = next((m for m in range(a + 1, min(i - 3, a + 5)) if row[m].text == ","), -1)
    role = end > 0 and all(
        c.kind == "word" and not verb_at(row, m) for m, c in enumerate(row[a:end], a)
    )
    role = role and is_word(row, end - 1, *lx.ROLE_NOUNS) and row[end + 1].kind == "name"
    if role and row[end + 2].text == "," and is_word(row, end + 3, "the", "a", "an"):
        return end + 3 - a
    return 0
