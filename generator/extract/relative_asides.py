"""Is the aside before a naming verb the subject of a relative clause? `relative_subject_aside(
row, comma)` → True when the comma at `comma`, right before "described"/"called"/"hailed",
closes an aside ("its chairperson, Fatmata Kamara-Lewis,") whose noun phrase is the subject
of a relative clause: "a result its chairperson, X, described as “…”", "a step that Colonel
X, president of the council, called “…”", "whom X, in a letter last week, described as",
"what its director, X, described as". The verb is then active, the aside's person speaks;
otherwise "Lee, dubbed “the iron lady” by the press," is a reduced passive (no speaker
named but an agent). Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word, previous_comma
from generator.extract.rows import verb_at


def relative_subject_aside(row: Sequence[Chunk], comma: int) -> bool:
    """Does the aside closed by the comma at `comma` name a relative clause's subject?"""
    return _what_subject(row, comma) or _relative_subject_aside(row, comma)


NAMING_VERBS = frozenset({"described", "called", "hailed", "dubbed", "labelled", "branded"})


def relative_namer(row: Sequence[Chunk], j: int) -> str | None:
    """The key of the one named as the subject of the relative clause whose naming verb is at
    `j`, its object the gap: "a result its chairperson, X, described as “…”" (X), "a figure
    that Sen. X, R-Spokane, the ranking Republican, described as" (X); None otherwise."""
    if j < 3 or row[j].text not in NAMING_VERBS or row[j - 1].text != ",":
        return None
    return _object_relative(row, j - 1)


_RELATIVES = frozenset({"that", "which", "whom", "what"})
_OWNERS = frozenset({"the", "its", "his", "her", "their", "our"})
_ARTICLES = frozenset({"a", "an"})
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "would", "will"})


def _object_relative(row: Sequence[Chunk], comma: int) -> str | None:
    """ "a result its chairperson, X, described as “…”", "a figure that Sen. X, R-Spokane, the
    ranking Republican, described as", "— whom X, in a letter …, described as": up to three
    asides back, the noun phrase before them follows a relative word ("that" after a noun,
    "which", "whom", "what") or, with no relative word, an owner ("the", "its", a possessive)
    right after "a"/"an" and a noun ("a move the Speaker"). The verb's object is the gap, so
    the verb is active (not "said that the minister, X, dubbed “…” in the press, had quit":
    a clause going on after the quotation with a verb keeps the passive)."""
    if _clause_goes_on(row, comma + 1):
        return None
    a = comma
    for _ in range(3):
        k = previous_comma(row, a)
        if k < 1 or row[k].text != "," or any(row[m].kind == "quote" for m in range(k + 1, a)):
            return None
        if _relative_phrase(row, previous_comma(row, k) + 1, k):
            return _named(row, k)
        a = k
    return None


def _relative_phrase(row: Sequence[Chunk], s: int, e: int) -> bool:
    """Is `row[s:e]` a relative clause's start up to its subject ("a result its chairperson",
    "a step that Colonel Mamadou Sissoko", "whom Vermeulen")?"""
    for o in range(e - 1, max(s - 1, e - 8), -1):
        c = row[o]
        if _modifying_participle(row, o, s):
            continue  # "a claim that counsel assisting the commission, X,"
        if c.kind not in ("word", "name") or (verb_at(row, o) and not c.possessive):
            return False
        if o == e - 1:
            continue
        if c.kind == "word" and c.text in _RELATIVES:
            return c.text != "that" or _noun_before(row, o - 1)
        owner = (c.kind == "word" and c.text in _OWNERS) or c.possessive
        if owner and _noun_before(row, o - 1) and not _modifying_participle(row, o - 1, s):
            if o - 1 == s and row[o - 1].text.endswith("s") and row[s - 1].text == ",":
                return True  # "…, figures its chairman, X, hailed as": a bare plural head
            head = o - 2 if is_word(row, o - 2, *_ARTICLES) else o - 3
            return is_word(row, head, *_ARTICLES) and (head == o - 2 or _noun_before(row, o - 2))
    return False


def _named(row: Sequence[Chunk], k: int) -> str | None:
    """The relative clause's subject, named: its noun phrase ends in a name before the comma
    at `k` ("Senator Ruth Calloway,"), or the aside after it is one person's name ("its
    chairperson, Fatmata Kamara-Lewis,", "their counsel, Mr. Obinna Ezeudu (SAN),"); an
    organisation in the aside ("his club, HC Olimp Bălți,") is left unclear."""
    ended = row[k - 1].mention if row[k - 1].kind == "name" else None
    if ended is not None:
        return ended.key
    named = row[k + 1] if k + 1 < len(row) else None
    if named is not None and is_word(row, k + 1, "the"):  # "its author, the senior midwife
        named = _titled(row, k + 2)  # X,": a lower-case title before one person's name
        return named.mention.key if named is not None and named.mention is not None else None
    if named is None or named.kind != "name" or named.mention is None:
        return None
    end = k + 5 if k + 2 < len(row) and row[k + 2].text == "(" else k + 2
    person = named.mention.kind == "person" and end < len(row) and row[end].text == ","
    return named.mention.key if person else None


