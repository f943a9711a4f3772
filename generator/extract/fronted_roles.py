"""A long role phrase set before its holder's name as an appositive, bounded by its own
determiner, a possessor or the sentence's start:

- "the General Secretary of the National Cocoa Farmers Alliance (NCFA), Nana Yaw Sarpong,"
- "The Executive Director of the Centre for Electoral Integrity, Kofi Amankwah-Sarpong,"
- "when Pennine Water’s chief executive, Helen Boyd," (the possessor's name opens it)
- "the sitting MP, Mr Joseph Haule," (a modifier `role_phrases.left` does not read)

`fronted(para, i, persons_inside)` reads back from the comma before token `i` (the name,
or its title) to the phrase's start and returns its (start, end) offsets, or None. The words
after the determiner are modifiers and a head role noun, then prepositional phrases ("of",
"for", "on", "to" …, "and" inside a name) and a bracketed abbreviation. A determiner right
after a preposition may be inside ("a spokeswoman for the Department of Corrections"): the
outermost start that reads as a role wins, so "the death in office of the sitting MP" gives
"the sitting MP". A finite verb, "who", "said", a comma or a person named inside (not the
object of a preposition) ends the search. `roles._appositive_before` asks this only when
its own narrower reading found nothing. Pure, never raises.
"""

from __future__ import annotations

from generator.extract import lexicon as lx
from generator.extract import role_phrases as rp
from generator.extract import speech as sp
from generator.extract.document import Para
from generator.extract.sentences import Token

# Determiners that open the phrase and stay in its text ("his Special Adviser on Media";
# the scorer drops "the"/"a"; `roles._role` drops "its"/"their").
_KEPT = lx.DETERMINERS
# Determiners that open the phrase but are no part of the role ("One mother, X", "Another
# former councillor, X", "That deputy, X").
_DROPPED = lx.words("one another that this")
_OPENING = _KEPT | _DROPPED
_LINKS = lx.words("of for on in to at with")
_REACH = 16


def _joined(para: Para, a: Token, b: Token) -> bool:
    """Adjacent words of one phrase, a bracketed abbreviation after a name counted in
    ("Central Bank of Nigeria (CBN)")."""
    if rp.joined(para, a, b):
        return True
    gap = para.text[a.end + (2 if a.possessive else 0) : b.start]
    return gap == " (" and _bracketed(para, b)


def _bracketed(para: Para, tok: Token) -> bool:
    """Is `tok` an abbreviation alone in brackets ("(NCFA)")?"""
    text = para.text
    return (
        tok.text.isupper()
        and text[tok.start - 1 : tok.start] == "("
        and text[tok.end : tok.end + 1] == ")"
    )


def fronted(para: Para, i: int, persons_inside: list[int]) -> tuple[int, int] | None:
    """The role phrase before ", <name>" at token `i`; `persons_inside` are the starts of
    the other persons named as subjects (a role holding one of them is theirs)."""
    toks = para.tokens
    if i < 2:
        return None
    last = toks[i - 1]
    bracket = para.text[last.end : last.end + 1] == ")"
    if para.text[last.end + bracket : toks[i].start] != ", ":
        return None
    close = toks[i - 2].end if bracket and _bracketed(para, last) else last.end + bracket
    # the abbreviation in brackets is left out: the labels drop it 16 times in 21
    valid = [k for k in _starts(para, i) if _phrase(para, k, i)]
    if not valid:
        return None
    start = valid[-1]  # "a spokesman for the Department of Corrections", not "the Department"
    if toks[start].lower in _DROPPED:
        start += 1
    begin = toks[start].start
    if any(begin <= s < close for s in persons_inside):
        return None
    return begin, close


def _starts(para: Para, i: int) -> list[int]:
    """Where the phrase may start, nearest first: a determiner (and, past a preposition
    before it, an outer one), a possessor's first word or the sentence's first word,
    reading back from token i-1 through joined words."""
    toks = para.tokens
    found: list[int] = []
    k = i - 1
    while i - k < _REACH:
        tok = toks[k]
        if tok.lower in _KEPT or tok.lower in _DROPPED:
            found.append(k)
            if k >= 2 and toks[k - 1].lower in _LINKS and _joined(para, toks[k - 1], tok):
                k -= 1  # "spokesman for the Department": the determiner may be inside
                continue
            return found
        if tok.sentence_start and not _bracketed(para, tok):
            return found if tok.lower in lx.SENTENCE_STARTERS else [*found, k]
        if k == 0 or not _joined(para, toks[k - 1], tok):
            return found
        prev = toks[k - 1]
        if prev.possessive:
            first = _possessor_start(para, k - 1)
            if first == 0 or toks[first - 1].lower not in _LINKS:
                return [*found, first]  # "Tanzania’s Deputy Minister"; not "of Parliament's"
            k = first - 1
            continue
        k -= 1
    return found


def _possessor_start(para: Para, k: int) -> int:
    """The first token of the capitalised name whose possessive is token `k`."""
    toks = para.tokens
    while k > 0 and toks[k - 1].capitalised and rp.joined(para, toks[k - 1], toks[k]):
        if toks[k - 1].sentence_start and toks[k - 1].lower in lx.SENTENCE_STARTERS:
            break
        k -= 1
    return k


def _phrase(para: Para, start: int, i: int) -> bool:
    """Are tokens start..i-1 (after a determiner or possessor) modifiers, a head role noun
    and prepositional phrases?"""
    toks = para.tokens
    j = start + 1 if toks[start].lower in _OPENING else start
    while j < i and toks[j].possessive:
        j += 1  # "Pennine Water’s chief executive": the possessor
    if any(_stops(t) for t in toks[j:i]):
        return False
    head = next((k for k in range(j, i) if toks[k].lower in _LINKS or rp.assisting(toks, k)), i)
    if head == j:
        return False
    if rp.assisting(toks, head):
        return all(_tail(toks, k) for k in range(head + 1, i))  # "counsel assisting the …"
    noun = toks[head - 1].lower
    if not rp.is_role(noun) or _plural(noun):
        return False  # "The three officers, X, Y and Z": the first of several
    return all(_tail(toks, k) for k in range(head, i))


def _plural(noun: str) -> bool:
    return noun in _GROUPS or (noun.endswith("s") and noun not in rp.NOUNS)


_GROUPS = lx.words("staff personnel crew team")


def _tail(toks: tuple[Token, ...], k: int) -> bool:
    """Can token `k` stand in the prepositional phrases after the head (not a time, "on
    Wednesday", nor a verb, "a dissent joined by", "and published")?"""
    tok = toks[k]
    if tok.lower in _LINKS and k + 1 < len(toks):
        nxt = toks[k + 1]
        if nxt.lower in lx.WEEKDAYS or nxt.lower in lx.MONTH_NAMES or nxt.text.isdigit():
            return False
    verb = tok.lower.endswith("ed") and not tok.capitalised and "-" not in tok.text
    return not verb or toks[k - 1].lower in _KEPT or toks[k - 1].lower.endswith("ly")


def _stops(tok: Token) -> bool:
    low = tok.lower
    if low in _LINKS or low in _KEPT or low == "and":
        return False
    if low in rp.STOP or low in sp.NEGATIONS or low in _CUES:
        return True
    return sp.VERB_FORMS.get(low) == "finite" and not rp.is_role(low)


_CUES = lx.words("said says told tells according")
