"""Shapes of a row around a verb's subject, for `attribution.Context`: a name set off by
commas after a role ("the chairwoman of X, Gráinne Hollis, had"), a role noun heading the
phrase before a comma, a clause before "and", the second clause after ", and", a list of
titled names, a short noun phrase with no verb, and whether "that"/"which"/"who" opens a
relative clause as its subject (`relative_subject`). Also: a list of verbs in a reported
clause (`verb_list`, `reported_subject`), the person before a role or an "of" phrase
(`role_holder`, `member_of`) or before ", whose …," (`whose_aside`), the clause after a
subordinating word (`subordinators`; after "with": `participle_hosts.absolute_with`), a
reduced relative clause (`relative_cut`), and an unnamed or anonymous subject
(`unnamed_subject`). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.asides import kin, said_at_place
from generator.extract.clauses import Chunk, is_word, previous_comma, skip_openers
from generator.extract.phrases import PREPOSITIONS, SUBORDINATORS
from generator.extract.portfolio_titles import portfolio_join
from generator.extract.role_phrases import person_noun
from generator.extract.rows import verb_at
from generator.extract.verb_follows import verb_follows


def clause_before(row: Sequence[Chunk], k: int) -> bool:
    """Does ", and" at `k` join two clauses ("The government has made it a priority, and
    Minister X said"), not two names: a verb stands in the stretch before the comma?"""
    quoted = k >= 2 and row[k - 1].kind == "quote" and row[k - 1].text.rstrip().endswith(",")
    if k < 2 or (row[k - 1].text != "," and not quoted):  # `would be “…,” and he repeated`
        return False
    m = k - 2
    while m >= 0 and not (row[m].kind == "punct" and row[m].text in {",", ";", ":"}):
        if row[m].kind == "word" and verb_at(row, m):
            return True
        m -= 1
    return False


def apposed_name(row: Sequence[Chunk], i: int) -> Chunk | None:
    """The name set off by commas right before a verb's auxiliary, after a role ("the
    chairwoman of X, Gráinne Hollis, had assured")."""
    m = i
    while m >= 0 and is_word(row, m, "had", "has", "have", "was", "is", "will", "would"):
        m -= 1
    if m < 2 or not (row[m].kind == "punct" and row[m].text == ","):
        return None
    name, comma = row[m - 1], row[m - 2]
    if name.kind != "name" or name.mention is None or name.mention.kind != "person":
        return None
    if m >= 5 and is_word(row, m - 4, "and") and row[m - 5].text == ",":
        return None  # "signed by its chairman, X, and secretary, Y, described": theirs, a list
    return name if comma.text == "," and role_head_before(row, m - 2) else None


def _person(c: Chunk) -> bool:
    """Is the chunk a name the text reads as a person's?"""
    return c.kind == "name" and c.mention is not None and c.mention.kind == "person"


def verb_list(row: Sequence[Chunk], i: int, j: int) -> bool:
    """Is the verb at `j`, after the comma at `i`, the middle of a list of verbs sharing one
    subject ("told the inquiry that Cole rang her in August, described it as “…” and said")?
    A verb of a reported clause ("that", "said the mayor had") before the comma, and "and"
    with another verb after `j`."""
    opened = previous_comma(row, i) + 1
    that = next((m for m in range(opened, i) if _reports(row, m)), i)
    if not verb_at(row, j) or not any(verb_at(row, m) for m in range(that + 2, i)):
        return False  # a reported clause's verb ("that Cole rang her"), not an aside's
    for m in range(j + 1, len(row) - 1):
        if row[m].kind == "punct" and row[m].text != ",":
            return False
        if is_word(row, m, "and") and row[m + 1].kind == "word" and verb_at(row, m + 1):
            return row[m - 1].text != ","  # "A, B and C", not "…, and C": a new clause
    return False


def _reports(row: Sequence[Chunk], m: int) -> bool:
    """Does chunk `m` open a reported clause: "that", or a finite verb of saying?"""
    return is_word(row, m, "that") or sp.VERB_FORMS.get(row[m].text) == "finite"


def role_holder(row: Sequence[Chunk], k2: int) -> Chunk | None:
    """The person named before a role set off by commas ending at `k2` ("R. Kalaiselvi,
    District Environmental Engineer, SPCB,"): the role is theirs, the body their employer."""
    k3 = previous_comma(row, k2)
    if k3 < 1 or row[k3].text != "," or any(verb_at(row, m) for m in range(k3 + 1, k2)):
        return None
    named = row[k3 - 1]
    return named if _person(named) and not named.possessive else None


def member_of(row: Sequence[Chunk], i: int) -> Chunk | None:
    """The person before "of the …" when the body at `i` ends the phrase ("senator X of the
    right-wing Y party called"): the verb is the person's, not the body's."""
    k = i - 1
    while k > 0 and row[k].kind == "word" and not row[k].capital and row[k].text != "of":
        k -= 1
    if not is_word(row, k, "of") or k < 1:
        return None
    if row[k + 1 : i] and row[k + 1].text != "the":
        return None
    named = row[k - 1]
    return named if _person(named) and not named.possessive else None


def role_head_before(row: Sequence[Chunk], k2: int) -> bool:
    """Is the noun phrase before the comma at `k2` headed by a role noun (past "there"), with
    no preposition in it ("a district election official there, Nurhayati,"; not "A lawyer
    for the senator's husband, David Lee,": the name is the husband's)?"""
    if any(is_word(row, m, "of") and is_word(row, m - 1, "one") for m in range(k2 - 3, k2)):
        return True  # "One of them, Altura Cloud, called": the one, named
    k = k2 - 1
    if is_word(row, k, "there", "here"):
        k -= 1
    org = k >= 0 and row[k].kind == "name"  # "the chairwoman of X, Y,": Y is the chairwoman
    if org and k == k2 - 1 and row[k].text.split()[-1].casefold() in lx.ROLE_NOUNS:
        return True  # "the Social Housing Ombudsman, Eleanor Fairbairn,": an office's holder
    while (
        org
        and k > 0
        and row[k - 1].kind in ("word", "name")
        and (row[k - 1].capital or row[k - 1].text == "the" or row[k - 1].possessive)
    ):
        k -= 1  # "the chairwoman of An Coimisiún Pleanála, Gráinne Hollis,"
    if org and is_word(row, k - 1, "of", "for", "at") and k >= 2:
        k -= 2  # the role before "of <organisation>"
    if k < 0 or row[k].kind != "word" or row[k].text not in lx.ROLE_NOUNS | lx.ORG_NOUNS:
        return False  # "A local observer network, Red Ciudadana …, said"
    for m in range(k - 1, -1, -1):
        c = row[m]
        if c.kind == "name" and (is_word(row, m + 1, "and") or c.possessive):
            continue  # "the Police and Crime Commissioner, X,": one title; "Y's lawyer, X,"
        if c.kind != "word":
            return c.kind == "punct"
        if c.text == "that" or (c.text in SUBORDINATORS and not (m and verb_at(row, m - 1))):
            return True  # "told the Dáil that the chair of X, Y, had"; "…, after its officer, X,"
        if c.text in PREPOSITIONS:
            return False  # a possessive is passed: "The council's chief mediator, X," is X
    return True


def second_clause(row: Sequence[Chunk], j: int) -> int:
    """Where the last clause joined by ", and"/", but" before `j` begins ("The PDF has
    announced protests, and police spokesperson X said …, warning": X's clause), or 0."""
    for m in range(j - 1, 1, -1):
        second = is_word(row, m, "and", "but", "while", "whereas") and clause_before(row, m)
        if second and not verb_at(row, m + 1) and any(verb_at(row, v) for v in range(m + 2, j)):
            return m + 1  # a subject, then its verb
    return 0


def title_list(row: Sequence[Chunk], k: int, c: Chunk) -> bool:
    """Is the "and" at `k` inside a titled name's own list ("Land, Infrastructure, Transport
    and Tourism Minister Yoshiaki Tomita", "Energy and Mines Minister X"), not two people?"""
    if c.mention is None or c.mention.title is None or k < 1:
        return False
    before, alone = row[k - 1], k < 2 or row[k - 2].kind == "punct" or not row[k - 2].capital
    if before.kind == "name":  # "Aged Care Quality and Safety Commissioner X"
        return portfolio_join(row, k, c)
    return before.kind == "word" and before.capital and (before.text not in lx.ORG_HEADS or alone)


def noun_phrase(row: Sequence[Chunk], a: int, b: int) -> bool:
    """Is `row[a:b]` a short phrase with no verb, no relative pronoun and no punctuation?"""
    plain = all(c.kind in ("word", "name", "num") for c in row[a:b])
    relative = any(
        c.text in {"who", "which", "that"} or verb_at(row, k) for k, c in enumerate(row[a:b], a)
    )
    return 0 < b - a <= 5 and plain and not relative


def relative_subject(row: Sequence[Chunk], k: int) -> bool:
    """Is "that"/"which"/"who" at `k` the subject of a relative clause ("a motion that
    sought"), rather than a complementiser ("said that the board", "stated that class sizes
    were": right after a verb, "that" opens what was said)?"""
    nxt = row[k + 1] if k + 1 < len(row) else None
    prev = row[k - 1] if k > 0 else None
    if prev is not None and prev.kind == "word" and verb_form(prev.text):
        return False
    if prev is not None and prev.kind in ("name", "pron") and verb_form(row[max(k - 2, 0)].text):
        return False  # "told VOA that schools … were": what was said
    if said_at_place(row, k):
        return False  # "said in a statement Tuesday that food aid had been cut"
    after = row[k + 2] if k + 2 < len(row) else None
    noun_verb = (  # "… outside court that volunteers had been", "that voting had been": a clause
        after is not None
        and after.kind == "word"
        and verb_at(row, k + 2)
        and not verb_at(row, k + 1)
    )
    return (
        nxt is not None
        and nxt.kind == "word"
        and not nxt.capital
        and not nxt.possessive
        and nxt.text not in lx.DETERMINERS
        and nxt.text not in sp.UNNAMED_DETERMINERS
        and not (noun_verb and nxt.text.endswith(("s", "ing")) and not sp.VERB_FORMS.get(nxt.text))
    )


def verb_form(word: str) -> bool:
    return sp.VERB_FORMS.get(word) == "finite" or word in sp.DOCUMENT_VERBS


def apposed_person(row: Sequence[Chunk], comma: int) -> bool:
    """Does the aside opening at the comma `comma` name someone ("A company spokesperson,
    Lindiwe Sithole, said", "Another voter, 45-year-old vendor Sok Mao, said")?"""
    if comma + 1 >= len(row) or row[comma].text != "," or row[comma + 1].text in {"who", "which"}:
        return False  # not "An Indonesian trade official, who spoke to VOA …,"
    for c in row[comma + 1 : comma + 6]:
        if c.kind == "punct":
            return False
        if _person(c):
            return True
    return False


def unnamed_subject(row: Sequence[Chunk], text: str) -> str | None:
    """The description of one person the text does not name who opens the sentence `row`
    ("A shopkeeper who asked not to be named", "In Suárez, a community leader who …", "the
    boy's mother"), or None; not after an opener or before a name that names someone."""
    if is_word(row, 0, "the") and relative_cut(row, 0, len(row)) == 2:
        return text[row[0].start : row[1].end]  # "The woman Lyle assaulted, who …, said"
    opened = skip_openers(row, 0, len(row))
    comma = next((k for k, c in enumerate(row[:10]) if c.text == ","), 0)
    if opened == 0 and row and row[0].text in PREPOSITIONS and comma:  # "At a day school in
        opened = comma + 1  # Kisumu, the principal, who asked not to be named, said"
    named = (
        any(  # not "At a day school in Kisumu, the principal": a place names no one
            _person(c) for c in row[opened:]
        )
        or any(c.kind == "name" and c.mention is not None for c in row[:opened])
    )
    row = row[0 if named else opened :]
    anonymous = is_word(row, 0, "the") and _ANONYMOUS.match(text, row[0].start) is not None
    if anonymous and len(row) > 1 and row[1].kind == "word":  # "the principal, who asked
        return text[row[0].start : row[1].end]  # not to be named, said"
    if is_word(row, 0, "the") and len(row) > 2 and person_noun(row[1].text):  # "The mother of
        comma = next((k for k, c in enumerate(row[:9]) if c.kind != "word"), 0)  # one of the
        hidden = comma > 2 and is_word(row, 2, "of") and row[comma].text == ","  # soldiers,
        if hidden and _ANONYMOUS_TAIL.match(text, row[comma].start):  # who asked not to be
            return text[row[0].start : row[comma - 1].end]  # named, said"
    if is_word(row, 0, "the") and kin(row) and not apposed_person(row, 3):
        return text[row[0].start : row[2].end]  # "the boy's mother said"
    if len(row) < 2 or row[0].kind != "word" or row[0].text not in INDEFINITE:
        return None
    for m, c in enumerate(row[1:4], 1):  # also "A 19-year-old student, who asked …"
        if c.kind not in ("word", "num"):
            return None
        if c.kind == "word" and (person_noun(c.text) or c.text in _HUMAN):
            end = next((k for k in range(m, len(row)) if row[k].kind != "word"), len(row))
            cut = next((k for k, x in enumerate(row[:4]) if x.text in _RELATIVES), 4)
            last = row[min(end, cut) - 1]  # "a fisherman", not "a fisherman who spoke"
            return None if apposed_person(row, end) else text[row[0].start : last.end]
    return None


INDEFINITE = frozenset({"a", "an", "one", "another"})
_ANONYMOUS = re.compile(
    r"\w+ [\w-]+,? who (?:asked|declined|did not (?:want|wish)|requested) (?:not )?to be"
    r" (?:named|identified)"
)
_ANONYMOUS_TAIL = re.compile(
    r",? who (?:asked|declined|did not (?:want|wish)|requested) (?:not )?to be (?:named|identified)"
)
_RELATIVES = frozenset({"who", "which", "that"})


def anonymous_aside(row: Sequence[Chunk], k2: int, text: str) -> bool:
    """Does the aside after the comma at `k2` say its person is not named ("…, Karnataka, who
    did not wish to be named, said")?"""
    return _ANONYMOUS_TAIL.match(text, row[k2].start) is not None


def inner_determiner(row: Sequence[Chunk], start: int, end: int) -> int:
    """ "told Wikinews the association had asked", "told reporters the firm had": a noun
    phrase opens at its determiner; what stands before it is another's (the listener)."""
    for k in range(end, max(start, 1), -1):  # also when the clause opens at the listener
        listener = row[k - 1].kind in ("name", "pron") and not row[k - 1].possessive
        v = k - 2 - (k >= 3 and is_word(row, k - 2, "the"))  # "told the ABC the review had"
        told = row[v].kind == "word" and sp.VERB_FORMS.get(row[v].text) is not None
        if is_word(row, k, "the", "a", "an") and listener and told:
            return k
    return start


def reported_subject(row: Sequence[Chunk], k: int, j: int) -> int:
    """Where the subject of the clause reported by the finite verb at `k` opens, before `j`:
    past a listener and "that" ("told VOA that", "told the inquiry on Tuesday that") and the
    role words before a name ("that then-minister Brendan Cole rang her")."""
    n = k + 1
    if row[n].kind in ("name", "pron") and is_word(row, n + 1, "that"):
        n += 1  # "told VOA that": VOA listens
    that = next((m for m in range(n, min(j, n + 6)) if is_word(row, m, "that")), -1)
    if that >= 0 and all(x.kind == "word" for x in row[n:that]):
        n = that
    if is_word(row, n, "that"):
        n += 1
    while n < j and row[n].kind == "word" and row[n].text.split("-")[-1] in lx.ROLE_NOUNS:
        n += 1
    return n


def objects_before_relative(row: Sequence[Chunk], offset: int) -> list[str]:
    """The people named before `offset` as a verb's object, when the word at `offset` opens
    a relative clause ("X took Vass to an email she sent …, in which she wrote"): the
    pronoun there may be theirs as well as the subject's."""
    at = next((k for k, c in enumerate(row) if c.start >= offset), len(row))
    prev = row[at - 1] if at > 0 else None
    if prev is None or prev.kind != "word" or verb_at(row, at - 1) or prev.text in _NOT_RELATIVE:
        return []
    return [
        c.mention.key
        for k, c in enumerate(row[:at])
        if c.kind == "name"
        and c.mention is not None
        and c.mention.kind == "person"
        and k > 0
        and verb_at(row, k - 1)
        and not verb_follows(row, k)  # "took Vass to", not "said Whitmore had"
    ]


_NOT_RELATIVE = lx.words(
    "and but or that as because if so while after before when since saying what"
)  # "ousted President X in what he called": the subject's word


def relative_cut(row: Sequence[Chunk], start: int, end: int) -> int:
    """Where a subject noun phrase ends before a reduced relative clause with its own subject
    ("The woman Lyle assaulted, who …,", "the survivors he works with had"), else `end`."""
    det, noun, name = start, start + 1, start + 2
    if name + 1 >= end or not is_word(row, det, "the", "a", "an"):
        return end
    person = _person(row[name]) or is_word(row, name, "he", "she", "they", "we")
    word = row[noun].text
    human = person_noun(word) or person_noun(word.removesuffix("s")) or word in _HUMAN
    if row[noun].kind != "word" or not human or not person:
        return end
    verb = row[name + 1].text if row[name + 1].kind == "word" else ""
    return name if verb.endswith(("ed", "s")) or verb in sp.IRREGULAR_PAST else end


_HUMAN = lx.words("man woman boy girl person families relatives parents children people")


def in_opening_clause(row: Sequence[Chunk], i: int, offset: int) -> bool:
    """Is the name at `i` the subject of a sentence's opening conditional or subordinate
    clause, closed by a comma before `offset` ("Had Freya reached hospital within two hours,
    she said, …": "she" is not Freya)?"""
    if not is_word(row, 0, "had", "if", "unless", "when", "once", "although", "because"):
        return False
    return any(c.kind == "punct" and c.text == "," and c.start < offset for c in row[i + 1 :])


def whose_aside(row: Sequence[Chunk], i: int) -> Chunk | None:
    """The person before ", whose …" when the aside, with its own verb, closes with the
    comma at `i` ("Denise Whitlock, whose brother, Carl Whitlock, died at Red Fork, said"):
    the names inside the aside are not the subject."""
    if not (row[i].kind == "punct" and row[i].text == ","):
        return None
    for m in range(i - 1, max(0, i - 25), -1):
        if row[m].kind in ("quote",) or (row[m].kind == "punct" and row[m].text in {";", ":"}):
            return None
        if is_word(row, m, "whose") and m >= 2 and row[m - 1].text == ",":
            b = m - 5 if m >= 5 and row[m - 2].text == ")" and row[m - 4].text == "(" else m - 2
            named = row[b]  # "The X Coalition (XC), whose secretary, Y, wrote …, said": X
            person = named.kind == "name" and named.mention is not None
            own_verb = any(verb_at(row, k) for k in range(m + 1, i))
            k = b - 1
            while k > 0 and row[k].kind == "word" and row[k].text not in PREPOSITIONS and b - k < 4:
                k -= 1
            inside = is_word(row, k, *PREPOSITIONS)  # not "X of the opposition Y, whose …"
            return named if person and own_verb and not named.possessive and not inside else None
    return None


def before_letters(row: Sequence[Chunk], i: int) -> int:
    """The name before post-nominal letters at `i` ("Llinos Rhys-Evans MS said"), else `i`."""
    letters = i > 0 and row[i].kind == "word" and row[i].text in lx.POST_NOMINALS
    return i - 1 if letters and row[i - 1].kind == "name" else i
