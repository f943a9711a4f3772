"""A quotation in a clause whose subject is a law, a provision or a rule, and whose verb
grants, requires or bars: "Section 215 of the Elections Act, under which a party that fails
… “shall not be eligible …”", "the Sugarcane (Control) Order, 1966, which requires payment
“…”", "the disciplinary regulations require that a manager be given “…”", "a 1987 charter
amendment that gives the police chief “…”", "the Constitution vests “…”", "The law that
created the bureau in 2019 allows it to police “…”". The words are the law's, not whoever the
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
) | lx.words("policy guidelines guidance")  # a body's standing rules: "its use-of-force policy"
# Verbs by which a law grants, requires or bars.
_GRANTING = lx.words(
    """requires require required bars bar barred prohibits prohibit empowers empower
    entitles entitle gives give grants grant applies apply prescribes prescribe provides
    provide obliges oblige stipulates mandates guarantees bans forbids defines vests vest
    vested reserves reserve allows allow"""
)
# Words that open a new clause of the speaker's own after the law's ("as the law allows,
# because the findings were “…”").
_BREAKS = lx.words("because since although though while whereas but")
_GIVING = lx.words("gives give grants grant")
_OF_HEADS = _LAW_HEADS - {"order", "section", "article", "act"}  # not "the act of violence"


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
        if c.text in _BREAKS:
            return False  # "as the law allows, because the findings were “…”"
        if c.text in _GRANTING:
            if row[k + 1].text == ",":
                return False  # "as French law allows, and described the plan as “…”"
            m = k - 1
            m -= is_word(row, m, "will")  # "its policy, which will require officers to …"
            if is_word(row, m, "which", "that"):
                m -= 1 + (m >= 1 and row[m - 1].text == ",")
            elif c.text in _GIVING:
                return False  # "said state law gives county boards “…”": the speaker's
            return _law_head(row, m) or _law_relative_subject(row, m)
        if c.text == "that" and (is_word(row, k - 1, "and", "but") or row[k - 1].text == ","):
            return False  # "the constitution requires … and that nothing in its text “…”"
        if c.text in sp.VERB_FORMS and not is_word(row, k - 1, "the", "a", "an", "to"):
            return False  # "the Act, which she called “…”": a speaker's verb comes between
        if c.text == "which" and is_word(row, k - 1, "under") and k >= 2:
            comma = row[k - 2].text == ","  # "Section 215 of the Elections Act, under which",
            return _law_head(row, k - 2 - comma)  # "the provision of the Act under which"
    return False


def _law_relative_subject(row: Sequence[Chunk], m: int) -> bool:
    """Does a subject whose head is a law end at `m` in a relative clause of its own ("The law
    that created the bureau in 2019 allows …"), with no punctuation or quotation between?"""
    for j in range(m, max(0, m - 10), -1):
        if row[j].kind in ("quote", "punct"):
            return False
        if is_word(row, j, "that", "which") and j < m:
            return _law_head(row, j - 1)
    return False


def _law_head(row: Sequence[Chunk], m: int) -> bool:
    """Does the noun phrase ending at chunk `m` name a law ("the Elections Act", "the state
    constitution", "the Sugarcane (Control) Order, 1966")?"""
    if m >= 2 and row[m].kind == "num" and row[m - 1].text == ",":
        m -= 2  # "the X Order, 1966, which": the year in the law's name
    if m >= 2 and row[m].text == ")":  # "the Satellite Broadcasting Act (衛星廣播電視法), which"
        m = next((j - 1 for j in range(m - 1, max(0, m - 6), -1) if row[j].text == "("), -1)
    if m < 0 or row[m].kind not in ("word", "name"):
        return False
    words = row[m].text.split()
    if row[m].kind == "word" and not row[m].capital and words[-1:] == ["order"]:
        return False  # "the court's order, which requires …": the court's words
    of = next((j for j in range(m - 1, max(0, m - 4), -1) if is_word(row, j, "of", "on")), 0)
    if of and all(c.kind == "word" for c in row[of:m]) and is_word(row, of - 1, *_OF_HEADS):
        return True  # "the model code of conduct, which", "the organic law on political parties"
    last = words[-1].casefold() if words else ""
    if last.startswith(("sub-", "by-")):
        last = last.split("-")[-1]  # "a government sub-decree", "the by-law"
    return last in _LAW_HEADS
