"""A quotation inside a relative clause about a law: "under the state's Unlawful Trade
Practices Act, which bars sellers from claiming that goods have “…”" quotes the law's words
(the guide), not whoever the paragraph last heard. `law_relative(row, qi)`. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.law_verbs import law_clause

_LAW_ENDS = lx.LAW_NAMES | {"directive"}
_SAYING = lx.words("said says told tells added adding saying wrote argued insisted according")


def law_relative(row: Sequence[Chunk], qi: int) -> bool:
    """Does the quotation at `qi` stand in a clause about a law: ", which …" after a law's
    name, or a clause whose subject is a law and whose verb grants or requires (`law_verbs`)?"""
    return _named_relative(row, qi) or law_clause(row, qi)


def _named_relative(row: Sequence[Chunk], qi: int) -> bool:
    """Does the quotation at `qi` stand in a ", which …" clause whose antecedent is a law's
    name ("the X Act, which bars …"), with no reporting verb or other quotation between?"""
    for k in range(qi - 1, max(-1, qi - 20), -1):
        c = row[k]
        if c.kind == "quote" or (c.kind == "punct" and c.text not in {",", "'"}):
            return False
        if is_word(row, k, *_SAYING):
            return False
        if is_word(row, k, "which") and k >= 2 and row[k - 1].text == ",":
            at = k - 2
            if at >= 2 and row[at].kind == "num" and row[at - 1].text == ",":
                at -= 2  # "the X Act, 2022, which": the year in the Act's name
            law = row[at]  # a law is no name: its words keep their capitals
            words = law.text.split()
            named = law.kind == "name" or (law.kind == "word" and law.capital)
            return named and bool(words) and words[-1].casefold() in _LAW_ENDS
    return False
