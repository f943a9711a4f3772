"""Quotations that quote a law, not a person: "in the words of the Code, “…”", "“…” under
the X Act", "“…”, as the Y Act requires", "the constitutional right “to …”", "that Article 212
of the Constitution barred “…”". Split from `titles`. Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.law_verb_phrases import spoken_verb_phrase
from generator.extract.rows import verb_at

_PROVISIONS = lx.words("article section clause rule paragraph regulation")
_LAWS = lx.words(
    """code act law laws statute constitution article articles section sections clause
    clauses regulation regulations"""
)
_DEFINING = _LAWS | lx.words("treaty convention directive charter")
_RULE_NOUNS = _LAWS | lx.words(
    "policy policies rule rules bylaws charter guidelines order orders amendment amendments"
)
# An agreement, a contract or a plan holds the words only where it binds or names ("the
# enterprise agreement required “…”", "under a contract that required counties to “…”", "the
# plan designates the area for “…”"), not where it lets
# ("the agreement allowed the city “to …”": the speaker's gloss).
_COMPACTS = lx.words("agreement agreements plan plans contract contracts")
_BINDING = lx.words(
    """require requires required oblige obliges obliged define defines defined designate
    designates designated bar bars barred prohibit prohibits prohibited entitle entitles"""
)
_LAW_VERBS = lx.words(
    """prohibit prohibits prohibited ban bans banned bar bars barred forbid forbids forbade
    require requires required define defines defined criminalise criminalises criminalize
    criminalizes outlaw outlaws punish punishes punished penalise penalises penalize
    penalizes oblige obliges obliged allow allows allowed permit permits permitted cover covers
    covered entitle entitles designate designates let lets"""
)
_FINITE = lx.words("had has have was were is are would will could")
_LAW_PARTICIPLES = lx.words("requiring prohibiting banning barring forbidding obliging")


def law_wording(row: Sequence[Chunk], qi: int) -> bool:
    """Is the quotation a law's own wording by the phrase before it: "in the words of the
    Code, “…”", "the state constitution's requirement that districts be “…”"?"""
    means = is_word(row, qi - 1, "by") and is_word(row, qi - 2, "means", "meant", "mean")
    if means and any(c.text.casefold() in _DEFINING for c in row[max(0, qi - 6) : qi - 2]):
        return True  # "what the statute means by “the same emergency”"
    if _law_after(row, qi):
        return True  # "breached its “protection obligation” under the Personal Data Protection
        # Act", "were not “offenses of a political character” as defined in the treaty"
    if is_word(row, qi - 1, "statutory") or (
        is_word(row, qi - 1, "of")
        and is_word(row, qi - 2, *_TESTS)
        and is_word(row, qi - 3, *_STATUTORY)
    ):  # "ignore the statutory “presumption against closure”", "the legal test of “…”"
        return True
    words = next((k for k in range(qi - 1, max(-1, qi - 7), -1) if is_word(row, k, "words")), -1)
    if words >= 0 and is_word(row, words + 1, "of"):
        return any(c.text.casefold() in _LAWS for c in row[words + 2 : qi])
    for k in range(qi - 1, max(-1, qi - 10), -1):
        if row[k].kind in ("quote", "punct"):
            return False
        if row[k].text in _ENTITLEMENTS and is_word(row, k - 1, *_STATUTORY):
            return True  # "the constitutional right “to profess, practise …”", "guarantee of"
        if row[k].text in _ENTITLEMENTS and k > 0 and row[k - 1].possessive:
            owner = row[k - 1].text.removesuffix("'s").removesuffix("’s")  # "the state
            if owner in _DEFINING:  # constitution's guarantee of “…”", not "the union's right"
                return True
        if row[k].text in _TERM_HEADS and k > 0 and row[k - 1].possessive:
            clause = any(is_word(row, m, "that") for m in range(k + 1, qi))  # not "the law's
            predicate = is_word(row, qi - 1, *lx.BE_FORMS) and not clause  # definition was “…”"
            owner = row[k - 1].text.removesuffix("'s").removesuffix("’s")
            return not predicate and owner in _TERM_OWNERS  # also "the bill’s test of “…”"
    return False


