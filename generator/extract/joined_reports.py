"""A verb joined by "and" to the pluperfect of a clause someone reports, when that clause's
subject is a name, a role with a name beside it, or a pronoun: "who said Mr Tolliver had
rung him … and once told him the rezoning was “…”", "said the chief executive, Warwick
Tolhurst, had told her … and asked her to “…”", "heard that Raman's line manager, Gareth
Pyle, had described her … and had told her …". The joined verb shares the reported clause's
subject, never the reporter's: the named person, or "speaker unclear" for a pronoun of the
other gender ("He said she had described … and told another …"). `joined_report`. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.attribution import Context
from generator.extract.clauses import Chunk, is_word, skip_adverbs_left
from generator.extract.document import Para
from generator.extract.phrases import Who
from generator.extract.rows import verb_at
from generator.extract.subject_shapes import reported_subject

_REPORTING = lx.SAID_FORMS | lx.words("heard testified claimed alleged recalled")
_OTHER_GENDER = {"he": "she", "she": "he"}
_OBJECTS = lx.words("him her them me us")


def joined_report(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """The subject of the reported clause whose "had" + participle the verb at `j` is joined
    to by "and" (no comma before it), when the reporter is someone else; None when the
    shape is not there."""
    a, _ = skip_adverbs_left(row, j - 1)  # past "once", "had", "later"
    if not is_word(row, a, "and") or a < 4 or row[a - 1].text.rstrip().endswith(","):
        return None  # (also "the delay was “purely technical,” and asked": the reporter's)
    for said in range(a - 2, 0, -1):  # the nearest reporting verb whose clause fits
        if not (is_word(row, said, *_REPORTING) and verb_at(row, said)):
            continue
        if any(c.kind == "punct" and c.text in {";", ":"} for c in row[said:a]):
            return None
        subject, v = _subject(row, _past_adjunct(row, reported_subject(row, said, a), a), a)
        if subject is not None and is_word(row, v, "had") and v + 1 < a:
            break
    else:
        return None
    if row[v + 1].kind != "word" or any(
        is_word(row, m, *_REPORTING) and verb_at(row, m) for m in range(v + 2, a)
    ):
        return None  # "said Y had … that Z said … and told": too deep to tell
    outer = ctx.subject(row, said, para)
    if subject.kind == "pron":
        reporter = _pronoun(row, said)
        if reporter is None or _OTHER_GENDER.get(reporter) != subject.text.casefold():
            return None  # "She said she had … and told": the reporter herself, maybe
        return Who(None, "low", "a reported clause's subject")
    mention = subject.mention
    if mention is None or mention.kind != "person":
        return None
    if a == j - 1 and not is_word(row, j + 1, *_OBJECTS):
        return None  # "said Chirwa had won “…” and accused the ARP": maybe the reporter's;
        # not "had rung him … and once told him", "had told her … and asked her to"
    if outer is not None and outer.key == mention.key:
        return None
    return Who(mention.key, "high")


def _subject(row: Sequence[Chunk], n: int, a: int) -> tuple[Chunk | None, int]:
    """The name or pronoun that is the subject of a clause opening at `n` (a name, "Mr X",
    or a role with the name beside it between commas: "the chief executive, X,", "Raman's
    line manager, X,"), and the index of its verb."""
    if n >= a:
        return None, a
    c = row[n]
    if c.kind == "pron" and c.text.casefold() in _OTHER_GENDER:
        return c, n + 1
    if c.kind == "name" and not c.possessive:
        close = _closing_comma(row, n + 1, a) if is_word(row, n + 2, *_APPOSED) else -1
        return c, (close + 1 if close >= 0 else n + 1)  # "X, then adviser to Y, had said"
    # a role, then its holder's name between commas
    comma = next((m for m in range(n, min(a, n + 7)) if row[m].text == ","), -1)
    if comma < 0 or any(
        x.kind not in ("word", "name") or (x.kind == "name" and not x.possessive)
        for x in row[n:comma]
    ):
        return None, a
    if not (comma + 2 < a and row[comma + 1].kind == "name" and row[comma + 2].text == ","):
        return None, a
    return row[comma + 1], comma + 3


def _pronoun(row: Sequence[Chunk], said: int) -> str | None:
    """The reporter when a pronoun just before the reporting verb is its subject."""
    k, _ = skip_adverbs_left(row, said - 1)
    if k >= 0 and row[k].kind == "pron":
        return row[k].text.casefold()
    return None


# Words that open a fronted adjunct of a reported clause ("that at a meeting in March, X
# had said"), and the role words an appositive after its subject's name opens with ("X,
# then special adviser to the minister, had said").
_ADJUNCT_OPENERS = lx.words("at in on during after before")
_APPOSED = lx.words("then now later formerly a an the his her its their")


def _closing_comma(row: Sequence[Chunk], n: int, a: int, opened: bool = True) -> int:
    """The comma closing the phrase that opens at `n` (with a comma there when `opened`):
    only words and names between (no verb, no quotation), at most twelve chunks on, before
    `a`; or -1."""
    if n >= a or (opened and row[n].text != ","):
        return -1
    for m in range(n + 1, min(a, n + 13)):
        if row[m].text == ",":
            return m if m > n + 1 else -1
        if row[m].kind not in ("word", "name", "num") or verb_at(row, m):
            return -1
    return -1


def _past_adjunct(row: Sequence[Chunk], n: int, a: int) -> int:
    """Past a fronted adjunct of place or time and its comma ("that at a meeting in
    Government Buildings in March 2021, X had said") to the clause's subject; else `n`."""
    if not is_word(row, n, *_ADJUNCT_OPENERS):
        return n
    close = _closing_comma(row, n - 1, a) if n and row[n - 1].text == "," else -1
    close = close if close >= 0 else _closing_comma(row, n, a, opened=False)
    return close + 1 if close >= 0 else n
