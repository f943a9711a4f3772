"""A quotation inside the clause a named speaker reports, whose nearer cue names no one.

`outer_reporter(ctx, para, row, qi, cue)`: "Sheriff Ann Lee said in an interview that the
county board had notified deputies “well within the deadline”", "Lee says the authority
welcomes the findings and will “study every recommendation”", "Lee told reporters the two
delegations had agreed to meet again “before the harvest season”": the nearest reporting
verb before the quotation ("notified", "welcomes", "agreed", "proposed", "concluded") words
nothing here, and its subject is a thing or a body described, or was not found; the words
are those of the one whose "said", "says", "told" or "adding" opens the clause they sit in,
when the grammar names that one and no name, person pronoun or quotation comes between (the
one told excepted). Left as they are: a verb of wording ("said the ministry had called it
“…”", "demanding", "asked for", "assured … that": the third party's, GUIDE, reported
speech); a speech or document noun ("the iwi's description of … as", "preliminary reports
indicated"); a document's verb or subject ("legal advice that found", "reports suggested":
the document's); "as" before the quotation; people described ("critics", "residents",
"operators"); "it", "which" or "who" as the subject; a passive with no agent ("had been
told “…”": the teller's); a negated verb; a ";".
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.attribution import COORDINATED, Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.descriptions import someone, the_officer
from generator.extract.document import Para
from generator.extract.phrases import Who
from generator.extract.role_phrases import person_noun
from generator.extract.verb_cues import AGENTLESS, Cue, verb_cue

# The outer verbs that report a clause: say, tell, add, in any form.
_REPORTING = lx.words("said says say saying told tells telling added adds adding")
# The stems of verbs whose object or complement is someone's own wording ("called it “…”",
# "described it as", "warned that"): the quotation is that subject's.
_WORDING_STEMS = tuple(
    sorted(
        lx.words(
            """sa tel told call descri dub term label brand characteri claim writ wrot add warn
            accus alleg argu insist assert declar remark quip repl respond retort answer jok
            scoff chant shout tweet post quot lik hail slam blast decr denounc condemn prais
            critici mock derid ridicul boast vow threaten promis pledg plead urg recount
            recall testif conced admit acknowledg complain lament comment spok speak stat demand
            ask request assur inform remind appeal report"""
        )
    )
)
_WORDING = frozenset(w for w in sp.VERB_FORMS if w.startswith(_WORDING_STEMS))
# Words that describe people, whose words they may be ("critics", "the public").
_PEOPLE = lx.words(
    """people public members family families relatives voters residents critics
    supporters opponents officials staff workers someone somebody sources source
    others everyone nobody anyone parents students colleagues"""
)
_PRONOUNS = lx.words("he she they we i you")  # who could speak instead
_OWNERS = _PRONOUNS | lx.words("it his her its their")  # a subject of its own: "it had"
# Words that end a subject: auxiliaries and adverbs between it and its verb.
_VERBAL = lx.words(
    """had has have was were is are will would could can should may might must did does do
    been be instead also still already later then"""
)


def outer_reporter(
    ctx: Context, para: Para, row: Sequence[Chunk], qi: int, cue: Cue | None
) -> Cue | None:
    """The cue of the named speaker whose reported clause holds the quotation at `qi`,
    when the nearer cue `cue` names no one and governs no wording; else `cue`."""
    if cue is None or cue.who.key is not None or not _contentless(cue):
        return cue
    inner = _word_before(row, qi, cue.words)
    if inner < 0 or is_word(row, qi - 1, "as"):  # "welcomed it as “…”": the welcomer's
        return cue
    outer = _outer_verb(row, inner)
    if outer < 0 or not _clear_between(row, outer, qi):
        return cue
    found = verb_cue(ctx, para, row, outer)
    who = found.who
    if who is COORDINATED or who.key is None or who.confidence != "high":
        return cue
    return Cue(Who(who.key, "high"), found.words)


def _contentless(cue: Cue) -> bool:
    """A single reporting word that governs no wording, its subject no one's voice."""
    word = cue.words
    if word not in sp.VERB_FORMS or word in _WORDING or word in sp.DOCUMENT_VERBS:
        return False  # "had called it “…”", "the audit found “…”": the caller's, the audit's
    if word in sp.SPEECH_NOUNS or word in sp.DOCUMENT_NOUNS:
        return False  # "preliminary reports indicated", "the proxy rules": nouns, not verbs
    unnamed = cue.who.unnamed
    if unnamed in (AGENTLESS, "denied or negated") or someone(unnamed) or the_officer(unnamed):
        return False
    words = unnamed.casefold().replace(",", " ").split()
    cut = next((k for k, w in enumerate(words) if w in _VERBAL or w in sp.VERB_FORMS), len(words))
    head = words[cut - 1] if cut > 0 else ""  # "the two sides had agreed": "sides"
    people = head in _PEOPLE or person_noun(head) or person_noun(head.removesuffix("s"))
    document = any(w in sp.DOCUMENT_NOUNS or w in sp.FILED_DOCUMENTS for w in words)  # its
    own = any(w in _OWNERS or w in sp.RELATIVE_PRONOUNS for w in words[:cut])  # "it had",
    return bool(head) and not (people or document or own)  # author's; "most of which asked"


def _word_before(row: Sequence[Chunk], qi: int, word: str) -> int:
    """The chunk of the nearest `word` before the quotation."""
    for j in range(qi - 1, -1, -1):
        if row[j].kind == "quote" or (row[j].kind == "punct" and row[j].text == ";"):
            return -1
        if row[j].kind == "word" and row[j].text == word:
            return j
    return -1


def _outer_verb(row: Sequence[Chunk], inner: int) -> int:
    """The nearest verb that reports a clause before `inner`, in the same sentence part."""
    for j in range(inner - 1, -1, -1):
        c = row[j]
        if c.kind == "quote" or (c.kind == "punct" and c.text == ";"):
            return -1
        if c.kind == "word" and c.text in _REPORTING:
            return j
    return -1


def _clear_between(row: Sequence[Chunk], outer: int, qi: int) -> bool:
    """No other name, person pronoun or quotation between the outer verb and the quotation
    (the one told, right after "told", excepted)."""
    start = outer + 1
    if (
        row[outer].text in {"told", "tells", "telling"}
        and start < len(row)
        and row[start].kind == "name"
    ):
        start += 1
    for c in row[start:qi]:
        if c.kind in ("name", "quote"):
            return False
        if c.kind in ("pron", "word") and c.text.casefold() in _PRONOUNS:
            return False
    return True
