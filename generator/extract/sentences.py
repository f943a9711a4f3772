"""Sentences and word tokens of one paragraph, with character offsets.

`split_sentences(text)` → list of (start, end) covering the paragraph; a sentence ends after
. ! ? (and any closing quote marks or brackets) followed by space and a capital, a digit or an
opening quote, except after common abbreviations and initials. `tokenize(text)` → `Token`s
(words only; a trailing 's or ’s is recorded as `possessive` and left out of `text`).
Linear time, never raises.
"""

from __future__ import annotations

import re
from itertools import accumulate, repeat
from operator import add, itemgetter
from typing import NamedTuple

from generator.extract import lexicon as lx
from generator.extract.dotted_words import runs_on

_ABBREVIATIONS = (
    frozenset(
        """mr mrs ms dr st gen gov sen rep lt col sgt prof rev jr sr no vs etc inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u e.g i.e ma coun cllr clr hon
    det rt""".split()  # noqa: SIM905
    )
    | lx.RANK_ABBREVIATIONS
)  # "Police Brig. Gen. Ramon Villacorta"
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9\u00C0-\u00DE])")
# A word, and the apostrophe of a plural possessive before the next word ("Jones' campaign").
_WORD = re.compile(r"[^\W\d_][\w]*(?:[-.'’][^\W_]+)*(?:(?<=s)['’](?=\s+[^\W\d_]))?", re.UNICODE)
_WORD_GAPS = re.compile(f"({_WORD.pattern})", re.UNICODE)
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
_OPENERS = frozenset({'"', "“", "‘", "(", ":"})
# "al-Maliki", "bin-Laden", "el-Sisi": a name part with a lowercase particle is a capital word
_PARTICLE = re.compile(r"\b(?:al|el|ad|an|as|ash|at|az|bin|ibn|abu|abd)-[A-Z]")


class Token(NamedTuple):
    """A word; `lower` (case-folded) and `capitalised` are computed once, here: the later
    stages read them about a hundred times per paragraph (issue 7)."""

    text: str
    start: int
    end: int
    possessive: bool
    sentence_start: bool
    lower: str
    capitalised: bool


_INITIALS = re.compile(r"^[^\W\d_](?:\.[^\W\d_]){1,2}$")


_TITLES = lx.TITLE_WORDS | lx.ROLE_NOUNS  # once, not per call


def _titled(text: str) -> bool:
    """Does `text` end with a title or role before a name's initials ("… Minister")?"""
    words = text.rsplit(None, 1)
    return bool(words) and words[-1].casefold() in _TITLES


_STARTERS = lx.words(
    "the a an he she it they we i you but and in on at this that these his her its their"
)


_NEXT_WORD = re.compile(r"\s*[\"“‘'(]*(\S*)")
_NOT_GIVEN = _STARTERS | _ABBREVIATIONS | lx.SENTENCE_STARTERS


def _given_name(text: str, at: int, capital: bool) -> bool:
    """Does the word at `at`, after initials, read as the rest of a name rather than a new
    sentence ("B.N. Suresh Gowda", "Minister H.R. Lakshmaiah, seeks", not "the A.N.C. The
    party")? After a capital word, any name word; else only one a comma closes ("appointed
    S.V. Hiremath, a former Dean", "Its Chairman, K.P.S. Gunathilaka, told")."""
    found = _NEXT_WORD.match(text, at)
    word = found.group(1) if found else ""
    bare = word.rstrip(",.;:")
    if not (capital or word.endswith(",")):
        return False
    return bare[:1].isupper() and bare.isalpha() and bare.casefold() not in _NOT_GIVEN


_COMPANY_ABBREVIATIONS = _ABBREVIATIONS & lx.COMPANY_ENDINGS  # inc, ltd, corp, co
# The rest of a firm's name after its ending: its initials in brackets, a law firm's
# "Advocates" or "Solicitors" before the comma that closes the name.
_FIRM_TAIL = re.compile(r"\s+(?:\([A-Z][A-Z&]+\)|(?:Advocates|Solicitors),)")


