"""One chunk of a sentence's row (`clauses.rows`): a name, a word, a pronoun, a number, a
quotation or a punctuation mark, with its span in the paragraph. Kept apart from `clauses`
so the modules `clauses` calls while it builds a row (`field_lists`, `name_letters`,
`opening_modifiers`, `written_adjectives`) can name the type without importing `clauses`.
"""

from __future__ import annotations

from typing import NamedTuple

from generator.extract.names import NameMention


class Chunk(NamedTuple):
    kind: str  # "name", "word", "pron", "num", "quote", "punct"
    text: str  # casefolded word or punctuation; the quotation's text
    start: int
    end: int
    mention: NameMention | None = None
    capital: bool = False
    possessive: bool = False
    quote: int = -1  # index in the paragraph's quotes

    @property
    def body(self) -> bool:
        """Does the chunk name an organisation?"""
        return self.mention is not None and self.mention.kind == "organisation"
