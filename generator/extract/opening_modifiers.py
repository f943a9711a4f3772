"""Is a capitalised "-ing"/"-ed" word opening a sentence a modifier inside its subject
("Planning inspector Helen Marsh allowed …", "Housing alderman X said …", "Brussels-based
farmers' association X welcomed …", "Mining and Energy Minister X defended …"), not an
opening phrase before the clause ("Speaking to reporters, X said", "Cross-examined by counsel,
X said")? `subject_modifier(row, a)`. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.chunks import Chunk

_LINKS = lx.words("by to in on at from with for about after as into over under against of")


def subject_modifier(row: Sequence[Chunk], a: int) -> bool:
    """A hyphenated word with a noun after it ("Brussels-based farmers'"), or a word before
    a role noun and a name ("Planning inspector Helen Marsh"): the subject's own words."""
    after = row[a + 1] if a + 1 < len(row) else None
    if after is not None and after.text == "and" and _portfolio(row, a + 2, after.end):
        return True  # "Mining and Energy Minister X": the first part of the title's portfolio
    if after is None or after.kind not in ("word", "name") or after.text in _LINKS:
        return False
    if "-" in row[a].text.strip("-"):
        return True
    if after.kind != "word" or after.text not in lx.ROLE_NOUNS:
        return False
    return any(c.kind == "name" for c in row[a + 2 : a + 4])


def _portfolio(row: Sequence[Chunk], k: int, joint: int) -> bool:
    """Is `row[k]` a titled person's name whose title begins right after "and" (ending at
    `joint`): "[Mining and] Energy Minister X"? An opening phrase never runs into "and"."""
    c = row[k] if k < len(row) else None
    mention = getattr(c, "mention", None) if c is not None and c.kind == "name" else None
    title = getattr(mention, "title", None)
    person = getattr(mention, "kind", "") == "person"
    return person and title is not None and 0 <= title[0] - joint <= 1
