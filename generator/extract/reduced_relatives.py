"""A reduced relative clause with its own subject: "…, a decision the party called “…”",
"the charges the minister denied", "a practice ASIC's court documents describe as “…”". The
noun phrase right before the verb, after another noun, is the verb's subject, never the
sentence's. `reduced_relative(ctx, row, i, para)` → who that subject is (`i`: the chunk
before the verb), or None when the words are not of that shape. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import PREPOSITIONS, Phrase, Who, parse
from generator.extract.role_phrases import person_noun
from generator.extract.rows import verb_at


class _Resolver(Protocol):
    def resolve(self, phrase: Phrase, para: Para, offset: int) -> Who | None: ...


_NOT_BARE = PREPOSITIONS | lx.DETERMINERS
_OWNERS = ("the", *lx.POSSESSIVE_PRONOUNS)  # "the", "his", "her", "its", "their"
# A noun the relative clause hangs on, after "in a decision", "of repairs", "a practice".
_HEAD_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "of", "this", "that"})


def _bare(row: Sequence[Chunk], m: int) -> bool:
    """A lowercase noun or modifier: no verb, preposition or determiner."""
    c = row[m]
    return c.kind == "word" and not verb_at(row, m) and c.text not in _NOT_BARE


def reduced_relative(ctx: _Resolver, row: Sequence[Chunk], i: int, para: Para) -> Who | None:
    if _one_of_them(row, i):  # "a proposal one of them described as": unnamed
        return Who(None, "low", para.text[row[i - 2].start : row[i].end])
    k = i
    relation = row[i].text in lx.ROLE_NOUNS or row[i].text in sp.PERSON_NOUNS
    stops = _OWNERS if relation else _OWNERS[:1]  # "his main rival", not "her letter"
    span = 3  # "a decision the country's largest union of artisanal fishermen welcomed"
    while k > 0 and i - k < span and row[k - 1].kind == "word" and row[k - 1].text not in stops:
        of = span == 3 and is_word(row, k - 1, "of") and _bare(row, k - 2) and _bare(row, i)
        article = is_word(row, k - 2, "a", "an")  # "in a move unions called": "move" a noun
        if (row[k - 1].text in PREPOSITIONS and not of) or (verb_at(row, k - 1) and not article):
            return None
        span, k = (6 if of else span), k - 1
        if article and row[i].text.endswith("s") and k == i - 1:
            break  # "in a move unions called": the article opens the noun phrase
    if (owner := _owner_name(row, k, i)) >= 0:
        return _owned_document(row[owner])
    owned = is_word(row, k - 1, *stops[1:])  # "a result his main rival
    plural = row[i].kind == "word" and row[i].text.endswith("s") and i >= 3
    for d in (i - 4, i - 3, i - 2) if plural and not owned else ():  # "a decision conservation
        if is_word(row, d, "a", "an") and all(
            _bare(row, m) or (m == d + 1 and row[m].text not in _NOT_BARE)
            for m in range(d + 1, i + 1)
        ):
            return Who(None, "low", para.text[row[d + 2].start : row[i].end])  # groups called"
    if k < 2 or not (owned or is_word(row, k - 1, "the")) or row[i].kind != "word":
        return None  # rejected as “…”": the rival, whom the text does not name
    noun = row[k - 2]
    if (holder := _role_of(row, k - 2)) >= 0:  # "a case the then chief executive of the group
        return Who(None, "low", para.text[row[holder].start : row[i].end])  # described": unnamed
    if noun.kind != "word" or noun.text in PREPOSITIONS or noun.text in lx.DETERMINERS:
        return None
    if verb_at(row, k - 2) or noun.text in {"that", "which", "who", "and", "but"}:
        return None
    phrase = parse(row, k - 1, i + 1, para.text)
    if owned:  # a person's relation the text does not name
        return Who(None, "low", phrase.text)
    who = ctx.resolve(phrase, para, row[k - 1].start)
    headed = k >= 3 and is_word(row, k - 3, *_HEAD_OPENERS) and _bare(row, k - 2)
    if (span > 3 or headed) and (who is None or who.key is None):  # "the country's largest
        return Who(None, "low", phrase.text)  # union of artisanal fishermen", "in a decision
        # the sovereign fund called": unnamed, yet the subject
    return who if who is not None and who.key is not None else None


def _owner_name(row: Sequence[Chunk], k: int, i: int) -> int:
    """ "a practice ASIC's court documents describe as": the index of a possessive name
    owning a document noun at `i`, right after a noun that a determiner opens; else -1."""
    o = k - 1
    if o < 2 or row[o].kind != "name" or not row[o].possessive:
        return -1
    if row[i].kind != "word" or row[i].text not in sp.DOCUMENT_NOUNS:
        return -1
    noun = row[o - 1]  # after "a", a noun even where it could be a verb ("a practice")
    if noun.kind != "word" or noun.text in _NOT_BARE or not is_word(row, o - 2, *_HEAD_OPENERS):
        return -1
    return o


def _owned_document(owner: Chunk) -> Who | None:
    """The owner of "ASIC's court documents", when the text names it."""
    return Who(owner.mention.key, "high") if owner.mention is not None else None


def people_met(row: Sequence[Chunk], i: int) -> str | None:
    """ "residents he met": a plural noun of people, then a clause of a pronoun and its own
    past verb at `i`, is the subject of the verb after it; the noun, else None."""
    if i < 2 or row[i].kind != "word" or not verb_at(row, i):
        return None
    if row[i - 1].text not in lx.NOMINATIVE:
        return None
    noun = row[i - 2]
    plural = noun.kind == "word" and noun.text.endswith("s") and person_noun(noun.text[:-1])
    return noun.text if plural and not noun.possessive else None


def _one_of_them(row: Sequence[Chunk], i: int) -> bool:
    """ "a proposal one of them described as": "one of them" at `i - 2` … `i`, right after a
    noun that "a"/"an" opens (and a comma or the row's start before it)."""
    if i < 4 or not (is_word(row, i - 1, "of") and is_word(row, i - 2, "one", "some", "none")):
        return False
    if row[i].kind not in ("pron", "word") or row[i].text.casefold() not in {"them", "those"}:
        return False
    return _bare(row, i - 3) and is_word(row, i - 4, "a", "an")


def _role_of(row: Sequence[Chunk], of: int) -> int:
    """ "a case the then chief executive of the group described": where "the" opens a role
    noun's phrase before the "of" at `of`, right after a noun that "a"/"an" opens; else -1."""
    if of < 5 or not is_word(row, of, "of") or row[of - 1].text not in lx.ROLE_NOUNS:
        return -1
    m = of - 1
    while m > 2 and _bare(row, m - 1):
        m -= 1
    if (
        not is_word(row, m - 1, "the")
        or not _bare(row, m - 2)
        or not is_word(row, m - 3, "a", "an")
    ):
        return -1
    return m - 1
