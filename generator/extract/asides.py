"""Asides and appositions around a subject, for `attribution` and `antecedents`: a named
body before a descriptive aside ("the Great Basin Hydrology Institute, a university research
center, which warned", `body_before_aside`), a body named in the aside after a description
("The tanker's manager, Athens-based Halcyon Maritime, said", `org_apposition`), a short or
participle aside (`short_aside`), an unnamed relative as subject ("the boy's mother said",
`kin`), "said in a statement Tuesday that" (`said_at_place`) and an office with its
portfolio ("The Minister for Justice, X,", `portfolio_before`) and a name in apposition to a role
closing an opening phrase (`opener_apposition`), a sentence opened by an unnamed
spokesperson (`unnamed_spokesperson`), and a name opening its clause before an aside and the
main verb ("Ann Lee, the judge said, was", `named_before_aside`), and who speaks when one
speaks through another (`spoken_through`; an opening "Speaking through his press secretary,
X," names X, `through_opener`). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.body_seats import seat_end
from generator.extract.clauses import (
    Chunk,
    commas,
    describer,
    is_word,
    parenthetical,
    previous_comma,
)
from generator.extract.copy_asides import copy_aside
from generator.extract.phrases import SUBORDINATORS, Who
from generator.extract.role_phrases import person_noun
from generator.extract.rows import verb_at
from generator.extract.second_signers import second_signer


def body_before_aside(row: Sequence[Chunk], comma: int) -> Chunk | None:
    """The organisation's name before the aside that ends with the comma at `comma`: the
    aside opens with an article, holds no verb and is at most eight chunks long."""
    if comma < 3 or row[comma].kind != "punct" or row[comma].text != ",":
        return None
    k = comma - 1
    while k > 0 and comma - k <= 8 and row[k].kind in ("word", "name", "num"):
        if row[k].kind == "word" and verb_at(row, k):
            return None
        k -= 1
    named = row[k - 1] if k > 0 else None
    aside = is_word(row, k + 1, "a", "an", "the") and row[k].kind == "punct" and row[k].text == ","
    if named is None or named.mention is None or named.possessive:
        return None
    return named if aside and named.mention.kind == "organisation" else None


def org_apposition(row: Sequence[Chunk], k2: int, i: int) -> Chunk | None:
    """ "The tanker's manager, Athens-based Halcyon Maritime, said", "Kestrel's biggest
    customer, planemaker Corvane Aviation, said": an organisation's name closing the aside
    between the commas at `k2` and `i`, after at most two lowercase or "-based" words, when a
    common noun ends the phrase before the aside."""
    named = row[i - 1] if i - 1 > k2 else None
    if named is None or named.mention is None or named.mention.kind != "organisation":
        return None
    words = row[k2 + 1 + is_word(row, k2 + 1, "the", "a", "an") : i - 1]  # "the state-owned X"
    plain = all(describer(c) for c in words)
    before = row[k2 - 1] if k2 > 0 else None
    noun = before is not None and before.kind == "word" and not before.capital
    m = k2 - 1  # the phrase before the aside is the subject: no verb in it ("which is hearing
    while m >= 0 and row[m].kind != "punct":  # a petition filed by a group, the X Forum,")
        if is_word(row, m, *_OPENING):
            break  # "… after the losing bidder, X Ltd, wrote": the clause opens there
        if verb_at(row, m) or is_word(row, m, "which", "who", "that"):
            return None
        m -= 1
    return named if plain and len(words) <= 2 and noun else None


_OPENING = lx.words("after before when while because since although until once")


def short_aside(row: Sequence[Chunk], k2: int, k: int) -> bool:
    """Is the aside between the commas at `k2` and `k` short (an age, a role: three chunks at
    most) or a participle phrase ("published in December")?"""
    if k - k2 <= 3:
        return True
    first = row[k2 + 1]
    participle = first.kind == "word" and not first.capital and first.text.endswith("ed")
    return participle and k - k2 <= 7 and not any(verb_at(row, m) for m in range(k2 + 2, k))


def kin(row: Sequence[Chunk]) -> bool:
    """ "the boy's mother said": a common noun's possessive, a person noun, then a verb."""
    if len(row) < 4 or not row[1].possessive or row[1].kind != "word" or row[1].capital:
        return False
    aside = row[3].text == "," and is_word(row, 4, "who")  # "the boy's mother, who asked …,"
    return row[2].kind == "word" and person_noun(row[2].text) and (verb_at(row, 3) or aside)


