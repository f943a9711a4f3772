"""Whose is "the letter", "the lawsuit" or "the ruling" when the text tells of its making with
a verb rather than a noun: "the union had written to the minister …. The letter said", "X
sued Y, accusing it of what the lawsuit calls “…”", "X filed a lawsuit …. The complaint, filed
in …, alleges", "the court halted …, ruling that …. “…,” the ruling stated", "X has fined Y
…. The decision, published on Monday, found". The subject of the verb of writing, suing,
ruling or deciding is the document's author. Pure.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who
from generator.extract.rows import antecedent_start, is_comma, verb_at
from generator.extract.suit_filers import suit_filer


class Sentences(Protocol):
    """What of `generator.extract.referents.Referents` this module asks."""

    def subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None: ...
    def clause_subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None: ...
    def sentence_index(self, para: Para, offset: int) -> int: ...
    def rows(self, number: int) -> list[tuple[Chunk, ...]]: ...

    @property
    def paras(self) -> tuple[Para, ...]: ...


# The verb that makes each kind of document; "written" and "wrote" only with "to" after
# ("had written to the minister"), not "wrote that" of a column or a post.
_LETTERS = lx.words("letter")
_SUITS = lx.words("lawsuit suit complaint")
_WRITING = lx.words("wrote written writes")
_SUING = lx.words("sued sues filed files")  # "filed" only before a suit: "filed a lawsuit"
_RULINGS = lx.words("ruling judgment judgement verdict decision")
_RULING = lx.words("ruled rules ruling")  # "ruled that", ", ruling that": a court's act
# A body's act of deciding on a case with its object after it ("has fined X", "annulled the
# result", "dismissed the petition"): the decision it hands down is the ruling read later.
_DECIDING = lx.words(
    """fined annulled upheld quashed overturned struck ordered suspended revoked banned
    barred granted blocked halted cleared acquitted convicted sentenced disqualified
    declared stayed restrained censured invalidated nullified reinstated"""
)
# Acts of refusing that are as often a reply as a ruling ("X dismissed the claims as …"):
# a ruling's only on a case brought ("dismissed the petition", "rejected the appeal").
_REFUSING = lx.words("dismissed rejected refused")
_CASES = lx.words("petition petitions appeal appeals case suit lawsuit application bid motion")
_PASSIVE = lx.words("was were been be being is are")
_AUXILIARIES = lx.words("had has have also already previously earlier")


def act_author(ctx: Sentences, para: Para, offset: int, noun: str) -> Who | None:
    """The author of "the <noun>" at `offset` that an earlier verb made ("had written to",
    "sued"): the verb's subject, in the nearest sentence (this one before `offset`, then
    this paragraph's and the two before; for a suit, only this one) that holds such a verb;
    None when that sentence has two authors, or when a sentence in between brings in
    another such document."""
    verbs = _WRITING if noun in _LETTERS else _SUING if noun in _SUITS else None
    verbs = _RULING if noun in _RULINGS else verbs
    if verbs is None:
        return None
    for where, row in rows_back(ctx, para, offset, 2 if verbs is _WRITING else 3):
        far = verbs is _SUING and where.number != para.number  # "X sued Y …." a paragraph
        filer = suit_filer(row) if verbs is _SUING else None  # "The lawsuit, filed … by X,"
        if filer is not None and filer.key is not None:
            return Who(filer.key, "low" if far else "high")
        acts = [i for i, c in enumerate(row) if is_word(row, i, *verbs) and _made(row, i, verbs)]
        if verbs is _RULING:
            decided = [i for i in range(len(row)) if _decided(row, i) and not _earlier(row, i)]
            if any(_on_document(row, i) for i in decided):
                return None  # "set aside a decision by X", "annulled a tax ruling": whose?
            acts += decided  # (not "The High Court had dismissed their application": before)
        if not acts:
            if _another(row, noun) or (verbs is _SUING and _filed_by(row)):
                return None  # "… received a second letter. The letter said": not the one
            continue  # written before
        found = {who.key for i in acts if (who := _actor(ctx, row, i, where))}
        keys = {k for k in found if k is not None}
        if len(keys) != 1 or len(found) != 1:
            return None
        return Who(keys.pop(), "low" if far else "high")  # before: a guess (the complaint's
        # reported clause may quote others, or name things: "Z's “endless feed”")
    return None


def _made(row: Sequence[Chunk], i: int, verbs: frozenset[str]) -> bool:
    """Is the verb at `i` the making of the document: "written to", "sued X", "filed a
    lawsuit", "ruled that", ", ruling that"?"""
    if verbs is _WRITING:
        return is_word(row, i + 1, "to")
    if verbs is _RULING:  # ", ruling that"; not "a ruling that", "the court's ruling that"
        return is_word(row, i + 1, "that") and (row[i].text != "ruling" or is_comma(row, i - 1))
    if is_word(row, i, "filed", "files"):  # "filed a wrongful death suit", "filed the lawsuit"
        suit = any(is_word(row, m, *_SUITS) for m in range(i + 2, min(i + 5, len(row))))
        return suit and is_word(row, i + 1, "a", "an", "the") and not is_word(row, i - 1, *_PASSIVE)
    passive = is_word(row, i - 1, *_PASSIVE) or is_word(row, i + 1, "by")  # "was sued by"
    return i + 1 < len(row) and row[i + 1].kind in ("word", "name") and not passive


