"""Whose a speech noun is when its possessor is a description and someone disputes it:
"rejected the company's claim that …", "dismissed the union's description of the plan as
“…”", "disputed the Tajik government's description of the trial as “…”". The possessor
names the claim's maker as a subject would ("the company said"), so it is read the way a
subject is; only a sure reading gives a speaker.

Only the object of a verb of disputing: there the quotation is what the claim said. Not
the noun as a subject ("the company's explanation … was “not credible”": the judge's
verdict on it), nor after a verb of judging ("found the company's explanation “…”").
`other_kind` says when such a description cannot be the entity a name gave it: "the
consumer group's description" is no "Vanderhout Retail Group", whose name and roles never
say "consumer". Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Phrase, Who, parse


class _Resolving(Protocol):
    roles: dict[str, list[str]]

    def resolve(self, phrase: Phrase, para: Para, offset: int) -> Who | None: ...


_DISPUTING = lx.words(
    """reject rejects rejected rejecting dismiss dismisses dismissed dismissing dispute
    disputes disputed disputing contest contests contested contesting challenge challenges
    challenged challenging question questions questioned questioning refute refutes refuted
    refuting rebut rebuts rebutted rebutting deny denies denied denying mock mocks mocked
    mocking ridicule ridicules ridiculed ridiculing deride derides derided deriding accept"""
)
# "brushed aside", "scoffed at", "took issue with", "pushed back against", "hit back at"
_PHRASAL = {
    "aside": lx.words("brush brushes brushed brushing"),
    "off": lx.words("brush brushes brushed brushing shrug shrugs shrugged shrugging"),
    "at": lx.words("scoff scoffs scoffed scoffing laugh laughed laughing back"),
    "with": lx.words("issue"),
    "against": lx.words("back"),
    "on": lx.words("back"),
}


_ENDINGS = ("'s", "’s", "'", "’")


def disputed(row: Sequence[Chunk], a: int) -> bool:
    """Does a verb of disputing take the noun phrase opening at `a` as its object?"""
    if is_word(row, a - 1, *_DISPUTING):
        return row[a - 1].text != "accept" or is_word(row, a - 2, "not", "never")
    particle = row[a - 1].text if a > 0 and row[a - 1].kind == "word" else ""
    return particle in _PHRASAL and is_word(row, a - 2, *_PHRASAL[particle])


def described_owner(ctx: _Resolving, row: Sequence[Chunk], k: int, para: Para) -> Who | None:
    """The one entity the possessor at `k` ("the company's", "the Tajik government's")
    stands for, read as the subject "the company", when a verb of disputing takes the
    phrase as its object and the reading is sure."""
    c = row[k]
    if c.kind != "word" or c.capital or c.text.endswith("s"):
        return None  # not "the rebels'", "the Minority's" (a name the reader missed)
    a = k - 1
    while a > k - 4 and a >= 0 and row[a].kind in ("word", "name") and not row[a].possessive:
        if is_word(row, a, "the"):
            break
        a -= 1
    if not is_word(row, a, "the") or not disputed(row, a):
        return None
    raw = para.text[c.start : c.end]
    end = c.end - next((len(s) for s in _ENDINGS if raw.endswith(s)), 0)
    words = [*row[a:k], c._replace(possessive=False, end=end)]  # "the Tajik government"
    phrase = parse(words, 0, len(words), para.text)
    if phrase.det != "the" or phrase.head is None or phrase.head.start != c.start:
        return None
    found = ctx.resolve(phrase, para, c.start)
    if found is None or found.key is None or found.confidence != "high":
        return None
    return None if other_kind(ctx, row, k, found) else found


def other_kind(ctx: _Resolving, row: Sequence[Chunk], k: int, who: Who | None) -> bool:
    """Is the possessor at `k` the head of a description "the … X's" whose lowercase words
    before the head ("the consumer group's", "the civic group's") the entity `who` stands
    for says neither in its name nor in its roles? Not "Vanderhout Retail Group" for "the
    consumer group": another group, which the text named by its kind."""
    a = k - 1
    while a > k - 4 and a >= 0 and row[a].kind == "word" and not row[a].capital:
        if is_word(row, a, "the"):
            break
        a -= 1
    if who is None or who.key is None or not is_word(row, a, "the") or row[k].capital:
        return False
    words = [m.text.casefold() for m in row[a + 1 : k] if m.kind == "word" and not m.capital]
    told = " ".join((who.key.casefold(), *ctx.roles.get(who.key, ())))
    return bool(words) and not any(w in told for w in words)
