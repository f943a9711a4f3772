"""Quotations that nobody says: titles of works and programmes, names of plans, slogans
and scare quotes. `is_title(row, qi)` → True for "Hello VOA" (title case), the programme
"Morning Call", so-called "consultation", the "war on cars" framing (a quoted noun phrase
between "the" and a noun); an evaluative phrase in that place ("the “pretty sensational”
allegations") is someone's words and is not a title. Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.kind_modifiers import kind_modifier
from generator.extract.phrases import PREPOSITIONS
from generator.extract.rows import verb_at

_WORK_NOUNS = lx.words(
    """programme program show series book film album song podcast play column slogan motto
    campaign plan strategy scheme policy initiative project headline hashtag nickname term
    phrase word banner sign pamphlet leaflet booklet brochure"""
)
# An evaluative quoted modifier is someone's words ("the “pretty sensational” allegations");
# a quoted noun phrase before a noun is a label ("the “war on cars” framing").
_ADJECTIVE_ENDINGS = ("al", "ous", "ive", "ful", "less", "ic", "able", "ible", "ant", "ent", "ary")
_SMALL = lx.words("a an and the of to in on for at by or with from")


_NAMING = lx.words("so-called titled entitled headlined code-named codenamed nicknamed")
_SIGNS = lx.words("sign signs banner banners placard placards poster posters plaque t-shirt")
# "complaints were marked as “resolved”", "the system marked them as “resolved”": a status
# a record gives, nobody's words (but "the board flagged it as “irregular”" is the board's).
_MARKING = lx.words(
    """marked flagged logged recorded listed classified classed categorised categorized coded
    registered designated tagged certified"""
)
_RECORDS = lx.words("system systems software database tool app algorithm computer form forms")
_TERM_NOUNS = ("definition", "word", "term", "phrase", "meaning", "wording", "use", "requirement")
_LABELS = ("labels", "categories", "segments", "tags", "terms", "words", "names", "phrases")


def is_title(row: Sequence[Chunk], qi: int) -> bool:
    listed = qi >= 2 and is_word(row, qi - 1, "or", "and") and row[qi - 2].kind == "quote"
    if listed and is_title(row, qi - 2):
        return True  # "certified as “natural causes” or “cardiac arrest”": both
    text = row[qi].text.strip().rstrip(",.;:")
    prev = row[qi - 1] if qi > 0 else None
    nxt = row[qi + 1] if qi + 1 < len(row) else None
    if prev is not None and prev.kind == "word" and prev.text in _NAMING:
        return True  # a report "titled “Controlled Flight into Terrain During …”"
    if is_word(row, qi - 1 - is_word(row, qi - 1, "the", "a", "an"), "dubbed"):
        return True  # "the law, dubbed the “postman's law” by its critics": a name, always
    if is_word(row, qi - 1, "reading", "read") and any(
        c.text in _SIGNS for c in row[max(0, qi - 6) : qi]
    ):
        return True  # "a handwritten sign taped to it reading “PLEASE CLOSE GATE”"
    if _named_or_charged(row, qi):
        return True
    as_at = qi - 2 if is_word(row, qi - 1, "a", "an", "the", "only", "merely") else qi - 1
    if is_word(row, qi - 1, "of") and is_word(row, qi - 2, "being"):
        as_at = qi - 3  # "designated in the plan as being of “outstanding scenic value”"
    if is_word(row, as_at, "as") and _marked(row, as_at):
        return True  # "the system marked complaints as “resolved”", "classed as a “…”"
    such = is_word(row, qi - 2, "such") and is_word(row, qi - 3, *_TERM_NOUNS, *_LABELS)
    phrase = is_word(row, qi - 1, "phrase", "slogan", "label") and is_word(row, qi - 2, "the")
    phrase = phrase and len(text.split()) <= 3 and text.split()[0].casefold() not in _SMALL
    if such or phrase or (is_word(row, qi - 1, "of") and is_word(row, qi - 2, *_TERM_NOUNS)):
        return True  # "the definition of “allurement”", "labels such as “…”": words named
    after = qi + 2 if nxt is not None and nxt.text == "," else qi + 1
    if is_word(row, after, "as") and is_word(row, after + 1, "defined"):
        return True  # "passing “inside information”, as defined in the code": a defined term
    comma = row[qi].text.rstrip().endswith(",") or (nxt is not None and nxt.text == ",")
    worded = is_word(row, after, "the") and is_word(row, after + 1, *_WORDING)
    if comma and worded and not is_word(row, after + 2, "used", "coined", "by"):
        return True  # "had acted “without integrity”, the wording of the regulator's code"
    if _named_kind(row, qi) or _nickname(row, qi) or kind_modifier(row, qi):
        return True  # "campaign for a “no” vote", "a new “front door” assessment unit"
    if _what_called(row, qi) or (_referred_as(row, qi) and text[:1].islower()):
        return False  # "supported what he called “Haitian-led, Haitian-owned” solutions"
    if len(text.strip(" '\"‘’“”")) <= 1:
        return True  # "marked with a check mark instead of an “X”": a letter, not words
    level = prev is not None and prev.kind == "word" and prev.text in _LEVEL_VERBS
    rated_by = any(is_word(row, k, "by") for k in range(qi + 1, min(len(row), qi + 3)))
    if level and len(text.split()) == 1 and not rated_by:  # not "rated “inadequate” by X"
        return True  # "when the heat stress index reached “high”": a level's name
    titled = is_word(row, qi - 2, *_WORK_NOUNS, *sp.DOCUMENT_NOUNS) and row[qi - 1].text == ","
    if titled and _title_case(text[:-1] if text[-1:] in "?!" else text, 12):
        return True  # "published its own study, “Where Did the Barrels Go?”, in January"
    named_work = prev is not None and prev.kind == "word" and prev.text in _WORK_NOUNS
    named_work = named_work or (is_word(row, qi - 2, *_WORK_NOUNS) and row[qi - 1].text == ",")
    report = prev is not None and prev.kind == "word" and prev.text in sp.DOCUMENT_NOUNS
    return (
        _title_case(text, 12 if report else 6)  # "Hello VOA", "Roads to Nowhere", "Vision
        # 2030"; its report "Procurement of Advisory Services in Water Programs"
        or (named_work and text[:1].isupper())  # the programme "Morning Call"
        or _label(prev, text, nxt)  # the "war on cars" framing
    )


def _marked(row: Sequence[Chunk], as_at: int) -> bool:
    """A marking verb a few words before "as" (no comma or verb between), passive or done by
    a record-keeping thing."""
    for k in range(as_at - 1, max(-1, as_at - 8), -1):
        if is_word(row, k, *_MARKING):
            b = k - 1
            while is_word(row, b, "routinely", "automatically", "wrongly", "often", "been"):
                b -= 1
            passive = is_word(row, b, *lx.BE_FORMS) or is_word(row, k + 1, "as", "under", "in")
            return passive or is_word(row, b, *_RECORDS)  # "a substance classed under … as"
        if row[k].kind != "word" or (verb_at(row, k) and not row[k].text.endswith("s")):
            return False  # a verb between ("rules" in "under anti-doping rules as" is a noun)
    return False


_BEFORE_NAMED = frozenset({"the", "a", "an", "its", "his", "her", "their"})


def _what_called(row: Sequence[Chunk], qi: int) -> bool:
    """ "what he called “…”", "what Beijing termed “…”", "what he called the agency's
    “…”": someone's own words, never a title."""
    v = qi - 1
    while v > qi - 4 and v > 0 and (is_word(row, v, *_BEFORE_NAMED) or row[v].possessive):
        v -= 1  # past "the agency's", "a", "its"
    if v < 2 or row[v].kind != "word" or row[v].text not in {"called", "termed", "calls"}:
        return False
    return any(is_word(row, k, "what") for k in (v - 2, v - 3))