def _titled(row: Sequence[Chunk], k: int) -> Chunk | None:
    """The person's name that ends a run of up to three lower-case words from `k` and the
    comma after it ("senior midwife Margaret Oduya,"), or None."""
    for m in range(k, min(len(row) - 1, k + 4)):
        c = row[m]
        if c.kind == "name":
            person = c.mention is not None and c.mention.kind == "person"
            return c if person and m > k and row[m + 1].text == "," else None
        if c.kind != "word" or c.capital or verb_at(row, m):
            return None
    return None


def _noun_before(row: Sequence[Chunk], k: int) -> bool:
    """Is chunk `k` a lower-case word that is no verb ("result", "policy", "cuts")?"""
    if k < 0 or row[k].kind != "word" or row[k].capital or row[k].possessive:
        return False
    w = row[k].text
    if w in _RELATIVES | _OWNERS or verb_at(row, k):
        return False  # "a report", "a pledge": a verb's form after an article is a noun
    return w not in sp.VERB_FORMS or is_word(row, k - 1, *_ARTICLES)


def _modifying_participle(row: Sequence[Chunk], o: int, s: int) -> bool:
    """Is the word at `o` an "-ing" participle after a noun in a relative clause's subject
    ("counsel assisting the commission"), not its verb ("staff are leaving")?"""
    c = row[o]
    if c.kind != "word" or not c.text.endswith("ing") or o - 1 < s:
        return False
    return _noun_before(row, o - 1) and not is_word(row, o - 2, *_ARTICLES)


def _clause_goes_on(row: Sequence[Chunk], k: int) -> bool:
    """After the naming verb at `k - 1`: does a comma after its quotation lead to a verb (the
    main clause the reduced passive hangs in: "…, dubbed “…” in the press, had resigned")?"""
    q = next((m for m in range(k, min(len(row), k + 3)) if row[m].kind == "quote"), -1)
    if q < 0:
        return True
    if is_word(row, q + 1, "by"):
        return True  # "described as “…” by critics": a passive with its agent
    for m in range(q + 1, min(len(row), q + 12)):
        if row[m].kind == "punct" and row[m].text == ",":
            return m + 1 < len(row) and (verb_at(row, m + 1) or is_word(row, m + 1, *_AUXILIARIES))
        if row[m].kind == "quote" or (row[m].kind == "punct" and row[m].text in {".", ";", ":"}):
            return False
    return False


def _what_subject(row: Sequence[Chunk], comma: int) -> bool:
    """Does the aside closed by the comma at `comma` name the subject of "what …" or of a
    relative clause ("what its director, Helen Marchetti,", "a move that the chairwoman of
    the board, Denise Okafor,")?"""
    for k in range(comma - 1, max(-1, comma - 6), -1):
        c = row[k]
        if c.kind == "punct" and c.text == ",":
            if any(is_word(row, m, "what") for m in range(max(0, k - 4), k)):
                return True
            rel = next(  # also "a claim the committee vice-chairperson, Senator X, described"
                (
                    m
                    for m in range(k - 1, max(-1, k - 9), -1)
                    if is_word(row, m, "that", *sp.REMARK_NOUNS)
                ),
                -1,
            )
            return (
                rel > 0
                and is_word(row, rel + 1, "the")
                and not any(
                    verb_at(row, m) or row[m].kind not in ("word", "name")
                    for m in range(rel + 1, k)
                )
            )
    return False


def _relative_subject_aside(row: Sequence[Chunk], comma: int) -> bool:
    """ "a vote that X, who steered the file, hailed as “…”": the comma at `comma` closes a
    "who" aside after a name that is the subject of a relative clause ("that"/"what" before
    it, only its description between), so the verb after it is active."""
    k = previous_comma(row, comma)
    if k < 1 or row[k].text != "," or not is_word(row, k + 1, "who") or row[k - 1].kind != "name":
        return False
    for m in range(k - 2, max(-1, k - 8), -1):
        if is_word(row, m, "that", "what"):
            return True
        if row[m].kind not in ("word", "name") or verb_at(row, m):
            return False
    return False
