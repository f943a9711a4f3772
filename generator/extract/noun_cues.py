"""The cue a speech noun gives the quotation it introduces or names: "the union's claim of
“…”", "Lee's remark that …", "claims by Lee of", "Lee made the claim that", "the minister's
words, “…”", "Lee's reply had been “we will see”" (a predicate after a bare copula, "the
court's verdict was “fair”", stays the reporter's). `links` and `names_quote` say whether
the noun at chunk `j` belongs to the quotation at `qi`; `noun_cue` says whose it is. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.attribution import COORDINATED, Context
from generator.extract.claim_owners import described_owner, other_kind
from generator.extract.clauses import Chunk, is_word
from generator.extract.disputed_pronouns import disputed_owner, disputed_pronoun
from generator.extract.document import Para
from generator.extract.joined_contents import outer_and
from generator.extract.phrases import PREPOSITIONS, Who, parse
from generator.extract.rejoined_predicates import bare_as_verb_left
from generator.extract.rows import verb_at
from generator.extract.verb_cues import Cue, verb_cue

_NAMING_VERBS = lx.words(
    """called calling call calls described describing describe describes labelled labeling
    labelling labeled branded branding dubbed dubbing termed terming"""
)


# "treat the complaints as “…”": the verb's "as", which makes the quotation no one's claim.
_REGARDING = lx.words(
    """treat treats treated treating regard regards regarded regarding view views viewed
    viewing see sees saw seeing consider considers considered considering"""
)


def of_named_that(row: Sequence[Chunk], j: int) -> bool:
    """Does "of", a name and "that" follow the speech noun at `j` ("the claim of Inspector X
    that …"; not "the statements of X in March")?"""
    named = j + 2 < len(row) and row[j + 2].kind == "name"
    return named and is_word(row, j + 1, "of") and is_word(row, j + 3, "that")


def links(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Does the speech noun at `j` introduce the quotation ("claim of", "remark that",
    "proclamation:"), rather than being what a naming verb names ("calling the mayor's
    reading “selective”")?"""
    nxt = row[j + 1] if j + 1 < len(row) else None
    if nxt is None:
        return False
    if is_word(row, j + 1, "in", "on", "last") and row[j].possessive is False:  # "the minister's
        timed = next((m for m in range(j + 2, min(j + 5, qi)) if is_word(row, m, "that")), -1)
        if timed > 0 and all(c.kind in ("word", "num") for c in row[j + 2 : timed]):
            nxt = row[timed]  # promise in March that …": the noun's own clause
    if nxt.kind == "punct" and nxt.text in {"—", "–"} and is_word(row, j + 2, "that"):
        nxt = row[j + 2]  # "its explanation — that the transfers were “…” —"
    bare = bare_clause(row, j, qi)  # "his claim the messages were “…”": "that" left out
    linked = bare or (nxt.kind == "word" and nxt.text in sp.SPEECH_LINKS)
    linked = linked or (nxt.kind == "punct" and nxt.text == ":")
    named = j + 3 < qi and of_named_that(row, j)
    linked = linked or named or made_by(row, j, qi) is not None
    about = is_word(row, j + 1, "about") and qi == j + 2 and j > 0 and bool(row[j - 1].possessive)
    linked = linked or about  # "Marchessault's complaint about “tying one hand”": hers
    # "his claim to have been acting “…”", "her vow to “…”": the owner's words (not "the
    # bureau's promise to fix it “has been made …”": the promise's predicate)
    to = row[j].text in _TO_NOUNS and is_word(row, j + 1, "to")
    to = to and not (qi > j + 2 and _judged(row, j))  # not "found Lee's promise to freeze
    linked = linked or (to and not _PREDICATE.match(row[qi].text))  # rents “refreshing”"
    described = row[j].text in _DESCRIPTIONS and is_word(row, j + 1, "of") and qi - j <= 8
    linked = linked or (described and is_word(row, qi - 1, "as"))  # "Kostner's description of
    # the broadcaster as “bloated”": Kostner's words
    if not linked and not (nxt.kind == "word" and nxt.text in {"by", "from"}):
        return False
    verb = next((k for k in range(j - 1, max(-1, j - 6), -1) if row[k].text in sp.AS_VERBS), -1)
    between = any(is_word(row, m, *lx.BE_FORMS) for m in range(j + 1, qi - 1))  # "claims … that
    as_verb = verb >= 0 and not between  # the fund was run as “…”": the noun's own clause
    if is_word(row, qi - 1, "as") and as_verb and not any(c.possessive for c in row[verb:j]):
        return False  # "dismissed claims of increased travel as “…”": the verb's "as" (not
        # "rejected the defence's description of the payments as “…”": the noun's)
    if any(outer_and(row, j, m) for m in range(j + 2, qi - 1)):
        return False  # "the AGO's characterisation of its role and had acted “…”"
    clause = bare or any(is_word(row, m, "that", "which", "who") for m in range(j + 1, qi))
    own = any(c.kind == "quote" for c in row[j + 1 : qi])  # "the argument that they were “…”
    dashed = row[qi - 2].text in {"—", "–"}  # "his explanation — that he had … — was “…”"
    if is_word(row, qi - 1, *_COPULAS) and (dashed or not clause or own):  # "promises of a
        return False  # single market, repeated …, remained “more talk than tarmac”", "its
        # explanation — that they were “…” — was “…”": the noun phrase's predicate
    if own and _PREDICATE.match(row[qi].text):  # and did not … “does not sit easily” with":
        return False  # the verb of the noun's phrase, the outer cue's words
    if nxt.text == "that" and verb_at(row, j + 2):
        return False  # "claims that came from a single source": a relative clause, no claim
    if nxt.text == "that" and _verb_before_place(row, j):
        return False  # "said in a written statement that", "telling analysts on a call that"
    if nxt.text == "as" and is_word(row, j - 2, "of") and is_word(row, j - 3, *sp.SPEECH_NOUNS):
        return False  # "CASA's characterisation of the findings as “…”": the outer noun's
    if nxt.text == "as" and any(
        x.kind == "word" and (x.text in sp.AS_VERBS or x.text in _NAMING_VERBS | _REGARDING)
        for x in row[max(0, j - 5) : j]
    ):
        return False  # "dismissed the fraud claims as “…”": the verb's "as", not the noun's
    if any(row[m].text == "," and row[m + 1].text.endswith("ing") for m in range(j + 1, qi - 1)):
        return False  # "rejected her explanation that …, finding that tests “…”": the finder's
    if (described and is_word(row, qi - 1, "as")) or named:
        return True  # "called Kostner's description of it as “bloated” nothing less than …";
        # "described the claim of Inspector X that he had “…” as": X's, whatever the verb
    k = j - 1
    while k >= 0 and (row[k].possessive or row[k].text in _BEFORE_NOUN):
        k -= 1
    return not (k >= 0 and row[k].kind == "word" and row[k].text in _NAMING_VERBS)


def _judged(row: Sequence[Chunk], j: int) -> bool:
    """Is the noun phrase of the speech noun at `j` the object of a verb of judging or
    naming ("found Ms Lee's promise to … “refreshing”": the finder's word for it)?"""
    k = j - 1
    while k >= 0 and (row[k].possessive or row[k].text in _BEFORE_NOUN):
        k -= 1
    return k >= 0 and row[k].kind == "word" and row[k].text in _NAMING_VERBS | _JUDGING


_JUDGING = _REGARDING | lx.words("found find finds finding thought think thinks deemed")


def speech_noun(row: Sequence[Chunk], j: int) -> bool:
    """Is the word at `j` a noun of speech, or a document its owner's "that" clause gives
    the words of ("the police office's initial report that he had “fired first”")?"""
    w = row[j].text
    if w in sp.SPEECH_NOUNS:
        return True
    owned = any(c.possessive for c in row[max(0, j - 2) : j])
    return w in sp.DOCUMENT_NOUNS and owned and is_word(row, j + 1, "that")


def bare_clause(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Does a clause with "that" left out follow the speech noun at `j`, its subject a "the"
    phrase and its verb a copula right before the quotation ("his claim the messages were")?"""
    inner = row[j + 2 : qi - 1]
    return (
        j + 1 < len(row)
        and row[j + 1].text in _THE_OR_OWNER
        and 0 < len(inner) <= 3
        and all(c.kind == "word" and not verb_at(row, j + 2 + n) for n, c in enumerate(inner))
        and is_word(row, qi - 1, *_COPULAS)
    )


_TO_NOUNS = lx.words("claim claims promise promises pledge pledges vow vows threat threats")
_THE_OR_OWNER = frozenset({"the", *lx.POSSESSIVE_PRONOUNS})
_BEFORE_NOUN = lx.words("the a an his her its their first initial latest earlier original own")
_COPULAS = lx.words("was were is are remained remains remain seemed seems proved")
_PREDICATE = re.compile(
    r"^\W*(?:does|do|did|is|are|was|were|has|have|had|will|would|could|can|should|must|may|"
    r"might)\b",
    re.IGNORECASE,
)


def _verbal(word: str) -> bool:
    return word in sp.VERB_FORMS or word in sp.DOCUMENT_VERBS


def _verb_before_place(row: Sequence[Chunk], j: int) -> bool:
    """Does the speech noun at `j` sit in a phrase ("in a written statement", "on a
    conference call") right after a verb of saying, which the "that" clause completes?"""
    k = j - 1
    while (
        k > 0
        and row[k].kind in ("word", "num", "pron")
        and row[k].text not in {"in", "on", "during"}
    ):
        if j - k > 4:
            return False
        k -= 1
    if not is_word(row, k, "in", "on", "during"):
        return False
    m = k - 1
    while m > 0 and row[m].kind in ("word", "name") and not _verbal(row[m].text):
        if k - m > 3:
            return False
        m -= 1  # "telling analysts on a call"
    return m >= 0 and row[m].kind == "word" and _verbal(row[m].text)  # "found in a ruling that"


_COPULA = frozenset({"was", "is", "were", "are", "been", "had", "has", "be", "will", "would"})
_CLAUSE_OPENERS = lx.words("i we you he she it they there this that")


def names_quote(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Does the speech noun at `j` name the quotation right after it: "the minister's words,
    “…”", "Lee's reply had been “…”", "his answer was: “…”"?"""
    if row[j].text not in sp.SPEECH_NOUNS | sp.REPLY_NOUNS:
        return False
    if not (j >= 1 and (row[j - 1].possessive or is_word(row, j - 1, "his", "her", "its"))):
        return False
    k = j + 1
    while k < qi and is_word(row, k, *_COPULA):
        k += 1
    copula = k > j + 1
    if k < qi and row[k].kind == "punct" and row[k].text in {",", ":"}:
        copula = copula and row[k].text == ","
        k += 1
    # after a bare copula a predicate is the reporter's verdict ("said the court's verdict
    # was “fair”"); a clause is what the reply said ("Lee's reply was “we will see”")
    return j + 1 < k == qi and (not copula or _clause(row[qi].text))


def _clause(quoted: str) -> bool:
    """Does a quotation open with a subject pronoun: a clause of its own ("we will see")?"""
    first = quoted.strip(" \"'“”‘’").split(" ", 1)[0].casefold().replace("’", "'")
    return first.split("'")[0] in _CLAUSE_OPENERS


def noun_cue(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Cue | None:
    """The owner of the speech noun at `j`: its possessor, "by X", or the subject of a light
    verb ("Lee made the claim that"); unnamed otherwise."""
    word = row[j].text
    k = j - 1
    while (
        k >= 0
        and row[k].kind == "word"
        and not row[k].possessive
        and row[k].text
        not in ({"the", "a", "an", "his", "her", "its", "their"} | sp.LIGHT_VERBS | PREPOSITIONS)
    ):
        k -= 1
    if k >= 0 and row[k].possessive:
        start = k
        while start > 0 and row[start - 1].kind == "word" and row[start - 1].text in {"the", "a"}:
            start -= 1
        phrase = parse(row, start, j + 1, para.text)
        owner = ctx.owner(phrase.possessor_phrase, para, row[start].start)
        if owner is None or owner.key is None:  # "the company's claim": as "the company said"
            owner = described_owner(ctx, row, k, para) or owner
        elif other_kind(ctx, row, k, owner):  # "the consumer group's description" is
            owner = Who(None, "low", word)  # no "… Retail Group" the text named: unsure
        return Cue(owner or Who(None, "low", word), word)
    if (span := made_by(row, j, len(row))) is not None:  # "the argument the group had made
        who = ctx.resolve(parse(row, *span, para.text), para, row[span[0]].start)  # …, that"
        return Cue(who or Who(None, "low", word), word)
    if j + 2 < len(row) and (is_word(row, j + 1, "by", "from") or of_named_that(row, j)):
        # "warnings from the UN …", "the claim of Inspector X that …"
        end = j + 2
        while (
            end < len(row)
            and row[end].kind in ("name", "word")
            and row[end].text not in {"of", "that", "who", "which"}
        ):
            end += 1
        who = ctx.resolve(parse(row, j + 2, end, para.text), para, row[j].start)
        return Cue(who or Who(None, "low", word), f"{word} {row[j + 1].text}")
    if k >= 0 and disputed_pronoun(row, k):  # "rejected her suggestion that": not the
        return Cue(disputed_owner(ctx, para, row, k, word), word)  # rejecter's own
    if k >= 0 and row[k].kind == "word" and row[k].text in {"his", "her", "its", "their"}:
        pron = "she" if row[k].text == "her" else "he" if row[k].text == "his" else "it"
        return Cue(ctx.pronoun(para, row[k].start, pron), word)
    light = k - 1 if k >= 0 and row[k].text in {"the", "a", "an"} else k
    if light >= 0 and row[light].kind == "word" and row[light].text in sp.LIGHT_VERBS:
        who = ctx.subject(row, light, para)
        if who is not None and who is not COORDINATED:
            return Cue(who, f"{row[light].text} the {word}")
    return Cue(Who(None, "low", word), word)


_MAKING = lx.words("made raised advanced pressed offered put set")


def made_by(row: Sequence[Chunk], j: int, qi: int) -> tuple[int, int] | None:
    """The subject of a relative clause that makes the speech noun at `j`, its content after
    a comma ("the argument the group had made in its complaint in January, that …")."""
    named = j + 1 < len(row) and row[j + 1].kind == "name"
    if not (named or is_word(row, j + 1, "the", *lx.POSSESSIVE_PRONOUNS)):
        return None
    verb = next((m for m in range(j + 2, min(j + 6, qi)) if is_word(row, m, *_MAKING)), -1)
    comma = next((m for m in range(verb + 1, min(verb + 9, qi)) if row[m].text == ","), -1)
    if verb < 0 or comma < 0 or not is_word(row, comma + 1, "that"):
        return None
    end = verb - is_word(row, verb - 1, "had", "has", "have")
    inside = row[verb + 1 : comma]
    return (j + 1, end) if all(c.kind in ("word", "num", "name") for c in inside) else None


def main_predicate(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Does the quotation stand in the main predicate of the speech noun at `j`, past the
    noun's own clause: the speaker's words about the claim, not the claim's?"""
    return outside_clause(row, j, qi) or closed_content(row, j, qi)


def outside_clause(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Does the quotation at `qi` stand in the main predicate of the speech noun at `j`,
    after the noun's clause has closed on a quotation ("the minister's claim that supply was
    “…” had been made “every spring”": the second is the speaker's, not the claim's)?"""
    closing = next((m for m in range(j + 1, qi) if row[m].kind == "quote"), -1)
    if closing < 0 or not verb_at(row, closing + 1) or closing + 1 >= qi:
        return False
    return all(c.kind == "word" and c.text not in _CLAUSE_WORDS for c in row[closing + 1 : qi])


def closed_content(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is the quotation the predicate of the speech noun at `j`, after the noun's own "that"
    clause has its verb ("Meridian's insistence that managers make every decision was “…”":
    the speaker's words about the insistence; not "Lee's claim that the mayor was “…”")?"""
    if not is_word(row, qi - 1, "was", "were", "is", "are") or not is_word(row, j + 1, "that"):
        return False
    inner = range(j + 2, qi - 1)
    verbs = [m for m in inner if verb_at(row, m) or _after_plural(row, m, qi)]
    return (
        bool(verbs)
        and verbs[0] > j + 2
        and all(row[m].kind == "word" and row[m].text not in _NESTED for m in inner)
    )


def _after_plural(row: Sequence[Chunk], m: int, qi: int) -> bool:
    """ "managers make every decision": a base form after a plural subject, with an object."""
    before, c = row[m - 1], row[m]
    return (
        m + 2 < qi
        and before.kind == "word"
        and before.text.endswith("s")
        and not before.possessive
        and c.kind == "word"
        and not c.text.endswith(("s", "ly"))
        and c.text not in _NOT_VERBS
    )


_NOT_VERBS = lx.DETERMINERS | PREPOSITIONS | lx.words("and or but not who which that")
_CLAUSE_WORDS = frozenset({"and", "or", "but", "that", "which", "who", "while", "as"})
# Words that open a clause inside the content ("… that staff were told the plan was “…”").
_NESTED = _CLAUSE_WORDS | lx.SAID_FORMS | {"told", "if", "whether", "because", "when"}


_PROMISE = re.compile(
    r"\b(?:pledge|promise|vow|commitment|undertaking|assurance)s?(?:,?\s+(?:[\w,]+\s+){0,4}to"
    r"\s+\w+|(?:,[^,]{0,60},)?\s+that\b)"  # "a promise, made during talks in 2023, that"
)


def promised(para: Para, row: Sequence[Chunk], qi: int, cue: Cue | None) -> Cue | None:
    """ "accused the government of breaking a pledge, made in October, to phase it out “…”":
    a promise's words between the cue and the quotation may be the promiser's, not the
    cue's speaker's: shown as a guess ("low")."""
    if cue is None or cue.who.key is None or cue.who.confidence != "high" or qi == 0:
        return cue
    start = row[0].start
    at = para.text.rfind(cue.words, start, row[qi].start) if cue.words else -1
    between = para.narrative[at + len(cue.words) : row[qi].start] if at >= 0 else ""
    if not _PROMISE.search(between):
        return cue
    return Cue(Who(cue.who.key, "low", "a promise someone else made"), cue.words)


_DESCRIPTIONS = lx.words(
    """description descriptions characterisation characterization portrayal depiction
    labelling labeling branding"""
)


def described_by(ctx: Context, para: Para, row: Sequence[Chunk], j: int, as_at: int) -> Cue | None:
    """ "rejected the description of the probe by X's allies as “…”": the words are the
    description's, said by its author (unnamed when not named), not the one who rejects it."""
    noun = next((m for m in range(j + 1, as_at) if is_word(row, m, *_DESCRIPTIONS)), -1)
    if noun < 0:
        return None
    by = next((m for m in range(noun + 1, as_at) if is_word(row, m, "by")), -1)
    if by < 0:
        return Cue(Who(None, "low", row[noun].text), row[j].text)
    who = ctx.resolve(parse(row, by + 1, as_at, para.text), para, row[by + 1].start)
    if who is None or who.key is None or who.confidence != "high":
        return Cue(Who(None, "low", para.text[row[by + 1].start : row[as_at - 1].end]), row[j].text)
    return Cue(who, row[j].text)


def as_verb_cue(ctx: Context, para: Para, row: Sequence[Chunk], j: int, qi: int) -> Cue | None:
    """The as-verb at `j` with its "as" before the quotation ("dismissed the report as “…”");
    not "the structure, which officials describe as a farm, was “…”" (a comma after "as")."""
    as_at = next((k for k in range(j + 1, qi) if is_word(row, k, "as")), -1)
    if row[j].text in _ANNULLED and any(_gerund(row[m]) for m in range(j + 1, as_at)):
        return None  # "struck down a law requiring NGOs to register as “…”": not its "as"
    if as_at < 0 or any(row[m].text == "," for m in range(as_at + 1, qi)):
        return None
    if bare_as_verb_left(row, j, as_at, qi):
        return None  # "heard X dismiss it as “…” and were “…”": not X's
    return described_by(ctx, para, row, j, as_at) or verb_cue(ctx, para, row, j)


_ANNULLED = lx.words("struck overturned quashed annulled invalidated voided")


def _gerund(c: Chunk) -> bool:
    return c.kind == "word" and not c.capital and c.text.endswith("ing") and len(c.text) > 5