def _referred_as(row: Sequence[Chunk], qi: int) -> bool:
    """ "a post in which Delaney referred to the head office as “the Kremlin on …”": someone's
    own name for a thing (not "is often referred to as “…”" nor "the gambler, referred to in
    evidence as “…”": the thing's name; the caller keeps "referred to … as “Project X”" a
    title)."""
    if not is_word(row, qi - 1, "as"):
        return False
    for k in range(qi - 2, max(-1, qi - 10), -1):
        if is_word(row, k, "referred", "refers", "referring") and is_word(row, k + 1, "to"):
            passive = any(is_word(row, b, *lx.BE_FORMS) for b in range(max(0, k - 2), k))
            return not passive and k > 0 and row[k - 1].kind in ("name", "pron", "word")
        if row[k].kind not in ("word", "name"):
            return False
    return False


def _nickname(row: Sequence[Chunk], qi: int) -> bool:
    """Is the quotation a nickname inside a name ("Vasilios “Bill” Karamanlis"), or the name
    a group gives itself ("which calls itself “Elbsturm”")?"""
    if qi > 0 and row[qi - 1].kind == "name" and row[qi - 1].end > row[qi].start:
        return True  # the name's run went on past it
    if is_word(row, qi - 1, "itself", "themselves") and is_word(row, qi - 2, "calls", "called"):
        return True
    words = row[qi].text.strip(" '\"‘’“”").split()
    around = [row[k] for k in (qi - 1, qi + 1) if 0 <= k < len(row)]
    return (
        1 <= len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and len(around) == 2
        and all(c.kind in ("name", "word") and c.capital for c in around)
    )


