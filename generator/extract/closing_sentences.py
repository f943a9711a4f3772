"""The sentence right after a quotation that closes its own sentence (a question or an
exclamation: `“…?” Reuben asked at one point.`), when that sentence is only a subject, a
reporting verb and adjuncts: `Dhoore said by phone from Dhusamareb.`, `Chong asked during
the debate.`, `Madam Rosnah told CNA in Malay.`, `Justice X asked Y early in the argument.`
Also the bare `“…” She added.` (`next_sentence`), the paragraph's next quotation after such
a sentence (`only_attribution`), and a quotation paragraph after "Lee said the …"
(`reported_before`). Pure.

Never when the verb takes a clause or an infinitive ("Reuben asked why …", "said the firm
would …", "asked to speak"), nor a quotation, nor a verb after it: the words that follow are
then the sentence's own report, not the preceding quotation's attribution.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.attribution import COORDINATED, Context
from generator.extract.clauses import Chunk
from generator.extract.document import Para
from generator.extract.rows import verb_at
from generator.extract.verb_cues import Cue


def next_sentence(
    ctx: Context, para: Para, rows: list[tuple[Chunk, ...]], s_index: int, qi: int
) -> Cue | None:
    """`“We were the only country …” She added.`: a sentence of a subject and a reporting
    verb right after a sentence the quotation closes."""
    row = rows[s_index]
    if any(c.kind != "punct" for c in row[qi + 1 :]) or s_index + 1 >= len(rows):
        return None
    following = rows[s_index + 1]
    comma = next((k for k, c in enumerate(following) if c.kind == "punct" and c.text == ","), -1)
    if comma > 0 and _trailing_clause(following[comma + 1 :]):  # `Lee said, drawing applause.`
        following = following[:comma]
    nxt = [c for c in following if c.kind != "punct"]
    if len(nxt) > 2:  # `“…?” Reuben asked at one point.`
        return _adjunct_sentence(ctx, para, row, qi, following)
    if len(nxt) != 2 or nxt[0].kind not in ("name", "pron") or nxt[1].kind != "word":
        return None
    verb = nxt[1].text
    if sp.VERB_FORMS.get(verb) != "finite" and not verb.endswith("ed"):
        return None
    j = following.index(nxt[1])
    who = ctx.subject(following, j, para)
    if who is None or who is COORDINATED:
        return None
    if nxt[0].kind == "pron":  # the pronoun refers back from the quotation, not from here
        who = ctx.pronoun(para, row[qi].start, nxt[0].text, row)
    return Cue(who, para.text[nxt[0].start : nxt[1].end])


def _trailing_clause(rest: Sequence[Chunk]) -> bool:
    """An "-ing" or time clause that closes a sentence ("drawing applause", "before leaving")."""
    first = rest[0] if rest else None
    return (
        first is not None
        and first.kind == "word"
        and (first.text.endswith("ing") or first.text in {"before", "after", "as", "when", "while"})
    )


# Verbs that close an attribution sentence by themselves.
_VERBS = lx.SAID_FORMS | sp.QUESTION_VERBS | lx.words("asked asks replied replies")
# What would make the rest a clause or a question of its own, or an object that is no person.
_CLAUSE_WORDS = lx.words(
    """that whether if why how what who whom which when where while because as so but and or
    nothing little much more otherwise yes no everything something about for"""
)
_SUBJECT_MAX = 6  # chunks before the verb: "state Health Director Marcus Ellery"
_REST_MAX = 10


def _adjunct_sentence(
    ctx: Context, para: Para, row: Sequence[Chunk], qi: int, following: Sequence[Chunk]
) -> Cue | None:
    """The named subject of `following` when it is `SUBJECT VERB [adjuncts].` (see module)."""
    words = [c for c in following if not (c.kind == "punct" and c.text in {".", "!"})]
    j = next((k for k, c in enumerate(words) if c.kind == "word" and c.text in _VERBS), -1)
    if j < 1 or j > _SUBJECT_MAX or len(words) - j - 1 > _REST_MAX:
        return None
    if words[j - 1].kind not in ("name", "pron") or words[j - 1].possessive:
        return None  # "Reuben asked", "she said": the subject right before the verb
    for c in words[:j]:
        if c.kind not in ("name", "pron", "word") or (c.kind == "pron" and c is not words[j - 1]):
            return None
    if any(verb_at(words, k) for k in range(j)):
        return None
    rest = words[j + 1 :]
    for k, c in enumerate(rest):
        if c.kind not in ("word", "name", "pron") or (c.kind == "word" and c.text in _CLAUSE_WORDS):
            return None
        if verb_at(rest, k) or (c.kind == "word" and c.text == "to" and k == 0):
            return None  # "asked to speak", "said the firm would …"
    who = ctx.subject(list(words), j, para)
    if who is None or who is COORDINATED or who.key is None:
        return None
    subject = words[j - 1]
    if subject.kind == "pron":  # the pronoun refers back from the quotation, not from here
        who = ctx.pronoun(para, row[qi].start, subject.text, row)
        if who is None or who.key is None:
            return None
    return Cue(who, para.text[words[0].start : words[j].end])


def only_attribution(between: str, cue: str) -> bool:
    """Is the text between two quotations of a paragraph only the first one's attribution
    sentence (`“…?” Chong asked during the debate. “…”`)? Then the second is theirs too; not
    when another sentence follows it (`Chong asked. Lee replied: “…”`)."""
    text = between.strip(" \"'“”‘’")
    if not cue or not text.startswith(cue):
        return False
    rest = text[len(cue) :].rstrip(" .!")
    return not any(mark in rest for mark in (".", "!", "?", ":", ";", '"', "“", "”"))


_ADJUNCT_STARTS = lx.words(
    """by in on at to from over during via after before early late later today yesterday
    monday tuesday wednesday thursday friday saturday sunday reporters journalists"""
)
_ADJUNCT_MAX = 8


def adjunct_closes(row: Sequence[Chunk], k: int) -> bool:
    """After a closing reporting verb at `k - 1` (`Lim “acted …,” Dhillon said by phone,
    adding …`), do adjuncts alone close the clause: a preposition or a day, then words and
    names with no verb, no clause word, up to a comma or the sentence's end?"""
    if k >= len(row) or row[k].kind != "word" or row[k].text not in _ADJUNCT_STARTS:
        return False
    for m in range(k, min(len(row), k + _ADJUNCT_MAX + 1)):
        c = row[m]
        if c.kind == "punct" and c.text in {",", "."}:
            return True
        if c.kind not in ("word", "name") or (c.kind == "word" and c.text in _CLAUSE_WORDS):
            return False
        if verb_at(row, m):
            return False
    return len(row) <= k + _ADJUNCT_MAX + 1 and row[-1].kind in ("word", "name")


def reported_before(ctx: Context, para: Para) -> str | None:
    """A paragraph that is only a quotation, after a paragraph whose last sentence is a
    person's reported speech with no quotation ("Adjévi said the opposition would return to
    the streets on April 25." then “They can gas us every Thursday …”): that person goes on.
    Not when the reported clause names another person, who could be the one quoted."""
    if para.number < 2:
        return None
    before = ctx.paras[para.number - 2]
    rows = ctx.rows(before.number)
    if not rows or any(c.kind == "quote" for c in rows[-1]):
        return None
    row = rows[-1]
    j = next((k for k, c in enumerate(row) if c.kind == "word" and c.text in lx.SAID_FORMS), -1)
    if j < 1 or any(verb_at(row, k) for k in range(j)):
        return None
    who = ctx.subject(row, j, before)
    if who is None or who is COORDINATED or who.key is None or who.confidence != "high":
        return None
    if ctx.kinds.get(who.key) != "person":
        return None
    others = (c.mention for c in row[j + 1 :] if c.mention is not None)
    if any(m.key != who.key and ctx.kinds.get(m.key) == "person" for m in others):
        return None
    return who.key
