"""Is a capitalised "-ing"/"-ed" word opening a sentence a modifier inside its subject
("Planning inspector Helen Marsh allowed …", "Housing alderman X said …", "Brussels-based
farmers' association X welcomed …"), not an opening phrase before the clause ("Speaking to
reporters, X said", "Cross-examined by counsel, X said")? `subject_modifier(row, a)`. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from generator.extract import lexicon as lx


class _Chunk(Protocol):  # `clauses.Chunk`, which imports this module
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...


_LINKS = lx.words("by to in on at from with for about after as into over under against of")


def subject_modifier(row: Sequence[_Chunk], a: int) -> bool:
    """A hyphenated word with a noun after it ("Brussels-based farmers'"), or a word before
    a role noun and a name ("Planning inspector Helen Marsh"): the subject's own words."""
    after = row[a + 1] if a + 1 < len(row) else None
    if after is None or after.kind not in ("word", "name") or after.text in _LINKS:
        return False
    if "-" in row[a].text.strip("-"):
        return True
    if after.kind != "word" or after.text not in lx.ROLE_NOUNS:
        return False
    return any(c.kind == "name" for c in row[a + 2 : a + 4])
