"""What follows a person's name and completes or adds to the role given before it.

- a seat's title completed by its "of" phrase: "Judge Ana Lee of the Tbilisi City Court" →
  "Judge of the Tbilisi City Court" (no comma between; "Mayor X, of the Greens," is not);
- a lowercase role completed by an "of"/"for" phrase: "reporter Patience Rusere of VOA's
  Studio 7" → "reporter of VOA's Studio 7";
- letters after a name that are a role: "Nicholas Brereton, SC,", "Jane Roe KC".
Pure, never raises.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from generator.extract import lexicon as lx
from generator.extract import role_phrases as rp
from generator.extract.document import Para
from generator.extract.names import NameMention

# Letters after a name that state a rank or a seat: senior counsel, a member of a parliament.
POST_NOMINAL = re.compile(r",? (SC|KC|QC|SAN|TD|MSP|MLA|MPP|MHA)(?=[,.;:)]|$)")


def index(para: Para, offset: int) -> int:
    """Index of the first token starting at or after `offset`."""
    return bisect_left([t.start for t in para.tokens], offset)


# Titles held of a seat, which the "of" phrase after the name completes: "Judge X of the
# Tbilisi City Court", "Grand Chief X of the Northern Treaty Council", "Mayor X of Eastbury".
_SEAT_TITLES = lx.words("judge justice chief mayor bishop reeve")


def seat_tail(para: Para, m: NameMention) -> tuple[int, int] | None:
    """The "of" phrase right after a name whose title is a seat's (no comma between)."""
    if m.title is None or m.possessive:
        return None
    if para.text[m.title[0] : m.title[1]].split()[-1].casefold() not in _SEAT_TITLES:
        return None
    i1 = index(para, m.end)
    toks = para.tokens
    if i1 >= len(toks) or toks[i1].lower != "of" or para.text[m.end : toks[i1].start] != " ":
        return None
    last: int | None = None  # the seat's name: "the", capitalised words and the small words
    k = i1 + 1
    while k < len(toks) and rp.joined(para, toks[k - 1], toks[k]):  # inside it, up to
        tok = toks[k]  # its last capitalised word ("of the Court of King's Bench wrote")
        if tok.capitalised and tok.lower not in lx.WEEKDAYS and tok.lower not in lx.MONTH_NAMES:
            last = k
        elif tok.lower not in _SEAT_LINKS:
            break
        k += 1
    return (toks[i1].start, toks[last].end) if last is not None else None


_SEAT_LINKS = lx.words("the of for in and de")


def split_tail(para: Para, i1: int) -> tuple[int, int] | None:
    """ "… Dennis Mandudzo of the University of Zimbabwe law department": the "of"/"for"
    phrase after a name that completes the role before it."""
    toks = para.tokens
    if i1 >= len(toks) or toks[i1].lower not in {"of", "for"}:
        return None
    if para.text[toks[i1 - 1].end : toks[i1].start].strip() not in {"", "'s", "’s"}:
        return None
    chain = _pp_chain(para, i1)
    named = chain and any(t.capitalised for t in toks[i1 + 1 :] if t.end <= chain[1])
    return chain if toks[i1].lower == "of" or named else None  # not "X for a year"


def _pp_chain(para: Para, k: int) -> tuple[int, int] | None:
    """The prepositional phrases from token `k` ("of VOA's Studio 7 for Zimbabwe")."""
    toks = para.tokens
    end = -1
    j = k
    while j < len(toks) and j - k < 14:
        if j > k and not rp.joined(para, toks[j - 1], toks[j]):
            break
        low = toks[j].lower
        if j > k and (low in rp.STOP or low.endswith("ed")) and low not in {"of", "for"}:
            break
        if low not in {"of", "for", "the", "at", "in"}:
            end = j
        j += 1
    return (toks[k].start, toks[end].end) if end > k else None