_WORDING = lx.words("wording phrase term language standard test threshold definition formula")


_LEVEL_VERBS = lx.words("reached reaches hit hits rated graded classified downgraded upgraded")
# Nouns a quotation between a determiner and them names a kind of: "a “prevention of future
# deaths” report", "the “no work, no pay” rule" (a verb's base form too, not a verb here).
_NAMED_KINDS = lx.words("rule report order notice clause principle doctrine test policy")
_TERMS = {("idea", "of"), ("notion", "of"), ("concept", "of"), ("term", "of")} | {
    ("principle", "of"),  # "ran against the principle of “one person, one vote”": a term
    ("doctrine", "of"),
}
_COUNTS = lx.words("count counts offence offences offense offenses")
_CHARGES = (
    {("guilty", "of"), ("convicted", "of"), ("acquitted", "of"), ("charged", "with")}
    | {
        ("suspicion", "of")  # "detained … on suspicion of “conspiring against …”"
    }
    | {(noun, "of") for noun in _COUNTS | {"charges"}}  # "on charges of murder and “…”"
    | {(noun, "including") for noun in _COUNTS | {"charges"}}  # "on three counts, including “…”"
)  # "37 counts of “obtaining property by deception”"
_CHARGE_NOUNS = _COUNTS | {"charges"}


def _named_or_charged(row: Sequence[Chunk], qi: int) -> bool:
    """ "known locally as the “scallop war”": a name; "guilty of “libel committed through a
    computer system”": the words of a charge, which nobody says."""
    if qi >= 2 and row[qi - 1].text in {"and", "or", ","} and row[qi - 2].kind == "quote":
        return _named_or_charged(row, qi - 2)  # "guilty of “incitement …” and “obstruction …”"
    start = max(0, qi - 5)
    for k in range(qi - 1, start - 1, -1):
        if row[k].kind == "quote":  # "the idea of the “universal museum” had “…”": a
            start = k + 1  # marker before another quotation names that one only
            break
    words = [c.text for c in row[start:qi] if c.kind == "word"]
    pairs = set(zip(words, words[1:], strict=False))
    if "known" in words and "as" in words[words.index("known") + 1 :]:
        return True  # "known (locally) as the “…”"
    if set(words[-2:]) & {"nicknamed", "nicknames"}:
        return True  # "a pattern pilots have nicknamed “the triple”", "nicknamed the “…”"
    if pairs & _TERMS:
        return True  # "the idea of the “universal museum”": a term, nobody's words
    wider = {c.text for c in row[max(0, qi - 30) : qi] if c.kind == "word"}
    one_of = words[-2:-1] == ["one"] and bool(wider & _CHARGE_NOUNS)  # "five charges, …
    pleaded = "guilty" in words and words[-1] == "to" and "failing" in words  # "pleading
    if pleaded:  # guilty to failing to “take such measures …”": the charge's words
        return True
    owned = any(c.possessive for c in row[max(0, qi - 6) : qi])  # "the union's charges of"
    if owned and "charges" in words:
        return False
    if words[-1:] == ["with"] and "charged" in words[:-1]:
        return True  # "charged both brothers with “…”": a charge's words
    listed = words[-1:] in (["and"], ["or"]) and bool({"of", "with"} & set(words))  # "on
    return (bool(pairs & _CHARGES) or one_of) and (
        words[-1] in {"of", "with", "including"} or listed
    )
    # charges of murder and “…”"; "and one of “…”"


