"""A body's subject fields coordinated in front of its head noun (issue 12, thirty-fourth
round): "the Senedd health and social care committee said", "by the Lords communications and
media committee, which said", "The Commons environment, food and rural affairs committee
said". The lowercase words from the capitalised word (the house, the council) to the body
noun, joined by "and" (and commas before it, as a list), are one modifier of that noun: read
word by word, "and" ended the noun phrase and left "social care committee", with no capital,
for the speaker. Only plain words: not a preposition, determiner, pronoun, adverb, verb,
role or body noun ("the BBC reporter and health committee chair", "the Senate committee and
finance ministry" stay as they are), one "and", a word on each side of it. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.chunks import Chunk

_HEADS = lx.words("committee subcommittee ministry department council board commission panel")
_NOT_FIELDS = (
    lx.words(
        """for to of by from with at on in about against after before under over into than
        between among during since without via including through who which that whose as
        or but if not no also then now yesterday today new former"""
    )
    | lx.DETERMINERS
    | lx.ROLE_NOUNS
    | lx.BODY_NOUNS
    | sp.PERSON_NOUNS
    | lx.SPEECH_VERBS
    | _HEADS
)


def _field(c: Chunk) -> bool:
    w = c.text
    return (
        c.kind == "word"
        and not c.capital
        and w.replace("-", "").isalpha()
        and w not in _NOT_FIELDS
        and sp.VERB_FORMS.get(w) is None
        and not w.endswith(("ly", "ed"))
    )


def field_lists(items: Sequence[Chunk]) -> list[tuple[int, int]]:
    """The index ranges [a, b) of `items` (a paragraph's chunks in order) that are one list of
    fields between a capitalised chunk and a body noun."""
    out: list[tuple[int, int]] = []
    for h, head in enumerate(items):
        if head.kind != "word" or head.text not in _HEADS:
            continue
        a = h
        while a > 0 and (_field(items[a - 1]) or items[a - 1].text in {"and", ","}):
            a -= 1
        span = [c.text for c in items[a:h]]
        ands = [i for i, w in enumerate(span) if w == "and"]
        if len(ands) != 1 or a == 0 or not items[a - 1].capital:
            continue
        joint = ands[0]
        after, before = span[joint + 1 :], span[:joint]
        if not after or "," in after or not before or before[0] == ",":
            continue  # "Senate and health committee", "Commons, and the committee"
        if any(x == y == "," for x, y in zip(before, before[1:], strict=False)):
            continue
        out.append((a, h))
    return out
