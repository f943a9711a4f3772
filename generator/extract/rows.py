"""Tests on a sentence's row of chunks (clauses.rows) that finding a subject needs: what
stands before a bracket, where the noun phrase before a relative pronoun starts, a comma
between a subject and its verb, a verb at a chunk, the head noun of a role, and whether a
reporting word is used as a verb or as where the subject spoke (as a noun: `noun_uses`). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import OPENERS, Chunk, is_word
from generator.extract.phrases import PREPOSITIONS
from generator.extract.verb_follows import present_after_name


def is_comma(row: Sequence[Chunk], i: int) -> bool:
    """Is `row[i]` a comma (False past either end)?"""
    return 0 <= i < len(row) and row[i].kind == "punct" and row[i].text == ","


def before_bracket(row: Sequence[Chunk], i: int) -> int:
    """ "Chris Hayes (Australian Labor Party), took", "the ICRC (ICRC) said": the index of
    what comes before a bracket (and a comma after it) that ends at `i`."""
    k = i
    if k > 0 and row[k].text == "," and row[k - 1].kind == "punct" and row[k - 1].text == ")":
        k -= 1
    if k >= 0 and row[k].kind == "punct" and row[k].text == ")":
        while k >= 0 and not (row[k].kind == "punct" and row[k].text == "("):
            k -= 1
        return k - 1
    return i


def antecedent_start(row: Sequence[Chunk], k: int) -> int:
    """Where the noun phrase ending at chunk `k` starts, for a relative pronoun after it."""
    start = k
    while (
        start > 0
        and row[start - 1].kind in ("word", "name", "num")
        and (
            row[start - 1].text not in PREPOSITIONS
            and sp.VERB_FORMS.get(row[start - 1].text) is None
            and not (row[start].possessive and verb_at(row, start - 1))  # "had read Kelburn's
        )  # own risk assessment, which had warned": the assessment
        and not _perfect(row, start - 1)  # "had commissioned independent testing which"
    ):
        start -= 1
        if row[start].kind == "word" and row[start].text in {"a", "an", "the"}:
            break  # "Reed received a letter that said": the phrase opens at "a"
    return start


def _perfect(row: Sequence[Chunk], k: int) -> bool:
    """Is chunk `k` an auxiliary, or the participle after one ("had commissioned")?"""
    participle = row[k].text.endswith(("ed", "en")) and is_word(row, k - 1, *_HAVE)
    return is_word(row, k, *_HAVE) or participle


def role_head(role: str) -> str:
    """The head noun of a role ("spokesman for the U.S. embassy" → "spokesman", "Police
    union chief" → "chief"): "the embassy" or "the union" is not that person."""
    words = _ROLE_LINKS.split(role.casefold())[0].split()
    return words[-1] if words else ""


_ROLE_LINKS = re.compile(r"\s+(?:of|for|at|to|in|on|with|from|assisting)\s+")


def comma_subject(row: Sequence[Chunk], i: int) -> bool:
    """A comma between a sentence's subject and its verb ("Blogger Nadia Rahman, stated"):
    the comma at `i` follows a name that only a title or role words precede."""
    if i < 1:
        return False
    name = row[i - 1]
    if name.kind != "name" or name.possessive or name.mention is None:
        return False
    return all(
        c.kind == "word"
        and c.text not in OPENERS
        and (c.capital or c.text in lx.DETERMINERS or c.text in lx.ROLE_NOUNS)
        and c.text not in PREPOSITIONS
        and sp.VERB_FORMS.get(c.text) is None
        for c in row[: i - 1]
    )


def verb_at(row: Sequence[Chunk], k: int) -> bool:
    c = row[k]
    if c.kind != "word" or c.possessive or (c.capital and c.text == "may"):
        return False  # "in May": the month
    w = c.text
    return (
        sp.VERB_FORMS.get(w) == "finite"
        or w in sp.IRREGULAR_PAST
        or w in {"has", "had", "have", "is", "was", "were", "are", "will", "would", "could"}
        or w in {"did", "does", "can", "may", "might", "must", "should"}
        or (w.endswith("ed") and not c.capital)
        or w in sp.DOCUMENT_VERBS
        or present_after_name(row, k)  # "Arkwright disputes that account"
    )


def attributive(row: Sequence[Chunk], k: int, j: int) -> bool:
    """ "the embattled Speaker said": an "-ed" word between an article and a noun before `j`
    is an adjective, not the clause's verb (not "X, a retired GP who stood …, said": the
    aside's own words, read as before)."""
    before = is_word(row, k - 1, "the", "a", "an") and row[k].text.endswith("ed")
    noun = k + 1 < j and row[k + 1].kind in ("word", "name") and not verb_at(row, k + 1)
    return before and noun and not is_word(row, k + 2, "who", "which", "whose", "that")


_HAVE = lx.words("had has have")


def speech_adjunct(row: Sequence[Chunk], j: int) -> bool:
    """ "said in a statement that …": the speech noun is where the verb's subject spoke."""
    k = j - 1
    while k >= 0 and j - k <= 4 and row[k].kind == "word" and _modifies(row[k].text):
        k -= 1  # "in a separate statement", "in a joint written statement"
    if k < 0 or row[k].kind != "word" or row[k].text not in {"in", "via", "through"}:
        return False
    first = row[k + 1]  # "in a …", "in its …", "in Lee's …"; not "in Gaza dismissed …"
    return k + 1 == j or first.possessive or first.text in _MODIFIER_DETERMINERS


_MODIFIER_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})