def _company_end(before: list[str], last_word: str, text: str, at: int) -> bool:
    """Does "Inc." / "Ltd." / "Corp." / "Co." end a company's name and its sentence? It
    follows a capitalised word ("Hanseong Semiconductor Co.", "Smith & Co."; not "Tralee,
    Co. Kerry") and another ending does not follow ("Co. Ltd.")."""
    if last_word not in _COMPANY_ABBREVIATIONS or len(before) < 2:
        return False
    previous = before[0].rsplit(None, 1)[-1]
    found = _NEXT_WORD.match(text, at)
    following = (found.group(1) if found else "").casefold().rstrip(".,")
    if _FIRM_TAIL.match(text, at):
        return False  # "Korea Resources Development Corp. (KRDC) had", "& Co. Advocates, had"
    return (previous[:1].isupper() or previous == "&") and following not in lx.COMPANY_ENDINGS


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        before = text[start : match.start()].rsplit(None, 1)
        last_word = before[-1].casefold().strip("\"“‘'(") if before else ""
        letter = len(last_word) == 1 and last_word.isalpha()
        graded = letter and len(before) > 1 and before[0].rsplit(None, 1)[-1] in {"a", "an"}
        short = last_word in _ABBREVIATIONS or (letter and not graded)  # "raised to an A."
        if short and not _company_end(before, last_word, text, match.end()):
            continue  # not "… Harbours Ltd. Council leader X said": a company's name ends it
        if _INITIALS.match(last_word) and len(before) > 1 and _titled(before[0]):
            continue  # "Water Resources Minister K.S. Ramaiah said"
        capital = len(before) > 1 and before[0].rsplit(None, 1)[-1][:1].isupper()
        initials = _INITIALS.match(last_word) and before[-1].lstrip("\"“‘'(")[:1].isupper()
        if initials and _given_name(text, match.end(), capital):
            continue  # "Leader of the Opposition B.N. Suresh Gowda accused"
        if runs_on(before, text, match.end()):
            continue  # "Deputy Dist. Atty. Raymond Keel said", "from 7 p.m. Friday"
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


def tokenize(text: str, sentences: list[tuple[int, int]]) -> list[Token]:
    """The words of `text`, each a `Token`. Built list by list rather than word by word:
    `re.split` with the word pattern as its group gives the words and the gaps between them
    (gap, word, gap, word, …, gap), the running sum of their lengths gives each word's
    offset, and every field is one pass over the words (a per-word loop was the largest
    single cost of extraction: issue 7)."""
    parts = _WORD_GAPS.split(text)
    words, gaps = parts[1::2], parts[0:-1:2]  # each word and the gap before it
    starts = list(accumulate(map(len, parts)))[0:-1:2]  # where each gap ends
    possessive = [w.endswith(_POSSESSIVE_ENDINGS) and len(w) > 2 for w in words]
    words = [_without_possessive(w) if p else w for w, p in zip(words, possessive, strict=True)]
    sentence_starts = {s for s, _ in sentences}
    # A sentence starts at a sentence's first character, or after an opening mark within
    # the two characters before the word (white space aside): `“We`, `( We`, `: We`; a
    # straight quotation mark opens only when it touches the word (`"We`, not `," WHO`).
    first = [
        start in sentence_starts
        or (
            gap != " "
            and (mark := gap[-2:].strip()[-1:]) in _OPENERS
            and (mark != '"' or gap[-1:] == '"')
        )
        for start, gap in zip(starts, gaps, strict=True)
    ]
    capital = list(map(str.isupper, map(itemgetter(0), words)))
    if _PARTICLE.search(text):  # rare: mend those few words only
        capital = [c or _PARTICLE.match(w) is not None for c, w in zip(capital, words, strict=True)]
    fields = zip(
        words,
        starts,
        map(add, starts, map(len, words)),
        possessive,
        first,
        map(str.casefold, words),
        capital,
        strict=True,
    )
    return list(map(tuple.__new__, repeat(Token), fields))  # Token(*f) without a call


def _without_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word[:-1]


def sentence_index(sentences: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence containing `offset` (the last one if past the end)."""
    for i, (start, end) in enumerate(sentences):
        if start <= offset < end:
            return i
    return max(0, len(sentences) - 1)