def said_at_place(row: Sequence[Chunk], k: int) -> bool:
    """Is the "that" at `k` the complement of a reporting verb a few words before, past a
    prepositional phrase ("said in a statement Tuesday that")?"""
    for m in range(k - 1, max(-1, k - 7), -1):
        if row[m].kind not in ("word", "name"):
            return False
        if is_word(row, m, *lx.SAID_FORMS):
            return is_word(row, m + 1, "in", "on", "at", "to") and m + 1 < k
    return False


def portfolio_before(row: Sequence[Chunk], k2: int) -> bool:
    """Does the phrase before the comma at `k2` name an office with its portfolio ("The
    Minister for Justice,", "the Secretary of State for Health,")?"""
    k = k2 - 1
    while k > 0 and row[k].kind in ("word", "name") and row[k].capital and k2 - k <= 4:
        k -= 1
    if not is_word(row, k, "for", "of") or k2 - k < 2:
        return False
    return is_word(row, k - 1, *lx.ROLE_NOUNS) and row[k - 1].capital


def ing_aside(row: Sequence[Chunk], k2: int, k: int) -> bool:
    """ "weeks after a former subordinate, testifying in a separate trial, told": an -ing
    aside with no subordinator of its own between the commas at `k2` and `k`."""
    lead = row[k2 + 1] if k2 + 1 < k else None
    ing = lead is not None and lead.kind == "word" and lead.text.endswith("ing")
    return ing and not any(is_word(row, m, *SUBORDINATORS) for m in range(k2 + 1, k))


def unnamed_member(row: Sequence[Chunk], i: int) -> int | None:
    """Where "an official of the refugee agency X" opens, when the body named at `i` ends it:
    an unnamed person of the body speaks, not the body (its own spokesperson would)."""
    k, of = i - 1, ("of", "at", "from", "with")  # (past a possessive name: "members of
    while k > 0 and (row[k].kind == "word" or row[k].possessive) and not is_word(row, k, *of):
        k -= 1  # Parliament's Public Accounts Committee")
    if k < 1 or not is_word(row, k, *of) or row[k - 1].kind != "word":
        return None
    noun, owned = row[k - 1].text, all(c.text == "the" or c.possessive for c in row[k + 1 : i])
    if noun == "members" and is_word(row, k, "of") and owned:  # "after members of the X's Y
        return k - 1 - (k > 1 and row[k - 2].kind == "num")  # (PAC) described": unnamed
    if k < 2:
        return None
    if noun.endswith("s") and not row[k - 1].capital and person_noun(noun[:-1]):  # "24
        counted = k > 1 and (row[k - 2].text.isdigit() or row[k - 2].text in _COUNTS)  # members
        plain = all(c.text == "the" for c in row[k + 1 : i])  # of the X signed": unnamed
        return k - 2 if counted and plain and noun[:-1] not in lx.SPOKESPEOPLE else None
    if noun in lx.SPOKESPEOPLE or not person_noun(noun):
        return None
    start = k - 2
    while start > 0 and row[start].kind == "word" and row[start].text not in {"a", "an", "one"}:
        start -= 1
    return start if is_word(row, start, "a", "an", "one") and k - 1 - start <= 3 else None