def _law_after(row: Sequence[Chunk], qi: int) -> bool:
    """Does a law or treaty that defines the quoted term follow it: "“…” under the X Act",
    "“…” under Cambodia's criminal code", "“…” as defined in the extradition treaty"?"""
    k = qi + 1
    if is_word(row, k, "as") and is_word(row, k + 1, "defined") and is_word(row, k + 2, "in", "by"):
        k += 2
    elif is_word(row, k, "enshrined", "guaranteed") and is_word(row, k + 1, "in", "by", "under"):
        if not is_word(row, qi - 2, *_ENTITLEMENTS):
            return False  # not "were “incompatible with the right …” guaranteed by the …"
        k += 1  # "the communities' right to “…” enshrined in the constitution"
    elif k < len(row) and row[k].text == "," and _legal_apposition(row, k + 1):
        return True  # "“…”, the test set out in the Competition Act", "the legal threshold"
    elif is_word(row, k, "required", "prescribed") and is_word(row, k + 1, "by", "under"):
        if row[qi].text.split()[0].endswith("ed") or row[qi].text.split()[0] in {"a", "an"}:
            return False  # "had “followed every step” required under the Act": the speaker's;
            # "followed “a routine clean-up of …” required by law": a description, no term
        k += 1  # "had not completed the “stand-down period” required by regulation 14.2"
    elif is_word(row, k + 1, "as") and row[k].text == ",":  # "made “in good faith”, as the
        ends = [(c.text.casefold().split() or [""])[-1] for c in row[k + 2 : k + 9]]  # X Act
        law = next((m for m, w in enumerate(ends, k + 3) if w in _DEFINING), 0)  # requires"
        return law > 0 and is_word(row, law, *_PROVIDING)  # "…”, as the act defines it"
    elif is_word(row, k, "that", "which"):  # "without the “notice and meaningful opportunity
        return _law_grants(row, k + 1)  # to be heard” that the band's constitution guarantees"
    elif not is_word(row, k, "under") or row[qi].text.split()[-1].endswith(("ed", "able", "ible")):
        return False  # not "followed “every step required” under the procurement law"
    elif spoken_verb_phrase(row, qi):
        return False  # "would “not hesitate to take further action” under the X Act"
    for c in row[k + 1 : k + 8]:
        if c.kind == "quote" or (c.kind == "punct" and c.text != "'"):
            return False
        if (c.text.casefold().split() or [""])[-1] in _DEFINING:
            return True
    return False


def _legal_apposition(row: Sequence[Chunk], k: int) -> bool:
    """Does an apposition at `k` name the quotation as a law's test or wording: "the legal
    threshold for intervention", "the test set out in the Competition Act", "the phrase used
    in Section 20(1) of the X Act", "the standard set by Section 61 of the Y Act"?"""
    if not is_word(row, k, "the", "a"):
        return False
    if is_word(row, k + 1, *_STATUTORY) and is_word(row, k + 2, *_TESTS, "threshold"):
        return True
    if not is_word(row, k + 1, *_TESTS, "phrase", "wording", "threshold"):
        return False
    for c in row[k + 2 : k + 12]:
        if c.kind == "quote" or (c.kind == "punct" and c.text not in {"(", ")"}):
            return False
        if c.kind in ("word", "name") and c.text.casefold().split()[-1:] in (["said"], ["nowhere"]):
            return False  # "a phrase she said was lifted from …", "that appears nowhere in …"
        if (c.text.casefold().split() or [""])[-1] in _DEFINING:
            return True
    return False


def _law_grants(row: Sequence[Chunk], k: int) -> bool:
    """Does a clause at `k` open with a law as its subject and a verb that grants or requires
    what the quotation names ("the constitution guarantees", "the act requires")?"""
    for m in range(k, min(len(row) - 1, k + 5)):
        c = row[m]
        if c.kind not in ("word", "name"):
            return False
        if (c.text.casefold().split() or [""])[-1] in _DEFINING:
            return is_word(row, m + 1, *_GRANTING)
    return False


_GRANTING = lx.words(
    """guarantees guaranteed requires required provides provided mandates mandated
    demands demanded stipulates stipulated enshrines enshrined"""
)
_STATUTORY = lx.words("constitutional statutory legal")
_PROVIDING = lx.words("requires required provides stipulates defines defined")
_TESTS = lx.words("test standard threshold definition")
_ENTITLEMENTS = lx.words("right rights guarantee guarantees")
_TERM_HEADS = lx.words("requirement requirements provision definition test standard wording")
_TERM_OWNERS = _LAWS | lx.words("bill")  # a bill is a law in draft


