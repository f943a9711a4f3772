"""Capitalised words the name finder did not read as a name: a pronoun after them may be
theirs ("Zhou rejected the criticism. …, he said": "Zhou", unread, may be "he"). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.document import Para
from generator.extract.names import NameMention
from generator.extract.role_phrases import person_noun

_NOT_NAMES = lx.MONTH_NAMES | frozenset(lx.WEEKDAYS) | lx.SENTENCE_STARTERS | {"the", "i"}


def unread_name(para: Para, mentions: Sequence[NameMention], end: int | None) -> bool:
    """Does `para` (up to `end`) hold two capitalised words in a row, outside quotations,
    that none of its `mentions` covers, or a sentence opening with a capitalised word and a
    past tense ("Wang rejected")?"""
    if unread_aged(para, mentions, end):
        return True
    spans = [(m.full_start, m.end) for m in mentions]
    toks = [t for t in para.tokens if end is None or t.start < end]
    for a, b in zip(toks, toks[1:], strict=False):
        acts = a.sentence_start and not b.capitalised and b.lower.endswith("ed")  # "Wang
        people = a.lower.endswith("s") and person_noun(a.lower[:-1])  # rejected"; not
        unread = acts and a.lower not in _NOT_NAMES and not people  # "Lawmakers voted"
        covered = any(s <= a.start < e for s, e in spans)
        if unread and not covered and not para.in_quote(a.start):
            return True
        pair = a.capitalised and b.capitalised and not b.sentence_start and a.end + 1 == b.start
        if not pair or para.in_quote(a.start) or a.lower in _NOT_NAMES or b.lower in _NOT_NAMES:
            continue
        if not any(s <= a.start < e for s, e in spans):
            return True
    return False


def unread_aged(para: Para, mentions: Sequence[NameMention], end: int | None) -> bool:
    """Does a sentence of `para` (up to `end`) open with a capitalised word and an age that no
    mention covers ("Okafor, 54, said" where two Okafors are named): a person, unread?"""
    spans = [(m.full_start, m.end) for m in mentions]
    toks = [t for t in para.tokens if end is None or t.start < end]
    return any(
        a.sentence_start
        and _AGE.fullmatch(para.text[a.end : b.start]) is not None
        and not any(s <= a.start < e for s, e in spans)
        for a, b in zip(toks, toks[1:], strict=False)
    )


_AGE = re.compile(r",\s*\d{1,3},\s*")
