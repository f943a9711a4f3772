"""Noun phrases of a sentence, and who they stand for.

`parse(row, a, b)` reads the chunks `row[a:b]` (a clause's subject, or the words after an
inverted "said") as one noun phrase: determiner, possessor, modifiers, head (a name, a
pronoun or a noun), then what follows the head: brackets, an apposition between commas
(", Ben Carter,"), prepositional phrases ("for Senator Lee", "to Dunn") and the author of a
document ("issued by the NGO", "sent to Cole by the federation"). A second noun phrase
with no preposition before it starts the subject again ("a charge Lee rejected").

`Who` is what attribution makes of a phrase: an entity key, or an explicit speaker who has
no name here (`key` None and `unnamed` saying who: "a spokesperson for Maria Lee", "one
driver"), with a confidence. Resolving needs the document's entities, hence `resolve` in
`generator.extract.attribution`. Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.agents import described_agent
from generator.extract.based_towns import place_based
from generator.extract.clauses import ADVERBS, Chunk, commas, is_word
from generator.extract.types import Confidence

PREPOSITIONS = lx.words(
    """for to of by from with at on in about against after before behind under over into
    than between among during since without via near outside inside across toward towards
    including through above below beneath beside around amid amidst alongside beyond"""
)
_DETERMINERS = lx.DETERMINERS | sp.UNNAMED_DETERMINERS
CONSTITUTING = frozenset({"chaired", "headed", "led", "constituted", "appointed", "convened"})
_OWNERS = frozenset({"its", "their", "his", "her"})
_ARTICLES = frozenset({"the", "a", "an"})
_WHEN = ("yesterday", "today", "tomorrow", "now", "then", "later", "earlier", "meanwhile")
_UNIT_NOUNS = frozenset({"branch", "chapter", "wing", "division", "unit", "section", "office"})
_AFTER_NAME = lx.ROLE_NOUNS | sp.PROXY_NOUNS | sp.DOCUMENT_NOUNS | lx.ORG_NOUNS
SEAT_BODIES = lx.words("government police prefecture")  # a place's, never the place ("NSW police")
_PERSON_NOUNS = lx.ROLE_NOUNS | sp.PROXY_NOUNS  # "One Welsh government source said"


@dataclass(frozen=True)
class Who:
    key: str | None
    confidence: Confidence
    unnamed: str = ""  # who speaks, when the text gives no name ("a source")


@dataclass
class Phrase:
    start: int
    end: int
    det: str = ""
    possessor: Chunk | None = None
    possessor_phrase: Phrase | None = None
    head: Chunk | None = None
    modifiers: list[Chunk] = field(default_factory=list)
    preps: list[tuple[str, Phrase]] = field(default_factory=list)
    authors: list[Phrase] = field(default_factory=list)
    apposition: Chunk | None = None
    plural_names: bool = False
    text: str = ""

    @property
    def noun(self) -> str:
        """The head noun, casefolded ("" when the head is a name or a pronoun)."""
        return self.head.text if self.head is not None and self.head.kind == "word" else ""

    @property
    def plural(self) -> bool:
        noun = self.noun
        return self.plural_names or (
            noun.endswith("s")
            and not noun.endswith(("ss", "us", "'s"))
            and noun not in sp.DOCUMENT_NOUNS - {"statements", "letters", "reports"}
            and noun not in {"news", "police", "series", "media", "cs"}  # "the CS": a secretary
        )


def _is_head_part(c: Chunk) -> bool:
    if c.kind in ("name", "pron"):
        return True
    if c.kind != "word":
        return False
    w = c.text
    return (
        w not in PREPOSITIONS
        and w not in sp.RELATIVE_PRONOUNS
        and w not in ADVERBS
        and w not in {"and", "or", "but", "as", "if", "because", "while", "when"}
        and sp.VERB_FORMS.get(w) != "finite"
    )


def parse(row: Sequence[Chunk], a: int, b: int, text: str = "") -> Phrase:
    """The noun phrase of `row[a:b]`; `text` is the paragraph, for `Phrase.text`."""
    while a < b - 1 and is_word(row, a, *_WHEN, *lx.WEEKDAYS) and not row[a].possessive:
        a += 1  # "and yesterday her ministry said": the ministry; "said Wednesday the X"
    phrase = Phrase(a, b)
    k = a
    while k < b:  # determiner, possessor, modifiers and head
        c = row[k]
        if c.kind == "word" and c.text in _DETERMINERS and phrase.head is None and not c.possessive:
            phrase.det = phrase.det or c.text
        elif c.kind == "num" and phrase.head is None:
            phrase.det = phrase.det or "num"
        elif _then_status(row, k, b, phrase):
            pass  # "her then manager, X,": "then" says when the role was held, not a verb's
        elif place_based(row, k, b, phrase.head):
            pass  # "The Boise, Idaho-based company": the town, then its state's "-based"
        elif c.possessive and c.kind in ("name", "word"):
            before = [*phrase.modifiers, *([phrase.head] if phrase.head is not None else [])]
            phrase.possessor_phrase = Phrase(phrase.start, k + 1, phrase.det, None, None, c, before)
            phrase.possessor = c
            phrase.det, phrase.head, phrase.modifiers = "", None, []
        elif _is_head_part(c) and not (
            phrase.head is not None and _verb_after(phrase.head, c, row[k + 1 : k + 2])
        ):
            if phrase.head is not None and _starts_again(phrase.head, c):
                return parse(row, k, b, text)  # "a charge Lee rejected": Lee is the subject
            if phrase.head is not None:
                phrase.modifiers.append(phrase.head)
            phrase.head = c
        else:
            break
        k += 1
    _after_head(row, k, b, phrase, text)
    if text and b > a:
        phrase.text = text[row[a].start : row[b - 1].end]
    return phrase


def _then_status(row: Sequence[Chunk], k: int, b: int, phrase: Phrase) -> bool:
    """Is "then" at `k` the adjective of a role held at the time, after a determiner and
    before a noun ("her then manager", "the then minister"), not the adverb?"""
    if not is_word(row, k, "then") or phrase.head is not None or not phrase.det:
        return False
    return k + 1 < b and row[k + 1].kind == "word" and _is_head_part(row[k + 1])


def _verb_after(head: Chunk, c: Chunk, nxt: Sequence[Chunk] = ()) -> bool:
    """Does `c`, right after the head so far, read as the clause's verb? After a name only
    role, proxy, document and organisation nouns continue the phrase ("Harbor Energy
    spokesman"), or a noun before a role noun ("an ADR assembly member"); after a noun a
    participle or a past tense stops it."""
    if c.kind != "word":
        return False
    w = c.text
    if w in sp.IRREGULAR_PAST or (w.endswith("ed") and not c.capital and len(w) > 3):
        return True
    if head.kind == "name" and w in lx.ORG_NOUNS and not c.capital:
        return True  # "the GMB union said": the union is the name's
    if head.kind == "word" and w.endswith("ing") and head.text in lx.AGENT_NOUNS:
        return True  # "A lawyer representing Mbugua said": the lawyer, unnamed
    if head.kind in ("name", "pron") and not head.possessive and not c.capital:
        return not (
            w in _UNIT_NOUNS  # "the HESU branch president"
            or (w in lx.ROLE_MODIFIERS and w not in sp.VERB_FORMS)  # "SMWF national officer"
            or (w not in sp.VERB_FORMS and bool(nxt) and nxt[0].text in _PERSON_NOUNS)
            or w in lx.FOLLOWERS  # "several dozen Ilunga supporters who had marched"
            or w in _AFTER_NAME
            or w in SEAT_BODIES  # "the NSW government said": the government is the place's
            or w.rstrip("s") in lx.ROLE_NOUNS
            or (w.endswith("ing") and bool(nxt) and nxt[0].text in sp.DOCUMENT_VERBS)  # "the
        )  # Campbell killing showed": a noun, then the verb
    return False


def _starts_again(head: Chunk, c: Chunk) -> bool:
    """A name or pronoun right after a complete noun phrase starts a new subject."""
    if c.kind == "pron":
        return True
    return c.kind == "name" and head.kind == "name" and not head.possessive


def _letters(c: Chunk) -> bool:
    return c.kind == "word" and c.text in lx.POST_NOMINALS


def officer_signs(segment: Sequence[Chunk]) -> bool:
    """ ", in a statement signed by its Chief Whip,": a body's officer signing for it (or
    ", … signed by his Special Adviser on Media,": an aide; the guide's signed statement)."""
    document = any(is_word(segment, m, *sp.DOCUMENT_NOUNS) for m in range(1, 4))
    owner = next((m for m, c in enumerate(segment) if c.text in _OWNERS and c.kind == "word"), -1)
    signed = is_word(segment, owner, "its", "their") or is_word(segment, owner - 2, "signed")
    return is_word(segment, 0, "in") and document and owner >= 0 and signed


def _constituted(segment: Sequence[Chunk]) -> bool:
    """ ", and chaired by a retired judge,": a name set off after it is the judge's."""
    return any(
        is_word(segment, m, "by") and is_word(segment, m - 1, *CONSTITUTING)
        for m in range(1, len(segment))
    )


def _after_head(row: Sequence[Chunk], k: int, b: int, phrase: Phrase, text: str) -> None:
    participle, skipped = "", False
    while k < b:
        c = row[k]
        if c.kind == "punct" and c.text == "(":
            while k < b and not (row[k].kind == "punct" and row[k].text == ")"):
                k += 1
        elif c.kind == "punct" and c.text in {",", "—"}:
            nxt = next((x for x in commas(row, k + 1, b)), b)
            segment = row[k + 1 : nxt]
            while len(segment) > 1 and _letters(segment[-1]):
                segment = segment[:-1]  # ", Julian Fairbrother KC,": letters after the name
            of = next((m for m, x in enumerate(segment) if is_word(segment, m, "of")), 0)
            named = segment[:of] or segment  # not where a place is: "in Abeokuta, Ogun State,"
            if _named(named) and not skipped and not _place_of(phrase, named):  # ", Ben Carter,"
                phrase.apposition = named[-1]  # or ", shadow minister Daniel Okoro," or ", X of
                # Y,"; not after ", in a statement signed by its whip,": a body's officer signs
                # for it (but ", in a statement by his secretary, X,": X)
            elif segment and segment[0].kind == "word" and segment[0].text in sp.AUTHOR_VERBS:
                _authors(row, k + 1, nxt, phrase, text)
            skipped = skipped or officer_signs(segment) or _constituted(segment)
            k = nxt - 1
        elif (
            c.kind == "word" and c.text in {"and", "&"} and k + 1 < b and row[k + 1].kind == "name"
        ):
            if phrase.head is not None and phrase.head.kind == "name":
                phrase.plural_names = True
        elif c.kind == "word" and c.text in sp.RELATIVE_PRONOUNS:
            return  # a relative clause runs to the verb
        elif c.kind == "word" and c.text in PREPOSITIONS:
            end = _object_end(row, k + 1, b)
            obj = parse(row, k + 1, end, text)
            if c.text == "by" and (participle in sp.AUTHOR_VERBS or not participle):
                phrase.authors.append(obj)  # "a statement by X", "a letter sent by X"
            elif c.text == "from" and not participle:
                phrase.authors.append(obj)  # "a complaint from X"
            phrase.preps.append((c.text, obj))
            k = end - 1
        elif c.kind == "word" and c.text.endswith("ed"):
            participle = c.text
        k += 1


def _place_of(phrase: Phrase, segment: Sequence[Chunk]) -> bool:
    """Does a name that is no person's follow a place ("in Abeokuta, Ogun State"): where
    the place is, not an apposition of the phrase's head?"""
    if not phrase.preps:
        return False
    prep, where = phrase.preps[-1]
    named = segment[-1].mention if segment and segment[-1].kind == "name" else None
    place = named is None or named.kind != "person" or named.text.split()[-1].casefold() in _REGIONS
    proper = where.head is not None and where.head.capital
    return proper and prep in lx.PLACE_PREPOSITIONS and place


_REGIONS = lx.words("state province county district region prefecture territory")


def _named(segment: Sequence[Chunk]) -> bool:
    """Is `segment` a name, perhaps after role words ("shadow finance minister X")?"""
    if not segment or segment[-1].kind != "name" or segment[-1].possessive:
        return False
    named = segment[-1].mention
    if len(segment) == 2 and named is not None and named.kind == "organisation":
        return segment[0].kind == "word" and segment[0].text == "the"  # ", the X Agency,"
    return all(
        c.kind == "num"
        or (c.kind == "word" and (c.text in lx.ROLE_NOUNS or c.text in lx.ROLE_MODIFIERS))
        or (c.kind == "word" and c.text.endswith("year-old"))
        for c in segment[:-1]
    )


def _authors(row: Sequence[Chunk], a: int, b: int, phrase: Phrase, text: str) -> None:
    """ ", issued by the NGO," inside commas."""
    for k in range(a, b - 1):
        if row[k].kind == "word" and row[k].text == "by":
            end = _object_end(row, k + 1, b)
            if end + 1 < b and is_word(row, end, "and") and row[end + 1].kind == "name":
                end = _object_end(row, end + 1, b)  # "signed by Sam Ortega and Ruth Adler"
            if row[a].text in sp.AUTHOR_VERBS and row[k - 1].text not in sp.SEEING_VERBS:
                phrase.authors.append(parse(row, k + 1, end, text))  # not "…, filed in court
                phrase.authors[-1].plural_names |= more_after(row, end, b)  # "and three members"
            return


_MORE = lx.words(
    "two three four five six seven eight nine ten several other others fellow colleagues"
)


def more_after(row: Sequence[Chunk], end: int, b: int) -> bool:
    """Does "and" at `end` add people left unnamed ("signed by X and three members", "and
    two others", "and other MPs") before `b`: then no one author?"""
    more = end + 1 < b and (row[end + 1].kind == "num" or is_word(row, end + 1, *_MORE))
    return more and is_word(row, end, "and")


def _object_end(row: Sequence[Chunk], a: int, b: int) -> int:
    """Where the object of a preposition starting at `a` ends (before the next preposition,
    participle, comma or relative pronoun)."""
    k = a
    seen_head = False
    while k < b:
        c = row[k]
        if c.kind == "punct" or c.kind == "quote":
            break
        if c.kind == "word" and (
            (c.text in PREPOSITIONS and seen_head)
            or c.text in sp.RELATIVE_PRONOUNS
            or (c.text.endswith("ed") and seen_head and not c.possessive)
            or c.text == "and"
        ):
            break
        if c.kind in ("name", "pron", "word") and not c.possessive and c.text not in _ARTICLES:
            seen_head = True  # "for the combined authority": a participle after "the" describes
        k += 1
    return max(k, a + 1) if a < b else a


SUBORDINATORS = lx.words(
    "after before since until as while when because if though although once unless whereas"
)


def is_object(row: Sequence[Chunk], i: int, verb_next: bool = False) -> bool:
    """Is the name or pronoun at `i` the object of a preposition or a verb? With `verb_next`
    (a verb follows it), "after"/"before"/"since"… open a clause: "a day after Orban told"."""
    k = i - 1
    while k >= 0 and _before_name(row, k, i):
        k -= 1  # "prison chief Duch", "of the Metropolitan Police"
    if k < 0:
        return False
    c = row[k]
    if c.kind != "word" or (verb_next and c.text in SUBORDINATORS):
        return False
    if described_agent(row, k):
        return True  # "quoted by the cycling magazine X": the verb's agent, an object
    past = verb_next and c.text.endswith("ed") and not c.capital
    if past and any(is_word(row, m, "whose", "who", "which") for m in range(max(0, k - 3), k)):
        return True  # "The official whose office inspected the X Bridge told": inspected
    if k > 0 and row[k - 1].kind == "word" and row[k - 1].text in lx.DETERMINERS:
        return False  # "a claim Alvarez described": "claim" is a noun, Alvarez a subject
    if c.text.endswith("ing") and k > 0 and row[k - 1].text in lx.AGENT_NOUNS:
        return True  # "A lawyer representing Mbugua said": the lawyer speaks
    return c.text in PREPOSITIONS or sp.VERB_FORMS.get(c.text) in ("finite", "base")


def _before_name(row: Sequence[Chunk], k: int, i: int) -> bool:
    """Is chunk `k` part of the phrase before the name at `i`: a role word or determiner, a
    describing word ("on Maltese investigative journalist X"), or the role's organisation
    ("for Harbor Energy chief executive Ann Lee"; not "told VOA the")?"""
    c, inner = row[k], k < i - 1
    if c.kind == "word" and (c.text in _ROLE_OR_DET or inner and c.capital):
        return True
    m = k - 2 if is_word(row, k - 1, "the") else k - 1  # "on Parliament's", "of the Assembly's"
    if c.possessive and m >= 0 and row[m].kind == "word" and row[m].text in PREPOSITIONS:
        return True  # "of Poland's Constitutional Tribunal": a possessive determines the name
    mention = row[i].mention
    titled = mention is not None and mention.title is not None
    if c.text == "and" and k > 0 and row[k - 1].capital and titled:
        m = next((m for m in range(k - 1, -1, -1) if not row[m].capital), -1)
        return is_word(row, m, "for", "of", "to")  # one title: "for Energy and Water Minister X"
    if inner and c.kind == "num" and is_word(row, k + 1, "year-old"):
        return True  # "of 71-year-old retiree X"
    if c.kind == "word" and inner and c.text.endswith((*lx.ADJECTIVE_SUFFIXES, "-old")):
        return True
    return inner and c.body and not is_word(row, k + 1, "the")


_ROLE_OR_DET = lx.ROLE_NOUNS | lx.ROLE_MODIFIERS | lx.DETERMINERS


def personal(phrase: Phrase) -> bool:
    """Does `phrase` name or describe a person ("the senator's husband", "Maria Lee")?"""
    head = phrase.head
    if head is None:
        return False
    if head.kind == "name" and head.mention is not None:
        return head.mention.kind == "person"
    return head.kind == "word" and (head.text in sp.PERSON_NOUNS or head.text in lx.ROLE_NOUNS)


def served(phrase: Phrase) -> list[Phrase]:
    """The people a proxy's phrase says it works for ("spokesman for the Prime Minister",
    "an aide to Lee"); not a bare noun that ends a title ("chief of staff")."""
    return [
        p
        for prep, p in phrase.preps
        if prep in {"for", "to", "of"} and personal(p) and not (prep == "of" and _bare(p))
    ]


def _bare(obj: Phrase) -> bool:
    plain = not obj.det and obj.possessor is None and not obj.modifiers
    return plain and obj.head is not None and obj.head.kind == "word"


def name_words(name: str) -> set[str]:
    """The words of a name, singular too ("Harbor Docks" → docks, dock): "the dock said"."""
    words = set(name.casefold().replace("’", "'").split())
    return words | {w[:-1] for w in words if w.endswith("s")}
