"""Whose is "the report" that the article brought in paragraphs before and has called "the
report" since: "According to a report by HM Inspectorate of Prisons, … [three paragraphs]
The report, published on Wednesday, said". Back from the sentence, past every "the report",
the nearest mention that brings one in decides: its author ("a report by X", "In a 64-page
report released on Tuesday, X said"), else no one ("a report", "an audit" with no author: a
report the text does not attribute, and perhaps not the same). Pure.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.documents import REPORTED, Referents, author_at
from generator.extract.phrases import Who, parse
from generator.extract.rows import antecedent_start

# The nouns whose chain is followed; "report" takes the kinds of report ("an audit by X"),
# "judgment" the other names of a court's ("In his 38-page judgment, Justice X observed …
# “…,” the ruling read"); never "decision" (often the decision under appeal).
_RULINGS = frozenset({"judgment", "judgement", "ruling", "verdict"})
_CHAINED = REPORTED | _RULINGS | {"report"}
# A mention that only refers back to one brought in before: "the report", "the audit's".
_BACK = frozenset({"the", "this", "that"})


def first_author(ctx: Referents, para: Para, offset: int, noun: str) -> Who | None:
    """The author of the mention that brought in the `noun` at `offset`, back to the first
    paragraph (see the module's docstring); a guess when it is more than two paragraphs
    back, where the sentence may report someone else's words in the report's; or None."""
    if noun not in _CHAINED or _reported(ctx, para, offset):
        return None
    kinds = _CHAINED - _RULINGS if noun == "report" else _RULINGS if noun in _RULINGS else {noun}
    for where, row in _rows(ctx, para, offset):
        for i in range(len(row) - 1, -1, -1):
            if row[i].kind == "name" and _named(row[i].text, kinds):
                return None  # "The Penrose Review, commissioned by …": another document
            if row[i].kind != "word" or row[i].text not in kinds:
                continue
            if row[i].capital and i > 0:
                return None  # the same, its name not found as a body's
            if i > 0 and row[i - 1].possessive:  # "the watchdog's report": its owner
                document = parse(row, antecedent_start(row, i), i + 1, where.text)
                author = ctx.owner(document.possessor_phrase, where, row[i].start)
            else:
                author = author_at(ctx, row, i, where)
            if author is not None and author.key is not None:
                sure = para.number - where.number <= 2
                return Who(author.key, "high" if sure else "low")
            if (
                i > 0
                and row[i - 1].possessive
                or not is_word(row, antecedent_start(row, i), *_BACK)
            ):
                return None  # "a report", "its report": brought in here, by no one named
    return None


def _named(text: str, kinds: set[str] | frozenset[str]) -> bool:
    """Does a name end with a document noun of the kind ("the Penrose Review")?"""
    words = text.split()
    return bool(words) and words[-1].casefold() in kinds


def _reported(ctx: Referents, para: Para, offset: int) -> bool:
    """Is the document the subject of a clause a speaker reports ("Baptiste said the report
    described …", "said that the report"): the speaker's reading of it, not the report's?"""
    row = ctx.rows(para.number)[ctx.sentence_index(para, offset)]
    before = [c for c in row if c.start < offset]
    k = len(before) - 1 - is_word(before, len(before) - 1, "that")
    k -= k > 0 and before[k].kind in ("name", "pron") and is_word(before, k - 1, *_TOLD)
    return k >= 0 and before[k].kind == "word" and before[k].text in lx.SAID_FORMS


_TOLD = frozenset({"told", "tells", "telling"})  # "X told Wikinews the ruling showed"


def _rows(ctx: Referents, para: Para, offset: int) -> Iterator[tuple[Para, Sequence[Chunk]]]:
    """This sentence up to `offset`, then every row before it, nearest first."""
    here = ctx.sentence_index(para, offset)
    rows = ctx.rows(para.number)
    if here < len(rows):
        yield para, tuple(c for c in rows[here] if c.start < offset)
    for row in reversed(rows[:here]):
        yield para, row
    for number in range(para.number - 1, 0, -1):
        for row in reversed(ctx.rows(number)):
            yield ctx.paras[number - 1], row
