"""Where a quotation's cue may be, for `cues._before`: `coordinate_start` (after ", and"
or ";", the clause an "according to X" after the quotation limits the search to),
`as_verb` (the as-verb whose "as" precedes the quotation, when a speech noun between them
already has its own quotation: "dismissed the leader's accusation of “…” as “…”"), and
`adverbial` (a quotation opening with a preposition or an adverb, which no agentless
passive's content is: "would be announced “within fourteen days”"), and the word shapes that
move or stop the search: `describes_document` ("a statement posted to its website"),
`closed_aside` ("…, an allegation staff deny, and that …") (`participle_uses` has ",
warning that …"); verbs that are no cue where they stand: `noun_to` ("no chance to
respond"), `reported_it` ("said it showed"), `found_thing` ("found a buyer since the “…”"),
`by_participle` ("the relief announced by X") and `passive_to` ("been told to"); and whose
words a clause holds: `inverted_speaker` (", said his lawyer, X, of Y, adding"),
`document_aside` ("that the ECP itself, in a letter …, had sought “…”"). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word, skip_adverbs_left
from generator.extract.names import NameMention
from generator.extract.phrases import PREPOSITIONS
from generator.extract.reduced_participles import object_participle
from generator.extract.rows import verb_at

_PARTICIPLES = lx.words("read sent written seen shown given made")
_IN_WHICH = frozenset({"in", "by", "to", "with", "for", "on", "at", "during", "under"})
_CAUSING = lx.words("prompting prompted prompts forcing forced leading led causing caused")
_AUXILIARY = lx.BE_FORMS | {"had", "has", "have"}


def as_verb(row: Sequence[Chunk], as_index: int, floor: int) -> int | None:
    """The as-verb ("dismissed", "described", "rejected") whose "as" is at `as_index`, when
    a speech noun lies between them: the quotation after "as" is the verb's, not the noun's."""
    noun = quoted = False  # the noun has its own quotation ("accusation of “a cover-up”"),
    for k in range(as_index - 1, max(floor - 1, as_index - 14), -1):  # so "as" is the verb's
        c = row[k]
        if c.kind == "punct" and c.text in {",", ";", ":"}:
            return None
        if c.kind == "quote":
            quoted = True
        if c.kind != "word":
            continue
        if (c.text in sp.SPEECH_NOUNS or c.text in sp.REPLY_NOUNS) and quoted:
            noun = True
        elif c.text in sp.AS_VERBS or sp.VERB_FORMS.get(c.text) == "finite":
            return k if noun and (c.text in sp.AS_VERBS or c.text.startswith("descri")) else None
    return None


_ADVERBIAL_OPENERS = lx.words(
    """within by in at for after before until on over under from since during far time
    again soon shortly immediately almost nearly just only when once unless less more fewer"""
)


def adverbial(quoted: str) -> bool:
    """Does a quotation open with a preposition or an adverb ("within fourteen days", "time
    and again", "far too late", "long before a single ballot was cast"): an adverbial, which
    no passive verb's content is?"""
    words = quoted.strip(" \"'“”‘’").casefold().split(" ", 2)
    first = words[0].rstrip(",")
    if first in {"long", "well"} and words[1:2] in (["before"], ["after"]):
        return True
    alone = len(words) == 1 or words[0].endswith(",") or words[1] in _ADVERBIAL_OPENERS
    # "quietly", "quietly, in corridors", not "entirely routine" (an adjective's adverb)
    return first in _ADVERBIAL_OPENERS or (first.endswith("ly") and len(first) > 4 and alone)


def coordinate_start(row: Sequence[Chunk], qi: int) -> int:
    """Where the coordinated clause holding chunk `qi` starts: after the last ", and" (but,
    while) or semicolon before it; 0 when none."""
    for k in range(qi - 1, 0, -1):
        c = row[k]
        if c.kind == "punct" and c.text == ";":
            return k + 1
        if c.kind == "punct" and c.text == "," and is_word(row, k + 1, "and", "but", "while"):
            return k + 2
    return 0


def describes_document(row: Sequence[Chunk], j: int) -> bool:
    """ "a statement posted to its website": a participle right after a document noun and
    before a preposition describes it (not "the statement added that", "… called on X to")."""
    return (
        j > 0
        and (row[j].text.endswith("ed") or row[j].text in {"read", "sent", "written"})
        and row[j].text not in {"called", "urged", "warned", "accused"}
        and row[j - 1].text in sp.DOCUMENT_NOUNS
        and is_word(
            row, j + 1, "to", "on", "in", "at", "by", "from", "online", "late", "outside", "after"
        )
        and not (is_word(row, j + 1, "in") and is_word(row, j + 2, "part", "full"))
    )  # not "The statement read in part, “…”": the document's words


def comma_between(row: Sequence[Chunk], a: int, b: int) -> bool:
    """Is there a comma among `row[a:b]`?"""
    return any(row[k].kind == "punct" and row[k].text == "," for k in range(a, b))


def reduced_relative(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """ "the freeze, announced in a circular in August, amounted to “…”": a past participle
    opening an aside that a comma closes before the quotation describes the noun before it;
    it is not the quotation's cue (not "the plan, he said, was “…”": a subject first); nor
    one after a preposition's noun ("on the scale proposed would mean", `object_participle`)."""
    return object_participle(row, j) or (
        j > 0
        and row[j - 1].kind == "punct"
        and row[j - 1].text == ","
        and _participle(row, j)
        and not is_word(row, j + 1, "that", "to")
        and comma_between(row, j + 1, qi)
        and not _closes_aside(row, j - 1)
    )


def _participle(row: Sequence[Chunk], j: int) -> bool:
    return row[j].text.endswith("ed") or row[j].text in _PARTICIPLES  # ", read on TV"


def _closes_aside(row: Sequence[Chunk], comma: int) -> bool:
    """Does the comma at `comma` close an aside a participle opened ("A decree from the
    ministry, read on state television, accused"): the verb after it is the clause's."""
    k = next((k for k in range(comma - 1, max(-1, comma - 14), -1) if row[k].kind == "punct"), -1)
    return k >= 0 and row[k].text == "," and k + 1 < comma and _participle(row, k + 1)


def relative_aside(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is the verb at `j` inside a relative clause set off by commas before the quotation
    ("the structure, which Chinese officials describe as a farm, was “…”")?"""
    closing = next((k for k in range(j + 1, qi) if _comma_at(row[k])), -1)
    passive = closing > j + 1 and is_word(row, j - 1, *lx.BE_FORMS)  # ", who was declared
    if closing < 0 or (closing + 1 >= qi and not passive):  # winner … by X, “…”": no cue
        return False  # not ", which said, “…”": the clause's own verb introduces it
    if is_word(row, closing + 1, "which", "who") and is_word(row, qi - 1, "as"):
        return False  # ", at which X described the storm, which …, as “…”": the aside is the
        # storm's, and "as" takes the verb back up
    for k in range(j - 1, max(-1, j - 8), -1):
        if row[k].kind == "punct":  # also ", in which he described it as “…,” had “…”"
            which = k + 1 + (row[k + 1].kind == "word" and row[k + 1].text in _IN_WHICH)
            return row[k].text == "," and is_word(row, which, "which", "who", "whom")
    return False


def _comma_at(c: Chunk) -> bool:  # a comma, or a quotation closed by its own comma
    return (c.kind == "punct" and c.text == ",") or (
        c.kind == "quote" and c.text.rstrip().endswith(",")
    )


def closed_aside(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is the word at `j` inside an aside that a comma closes before the quotation ("…, an
    allegation staff deny, and that the order was issued “…”")?"""
    return j > 0 and comma_between(row, j + 1, qi) and comma_between(row, max(0, j - 5), j)


def object_control(row: Sequence[Chunk], to_index: int) -> int:
    """ "urged both sides to say": the index of the verb that asks someone to speak, -1."""
    for k in range(to_index - 1, max(-1, to_index - 8), -1):
        if row[k].kind == "word" and row[k].text in {
            "urged", "urging", "urges", "asked", "asking", "asks", "told", "telling", "tells",
            "called", "calling", "calls", "invited", "encouraged", "pressed", "challenged",
            "ask", "urge", "tell", "invite", "encourage", "press", "challenge",
        }:  # fmt: skip
            return k
        if row[k].kind == "punct" or row[k].kind == "quote":
            break
    return -1


def causer(row: Sequence[Chunk], to_index: int) -> int:
    """ "prompting the WHO to warn of “…”": the index of the verb whose object then speaks
    (the object's words, unlike "urged X to say"), -1."""
    k = to_index - 1
    while k > 0 and row[k].kind in ("name", "word") and not is_word(row, k, *_CAUSING):
        if row[k].kind == "word" and (verb_at(row, k) or row[k].text in {"that", "which"}):
            return -1
        k -= 1
    return k if k < to_index - 1 and is_word(row, k, *_CAUSING) else -1


def inverted_cue(row: Sequence[Chunk], j: int) -> tuple[int, int] | None:
    """ "Names … were among the data accessed, the statement said, adding that …": when the
    "-ing" clause at `j` follows a cue set off by commas (a noun phrase and a reporting verb,
    or the verb first: ", said the council,"), the span of that noun phrase."""
    if j < 3 or not (row[j - 1].kind == "punct" and row[j - 1].text == ","):
        return None
    closing = j >= 5 and is_word(row, j - 2, *lx.SAID_FORMS) and row[j - 3].text == ","
    if closing and row[j - 4].kind == "name" and row[j - 5].text == ",":  # "…, its chairman,
        return (j - 4, j - 3)  # Nii Armah Tetteh, said, adding that": the name
    p = j - 2
    while p >= 0 and row[p].kind in ("word", "name", "pron") and j - 1 - p <= 12:
        p -= 1  # "…, Nordhavn said in a stock exchange announcement on Tuesday evening, adding"
    quoted = p >= 0 and row[p].kind == "quote" and row[p].text.rstrip().endswith(",")
    if p < 0 or not ((row[p].kind == "punct" and row[p].text == ",") or quoted):
        return None  # also `“…,” the central bank said in the statement, adding`
    a, b = p + 1, j - 1  # the words between the two commas ("…, he wrote, adding")
    named = a >= 3 and row[a - 2].kind == "name" and row[a - 1].text == row[a - 3].text == ","
    if is_word(row, a, *lx.SAID_FORMS) and named:  # "…, his spokeswoman, Talia Brandt, said
        return (a - 2, a - 1)  # in an email to The Washington Post, adding": the name
    if b - a < 2:
        return None
    said = next((m for m in range(a + 1, b) if is_word(row, m, *lx.SAID_FORMS)), -1)
    adjunct = said >= 0 and is_word(row, said + 1, "in", "on", "at") and b - said <= 9
    heard = said + 1 + is_word(row, said + 1, "the")  # "told (the) Associated Press"
    listener = said >= 0 and is_word(row, said, "told") and row[heard].kind == "name"
    day = said >= 0 and row[said + 1].text.casefold() in lx.DAY_WORDS and b - said == 2
    adjunct = adjunct or day or (listener and b - said <= 6)  # "…, the relief agency X said
    # Thursday, warning"; "…, a spokesperson for Hale told The Associated Press on Friday,
    # adding": the spokesperson
    if row[b - 1].kind == "word" and row[b - 1].text in lx.SAID_FORMS:
        aux = is_word(row, b - 2, "has", "have", "had")  # "…, Qatar's foreign ministry has
        span = (a, b - 1 - aux)  # said, describing": the ministry; "the statement said"
    elif adjunct:
        span = (a, said)  # "Hessler said in a statement"
    elif row[a].kind == "word" and row[a].text in lx.SAID_FORMS - {"told", "tells"}:
        span = (a + 1, b)  # "said the council"; not "X, told POLITICO on Thursday, adding"
    else:
        return None
    if span[1] - span[0] > 4:
        return None
    if any(verb_at(row, k) or sp.VERB_FORMS.get(row[k].text) for k in range(*span)):
        return None
    return span


def inverted_speaker(row: Sequence[Chunk], j: int) -> NameMention | None:
    """ "…, said his lawyer, Priya Raman, of Maddox Workplace Law, adding that": the name
    an inverted ", said" before the "-ing" clause at `j` gives its speaker (the name right
    after "said", or one set off by commas after a role), when only noun phrases and commas
    stand between; None otherwise."""
    if j < 4 or row[j - 1].text != ",":
        return None
    for s in range(j - 2, max(0, j - 16), -1):
        c = row[s]
        if c.kind == "quote" or (c.kind == "punct" and c.text != ","):
            return None
        said = is_word(row, s, *lx.SAID_FORMS - {"told", "tells"}) and row[s - 1].text == ","
        if said:
            names = [m for m in range(s + 1, j) if row[m].kind == "name"]
            first = names[0] if names else -1
            apposed = first > s + 1 and row[first - 1].text == "," and row[first + 1].text == ","
            right = first == s + 1 or apposed
            named = row[first] if names and right and not row[first].possessive else None
            return named.mention if named is not None else None
        if verb_at(row, s) or sp.VERB_FORMS.get(c.text):
            return None
    return None


def document_aside(row: Sequence[Chunk], that: int, qi: int) -> NameMention | None:
    """ "reminded the benches that the ECP itself, in a letter to the ministry in May, had
    sought “…”": the name a reported clause opens with when an aside right after it puts the
    words in a document ("in a letter", "in its report"), with no other quotation or clause
    between; None otherwise."""
    k = that + 1 + is_word(row, that + 1, "the")
    named = row[k] if k < qi and row[k].kind == "name" and not row[k].possessive else None
    if named is None or named.mention is None:
        return None
    a = k + 1 + is_word(row, k + 1, "itself", "themselves", "himself", "herself")
    if a >= qi or row[a].text != "," or not is_word(row, a + 1, "in"):
        return None
    if not any(is_word(row, m, *sp.DOCUMENT_NOUNS) for m in range(a + 2, min(a + 5, qi))):
        return None
    inner = row[a + 1 : qi]
    if any(c.kind == "quote" for c in inner) or sum(c.text == "," for c in inner) != 1:
        return None
    return named.mention


# Reporting verbs of the clause an inner verb is reported in ("told reporters that X would
# announce …"); and the verbs a cue set off by commas is made of (", the statement said,
# adding"; not ", argued for a lower sum, telling": a verb with its own complement).
REPORTING = lx.words(
    "said says saying told tells telling added adding stated argued insisted warned wrote"
)


def reported_before(row: Sequence[Chunk], j: int) -> bool:
    """Does a reporting verb stand before chunk `j` ("X said Y had directed …")?"""
    return any(c.kind == "word" and c.text in REPORTING for c in row[:j])


def inside_report(row: Sequence[Chunk], j: int) -> bool:
    """Is chunk `j` inside a clause that an earlier verb of saying reports, with that
    clause's own subject between ("He said the commission had found", "Gharbi said prison
    officials had turned down …")? No comma or quotation may stand between."""
    for k in range(j - 1, -1, -1):
        c = row[k]
        if c.kind in ("punct", "quote"):
            return False
        if c.kind == "word" and sp.VERB_FORMS.get(c.text) == "finite" and c.text in REPORTING:
            return k < j - 2
    return False


def after_comma_by(row: Sequence[Chunk], j: int) -> bool:
    """ "Ortiz, told by Lee that …": a participle after a comma with its agent next."""
    return (
        j > 0
        and row[j - 1].kind == "punct"
        and row[j - 1].text == ","
        and is_word(row, j + 1, "by")
    )


def noun_to(row: Sequence[Chunk], k: int) -> bool:
    """Is the word at `k` a noun after a determiner ("no chance", "the right") that the
    infinitive after it completes ("no chance to respond")?"""
    noun = row[k] if k >= 1 and row[k].kind == "word" else None
    if noun is None or noun.text.endswith(("ed", "ing")) or sp.VERB_FORMS.get(noun.text):
        return False
    return is_word(row, k - 1, "no", *lx.DETERMINERS) and not row[k - 1].possessive


def reported_it(row: Sequence[Chunk], j: int) -> bool:
    """Is the verb at `j` one of finding with "it" as its subject, reported by a verb of
    saying right before ("said it showed", "said that it found")?"""
    if not is_word(row, j - 1, "it"):
        return False
    k = j - 3 if is_word(row, j - 2, "that") else j - 2
    return k >= 0 and row[k].kind == "word" and sp.VERB_FORMS.get(row[k].text) == "finite"


def found_thing(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """A verb of finding with a thing as its object ("found a buyer since the “…”"), the
    quotation past it, and no "that" between: nothing found is said."""
    return (
        is_word(row, j + 1, "a", "an")
        and qi - j > 3
        and not any(is_word(row, m, "that") for m in range(j + 1, qi))
        and not _found_clause(row, j, qi)
    )


_VERDICTS = lx.words("responsible guilty liable culpable")


def _found_clause(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is the object after "found a/an" the subject of what was found: "has found a former
    minister “deliberately misled” …", "found a council officer breached …", "found a
    housing association responsible for “…”" (a noun phrase of plain words, then the
    quotation, a finite verb or a verdict word)? Never "found a buyer since the “…”"."""
    k = j + 2
    while k < qi and row[k].kind == "word" and not verb_at(row, k):
        if row[k].text in PREPOSITIONS or row[k].text in _VERDICTS or row[k].possessive:
            break
        k += 1
    if k == j + 2:
        return False
    return k == qi or is_word(row, k, *_VERDICTS) or (verb_at(row, k) and k < qi)


def by_participle(row: Sequence[Chunk], j: int) -> bool:
    """A past participle right after a noun with its agent next ("the compensation
    announced by the State government"): it describes the noun, it is no cue."""
    prev = row[j - 1] if j > 0 else None
    if any(is_word(row, k, *_AUXILIARY) for k in range(skip_adverbs_left(row, j - 1)[0], j)):
        return False  # "was later described by him": a passive verb, its agent speaks
    return (
        row[j].text.endswith("ed")
        and is_word(row, j + 1, "by")
        and prev is not None
        and prev.kind == "word"
        and prev.text not in _AUXILIARY
        and not verb_at(row, j - 1)
        and not prev.text.endswith("ly")
    )


def passive_to(row: Sequence[Chunk], j: int) -> bool:
    """A passive reporting verb with "to" after it ("be asked to", "been told to")."""
    return is_word(row, j - 1, "be", "been", "being") and is_word(row, j + 1, "to")


def ing_before_that(row: Sequence[Chunk], k: int, floor: int) -> int:
    """The "-ing" word (not a verb of saying) governing the first "that" of "… that A and
    that B" ending at `k` ("pointing out that"), or -1."""
    m = next((m for m in range(k - 1, max(floor, 0), -1) if is_word(row, m, "that")), -1)
    v = m - 2 if is_word(row, m - 1, "out", "to") else m - 1
    ing = m > 0 and v >= 0 and row[v].kind == "word" and row[v].text.endswith("ing")
    return v if ing and v > 0 and row[v - 1].text == "," else -1