def opener_apposition(row: Sequence[Chunk], a: int, i: int) -> int:
    """How many chunks the name at `a` and its comma take when they are the apposition of a
    role closing the opener ("to the speaker, X, a …", "by its solicitor, X of Y, the …"), or
    a role after the opener's name ("to X, chief executive of Y, the association"), or a second
    role and name joined to the opener's ("signed by its president, X, and secretary, Y, the
    union said": the union), or "a copy of which … ," after the opener's document."""
    if (joined := second_signer(row, a, i)) > 0 or (joined := copy_aside(row, a, i)) > 0:
        return joined
    if a >= 2 and row[a].kind == "word" and row[a - 1].text == "," and row[a - 2].kind == "name":
        end = next((m for m in range(a + 1, min(i, a + 14)) if row[m].text == ","), -1)
        role = end > 0 and any(is_word(row, m, *lx.ROLE_NOUNS) for m in range(a, min(a + 3, end)))
        bare = role and not any(verb_at(row, m) for m in range(a, end))
        return end + 1 - a if bare and is_word(row, end + 1, "the", "a", "an") else 0
    if a < 2 or row[a].kind != "name":
        return 0
    end = a + 3 if is_word(row, a + 1, "of") and a + 2 < i and row[a + 2].kind == "name" else a + 1
    if end + 1 > i or row[end].text != ",":
        return 0
    if is_word(row, end + 1, "on", "in", "last", "earlier"):  # "…, X, on 12 January, the MP"
        when = next((m for m in range(end + 2, min(i, end + 6)) if row[m].text == ","), -1)
        timed = when > 0 and not any(verb_at(row, m) for m in range(end + 1, when))
        end = when if timed else end
    elif end + 1 < i and row[end + 1].kind == "word" and _past_participle(row[end + 1].text):
        aside = next((m for m in range(end + 2, min(i, end + 12)) if row[m].text == ","), -1)
        bare = aside > 0 and not any(verb_at(row, m) for m in range(end + 2, aside))
        end = aside if bare else end  # "In a letter to the PM, X, released by his office …,"
    role = any(  # "read by the chairman of the three-member panel, Justice X, the tribunal"
        is_word(row, m, *lx.ROLE_NOUNS) and not any(verb_at(row, n) for n in range(m + 1, a))
        for m in range(max(0, a - 8), a - 1)
    )
    closing = role and row[a - 1].text == "," and is_word(row, end + 1, "a", "an", "the")
    return end + 1 - a if closing else 0


def _past_participle(word: str) -> bool:
    """ "released", "dated"; "sent on July 9", "seen by AFP": a participle after the name."""
    return word.endswith("ed") or word in _SENT


_SENT = lx.words("sent seen written read shown given")


def unnamed_spokesperson(row: Sequence[Chunk]) -> bool:
    """Does the sentence open with a spokesperson it does not name ("A Highland Council
    spokeswoman insisted"; not "A spokesman for the group, Kuku Idris Tutu, rejected")?"""
    spokes = any(c.kind == "word" and c.text in lx.SPOKESPEOPLE for c in row[:6])
    return spokes and not any(
        c.kind == "name" and c.mention is not None and c.mention.kind == "person" for c in row[:8]
    )


_ROLE_WORDS = lx.ROLE_NOUNS | lx.ROLE_MODIFIERS


def named_before_aside(row: Sequence[Chunk], start: int, j: int) -> Chunk | None:
    """A name opening the clause, an aside between commas, the main verb: the name."""
    if is_word(row, start, "the") and start + 1 < j and row[start + 1].kind == "name":
        start += 1  # "The World Health Organization, for its part, said"
    while start + 1 < j and row[start].kind == "word" and row[start].text in _ROLE_WORDS:
        start += 1  # "Homeowner Tracey Mildren, who lost …, south of Brisbane, said"
    if start + 2 >= j or row[start].kind != "name" or row[start].possessive:
        return None
    after = seat_end(row, start)  # "the Embassy of X in Abuja, in a statement, said"
    if row[start].mention is None or after >= j or row[after].text != ",":
        return None
    for c in commas(row, after + 1, j):
        if row[c].text == "," and c + 1 <= j and verb_at(row, c + 1):
            own = row[after + 1 : c]  # not a relative clause's verbs: ", which drafted it,"
            if spoken_through(row, after + 1, c):
                return None  # "X, speaking through a spokeswoman, said": the spokeswoman
            cut = next((k for k, x in enumerate(own) if x.text in {"which", "who"}), len(own))
            said = any(sp.VERB_FORMS.get(x.text) == "finite" for x in own[:cut])
            return None if said else row[start]  # "Ann Lee, the judge said, was": his
    return None


def spoken_through(row: Sequence[Chunk], a: int, b: int) -> bool:
    """Is `row[a:b]` an aside saying someone speaks through another ("speaking through a
    spokeswoman")? Then the one spoken through speaks, unnamed, not the subject."""
    via = is_word(row, a, "speaking", "responding", "commenting") and is_word(row, a + 1, "through")
    return via and b - 1 > a + 1 and row[b - 1].text in sp.PROXY_NOUNS