def _modifies(word: str) -> bool:
    """A determiner or an adjective-like word inside a noun phrase (no verb, no preposition)."""
    if word in {"a", "an", "the", "its", "his", "her", "their"}:
        return True
    return word not in sp.VERB_FORMS and word not in {"in", "via", "through", "that", "and", "to"}


_BASE_BEFORE = lx.words(
    "to will would can could may might must should shall did does do not never i we you they who"
)


# Reporting only without an object ("“…,” she reflected", "he continued"); with one, not.
_REFLECT = frozenset(
    {"reflect", "reflects", "reflected", "reflecting", "continue", "continued", "continues"}
)  # "the crew continued their approach": an object, no speech


def verb_use(row: Sequence[Chunk], j: int) -> bool:
    """A base form ("say", "state") is a verb only after "to", a modal or a subject
    pronoun: "told state radio" has no verb "state"."""
    if row[j].text in _REFLECT and j + 1 < len(row) and row[j + 1].kind in ("word", "quote"):
        return row[j + 1].text == "that"  # "the ban reflected “the seriousness …”": no speech
    if _adjective_after_cue(row, j):
        return False  # "saying repeated postponements had left": a modifier, no verb
    if row[j].text.endswith("ed") and is_determiner(row, j - 1):
        return False  # "said the proposed council “would fail …”": an adjective
    if _owned_modifier(row, j):
        return False  # "said Iriarte's repeated refusals were “…”": an adjective
    if _before_document(row, j):
        return False  # "said in a brief written statement that": an adjective
    if row[j].text in _RULED and is_word(row, j + 1, "out"):
        return False  # "ruled out any return to borrowing": no ruling, nothing said
    if _graded_adjective(row, j):
        return False  # "a largely symbolic but politically charged move": an adjective
    if sp.VERB_FORMS.get(row[j].text) != "base":
        return True
    k = j - 1
    if k > 0 and row[k].kind == "word" and row[k].text.endswith("ly") and len(row[k].text) > 4:
        k -= 1 if row[k].text not in _LY_NOUNS else 0  # "what pilots informally call"
    prev = row[k] if k >= 0 else None
    if prev is None or prev.kind == "name" or prev.kind == "pron":
        return prev is not None  # "TVNZ say they are …"
    if prev.text == "and" and is_word(row, k - 2, "to"):
        return True  # "prompting members to stand and shout “…”"
    plural = prev.text.endswith("s") and not prev.possessive and prev.text not in _BASE_BEFORE
    return prev.kind == "word" and (prev.text in _BASE_BEFORE or plural)  # "critics say"


_LY_NOUNS = lx.words("family assembly supply rally ally belly jelly bully monopoly anomaly")


def _before_document(row: Sequence[Chunk], j: int) -> bool:
    """A participle between an article or adjective and a document noun ("a brief written
    statement", "a signed letter")."""
    w = row[j].text
    if not (w.endswith("ed") or w in {"written", "spoken"}) or not is_word(
        row, j + 1, *sp.DOCUMENT_NOUNS
    ):
        return False
    prev = row[j - 1] if j > 0 else None
    return prev is not None and prev.kind == "word" and not prev.capital and not verb_at(row, j - 1)


_RULED = lx.words("rule rules ruled ruling")


def _graded_adjective(row: Sequence[Chunk], j: int) -> bool:
    """An "-ed" form after an "-ly" adverb that follows an article or a conjunction, and
    before a lowercase noun ("a politically charged move", "but politically charged move")."""
    adverb = j >= 2 and row[j - 1].kind == "word" and row[j - 1].text.endswith("ly")
    if not (
        adverb
        and row[j].text.endswith("ed")
        and is_word(row, j - 2, "a", "an", "the", "and", "but")
    ):
        return False
    nxt = row[j + 1] if j + 1 < len(row) else None
    return nxt is not None and nxt.kind == "word" and not nxt.capital and not verb_at(row, j + 1)