def provision_words(row: Sequence[Chunk], qi: int) -> bool:
    """Does the quotation quote a law: in a clause whose subject is a numbered provision
    ("that Article 212 of the Constitution barred … “…”", not its predicate: "Article 5 was
    “badly drafted”"), or the object of what a law forbids or requires ("articles of the
    Criminal Code that prohibit “…” and “…”")?"""
    predicate = row[qi - 1].kind == "word" and row[qi - 1].text in lx.BE_FORMS if qi else True
    if predicate and not is_word(row, qi - 2, "to"):  # "requires districts to be “…”": the
        return False  # law's words; "Article 5 was “badly drafted”": a predicate
    for k in range(qi - 1, max(-1, qi - 30), -1):
        if is_word(row, k, "under") and _named_law(row, k + 1, qi):
            return True  # "a duty under the Public Libraries and Museums Act 1964 to provide a “…”"
        listed = row[k].kind == "quote" and is_word(row, k + 1, "and", "or")
        if row[k].kind in ("quote", "punct") and row[k].text not in {",", "(", ")"} and not listed:
            return False  # (not the brackets of "Section 41(1)")
        if row[k].text.endswith("ing") and row[k].text in sp.VERB_FORMS:
            return False  # "… under the Congressional Review Act, calling it “…”": a cue
        participle = row[k].text in _LAW_PARTICIPLES and is_word(row, k - 1, *_RULE_NOUNS)
        if participle and not any(verb_at(row, m) for m in range(k + 1, qi)):
            return True  # "in breach of regulations requiring a cell visit “…”"
        if row[k].text == "," and is_word(row, k + 1, *_FINITE):
            return False  # "the plan, which bans hunting …, had turned its members into “…”"
        if row[k].text in _LAW_VERBS and _law_subject(row, k):
            return True  # "the district's policy, adopted in 2022, requires … unless it finds “…”"
        if is_word(row, k, "that", "which"):
            first = row[k + 1] if k + 1 < qi else None
            numbered = k + 2 < qi and row[k + 2].kind == "num"
            if first is not None and first.text.casefold() in _PROVISIONS and numbered:
                return True
            law = any(c.text.casefold() in _LAWS for c in row[max(0, k - 4) : k])
            return law and first is not None and first.text in _LAW_VERBS
    return False


def _law_subject(row: Sequence[Chunk], k: int) -> bool:
    """Is the subject of the verb at `k` a law or a policy ("the district's own policy,
    adopted in 2022, requires")? Its head noun ends the words before the verb, or before an
    aside between commas."""
    m = k - 1
    if m >= 0 and row[m].text == ",":
        m = next((i for i in range(m - 1, max(-1, m - 8), -1) if row[i].text == ","), -1) - 1
    if is_word(row, m, "and"):  # "the amendments, which … stretch the term … and let …"
        m = _which_before(row, m)
    if is_word(row, m, "which", "that") and m >= 1:  # "the state constitution, which
        m -= 1 + (row[m - 1].text == ",")  # requires …", "a standing order that requires …"
    if m < 0:
        return False
    words = row[m].text.casefold().split()
    if row[m].kind == "name" and words and (words[-1] in _LAWS or words[1:2] == ["of"]):
        return words[0] in _LAWS or words[-1] in _LAWS  # "the Code of Conduct, which …"
    if row[m].kind == "word" and row[m].text in _RULE_NOUNS:
        return True
    if row[m].kind == "word" and row[m].text in _COMPACTS:
        return row[k].text in _BINDING
    head = m - 1 - is_word(row, m - 1, "the", "a", "its", "their")  # "the rules of procedure
    if row[m].kind != "word" or not is_word(row, head, "of") or head < 1:  # allowed",
        return False  # "Article 42 of the draft, which defines …"
    numbered = row[head - 1].kind == "num" and head >= 2 and row[head - 2].text in _PROVISIONS
    return numbered or (row[head - 1].kind == "word" and row[head - 1].text in _RULE_NOUNS)


def _which_before(row: Sequence[Chunk], m: int) -> int:
    """The ", which" that opens the clause whose verb "and" at `m` joins, with no quotation or
    stop between; -1 when there is none."""
    for j in range(m - 1, max(0, m - 30), -1):
        c = row[j]
        if c.kind == "quote" or (c.kind == "punct" and c.text not in {",", "(", ")"}):
            return -1
        if is_word(row, j, "which") and row[j - 1].text == ",":
            return j
    return -1


def _named_law(row: Sequence[Chunk], k: int, qi: int) -> bool:
    """Does a law's name open at chunk `k` ("the Public Libraries and Museums Act 1964")?"""
    m = k + 1 if is_word(row, k, "the") else k
    while m < qi and (
        row[m].capital
        or row[m].kind in ("num", "name")
        or is_word(row, m, "and", "of", "the")
        or row[m].text in {"(", ")"}  # "Section 41(1) of the Road Transport Act 1987"
    ):
        last = row[m].text.casefold().split()[-1:]  # "Section 420 of the Penal Code"
        if (
            (row[m].capital or row[m].kind == "name")
            and last
            and last[0] in {"act", "code", "constitution", "law"}
        ):
            return True
        m += 1
    return False