def through_opener(row: Sequence[Chunk], j: int, text: str) -> Who | None:
    """Who speaks when the sentence opens "Speaking through his Chief Press Secretary, X,"
    before the verb at `j`: X (the guide: a named spokesperson is the speaker), or the proxy,
    unnamed ("Speaking through a spokeswoman, the governor said"); never the governor."""
    s = 1 if is_word(row, 0, "but", "and") else 0
    k = next((m for m in range(s + 2, min(j, s + 9)) if row[m].text == ","), -1)
    if k < 0 or k + 2 >= j or not spoken_through(row, s, k):
        return None
    if any(verb_at(row, m) for m in range(k + 3, j)):
        return None  # the main verb only, not "… after a probe whose report cited “…”"
    named = row[k + 1].mention if row[k + 1].kind == "name" else None
    if named is not None and named.kind == "person" and row[k + 2].text == ",":
        return Who(named.key, "high")
    return Who(None, "low", text[row[s + 2].start : row[k - 1].end])


_COUNTS = lx.QUANTIFIERS | frozenset(lx.NUMBER_WORDS) | {"dozens", "hundreds"}
_LINKS = frozenset({"of", "in", "from", "at", "near", "for", "to", "with"})
_NOT_BETWEEN = lx.DETERMINERS | {"which", "whom", "whose", "that"}  # "a review in which X had"
_NOT_NOUNS = lx.DETERMINERS | SUBORDINATORS | {"and", "or", "but", "who", "which", "that"}


def in_noun_phrase(row: Sequence[Chunk], i: int) -> bool:
    """Is the name at `i` the object of a preposition after a noun, past lowercase words
    ("a senior official in the office of then fisheries minister X handed", "villagers in
    nearby X had likened"): the noun's phrase is the subject, not the name?"""
    if row[i].kind != "name":
        return False
    k = i - 1
    while k > i - 5 and k >= 0 and row[k].kind == "word" and not row[k].capital:
        if row[k].text in _LINKS:
            break
        if row[k].text in lx.ORG_NOUNS and _role_of(row, k):
            return True  # "The chief executive of the social media company X told": the CEO
        if verb_at(row, k) or row[k].text in _NOT_BETWEEN or row[k].text in lx.ORG_NOUNS:
            return False  # "auditors from accounting firm X said": the firm's
        k -= 1
    if k == i - 1 or not is_word(row, k, *_LINKS) or k < 1:
        return False  # "a spokesman for X said": no word between, read as before
    noun = row[k - 1]  # not a role ("general manager of operations X said", "auditors from
    role = noun.text in lx.ROLE_NOUNS or noun.text[:-1] in lx.ROLE_NOUNS  # X"): as before
    plain = noun.kind == "word" and not noun.capital and noun.text not in lx.CONNECTORS
    return plain and not verb_at(row, k - 1) and not role and noun.text not in _NOT_NOUNS


def _role_of(row: Sequence[Chunk], k: int) -> bool:
    """Does "<role> of the …" lead to the organisation noun at `k`?"""
    m = k - 1
    while m > 0 and row[m].kind == "word" and not row[m].capital and row[m].text not in _LINKS:
        m -= 1
    return is_word(row, m, "of", "at") and is_word(row, m - 1, *lx.ROLE_NOUNS) and m < k - 1


_AUX = frozenset({"had", "has", "have", "already", "also", "was", "were", "been", "once"})


def reported_relative(row: Sequence[Chunk], j: int) -> int:
    """The relative pronoun of "a letter …, which he said found “…”", "a memorandum, which he
    said had already flagged": the verb at `j` is the document's, "he said" an aside; -1 for
    none."""
    k = j - 1
    while k > 2 and is_word(row, k, *_AUX):
        k -= 1
    said = is_word(row, k, "said", "says", "claimed", "claims")
    teller = k >= 3 and row[k - 1].kind in ("pron", "name") and row[k - 3].text == ","
    if not (said and teller and is_word(row, k - 2, "which", "that")):
        return -1
    for m in range(k - 4, max(-1, k - 20), -1):  # "a letter the Controller wrote …, which":
        if row[m].kind == "quote" or row[m].text in {";", "which", "that", "who"}:
            return -1  # a document, not "removed over residency rules, which he said showed"
        if is_word(row, m, *sp.DOCUMENT_NOUNS):  # nor "the HSE, which she said had added"
            return k - 2
    return -1


