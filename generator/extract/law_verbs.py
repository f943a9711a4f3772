"""A quotation in a clause whose subject is a law, a provision or a rule, and whose verb
grants, requires or bars: "Section 215 of the Elections Act, under which a party that fails
… “shall not be eligible …”", "the Sugarcane (Control) Order, 1966, which requires payment
“…”", "the disciplinary regulations require that a manager be given “…”", "a 1987 charter
amendment that gives the police chief “…”". The words are the law's, not whoever the
sentence reports: "speaker unclear". `law_clause(row, qi)`. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word

# The head nouns of a law, a provision or a standing rule.
_LAW_HEADS = lx.words(
    """act code constitution law laws statute charter order regulation regulations rule
    rules procedures amendment ordinance decree bylaw bylaws section article treaty
    convention directive"""
)
# Verbs by which a law grants, requires or bars.
_GRANTING = lx.words(
    """requires require required bars bar barred prohibits prohibit empowers empower
    entitles entitle gives give grants grant applies apply prescribes prescribe provides
    provide obliges oblige stipulates mandates guarantees bans forbids defines"""
)
_GIVING = lx.words("gives give grants grant")


def law_clause(row: Sequence[Chunk], qi: int) -> bool:
    """Does the quotation at `qi` stand in a clause whose subject is a law and whose verb
    grants, requires or bars ("the Act, which requires …", "the rules require that …"), or
    in ", under which …" after a law, with no reporting verb or other quotation between?"""
    for k in range(qi - 1, max(-1, qi - 25), -1):
        c = row[k]
        if c.kind == "quote" or (c.kind == "punct" and c.text not in {",", "(", ")", "'"}):
            return False
        if c.kind != "word":
            continue
        if c.text in _GRANTING:
            m = k - 1
            if is_word(row, m, "which", "that"):
                m -= 1 + (m >= 1 and row[m - 1].text == ",")
            elif c.text in _GIVING:
                return False  # "said state law gives county boards “…”": the speaker's
            return _law_head(row, m)
        if c.text == "that" and (is_word(row, k - 1, "and", "but") or row[k - 1].text == ","):
            return False  # "the constitution requires … and that nothing in its text “…”"
        if c.text in sp.VERB_FORMS and not is_word(row, k - 1, "the", "a", "an", "to"):
            return False  # "the Act, which she called “…”": a speaker's verb comes between
        if c.text == "which" and is_word(row, k - 1, "under") and k >= 3 and row[k - 2].text == ",":
            return _law_head(row, k - 3)  # "Section 215 of the Elections Act, under which"
    return False


def _law_head(row: Sequence[Chunk], m: int) -> bool:
    """Does the noun phrase ending at chunk `m` name a law ("the Elections Act", "the state
    constitution", "the Sugarcane (Control) Order, 1966")?"""
    if m >= 2 and row[m].kind == "num" and row[m - 1].text == ",":
        m -= 2  # "the X Order, 1966, which": the year in the law's name
    if m < 0 or row[m].kind not in ("word", "name"):
        return False
    words = row[m].text.split()
    if row[m].kind == "word" and not row[m].capital and words[-1:] == ["order"]:
        return False  # "the court's order, which requires …": the court's words
    return bool(words) and words[-1].casefold() in _LAW_HEADS