def _decided(row: Sequence[Chunk], i: int) -> bool:
    """Is the word at `i` an active act of deciding with its object right after it ("fined
    Orbelle", "annulled the result"), not a passive ("was fined", "fined by")?"""
    if is_word(row, i - 1, *_PASSIVE, "be") or is_word(row, i + 1, "by") or i + 1 >= len(row):
        return False
    if is_word(row, i, *_REFUSING):  # "dismissed the petition filed by X", not "the claims"
        plain = is_word(row, i + 1, "the", "a", "an", "its", "their")
        return plain and is_word(row, i + 2, *_CASES)
    return is_word(row, i, *_DECIDING) and row[i + 1].kind in ("word", "name")


def _on_document(row: Sequence[Chunk], i: int) -> bool:
    """Does the act at `i` fall on a document of its own ("quashed a decision by", "annulled
    a tax ruling granted …"): the ruling after may be either one."""
    return any(is_word(row, m, *_RULINGS, "order") for m in range(i + 1, min(i + 5, len(row))))


def _earlier(row: Sequence[Chunk], i: int) -> bool:
    """Is the act at `i` in the pluperfect ("had dismissed", "had earlier quashed"): a
    ruling before the one the story tells?"""
    return any(is_word(row, m, "had") for m in range(_aux(row, i), i))


def _actor(ctx: Sentences, row: Sequence[Chunk], i: int, where: Para) -> Who | None:
    """The subject of the act at `i`: the clause's for ", ruling that", else the verb's."""
    if row[i].text == "ruling":
        return ctx.clause_subject(row, i, where)
    return ctx.subject(row, _aux(row, i), where)


def _filed_by(row: Sequence[Chunk]) -> bool:
    """Does the row name who filed a suit with "by" ("The class action, filed in federal
    court by the X Fund, says")? Then a suit of the row's own, not the one sued over before."""
    for i, c in enumerate(row):
        if c.kind == "word" and c.text in _FILING:
            by = next((m for m in range(i + 1, min(i + 8, len(row))) if is_word(row, m, "by")), -1)
            if by > 0 and any(x.kind == "name" for x in row[by + 1 : by + 6]):
                return True
    return False


_FILING = lx.words("filed brought lodged")


def reported_body(row: Sequence[Chunk], j: int, who: Who | None) -> str | None:
    """ "The complaint … alleges that Kestrel Inc. has sold …, often citing “…”": a body that
    is the subject of the reported clause of a document subject may be the "-ing" clause's
    subject as much as the document's author: that body's key (unclear), else None."""
    for k in range(j - 2, 1, -1):
        m = row[k].mention
        if row[k].kind != "name" or m is None or m.kind != "organisation" or row[k].possessive:
            continue
        said = is_word(row, k - 1, "that") and sp.VERB_FORMS.get(row[k - 2].text) == "finite"
        if said and who is not None and who.key != m.key and row[k + 1].kind == "word":
            doc = is_word(row, 0, "the") and any(is_word(row, d, *_DOCUMENTS) for d in (1, 2, 3))
            return m.key if doc and any(verb_at(row, v) for v in (k + 1, k + 2)) else None
    return None  # (the document the sentence's subject: "The 62-page complaint, filed …,")


_DOCUMENTS = _SUITS | lx.words("petition filing")


def _aux(row: Sequence[Chunk], i: int) -> int:
    """The first of the auxiliaries and adverbs before the verb at `i` ("had also written")."""
    while i > 0 and is_word(row, i - 1, *_AUXILIARIES):
        i -= 1
    return i


def _another(row: Sequence[Chunk], noun: str) -> bool:
    """Does the row bring in a document of the kind with "a"/"an" ("a second letter")?"""
    return any(
        c.kind == "word"
        and c.text == noun
        and any(is_word(row, m, "a", "an", "another") for m in range(max(0, i - 3), i))
        for i, c in enumerate(row)
    )


def rows_back(
    ctx: Sentences, para: Para, offset: int, back: int, own: bool = True
) -> Iterator[tuple[Para, Sequence[Chunk]]]:
    """This sentence up to `offset` (with `own`), then the rows before it: its own
    paragraph's, then the `back` paragraphs before."""
    here = ctx.sentence_index(para, offset)
    rows = ctx.rows(para.number)
    if own and here < len(rows):
        yield para, tuple(c for c in rows[here] if c.start < offset)
    for row in reversed(rows[:here]):
        yield para, row
    for number in range(para.number - 1, max(0, para.number - 1 - back), -1):
        for row in reversed(ctx.rows(number)):
            yield ctx.paras[number - 1], row


# A court's acts on another's document: "set aside a decision by X", "overturned the order of".
_REVIEWING = lx.words(
    """overturned overturning quashed quashing reversed reversing upheld upholding annulled
    aside against appealed appealing challenged challenging"""
)


def under_review(row: Sequence[Chunk], i: int) -> bool:
    """Is the document at `i` ("a decision by the Board") the object of an act of review
    ("The court set aside a decision by X"): "the decision" after it may be the court's own."""
    return is_word(row, antecedent_start(row, i) - 1, *_REVIEWING)