def someone_who(row: Sequence[Chunk], start: int, i: int) -> int:
    """ "However, an academic who advises the commission, speaking …, said": the index of the
    "a"/"an" opening an unnamed person described by a relative clause near `start`, when no
    person is named before the verb at `i` and no name comes just before ("X, 67, a retiree
    who …" is X); -1 otherwise."""
    rel = next((k for k in range(max(2, start - 3), i) if is_word(row, k, "who")), -1)
    if rel < 2 or not person_noun(row[rel - 1].text) or not is_word(row, rel - 2, "a", "an"):
        return -1
    if any(c.mention and c.mention.kind == "person" for c in row[rel:i]):
        return -1
    apposed = rel >= 4 and row[rel - 3].text == "," and row[rel - 4].kind in ("name", "num")
    return -1 if apposed else rel - 2


def relative_lead(row: Sequence[Chunk], i: int) -> int:
    """The ", who" whose clause, holding commas of its own, ends at the comma `i` right
    before the verb ("Local MP X, who has written to the chair of the trust, Y, asking for a
    meeting, said": X, not Y); -1 for none."""
    if row[i].text != "," or i < 4:
        return -1
    inner = False
    for k in range(i - 1, max(1, i - 24), -1):
        c = row[k]
        if c.kind == "quote" or c.text in {";", ":", "which", "that"} or c.text in lx.SAID_FORMS:
            return -1
        inner = inner or c.text == ","
        if is_word(row, k, "who") and row[k - 1].text == ",":
            verb = any(verb_at(row, m) for m in range(k + 1, i))
            return k if verb and inner and row[k - 2].kind in ("name", "word") else -1
    return -1


def open_relative(row: Sequence[Chunk], j: int) -> int:
    """The ", who" whose clause holds the "-ing" verb at `j` with no comma between ("for X,
    who took office in March 2024 promising to “clean up” …"); -1 for none."""
    for k in range(j - 1, max(1, j - 12), -1):
        if row[k].kind in ("punct", "quote"):
            return -1
        if is_word(row, k, "who"):
            return k if row[k - 1].text == "," and k < j - 2 else -1
    return -1


def whose_document(row: Sequence[Chunk], i: int) -> int:
    """The "whose" opening the verb's subject "whose report" (past an aside the comma at `i`
    closes: "…, whose report, published on Thursday, said"): its owner speaks; -1 for none."""
    if row[i].text != ",":
        end = i + 1
    elif (k2 := previous_comma(row, i)) > 0 and parenthetical(row, k2 + 1, i):
        end = k2
    else:
        return -1
    m = end - 1
    if m < 1 or not is_word(row, m, *sp.DOCUMENT_NOUNS):
        return -1
    k = m - 1
    while k > 0 and row[k].kind == "word" and not is_word(row, k, "whose") and m - k < 3:
        k -= 1
    return k if is_word(row, k, "whose") else -1


def document_aside(row: Sequence[Chunk], k0: int) -> bool:
    """Does the comma at `k0` open an aside about a document ("…, in a letter dated 28
    January to X, Y,")?"""
    k2 = next((m for m in range(k0 + 1, len(row)) if row[m].text == ","), len(row))
    return (
        is_word(row, k0 + 1, "in")
        and any(is_word(row, m, *sp.DOCUMENT_NOUNS) for m in range(k0 + 2, k0 + 5))
        and not any(  # "in a statement by his press secretary, X,": X (but "signed by")
            is_word(row, m, "by") and not is_word(row, m - 1, "signed") for m in range(k0 + 2, k2)
        )
    )


def untitled_pair(row: Sequence[Chunk], i: int) -> bool:
    """Is the name at `i` the second of "X and Y", two names alike in having a title or not
    (not "Water and Sanitation Minister X", nor "Provincial Information and … Commissioner X"),
    or two bodies ("The X Union and the Y Trust, which both oppose …, said")?"""
    named, first = row[i].mention, row[i - 2].mention  # both titled or neither: "Chief
    if named is not None and is_word(row, i - 1, "the") and is_word(row, i - 2, "and"):
        body = row[i - 3].mention if i >= 3 and row[i - 3].kind == "name" else None
        return body is not None and {body.kind, named.kind} == {"organisation"}
    if named is None or first is None or row[i - 2].kind != "name":  # Justice X and Justice Y"
        return False
    return (named.title is None) == (first.title is None)
