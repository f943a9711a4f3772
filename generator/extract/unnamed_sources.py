"""Words of a speaker the sentence leaves unnamed, though a named speaker's verb stands before
them. First, a speaker the text keeps unnamed on purpose: "A lawyer acting for the firm, who
asked not to be named, said the authority was trying to “…”", "An ACB officer, who asked not
to be named, said the bureau had found “…”", "An aide to the chairperson, who was not
authorised to speak, said X regarded it as “…”". The words in that speaker's reported clause
are the unnamed source's: neither the body the source works for, nor the subject of a verb
inside the clause that says nothing ("found", "regarded … as", "had concluded", "flagged").
A verb of saying inside the clause keeps its own subject ("said Ms X had told colleagues
that it was “…”", "said the Treasurer had assured executives there would be “…”"), and so
does a spokesperson, who speaks for the body ("A company spokesperson, who asked not to be
named, said"). A source unnamed by its very noun is read so, with no anonymity clause: "A
government source said the department hoped to bring the rules into force “…”", "A source
close to the mayor said she regarded the audit as “…”". Second, the agent of a passive verb
of telling, one unnamed person: "was informed by a manager he did not name that the work
was “…”", "described by one superintendent as “…”", "was told by her builder it was “…”"
(not "told by the agency", "by Ann Lee"). Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.phrases import Who
from generator.extract.role_phrases import person_noun

if TYPE_CHECKING:
    from generator.extract.verb_cues import Cue

_OPENERS = lx.words("a an one the two three several")
# Who speaks for a body, singular and plural (also `reported_tellers`).
ANY_SPOKESPEOPLE = lx.SPOKESPEOPLE | lx.words("spokespeople spokesmen spokeswomen representative")
_AGENT_OPENERS = lx.words("a an one her his their my our")
_PASSIVE_TELLING = lx.words(
    "told informed described assured warned advised called branded labelled dubbed termed"
    " instructed"
)
_MAIN = lx.words("said says told tells added adds")
_ANONYMITY = lx.words("anonymity named identified")
_AUTHORISED = lx.words("authorised authorized")
_TOPICS = lx.words("speak comment discuss talk brief")
# Verbs by which a subject inside the reported clause says the words itself.
_SAYING = lx.SAID_FORMS | lx.words(
    "tell tells telling describe described describes describing referred assured asked warned"
    " rejected dismissed called calling accused promised insisted urged pressed"
)
# A source the text leaves unnamed by its very noun: "a government source", "sources close
# to the minister", "a person familiar with the talks".
_SOURCES = lx.words("source sources")
_FAMILIAR = lx.words("person people")
_KNOWING = lx.words("familiar close briefed")
_JOINING = lx.words("while but and whereas")
_NOUN_BEFORE = lx.words("the a an new its their his her our this these those")  # "new rules"


def unnamed_source(row: Sequence[Chunk], qi: int, cue: Cue | None) -> Cue | None:
    """`cue`, unless the quotation at `qi` stands in the reported clause of a source the
    sentence describes and keeps unnamed, and the cue is that source's own verb or a verb
    that says nothing inside its clause: then unclear."""
    if cue is None or cue.who.key is None:
        return cue
    if _unnamed_agent(row, qi):
        return cue.__class__(Who(None, "low", "an unnamed person's words"), cue.words)
    main = _anonymous_main(row, qi)
    if main is None:
        main = _source_main(row, qi)
        if main is None or _says_inside(row, main, qi):
            return cue
    at = next((m for m in range(qi - 1, main - 1, -1) if is_word(row, m, cue.words)), -1)
    if at > main and row[at].text in _SAYING:
        return cue  # "said Ms X had told colleagues …": X's words
    if at < 0 and cue.words not in _MAIN:
        return cue  # a cue found elsewhere (after the quotation, another sentence)
    return cue.__class__(Who(None, "low", "an unnamed source's words"), cue.words)


def _anonymous_main(row: Sequence[Chunk], qi: int) -> int | None:
    """The main verb of saying before `qi` whose subject is a described person with an
    anonymity clause ("…, who asked not to be named, said"), or None."""
    for w in range(1, qi):
        if not (is_word(row, w, "who") and row[w - 1].kind == "punct" and row[w - 1].text == ","):
            continue
        close = next((m for m in range(w + 1, qi) if row[m].kind in ("punct", "quote")), qi)
        if not (row[close].kind == "punct" and row[close].text == ","):
            continue
        clause = {c.text for c in row[w + 1 : close] if c.kind == "word"}
        if not (clause & _ANONYMITY or (clause & _AUTHORISED and clause & _TOPICS)):
            continue
        verb = close + 1 + is_word(row, close + 1, "also", "later")
        if not is_word(row, verb, *_MAIN) or not _described(row, w - 1):
            continue
        return verb
    return None


def _says_inside(row: Sequence[Chunk], main: int, qi: int) -> bool:
    """Does a verb of saying stand in the reported clause between `main` and `qi` ("A person
    familiar with the talks said the ministry had pressed …"): its subject keeps the words."""
    for k in range(main + 1, qi):
        c = row[k]
        finite = sp.VERB_FORMS.get(c.text) == "finite" and not is_word(row, k - 1, *_NOUN_BEFORE)
        if c.kind == "word" and (c.text in _SAYING or finite):
            return True  # "… that Norvik had initially argued the readings were “…”": Norvik's
    return False


def _source_main(row: Sequence[Chunk], qi: int) -> int | None:
    """The first verb of saying before `qi` whose subject is an unnamed source ("A government
    source said", "A person familiar with the talks told Reuters"), or None."""
    for v in range(1, qi):
        if is_word(row, v, *_MAIN) and _source_subject(row, v):
            return v
    return None


def _source_subject(row: Sequence[Chunk], v: int) -> bool:
    """Does the subject right before the verb at `v` name an unnamed source: opened by a
    determiner or the row's start, with "source(s)" or "person/people familiar with" in it,
    and no spokesperson ("a Treasury spokesperson" speaks for the body)?"""
    words: list[str] = []
    for k in range(v - 1, max(-1, v - 12), -1):
        c = row[k]
        if c.kind in ("punct", "quote") or is_word(row, k, *_JOINING):
            break
        words.append(c.text)
    else:
        if v > 11:
            return False  # no start of the subject within reach
    if not words or words[-1] not in _OPENERS and words[-1] not in _SOURCES:
        return False
    if set(words) & ANY_SPOKESPEOPLE:
        return False
    if set(words) & _SOURCES:
        return True
    return any(w in _FAMILIAR and words[i - 1] in _KNOWING for i, w in enumerate(words) if i)


def _described(row: Sequence[Chunk], comma: int) -> bool:
    """Does a description of one or more persons, no spokesperson, end at `comma`: a
    determiner opening it and a person noun in it ("A lawyer acting for the firm", "An
    official of the agency (PDEA)", "The head of an observer mission")?"""
    k = comma - 1
    start = -1
    while k >= 0 and comma - k <= 12:
        c = row[k]
        if c.kind in ("punct", "quote") and c.text not in ("(", ")"):
            break
        if c.kind == "word" and c.text in _OPENERS:
            start = k
        k -= 1
    if start < 0:
        return False
    words = [c.text for c in row[start + 1 : comma] if c.kind == "word"]
    return not set(words) & ANY_SPOKESPEOPLE and any(person_noun(t) for t in words)


def _unnamed_agent(row: Sequence[Chunk], qi: int) -> bool:
    """Does a passive verb of telling, with "by" and one unnamed person after it ("by a
    manager", "by one superintendent", "by her builder"), govern the quotation at `qi`, with
    no punctuation between?"""
    for k in range(qi - 1, max(0, qi - 16), -1):
        c = row[k]
        if c.kind in ("punct", "quote"):
            return False
        if not (is_word(row, k, "by") and is_word(row, k - 1, *_PASSIVE_TELLING)):
            continue
        if not is_word(row, k + 1, *_AGENT_OPENERS):
            return False
        for h in range(k + 2, min(qi, k + 6)):
            if row[h].kind != "word" or row[h].possessive:
                return False  # "by a member of X", "by her lawyer, Y": a name comes in
            if person_noun(row[h].text) and row[h].text not in ANY_SPOKESPEOPLE:
                return True
        return False
    return False