def _title_case(text: str, most: int = 6) -> bool:
    words = text.split()
    if not 2 <= len(words) <= most or any(ch in text for ch in "!?") or "." in text[:-1]:
        return False
    if _time_phrase(words):
        return False  # "would clear the plenary session “by April”": a date, someone's words
    content = [w for w in words if w.casefold() not in _SMALL]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


_BY_WHEN = lx.words("by in until before after from on")
_WHEN = lx.MONTH_NAMES | frozenset(lx.WEEKDAYS) | lx.words("christmas easter")


def _time_phrase(words: list[str]) -> bool:
    """Is the quotation a preposition and a month or day, perhaps a year ("by April", "in
    January.", "by October 2026")? A time is no title."""
    w = [x.casefold().strip(".,;:") for x in words]
    year = len(w) == 3 and w[2].isdigit()
    return (len(w) == 2 or year) and w[0] in _BY_WHEN and w[1] in _WHEN


def possessors_word(row: Sequence[Chunk], qi: int) -> bool:
    """Is the quotation a word inside a noun phrase with a possessor ("the company's
    “world-leading” safeguards", "its “historic” deal")? Then it is the possessor's claim
    or the writer's irony, never the words of the clause's speaker."""
    prev = row[qi - 1] if qi > 0 else None
    nxt = row[qi + 1] if qi + 1 < len(row) else None
    if prev is None or nxt is None or len(row[qi].text.split()) > 4 or _what_called(row, qi):
        return False  # not "what he called the agency's “rush to publicise”"
    owner = prev.possessive or (prev.kind in ("word", "pron") and prev.text in {"its", "their"})
    return owner and _noun(nxt)


def quoted_term(row: Sequence[Chunk], qi: int) -> bool:
    """A short quoted noun phrase after a preposition and a compound modifier, in reported speech
    ("told Wikinews that the company had moved 400 employees onto three-month “flexible
    contracts”"): a term someone else coined, which the reporting speaker only repeats."""
    words = row[qi].text.split()
    if _glossed(row, qi):
        return True  # "the principle of “wehrhafte Demokratie,” or militant democracy": a term
    if not 1 <= len(words) <= 3 or qi < 3 or any(sp.VERB_FORMS.get(w) for w in words):
        return False
    modifier, prep = row[qi - 1], row[qi - 2]
    if modifier.kind not in ("word", "num") or "-" not in modifier.text:
        return False  # "three-month", "24-hour": a compound that classifies the term
    if prep.kind != "word" or (prep.text not in PREPOSITIONS and prep.text != "onto"):
        return False
    return any(sp.VERB_FORMS.get(c.text) == "finite" for c in row[: qi - 2])


def _glossed(row: Sequence[Chunk], qi: int) -> bool:
    """Is the short quotation glossed by ", or" and a lowercase phrase after it (a foreign or
    technical term and its meaning)?"""
    after = qi + 1 < len(row) and row[qi + 1].text == ","
    k = qi + 1 + after
    comma = row[qi].text.rstrip().endswith(",") or after
    gloss = row[k + 1] if k + 1 < len(row) else None
    short = len(row[qi].text.split()) <= 4
    return short and comma and is_word(row, k, "or") and gloss is not None and _noun(gloss)