def is_determiner(row: Sequence[Chunk], k: int) -> bool:
    return k >= 0 and row[k].kind == "word" and row[k].text in _MODIFIER_DETERMINERS


def _owned_modifier(row: Sequence[Chunk], j: int) -> bool:
    """An "-ed" form between a possessive and a lowercase noun that opens a clause a verb of
    saying reports, the noun phrase then taking its own verb before the quotation ("said
    Iriarte's repeated refusals were “…”", "wrote that the map's stated goal of … was “…”"):
    the noun's modifier, never a verb. Not "in finding that X's repeated complaints were"
    (no verb of saying), "the trust's repeated assurances … that the unit was" (a clause of
    the noun's own) or "the fund's proposed commitments “…”" (no verb before the quotation)."""
    if not row[j].text.endswith("ed") or j < 1 or not row[j - 1].possessive:
        return False
    nxt = row[j + 1] if j + 1 < len(row) else None
    if nxt is None or nxt.kind != "word" or nxt.capital or nxt.text in sp.VERB_FORMS:
        return False
    k = j - 2 if row[j - 1].kind == "name" or not is_determiner(row, j - 2) else j - 3
    k -= 1 if is_word(row, k, "that") else 0
    said = k >= 0 and row[k].kind == "word" and sp.VERB_FORMS.get(row[k].text) == "finite"
    if not said or row[k].text in sp.DOCUMENT_VERBS:
        return False
    for m in range(j + 2, len(row)):
        c = row[m]
        if c.kind in ("punct", "quote") or is_word(row, m, "that", "which", "who"):
            return False
        if is_word(row, m, *lx.BE_FORMS, *lx.MODALS):
            return True
    return False


def _adjective_after_cue(row: Sequence[Chunk], j: int) -> bool:
    """An "-ed" form right after "saying"/"said that" and before a noun with its own verb."""
    if not row[j].text.endswith("ed") or j < 1 or j + 2 >= len(row):
        return False
    if row[j - 1].kind != "word" or row[j - 1].text not in {"saying", "said", "says", "that"}:
        return False
    nxt = row[j + 1]
    return (
        nxt.kind == "word"
        and not nxt.possessive
        and verb_at(row, j + 2)
        and not verb_at(row, j + 1)
    )


def before_dashes(row: Sequence[Chunk], j: int, floor: int) -> int:
    """The chunk to read next, leftwards, after chunk `j`: past the whole aside when `j`
    closes one between dashes ("X's explanation — that he had regarded it as “…” — was “…”":
    "regarded" is the aside's verb, not the cue of the quotation after it)."""
    if row[j].kind != "punct" or row[j].text not in _DASHES:
        return j - 1
    opening = next((k for k in range(j - 1, floor - 1, -1) if row[k].text in _DASHES), -1)
    inside = row[opening + 1 : j] if opening > floor else ()
    return opening - 1 if inside and not any(c.text in {";", "."} for c in inside) else j - 1


_DASHES = frozenset({"—", "–", "--"})


_WHEN_NOUNS = lx.words("day week month year morning afternoon evening night same previous next")


def acts_on(row: Sequence[Chunk], k: int, j: int) -> bool:
    """Is the "-ed" word at `k` a verb with an object or a "that" clause, not a participle
    aside ("X, acknowledged that …, but said"; "Y, dismissed the claim as …, and said"; but
    "The memo, sent the day before, said")?"""
    if k + 1 >= j:
        return False
    if is_word(row, k + 1, "that"):
        return True
    return is_word(row, k + 1, *lx.DETERMINERS) and not is_word(row, k + 2, *_WHEN_NOUNS)


def in_name(row: Sequence[Chunk], k: int) -> bool:
    """Is the chunk at `k` a quoted nickname inside the name before it?"""
    return (
        k > 0
        and row[k].kind == "quote"
        and row[k - 1].kind == "name"
        and (row[k].start < row[k - 1].end)
    )


def aside_verb(row: Sequence[Chunk], comma: int, j: int) -> int:
    """The verb of a "whose" aside opened at `comma` (its closing comma follows), else `comma`."""
    if not is_word(row, comma + 1, "whose"):
        return comma
    return next((m for m in range(comma + 2, j) if verb_at(row, m)), j)
