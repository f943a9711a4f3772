"""Whose is "the report", "the decision" or "the letter" that a sentence names with "the"
and nothing else: the one an earlier sentence gave an owner or an author ("the authority's
decision", "a report published yesterday by the UK's Rail Safety Inspectorate", "X wrote to
the minister"); and `issued_before`, the author of a document the sentence before issued
("X issued a statement. “…,” it said"); and `closing_author`, the author of a document
"by" whom a sentence closes ("…, an audit by X has found."). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from generator.extract import document_makers as dm
from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.cue_scope import after_comma_by
from generator.extract.document import Para
from generator.extract.document_acts import rows_back, under_review
from generator.extract.document_makers import made_by, maker_word, role_named, source_at, written_by
from generator.extract.names import NameMention
from generator.extract.opened_documents import opened_maker
from generator.extract.phrases import Phrase, Who, parse
from generator.extract.rows import antecedent_start, verb_at

# Marker `subject` returns for a verb that shares an earlier verb's subject ("rejected the
# report and said"): the subject is the clause's (`attribution.Context.clause_subject`).
COORDINATED = Who(None, "low", "(coordinated verb)")


class Spoken(Protocol):
    """A speaker `discourse.Discourse` noted in a sentence."""

    @property
    def key(self) -> str: ...

    @property
    def sure(self) -> bool: ...


class Sentences(Protocol):
    """What of `generator.extract.discourse.Discourse` `issued_before` asks."""

    def previous_row(self, para: Para, offset: int) -> tuple[Para, tuple[Chunk, ...]]: ...
    def subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None: ...
    def clause_subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None: ...
    def sentence_index(self, para: Para, offset: int) -> int: ...
    def speakers(self, paragraph: int, sentence: int) -> Sequence[Spoken]: ...
    def rows(self, number: int) -> list[tuple[Chunk, ...]]: ...


class Referents(Sentences, Protocol):
    """What of `generator.extract.referents.Referents` this module asks."""

    def owner(self, phrase: Phrase | None, para: Para, offset: int) -> Who | None: ...

    @property
    def paras(self) -> tuple[Para, ...]: ...


_WROTE = frozenset({"wrote", "writes", "emailed"})
_WRITTEN = frozenset({"letter", "email", "message", "note"})


def earlier_author(ctx: Referents, para: Para, offset: int, noun: str) -> Who | None:
    """The owner or author of the `noun` ("report") an earlier sentence names: the sentence
    before, then, for "<noun> … by X", the sentences of this paragraph and the two before."""
    where, row = ctx.previous_row(para, offset)
    for i, c in enumerate(row):
        if c.kind == "word" and c.text in _WROTE and noun in _WRITTEN:
            writer = ctx.subject(row, i, where)  # "X wrote to the prime minister …. The
            if writer is not None and writer.key is not None:  # letter said"
                return writer
        if c.kind == "word" and c.text == noun and i > 0 and row[i - 1].possessive:
            document = parse(row, antecedent_start(row, i), i + 1, where.text)
            return ctx.owner(document.possessor_phrase, where, c.start)
    for where, earlier in rows_back(ctx, para, offset, 2, own=False):
        unread = False  # "an audit released by <unread>", "a letter he showed": no older author
        for i, c in enumerate(earlier):
            generic = noun == "document" and c.text in sp.DOCUMENT_NOUNS  # "a summary … The
            generic = generic or (noun == "report" and c.text in REPORTED)  # document said";
            if c.kind != "word" or (c.text != noun and not generic):  # "The audit, released
                continue  # by X, found …. The report described"
            author = None if under_review(earlier, i) else author_at(ctx, earlier, i, where)
            if author is not None:
                return author
            a = antecedent_start(earlier, i)  # ("a letter", not "a preliminary report")
            fresh = c.text != noun or a == i - 1 or is_word(earlier, i + 1, "to")  # "a separate
            unread = unread or (is_word(earlier, a, "a", "an") and fresh)  # report to X"
        if unread:
            return None
    return None


def author_at(ctx: Referents, row: Sequence[Chunk], i: int, where: Para) -> Who | None:
    """The author the row gives the document at `i`: "by X", "X published its report"."""
    return _by(row, i) or _issued(ctx, row, i, where) or _named_before(row, i) or made_by(row, i)


REPORTED = frozenset({"audit", "review", "inspection", "investigation", "inquiry", "study"})


# What an author does with the document it wrote: "X published its final report", "X sent a
# letter to", "X argued in a federal complaint that", "In its decision, X found".
_ISSUED = sp.ISSUING_VERBS | {"publishes", "filed", "submitted", "lodged", "signed", "signs"}
_OWN = frozenset({"its", "their", "his", "her", "a", "an"})  # "In his 38-page judgment,"
_NOT_OWN = lx.words("the to of for on about with from")


def _issued(ctx: Referents, row: Sequence[Chunk], i: int, where: Para) -> Who | None:
    """The author of the document at chunk `i` when the sentence has it publish, send or
    file it ("published its final report", "sent a letter to") or speak in it ("arguing in a
    federal complaint", "In its decision, the authority found"): the verb's subject."""
    d = i - 1
    while d >= 0 and row[d].kind in ("word", "num") and row[d].text not in _OWN and i - d <= 3:
        if row[d].text in _NOT_OWN:
            return None  # "her introduction to the report": not her report
        d -= 1  # past "final", "23-page", "federal"
    if not is_word(row, d, *_OWN):
        return None
    if is_word(row, d - 1, "to") and is_word(row, d - 2, "according"):
        verb = dm.finder(row, d - 2)  # "X has found that …, according to an audit published"
    elif is_word(row, d - 1, *_ISSUED):
        verb = d - 1
    elif is_word(row, d - 1, "in") and d - 1 == 0:  # "In its decision, the authority found",
        comma = next((k for k in range(i, len(row)) if row[k].text == ","), i)  # "In a report
        verb = next(  # released …, the X said"; not "In a letter to the PM, Y, released by his
            (k for k in range(comma + 1, len(row)) if _finite(row[k]) and not _aside(row, k)), -1
        )  # office, the MP wrote": Y is written to
    elif is_word(row, d - 1, "in") and d >= 2 and row[d - 2].kind == "word":
        verb = d - 2  # "arguing in a federal complaint", "said in its report"
        if not _finite(row[verb]) and sp.VERB_FORMS.get(row[verb].text) is None:
            verb = next((k for k in range(d - 2, -1, -1) if _finite(row[k])), -1)  # "announced
            # the ban Thursday evening in a statement", "the union had set out its concerns in"
    else:
        return None
    if verb < 0:
        return None
    writer = ctx.subject(row, verb, where)
    return writer if writer is not None and writer.key is not None else None


def _aside(row: Sequence[Chunk], k: int) -> bool:
    """Is the "-ed" word at `k` a participle set off by a comma ("…, released by his office")?"""
    dated = row[k - 1].text == "," and is_word(row, k + 1, "on", "in", "last", "earlier", "this")
    return row[k].text.endswith("ed") and (after_comma_by(row, k) or dated)  # ", published on"


def _finite(c: Chunk) -> bool:
    return c.kind == "word" and (
        sp.VERB_FORMS.get(c.text) == "finite"
        or c.text in sp.IRREGULAR_PAST
        or (c.text.endswith("ed") and len(c.text) > 4)
    )


def sent_by(row: Sequence[Chunk], j: int) -> Who | None:
    """The author "by X" gives the document that is the subject of the verb at `j` ("an
    email sent by the casino's head of compliance, Marcus Tey, in 2023 had flagged")."""
    for i in range(j - 1, max(-1, j - 20), -1):
        verb = row[i].kind == "word" and verb_at(row, i) and i < j - 2
        if (row[i].kind == "quote" or verb) and not is_word(row, i, *_SENDING):
            return None  # another clause's verb: not this document's
        if row[i].kind == "word" and row[i].text in sp.DOCUMENT_NOUNS:
            return _by(row, i)
    return None


_SENDING = frozenset({"sent", "written", "signed", "had", "has"})
_ORDERING = lx.words("giving ordering directing instructing requiring")


def ordered_by(row: Sequence[Chunk], j: int, qi: int) -> Who | None:
    """ "a letter from X giving it 14 days to “…”", "a notice from X ordering the club to
    “…”": the document at `j` orders what the quotation says; its sender's words."""
    n = source_at(row, j)
    named = row[n].mention if 0 <= n < qi else None
    if named is None or row[n].possessive or not is_word(row, n + 1, *_ORDERING):
        return None
    plain = all(c.kind in ("word", "num", "pron", "name") for c in row[n + 2 : qi])
    if not plain or not is_word(row, qi - 1, "to"):
        return None
    return None if any(verb_at(row, m) for m in range(n + 2, qi)) else Who(named.key, "high")


def _named_before(row: Sequence[Chunk], i: int) -> Who | None:
    """ "a CSA report published on Thursday", "a Health Information and Quality Authority
    (Hiqa) report": the body named right before the document."""
    i -= 3 if i > 3 and row[i - 1].text == ")" and row[i - 3].text == "(" else 0
    mention = row[i - 1].mention if i > 0 and row[i - 1].kind == "name" else None
    return Who(mention.key, "high") if mention and mention.kind == "organisation" else None


def _by(row: Sequence[Chunk], i: int) -> Who | None:
    """ "a report by X", "a report published yesterday by the UK's X (RSI)", "a statement
    from X": X."""
    by = next((m for m in range(i + 1, min(i + 5, len(row))) if maker_word(row, i, m)), -1)
    if by > 0 and is_word(row, by - 1, *_NOT_AUTHORED):
        return None  # "a briefing note obtained by The Globe and Mail": not its author
    if by < 0 or any(c.kind in ("punct", "quote") for c in row[i + 1 : by]):
        return _writer(row, written_by(row, i))  # "The report, commissioned by X and
    if is_word(row, by - 1, *_COMMISSIONING):  # written by the Cleveland law firm Y,"
        return None  # "a review commissioned by the council": not its writer
    firm = next((m for m in range(by + 2, min(by + 6, len(row))) if row[m].kind != "word"), -1)
    named = row[firm].mention if firm > 0 and row[firm].kind == "name" else None
    described = is_word(row, by + 1, "the") and row[firm - 1].text in _FIRM_NOUNS
    if named is not None and described and not row[firm].possessive:
        return Who(named.key, "high")  # "an audit by the accounting firm X": X
    for k in range(by + 1, min(by + 4, len(row))):
        c = row[k]
        if c.kind == "name" and c.mention is not None and not c.possessive:
            named = _titled(row, k) or c.mention  # "by Toronto auditor general X": X
            return role_named(row, by + 1) or Who(named.key, "high")  # not the M.T.A. in
            # "by the M.T.A. inspector general, Dolores Whitcombe,": the person named
        if c.kind not in ("word", "name") or not (c.possessive or c.text in _BEFORE_NAME):
            return role_named(row, by + 1) or dm.role_titled(row, by + 1)  # "by the UK's Rail
    return None  # Safety Inspectorate": past "the" and "UK's"


# "by the state Office of …", "by the provincial X", "by the Kampala-based X"
_BEFORE_NAME = lx.words("the state provincial federal national regional county city")


def _titled(row: Sequence[Chunk], k: int) -> NameMention | None:
    """The person a name at `k` and lowercase role words lead up to ("Toronto auditor
    general Nadia Ferreira"), else None."""
    m = k + 1
    while m < len(row) and row[m].kind == "word" and row[m].text in lx.ROLE_NOUNS:
        m += 1
    named = row[m].mention if k + 1 < m < len(row) else None
    return named if named is not None and named.kind == "person" else None


_FIRM_NOUNS = lx.GENERIC_ORG_NOUNS | lx.ORG_NOUNS  # "by the accounting firm X", "consultancy"


_NOT_AUTHORED = frozenset({"obtained", "seen", "reviewed", "leaked", "received", "read"})


def _writer(row: Sequence[Chunk], by: int) -> Who | None:
    """The head of the noun phrase after "by" at `by`: its last name ("the Leeds law firm
    Carver Quayle LLP": the firm, not Leeds)."""
    last = None
    for c in row[by + 1 : by + 8] if by >= 0 else ():
        if c.kind not in ("word", "name") or c.text in {"and", "which", "who", "that"}:
            break
        last = c.mention if c.kind == "name" and c.mention is not None else last
    return Who(last.key, "high") if last is not None else None


# "said in a statement", "wrote in his ruling": the document the speaker spoke in.
_IN_A = frozenset({"a", "an", "his", "her", "its", "their"})
_STATEMENTS = frozenset({"response", "reply", "release"})


_THAT_OPENERS = lx.SAID_FORMS | {"and"}


def _reported(row: Sequence[Chunk], i: int) -> bool:
    """Does a reported "that" clause ("said that", "and that") open before chunk `i`?"""
    return any(row[m].text == "that" and row[m - 1].text in _THAT_OPENERS for m in range(1, i))


def issued_before(ctx: Sentences, para: Para, offset: int, noun: str = "") -> Who | None:
    """ "X issued a statement. “…,” it said.": "it" is the statement, whose author is the
    subject of the sentence that issued it; with `noun`, "the memo said" after "telling
    staff in a memo" is the memo the sentence before names, its speaker's."""
    if (opened := opened_maker(ctx, para, offset, noun)) is not None:
        return opened  # "In a letter to X …, the office said … what the letter called"
    where, row = ctx.previous_row(para, offset)
    for i, c in enumerate(row):
        if c.kind == "word" and c.text in sp.DOCUMENT_NOUNS and not c.possessive:
            if noun and c.text != noun and not (noun == "statement" and c.text in _STATEMENTS):
                continue  # "In a written response to VOA, the bank said …. “…,” the statement said"
            issued = any(
                x.kind == "word" and x.text in sp.ISSUING_VERBS for x in row[max(0, i - 4) : i]
            )
            at = next((a for a in (i - 2, i - 3) if a >= 0 and row[a].text == "in"), -1)
            in_a = at >= 0 and row[at + 1].text in _IN_A
            if in_a and row[at - 1].text != "," and _reported(row, i):  # "X said that …
                return None  # managers had been warned … in an audit": not X's audit (but
                # "…, in a report that": the main clause's)
            if in_a:  # "in a memo", "In its recall notice, the agency told"
                said = ctx.speakers(where.number, ctx.sentence_index(where, c.start))
                if said and len({s.key for s in said}) == 1:  # "telling staff in a memo"
                    sure = all(s.sure for s in said)  # a guess stays a guess
                    return Who(said[0].key, "high" if sure else "low")
                if not said and i >= 3 and sp.VERB_FORMS.get(row[i - 3].text) == "finite":
                    issued = True  # "X said in a statement that …": X's statement
                opening = row[0].text == "in" and not said  # "In a written reply to the BBC,
                speaker = _next_speaker(ctx, row, i, where) if opening else None  # X said"
                if speaker is not None:
                    return speaker
            verb = next(
                (v for v in range(i - 1, max(-1, i - 5), -1) if row[v].text in sp.ISSUING_VERBS),
                -1,
            )
            who = ctx.subject(row, verb, where) if verb >= 0 else None  # "said her
            if verb < 0 or who is COORDINATED:  # organization had sent a letter":
                who = ctx.clause_subject(row, i, where)  # the organization's, not hers
            if who is not None and who.key is not None and issued:
                return Who(who.key, "high")
            return None
    return None


def _next_speaker(ctx: Sentences, row: Sequence[Chunk], i: int, where: Para) -> Who | None:
    """The subject of the first verb of saying after chunk `i`, when it names someone."""
    for v in range(i + 1, len(row)):
        if row[v].kind == "word" and sp.VERB_FORMS.get(row[v].text) == "finite":
            if _describes_document(row, v):
                continue  # "In a letter dated … and addressed to X, the network urged"
            who = ctx.subject(row, v, where)
            return who if who is not None and who is not COORDINATED and who.key else None
    return None


_PARTICIPLE_AFTER = frozenset({"to", "by", "on", "in", "at", "from"})


def _describes_document(row: Sequence[Chunk], v: int) -> bool:
    """Is the -ed form at `v` a participle describing the document before it ("dated
    October 23", "addressed to the police chief"), not the next clause's verb?"""
    word = row[v].text
    after = row[v + 1] if v + 1 < len(row) else None
    return word == "dated" or (
        word.endswith("ed") and after is not None and after.text in _PARTICIPLE_AFTER
    )


def commissioned(row: Sequence[Chunk], j: int) -> bool:
    """Is the subject of the finding verb at `j` a document another body commissioned ("an
    independent review commissioned by his department last year had found"): its writer is
    not the one who commissioned it? Or one cited ("citing traffic and a state study that
    found the road “…”": the study's words, not the citer's)?"""
    for k in range(j - 1, max(0, j - 12), -1):
        if row[k].kind != "word" and row[k].kind != "name":
            return _cited(row, j)
        if is_word(row, k, *_COMMISSIONING) and is_word(row, k - 1, *sp.DOCUMENT_NOUNS):
            return is_word(row, k + 1, "by")
    return _cited(row, j)


_COMMISSIONING = lx.words("commissioned ordered requested funded sponsored")
_CITING = lx.words("citing cited cites cite quoting quoted")


def _cited(row: Sequence[Chunk], j: int) -> bool:
    """Is the finding verb at `j` in a relative clause ("a study that found") on a document
    that a verb of citing takes as its object ("citing traffic and a state study")?"""
    if not (is_word(row, j - 1, "that", "which") and is_word(row, j - 2, *sp.DOCUMENT_NOUNS)):
        return False
    for k in range(j - 3, max(-1, j - 16), -1):
        if row[k].kind not in ("word", "name", "num") or is_word(row, k, "that", "which", "who"):
            return False
        if is_word(row, k, *_CITING):
            return True
        if verb_at(row, k):
            return False
    return False


def unnamed_document(row: Sequence[Chunk], j: int) -> int:
    """Where a document opens that is the subject of the finding verb at `j` and whose
    author the text does not name ("after a consultant's report in April found that “…”"),
    or -1: its words are not those of the sentence's speaker."""
    for k in range(j - 1, max(-1, j - 9), -1):
        if row[k].kind not in ("word", "name") or verb_at(row, k) or is_word(row, k, *_CLAUSE):
            return -1
        if row[k].text in sp.DOCUMENT_NOUNS:
            det = [m for m in range(max(0, k - 4), k + 1) if is_word(row, m, *lx.DETERMINERS)]
            return det[-1] if det else k
    return -1


_CLAUSE = lx.words("that which who whom and or but")


def closing_author(row: Sequence[Chunk], k: int) -> tuple[NameMention, int] | None:
    """`… “lost or delayed”, an audit of NHS Forthside by the accountancy firm Harcourt Lyle
    has found.`: a document "by" one named author, opening at `k` with "a"/"an", whose verb
    of finding or saying closes the sentence: the author and the verb's index."""
    doc = any(c.text in sp.DOCUMENT_NOUNS for c in row[k + 1 : k + 3])
    by = next((m for m in range(k + 2, min(k + 9, len(row))) if is_word(row, m, "by")), -1)
    verbs = (m for m in range(by + 1, min(by + 10, len(row))) if verb_at(row, m))
    v = next((m for m in verbs if not is_word(row, m, "has", "have")), -1)  # the first verb
    who = [c.mention for c in row[by + 1 : v] if c.kind == "name" and c.mention is not None]
    if not doc or by < 0 or v < 0 or len(who) != 1 or not is_word(row, v, *_CLOSING):
        return None
    ends = v + 1 >= len(row) or row[v + 1].kind == "punct"
    return (who[0], v) if ends else None


_CLOSING = lx.SAID_FORMS | lx.words("found finds concluded concludes showed shows")