def _noun(nxt: Chunk) -> bool:
    """Can the word after a quotation be the noun it modifies?"""
    return (
        nxt.kind == "word"
        and not nxt.capital
        and nxt.text not in PREPOSITIONS
        and nxt.text not in {"and", "or", "but", "is", "was", "are", "were", "has", "had"}
        and not nxt.text.endswith("ed")
        and sp.VERB_FORMS.get(nxt.text) is None
    )


def _named_kind(row: Sequence[Chunk], qi: int) -> bool:
    """A quoted kind of thing, no one's words: "a new “front door” assessment unit" (after
    "new", no evaluative word), "campaign for a “no” vote" (one word after "a", no verb of
    saying or naming before it in the sentence; not "calls it a “major problem” due to", nor
    "told the panel the officer had an “unblemished” record": the teller's word; a hyphened
    compound, "said … a “grade-band” model", stays a kind's name)."""
    nxt = row[qi + 1] if qi + 1 < len(row) else None
    words = row[qi].text.split()
    if nxt is None or nxt.kind != "word" or nxt.capital or not _noun(nxt) or verb_at(row, qi + 1):
        return False
    if nxt.text in {"that", "which", "who", "due", "because"}:
        return False
    counted = qi > 0 and row[qi - 1].kind == "num" and nxt.text.endswith("s")
    if (is_word(row, qi - 1, "new") or counted) and len(words) <= 2:  # "1,140 “blue roof”
        # installations": a kind of thing counted
        return not any(w.casefold().endswith((*_ADJECTIVE_ENDINGS, "ing", "ed")) for w in words)
    if not is_word(row, qi - 1, "a", "an") or len(words) != 1:
        return False
    if words[0].casefold().strip(",.").endswith((*_ADJECTIVE_ENDINGS, "ing")):
        return False  # "a “generous” offer", "an “overbearing” impact": someone's verdict
    if words[0].casefold().strip(",.!") in {"yes", "no"} and nxt.text in {"vote", "campaign"}:
        return True  # "which urged a “No” vote": a ballot's option
    if any(c.kind == "word" and c.text in sp.VERB_FORMS for c in row[max(0, qi - 5) : qi]):
        return False
    return "-" in words[0] or not _reported(row, qi)  # "a “cost-plus” basis": a compound


def _reported(row: Sequence[Chunk], qi: int) -> bool:
    """Does the quotation stand in the clause a verb of saying earlier in the sentence reports,
    with no possessor, relative pronoun or other quotation between them ("told the panel the
    officer had an “unblemished” record"; not "called the brigade's talk of a “response”")?"""
    for k in range(qi - 1, -1, -1):
        c = row[k]
        if c.kind == "quote" or c.possessive or is_word(row, k, "which", "who", "whose"):
            return False
        if c.kind == "word" and c.text in sp.VERB_FORMS:
            return True
    return False


def _label(prev: Chunk | None, text: str, nxt: Chunk | None) -> bool:
    """A quoted noun phrase between "the" (or a possessive) and a noun names a thing."""
    if prev is None or nxt is None or nxt.kind != "word" or nxt.capital or not text:
        return False
    definite = prev.possessive or (prev.kind == "word" and prev.text in {"the", "its", "their"})
    noun = _noun(nxt)
    evaluative = any(  # "the “unacceptable and humiliating” treatment": someone's words
        w.casefold().endswith((*_ADJECTIVE_ENDINGS, "ing")) for w in text.split()
    )
    named = nxt.text in _WORK_NOUNS  # "an internal “fast-track” scheme": what it is called
    kind = nxt.text in _NAMED_KINDS and (definite or prev.text in {"a", "an"})  # the “no work,
    return ((definite or named) and noun and not evaluative) or kind  # no pay” rule
