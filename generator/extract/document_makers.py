"""Who made a document named in an aside: `maker_by(row, k2, i)` finds the "by" of a maker's
participle (", carried out by X,"; ", titled “…” and carried out by X,"), `written_by` the
"by" of "written by", "released Oct. 30 by", `role_titled` the person lowercase role words
after "by"/"from" title ("a report from chief operating officer X to …"), `finder` the verb
of a lede whose subject wrote the document it closes on ("X has found that …, according to
an audit published on …"). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.phrases import PREPOSITIONS, Who
from generator.extract.rows import antecedent_start, verb_at

# Participles that name a document's maker: "The audit, carried out by X, says".
_MAKERS = frozenset(
    {"carried", "conducted", "prepared", "compiled", "produced", "drafted", "written", "issued"}
    | {"filed", "lodged", "submitted", "brought"}
)


def maker_by(row: Sequence[Chunk], k2: int, i: int) -> int:
    """The "by" of a maker's participle in the aside opened by the comma at `k2` and closed
    at `i` (", carried out by X,"; ", titled “…” and carried out by X,"; ", carried out over
    eight months by X"), else -1."""
    made = next((m for m in range(k2 + 1, i) if is_word(row, m, *_MAKERS)), -1)
    if made < 0 or not (made == k2 + 1 or is_word(row, made - 1, "and")):
        return -1
    return next((m for m in range(made, min(i, made + 6)) if is_word(row, m, "by")), -1)


def sent_from(row: Sequence[Chunk], k: int) -> int:
    """Where "a letter from X" starts when the name at `k` is that X, sender of the document
    that speaks ("Another message from Mr X, sent that night, read: “…”"), else -1."""
    f = k - 1 - is_word(row, k - 1, "the")
    sent = row[k].kind == "name" and is_word(row, f, "from")
    return antecedent_start(row, f - 1) if sent and is_word(row, f - 1, *sp.DOCUMENT_NOUNS) else -1


def source_at(row: Sequence[Chunk], k: int) -> int:
    """Where the one a document noun at `k` is from or by is named, right after it ("a
    statement from the Foreign Ministry", "a letter by X"), else -1."""
    m = k + 2 + is_word(row, k + 2, "the")
    named = is_word(row, k, *sp.DOCUMENT_NOUNS) and is_word(row, k + 1, "from", "by")
    return m if named and m < len(row) and row[m].kind == "name" else -1


def read_past(row: Sequence[Chunk], j: int, qi: int) -> int:
    """The chunk after "read" at `j` past "out", "aloud", "in part" …, and past "simply" when
    the subject is a document from a named sender ("A message from X, sent …, read simply:
    “…”"; not "one entry from March read simply", whose author is the one reported)."""
    m = j + 1
    while m < qi and is_word(row, m, "out", "aloud", "from", "in", "part", "full"):
        m += 1
    sender = any(sent_from(row, k) >= 0 for k in range(max(0, j - 12), j))
    return m + 1 if sender and m == j + 1 and is_word(row, m, "simply") else m


def written_by(row: Sequence[Chunk], i: int) -> int:
    """The "by" of "written by" (or "prepared", "compiled" …) in an aside after the
    document at `i`, -1 for none."""
    for m in range(i + 1, min(i + 20, len(row))):
        if row[m].kind == "quote" or (row[m].kind == "punct" and row[m].text != ","):
            return -1
        if is_word(row, m, "by") and _authored(row, m):
            return m
    return -1


def _authored(row: Sequence[Chunk], by: int) -> bool:
    """Does a participle of making open the words before `by` ("written by", "released Oct.
    30 by", "carried out by")?"""
    for m in range(by - 1, max(-1, by - 5), -1):
        if is_word(row, m, *_AUTHORED) or (is_word(row, m, "carried") and m == by - 2):
            return all(c.kind in ("word", "num") for c in row[m + 1 : by])
        if row[m].kind not in ("word", "num") or is_word(row, m, "and", "or", "to"):
            return False  # not "published Tuesday and commissioned by X": not its writer
    return False


_AUTHORED = lx.words("written prepared compiled authored produced conducted drafted")
_AUTHORED |= lx.words("released published issued led")


def maker_word(row: Sequence[Chunk], i: int, m: int) -> bool:
    """Is chunk `m` the "by" or "from" that names the maker of the document at `i`? "from"
    only right after the document or its participle ("a statement from X", "a letter sent
    from X"), not after another noun ("a report found three invoices from X")."""
    if is_word(row, m, "by"):
        return True
    before = row[m - 1].text if m - 1 > i else ""
    return is_word(row, m, "from") and (not before or before.endswith("ed") or before == "sent")


# What a maker does to the document a contact clause hangs on it ("a notice X sent").
_MADE = lx.words("sent wrote issued released published filed signed drafted submitted lodged")


def made_by(row: Sequence[Chunk], i: int) -> Who | None:
    """ "a notice Calder sent to members", "the 62-page complaint X filed": the name right
    after the document noun at `i` whose verb of making follows it, else None."""
    if i + 2 >= len(row) or row[i + 1].kind != "name" or row[i + 1].possessive:
        return None
    named = row[i + 1].mention
    if named is None or not is_word(row, i + 2, *_MADE):
        return None
    return Who(named.key, "high")


def role_named(row: Sequence[Chunk], k: int) -> Who | None:
    """ "an email sent by the casino's then head of compliance, Marcus Tey,": the person a
    role after "by" names, set off by commas; "a report prepared by its consultant, Calder
    Row Advisors.": a body so named when its name ends the clause."""
    ends = (m for m in range(k, min(k + 9, len(row))) if row[m].kind not in ("word", "name"))
    comma = next(ends, -1)
    role = any(row[m].text in lx.ROLE_NOUNS for m in range(k, comma)) if comma > 0 else False
    named = row[comma + 1] if role and row[comma].text == "," and comma + 1 < len(row) else None
    if named is None or named.mention is None:
        return None
    mention = named.mention
    if mention.kind != "person" and (named.possessive or not _ends(row, comma)):
        return None
    return Who(mention.key, "high")


def _ends(row: Sequence[Chunk], comma: int) -> bool:
    """Does the clause end right after the name that follows the comma at `comma` (a full
    stop, a semicolon or the row's end)?"""
    m = comma + 2
    return m >= len(row) or (row[m].kind == "punct" and row[m].text in {".", ";"})


def role_titled(row: Sequence[Chunk], k: int) -> Who | None:
    """ "a report from chief operating officer Sandra Whitcombe to the board": the person
    that lowercase role words right after "by"/"from" (at `k`) title, with no comma."""
    m = k
    while m < min(k + 4, len(row)) and row[m].kind == "word" and row[m].text.islower():
        if row[m].text in _NOT_ROLE or verb_at(row, m) and row[m].text not in lx.ROLE_NOUNS:
            return None
        m += 1
    named = row[m].mention if k < m < len(row) and row[m].kind == "name" else None
    if named is None or named.kind != "person" or row[m].possessive:
        return None
    return Who(named.key, "high") if row[m - 1].text in lx.ROLE_NOUNS else None


_NOT_ROLE = lx.DETERMINERS | PREPOSITIONS | lx.words("and or who which that")


def finder(row: Sequence[Chunk], end: int) -> int:
    """The sentence's first verb before `end` when it is one of finding ("Ukraine's
    Accounting Chamber has found that …, according to an audit"): its subject wrote the
    document the sentence closes on; -1 when another verb comes first or it is said."""
    verb = next((k for k in range(end) if verb_at(row, k) and row[k].text not in _HAVE), -1)
    return verb if is_word(row, verb, *_FINDING) and is_word(row, verb + 1, "that") else -1


_HAVE = lx.words("has have had")
_FINDING = lx.words("found finds concluded concludes")
