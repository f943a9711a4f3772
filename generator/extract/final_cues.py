"""The reporting verb after a quotation at the end of its sentence, for `cues.find_cue`:
`final` (`The "15-minute city" idea has drawn "conspiracy theories", Lee said.`, `“…,” his
spokeswoman, Talia Brandt, said in an email`), and a finding that closes the sentence (`… was
"not justified" once the car crossed the line, the Conduct Authority has found.`, `…, a
review by HM Inspectorate of Probation has found.`). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.attribution import COORDINATED, Context
from generator.extract.clauses import Chunk, commas, is_word
from generator.extract.document import Para
from generator.extract.documents import closing_author
from generator.extract.long_asides import across_aside
from generator.extract.phrases import Who, parse
from generator.extract.rows import verb_at
from generator.extract.verb_cues import Cue


def _no_inverted_subject(row: Sequence[Chunk], v: int) -> bool:
    """After a comma, "said in an email" has no subject after its verb: the subject is
    before the comma ("…, his spokeswoman, Talia Brandt, said in an email")."""
    after = row[v + 1] if v + 1 < len(row) else None
    named_before = v >= 2 and row[v - 2].kind == "name"
    end = next((m for m in range(v + 1, len(row)) if row[m].text == ","), len(row))
    if any(is_word(row, m, "that") or verb_at(row, m) for m in range(v + 1, end)):
        return False  # "…, the monitor, X, reported in February that officers had failed"
    return named_before and (
        after is None or after.kind == "punct" or is_word(row, v + 1, *_ADJUNCT_OPENERS)
    )


_ADJUNCT_OPENERS = frozenset({"in", "on", "at", "during", "via", "through", "by", "after"})


def final(ctx: Context, para: Para, row: Sequence[Chunk], qi: int) -> Cue | None:
    """`The "15-minute city" idea has drawn "conspiracy theories", Lee said.`"""
    for k in reversed(commas(row, qi + 1, len(row))):
        seg = row[k + 1 :]
        first = seg[0] if seg else None
        if first is None:
            continue
        if first.kind == "word" and first.text in {"as", "in", "on", "at", "adding", "while"}:
            continue  # an adjunct after the cue: look further left
        if first.kind == "word" and first.text in {"and", "but"}:
            continue  # "…, the Commission said Thursday, and remedies …": a second clause
        if _authored(row, k + 1) and (by := closing_author(row, k + 1)) is not None:
            return Cue(Who(by[0].key, "high"), row[by[1]].text)  # "…, a review by X has found."
        v = k + 1
        while v < len(row) and v - k < 12:
            x = row[v]
            if x.kind == "quote":
                return None
            if is_word(row, v, *_FOUND) and _found_closes(row, k, v):
                finder = ctx.subject(row, v, para)
                words = para.text[row[k + 1].start : x.end]
                if finder is None or finder is COORDINATED:
                    finder = Who(None, "low", words)
                return Cue(finder, words)
            if x.kind == "word" and sp.VERB_FORMS.get(x.text) == "finite":
                told = x.text in {"told", "tells"}  # "…, his wife, Salma Gharbi, told Al
                if v == k + 1 and told:  # Jazeera": not inverted; the listener is no subject
                    break
                if is_word(row, v + 1, "as") and v + 2 < len(row) and row[v + 2].kind == "quote":
                    return None  # "for “…”, a verdict his party denounced as “…”": its own
                the = int(is_word(row, v + 1, "the"))  # "told the BBC by phone"
                heard = v + 1 + the < len(row) and row[v + 1 + the].kind in ("name", "pron")
                listener = 1 + the if told and heard else 0
                if not _ends_sentence(row, v + 1 + listener, inverted=v == k + 1):
                    return None  # "…, Lee said the board had changed": a main clause
                if v == k + 1 and _no_inverted_subject(row, v):
                    break  # "…, his spokeswoman, Talia Brandt, said in an email": further left
                if v == k + 1:
                    phrase = parse(row, v + 1, len(row), para.text)
                    who = ctx.resolve(phrase, para, x.start)
                    if who is None:  # "“…,” Rep. X, a Democrat who sponsored the bill, said"
                        who = across_aside(ctx, row, v, para)
                elif is_word(row, v - 1, *lx.BE_FORMS):  # "…, the watchdog has been told":
                    who = None  # the listener; whoever told it is not named here
                else:
                    who = ctx.subject(row, v, para)
                    who = None if who is COORDINATED else who
                    who = who or _closing_subject(ctx, para, row, k, v)
                words = para.text[row[k + 1].start : x.end]
                return Cue(who or Who(None, "low", words), words)
            v += 1
        else:
            return None  # a "told" that is not inverted looks to the comma before
    return None


_FOUND = lx.words("found finds")


def _authored(row: Sequence[Chunk], k: int) -> bool:
    """ "a review by X", "an inquiry led by X" at `k`: "a"/"an", a document noun (or "led",
    "conducted") right before "by", no possessive ("a letter seen by Reuters", "a report by
    Northern Ireland's … watchdog": no author named)."""
    if not is_word(row, k, "a", "an"):
        return False
    by = next((m for m in range(k + 2, min(k + 9, len(row))) if is_word(row, m, "by")), -1)
    before = row[by - 1].text if by > 0 else ""
    if before not in sp.DOCUMENT_NOUNS and before not in {"led", "conducted"}:
        return False
    return not any(c.possessive for c in row[k : min(len(row), by + 8)])


def _found_closes(row: Sequence[Chunk], k: int, v: int) -> bool:
    """Is the "found" at `v` the active verb of the last clause (after the comma at `k`),
    with a name as its subject right before it and nothing after it ("…, the Harbour Safety
    Authority has found.")? Not "…, and the body was found.", nor "…, the committee's
    report found." (a document's maker is `documents`'), nor "…, the Chief Ombudsman has
    found" (an office read as a body)."""
    s = v - 1 - is_word(row, v - 1, "has", "have", "had")
    subject = row[s] if s > k else None
    if subject is None or subject.kind != "name" or subject.possessive or subject.mention is None:
        return False
    if subject.text.split()[-1].casefold() in lx.ROLE_NOUNS and subject.mention.kind != "person":
        return False
    if any(verb_at(row, m) and not is_word(row, m, "has", "have", "had") for m in range(k + 1, v)):
        return False
    return all(c.kind == "punct" for c in row[v + 1 :])


_ADJUNCTS = lx.words(
    """on in at as after before during while today yesterday tonight afterwards later
    recently earlier also again then this last monday tuesday wednesday thursday friday by
    saturday sunday adding referring speaking"""
)


def _ends_sentence(row: Sequence[Chunk], k: int, inverted: bool) -> bool:
    """Is all that follows a final reporting verb an adjunct ("on Monday", "as a guest on
    …", "in a statement") — or, inverted, its subject and adjuncts?"""
    if inverted:
        while (
            k < len(row)
            and row[k].kind in ("name", "word", "num")
            and (row[k].text not in _ADJUNCTS)
        ):
            k += 1
    if k + 1 < len(row) and row[k].text == "," and is_word(row, k + 1, "and", "but"):
        return True  # "…, the Commission said Thursday, and remedies … fell short"
    while k < len(row) and row[k].kind == "punct":
        k += 1
    return k >= len(row) or (row[k].kind == "word" and row[k].text in _ADJUNCTS)


def _closing_subject(ctx: Context, para: Para, row: Sequence[Chunk], k: int, v: int) -> Who | None:
    """ "“…” of the bribe, £40,000 in cash, in a cafe, the bureau said.": when the subject
    reader finds nobody (it reads the description back across the commas, with the "of"
    phrase before them), the subject of a closing reporting clause is all between its last
    comma and its verb. Only a plain "the <noun>" (no name, capital or possessive in it),
    read as the same description opening a sentence would be (`Context.resolve`: the one
    body or person it can stand for); anything it cannot name stays unclear."""
    end = v - is_word(row, v - 1, "has", "have", "had")
    seg = row[k + 1 : end]
    if not 2 <= len(seg) <= 3 or not is_word(row, k + 1, "the"):
        return None
    if any(c.kind != "word" or c.possessive or c.capital for c in seg[1:]):
        return None
    who = ctx.resolve(parse(row, k + 1, end, para.text), para, row[k + 1].start)
    return who if who is not None and who.key is not None else None
