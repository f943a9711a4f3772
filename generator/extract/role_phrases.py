"""Role phrases: the words of news English that give someone an office, a job or a standing.

A role phrase is modifiers and a head role noun, with prepositional phrases after it:
"acting administration director for the courts", "head of news and current affairs for
TVNZ", "jailed Khmer Rouge prison chief", "a 27-year-old farmer" (the age is dropped),
"Finnish interior minister", "the prime minister's new chief of staff".

`right(para, i)` reads one forwards from token `i` (an appositive after a name, the
complement of "was", "served as"); `left(para, i, det)` reads one backwards from the token
before `i` (a role before a name, an appositive before it), keeping a leading determiner or
possessive when `det`. Both return (start, end) character offsets or None when the words hold
no role noun. Pure, never raises.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.extract import lexicon as lx
from generator.extract import name_joins as nj
from generator.extract import speech as sp
from generator.extract.document import Para
from generator.extract.sentences import Token

_PP = lx.words("of for at in from with on")
STOP = lx.words(
    """who which that whose whom where when while as and or but said says told has had have
    is was were are be been will would could should can may might must did does do also then
    after before since until during because if than against about into over under via
    including who's"""
)
_LEFT_STOP = STOP | lx.words("to by with in on at from of for")
_LEFT_STOP |= lx.DETERMINERS | sp.NEGATIONS | sp.IRREGULAR_PAST
# Words after which an "-ed" word is a verb, not an adjective: "who represented President X".
_VERB_BEFORE = lx.words(
    "who which that has have had having was were is are be been being and or but then also"
)
_AGENT = ("er", "or", "ist", "ian", "ant", "ent")
_NOW = lx.words("now currently also still")
_TIME_WORDS = lx.words("last next earlier later ago yesterday today tomorrow")
_YEAR = re.compile(r"\s*\d{4}\b")


# Role nouns: the lexicon's, and nouns of standing only a role phrase reads ("Opposition
# health critic X", "X, the applicant,", "her brother-in-law, X").
NOUNS = lx.ROLE_NOUNS | lx.words(
    """critic applicant complainant referee arbitrator runner-up finalist medallist sprinter athlete
    obstetrician paediatrician pediatrician neurologist statistician rancher herder welder
    backbencher ombudsperson ombudswoman foreman whistleblower dissenter practitioner brother-in-law
    son-in-law sister-in-law daughter-in-law father-in-law principal petitioner operator monitor
    regent sponsor witness prefect taoiseach machinist surveyor librarian tailor grower hawker
    homemaker retailer lineman unionist bureaucrat headman emir cathaoirleach servant intervener"""
)


@lru_cache(maxsize=4096)
def is_role(word: str) -> bool:
    """A role noun, plural too, or a compound ending in one ("schoolteacher", "ex-minister")."""
    if word in NOUNS or (word.endswith("s") and word[:-1] in NOUNS):
        return True
    return any(word[k:] in _LONG_ROLES for k in range(2, len(word) - 4))


_LONG_ROLES = frozenset(r for r in NOUNS if len(r) >= 6)


def _gap(para: Para, a: Token, b: Token) -> str:
    return para.text[a.end + (2 if a.possessive else 0) : b.start]


def joined(para: Para, a: Token, b: Token) -> bool:
    """Are tokens `a` and `b` adjacent words of one phrase ("U.S. State", "Studio 7 for")?"""
    gap = _gap(para, a, b).strip()
    if gap == "&":  # "a partner at Castellan & Moore LLP": one name
        return a.capitalised and b.capitalised
    return not gap or (gap == "." and "." in a.text) or gap.isdigit()


def right(
    para: Para, i: int, stop_at: int | None = None, titles: bool = False
) -> tuple[int, int] | None:
    """The role phrase starting at token `i`: a determiner kept, an age dropped ("a
    27-year-old farmer" → "farmer"). It ends before token `stop_at` (a person's name);
    with `titles`, a phrase that runs into that name is the name's title: None."""
    toks = para.tokens
    limit = len(toks) if stop_at is None else min(stop_at, len(toks))
    if i >= limit:
        return None
    while i + 1 < limit and toks[i].lower in _NOW:  # ", now a senator,": the role is "senator"
        i += 1
    j = i + 1 if toks[i].lower in {"a", "an", "the"} else i
    aged = j
    while j < limit and _age_word(toks[j].lower):
        j += 1
    if j + 1 < limit and _participle_clause(toks[j], toks[j + 1]):
        return None  # "Cázares, speaking to reporters in Tierra Blanca, called": no role
    start = toks[j if j > aged else i].start if j < limit else toks[i].start
    head, in_pp, last = False, False, -1
    k = j
    while k < limit and k - j < 16:
        tok = toks[k]
        if k > j and not joined(para, toks[k - 1], tok):
            break
        low = tok.lower
        stop = low in STOP and not tok.text.isupper()  # "the WHO representative in Nepal"
        if stop and not (low == "and" and in_pp and _continues(toks, k, limit)):
            break
        if head and low in _TIME_WORDS:
            break  # "deputy chair of the committee last year"
        if sp.VERB_FORMS.get(low) == "finite" or (low.endswith("ed") and k > j and not in_pp):
            break
        if low == "assisting" and head and k == last + 1 and toks[last].lower == "counsel":
            in_pp = True  # "counsel assisting the inquiry": one title
            k += 1
            continue
        gerund = low.endswith("ing") and len(low) > 5 and not is_role(low)
        if head and not in_pp and gerund and not _role_follows(para, k, limit):
            break  # "a lawyer representing the families": the role is "lawyer"
        if low == "from" and head and (_hometown(toks, k, limit) or _place(toks, k, limit)):
            break  # "a former schoolteacher from the southern city of Puno": where, not what
        if low == "in" and head and _based_in(toks, i, k, limit):
            break  # "an analyst at Harcourt Securities in London": where, not what
        if low in _PP:
            number = _YEAR.match(para.text, tok.end) is not None  # "from 2010", not "for 14 of"
            if not head or k + 1 >= limit or _date_like(toks, k + 1) or number:
                break
            in_pp = True
        elif not in_pp and is_role(low):
            head = True
        elif not head and (low.endswith("ly") or (low.endswith("ed") and k > j)):
            return None  # "was baffled by …": not a role
        elif not head and low in ("it", "them", "him", "us", "me", "you"):
            return None  # "X, later put it to the witness": an object ("her" too is possessive)
        elif not head and low.endswith("ed") and j == i and low not in lx.ROLE_MODIFIERS:
            return None
        last = k if low not in _PP else last
        k += 1
    if not head or last < j:
        return None
    if titles and stop_at is not None and k >= stop_at and last == k - 1:
        return None  # "Rice, Defense Secretary Donald Rumsfeld": Rumsfeld's title
    if nj.numbered_head(toks[last]) and in_pp:  # "president of … Workers Local 412", "… Council 7"
        return start, nj.number_end(para.text, list(toks[j : last + 1]), set())
    return start, toks[last].end


def _hometown(toks: tuple[Token, ...], k: int, limit: int) -> bool:
    """Does "from" at `k` open a place ("from the southern city of Puno", "from a village
    near Kano")?"""
    return any(toks[m].lower in lx.PLACE_NOUNS for m in range(k + 1, min(k + 5, limit)))


def _role_follows(para: Para, k: int, limit: int) -> bool:
    """Is the "-ing" word at `k` a modifier of a role noun one or two words on ("chief
    operating officer", "chief emerging markets economist"; not "a lawyer representing
    patients", "representing the suspects": a verb and its object)?"""
    toks = para.tokens
    for m in range(k + 1, min(k + 3, limit)):
        low = toks[m].lower
        if not joined(para, toks[m - 1], toks[m]) or low in STOP | _PP | lx.DETERMINERS:
            return False
        if low in NOUNS:
            return True
    return False


def _based_in(toks: tuple[Token, ...], i: int, k: int, limit: int) -> bool:
    """Does "in" at `k` open the place where someone works or lives, after "a/an <role>"
    ("a food vendor in Nyamira town") or a workplace ("at Halden Capital in London"); not
    an office's own place ("the WHO's representative in Mozambique")?"""
    if k + 1 >= limit or not toks[k + 1].capitalised or toks[k + 1].lower in lx.MONTH_NAMES:
        return False
    return toks[i].lower in {"a", "an"} or any(toks[m].lower == "at" for m in range(i, k))


def _participle_clause(first: Token, second: Token) -> bool:
    """Does an "-ing" verb open the phrase ("speaking to reporters", "representing the
    families"), not a modifier ("acting president", "outgoing chair")?"""
    low = first.lower
    if not low.endswith("ing") or first.capitalised or low in lx.ROLE_MODIFIERS or is_role(low):
        return False
    return second.lower in _PARTICIPLE_OBJECTS


_PARTICIPLE_OBJECTS = lx.words("to the a an his her its their that this on at in with for about")


def _place(toks: tuple[Token, ...], k: int, limit: int) -> bool:
    """Does "from" at `k` open a place name that ends the phrase ("a retired accountant from
    Motueka", "a Republican from Yuma"; not "an analyst from Capital Economics", "from the
    IMF": an organisation)?"""
    m = k + 1
    while m < limit and m - k <= 3 and toks[m].capitalised and not toks[m].possessive:
        if toks[m].lower in lx.ORG_HEADS or toks[m].text.isupper():
            return False
        m += 1
    return m > k + 1 and (m >= limit or not toks[m].capitalised) and m - k <= 3


def _age_word(word: str) -> bool:
    return word.endswith("year-old")


def _date_like(toks: tuple[Token, ...], k: int) -> bool:
    """ "in March", "on Monday", "from 2010", "at the time": a time, never part of a role."""
    low, time = toks[k].lower, k + 1 < len(toks) and toks[k + 1].lower == "time"
    return low in lx.MONTH_NAMES or low in lx.WEEKDAYS or toks[k].text.isdigit() or time


def _continues(toks: tuple[Token, ...], k: int, limit: int) -> bool:
    """ "head of news and current affairs for TVNZ", "the Institute for Cooperation and
    Peace": "and" joins nouns, or the words of a name, inside a phrase."""
    nxt = toks[k + 1] if k + 1 < limit else None
    if nxt is None or nxt.lower in STOP or nxt.lower in lx.DETERMINERS:
        return False
    if nxt.lower.endswith("ed") or nxt.lower in sp.VERB_FORMS:
        return False  # "… of the committee and voted against the bill": a verb
    return not nxt.capitalised or toks[k - 1].capitalised


def _head(para: Para, i: int) -> int | None:
    """Index of the head of a role phrase ending before token `i`: token i-1 when it is a
    singular role noun, else a role noun before "of"/"for" and up to four words ("chief of
    staff", "minister of foreign affairs", "director of National Intelligence")."""
    toks = para.tokens
    k = i - 1
    end = toks[k]
    if end.lower in _LEFT_STOP:
        return None  # "the winner of a runoff that Quispe described": no role of Quispe's
    after_of = k >= 2 and toks[k - 1].lower in {"of", "for"} and not end.capitalised
    if (end.lower in NOUNS and not after_of) or assisting(toks, k):
        return k  # "counsel assisting Peter Rossiter": the title ends in "assisting"
    for p in range(k - 1, max(0, k - 5), -1):
        low = toks[p].lower
        if low in {"of", "for", "in", "at", "from", "to"} or assisting(toks, p):
            kin = low == "of" and p >= 1 and toks[p - 1].lower in sp.PERSON_NOUNS  # "the son
            if p >= 1 and toks[p - 1].lower in NOUNS and not kin:  # of retiree X": X
                return p - 1  # is the retiree
            return k if end.lower in NOUNS else None  # "manslaughter of photographer"
        if low in lx.DETERMINERS or toks[p].possessive:
            continue  # "his predecessor in the race"
        if low in _LEFT_STOP or not joined(para, toks[p], toks[p + 1]):
            return None
    return None


def assisting(toks: tuple[Token, ...], k: int) -> bool:
    """Is token `k` the "assisting" of the title "counsel assisting (the inquiry)"?"""
    return toks[k].lower == "assisting" and k >= 1 and toks[k - 1].lower == "counsel"


def left(para: Para, i: int, det: bool) -> tuple[int, int] | None:
    """The role phrase ending just before token `i`, with its modifiers and a possessor
    ("the prime minister's new chief of staff"); a leading determiner only when `det`."""
    toks = para.tokens
    if i <= 0:
        return None
    k = _head(para, i)
    if k is None:
        return None
    titled = toks[k].capitalised and not toks[k].sentence_start
    j = k
    while j > 0 and i - j < 12:
        prev = toks[j - 1]
        if not joined(para, prev, toks[j]):
            break
        low = prev.lower
        if low in lx.DETERMINERS or low in {"a", "an"}:
            if det or prev.possessive:
                j -= 1
            break
        if prev.possessive:  # the possessor belongs to the role: "Harbor Energy's chief"
            j -= 1
            continue
        inside_name = (
            low in {"of", "for", "and", "de"}
            and toks[j].capitalised
            and j >= 2
            and toks[j - 2].capitalised
            and joined(para, toks[j - 2], prev)
            and not (low == "and" and _titled_name_before(toks, j - 2))
        )  # "Movement for Democratic Change spokesman"
        if not inside_name and _adverb_participle(toks, j):
            j -= 2  # "Newly appointed Interior Minister", "the recently elected mayor"
            if toks[j].sentence_start:
                break
            continue
        if not inside_name and not _modifier(prev, titled, toks[j - 2] if j >= 2 else None):
            break
        if _verb_before_modifier(prev, toks[j]):
            break  # "defeating former finance spokesman X", "succeeds founding leader X"
        j -= 1
        if prev.sentence_start:
            break
    to = j - 1 if toks[j].lower == "the" else j - 2 if toks[j - 1].lower == "the" else j - 1
    if 1 <= to < j and toks[to].lower == "to" and _titled_before_to(para, to):
        inner = left(para, to, det)  # "Chief Press Secretary to the Governor", "Special
        if inner is not None:  # Adviser to the President": one role, not "the Governor"
            return inner[0], toks[i - 1].end
    return toks[j].start, toks[i - 1].end


def _titled_before_to(para: Para, to: int) -> bool:
    toks = para.tokens
    title = toks[to - 1]
    return (
        title.capitalised
        and not title.sentence_start
        and title.lower in _TO_TITLES
        and joined(para, title, toks[to])
        and joined(para, toks[to], toks[to + 1])
    )


# Titles held "to" someone: "Adviser to the President", "Ambassador to the UN".
_TO_TITLES = frozenset(
    {"secretary", "adviser", "advisor", "assistant", "ambassador", "envoy", "counsel", "aide"}
    | {"representative", "consultant", "spokesman", "spokeswoman", "spokesperson"}
)


STATUS = lx.words("former founding outgoing incoming incumbent longtime veteran fellow")


def _verb_before_modifier(prev: Token, tok: Token) -> bool:
    """An "-ing" or "-s" word right before "former", "founding" …: a verb, never a modifier."""
    low = prev.lower
    if prev.capitalised or tok.lower not in STATUS or is_role(low):
        return False
    return low.endswith("ing") or (low.endswith("s") and not low.endswith(("ss", "us", "is")))


def _titled_name_before(toks: tuple[Token, ...], k: int) -> bool:
    """Does the capitalised run ending at token `k` hold a role word ("Liberal MP Sarah
    Dunn"): then "and" after it joins two people, not two words of one name ("Liberal MP
    Sarah Dunn and Greens leader Bob Hart")?"""
    while k >= 0 and toks[k].capitalised:
        if is_role(toks[k].lower):
            return True
        k -= 1
    return k >= 0 and is_role(toks[k].lower)


def _adverb_participle(toks: tuple[Token, ...], j: int) -> bool:
    """Are the two tokens before `j` an adverb and a participle opening the role phrase
    ("Newly appointed", "recently elected"): at the sentence start or after a stop word?"""
    if j < 2:
        return False
    adverb, participle = toks[j - 2], toks[j - 1]
    if not (adverb.lower.endswith("ly") and len(adverb.lower) > 4):
        return False
    if not participle.lower.endswith("ed") or participle.capitalised:
        return False
    return adverb.sentence_start or (j >= 3 and toks[j - 3].lower in _LEFT_STOP)


def _modifier(tok: Token, titled: bool, before: Token | None) -> bool:
    """Can `tok` stand before a role noun in a role phrase? Before a capitalised title only
    role words, capitalised words and adjectives ("I know Senator Brownback" has no role
    "know Senator"); before a lowercase one, nouns too ("steel magnate", "prison chief")."""
    low = tok.lower
    if tok.capitalised:
        opener = tok.sentence_start and low in lx.SENTENCE_STARTERS
        return not opener or low in lx.ROLE_MODIFIERS or low in lx.ORG_HEADS  # "Police spokesman"
    if low in NOUNS or low in lx.ROLE_MODIFIERS:
        return True
    if low in _LEFT_STOP or sp.VERB_FORMS.get(low) or (low.endswith("ly") and len(low) > 4):
        return False
    if low in sp.IRREGULAR_PAST:  # "Ann Lee beat rival candidate X"
        return False
    if low.endswith("year-old"):
        return False  # an age is not part of the role
    if low.endswith("ing") and not titled:  # "after beating rival X", not "housing minister"
        if before is None:
            return False
        verb = before.lower in _LEFT_STOP - lx.DETERMINERS or before.lower.endswith("ed")
        return not verb
    if low.endswith("ed"):  # "jailed prison chief", not "charged opposition leader"
        verb = before is not None and before.lower in _VERB_BEFORE  # "who represented"
        return not verb and (before is None or before.lower in _LEFT_STOP)
    if titled:
        return low.endswith(lx.ADJECTIVE_SUFFIXES) and len(low) > 4
    return True


def agentive(word: str) -> bool:  # "shopkeeper", "resident"; not "statement", "government"
    return len(word) > 5 and word.endswith(_AGENT) and not word.endswith("ment")


def person_noun(word: str) -> bool:
    """A noun for one person: a role, "man", "resident", or an agent noun ("shopkeeper")."""
    return word in lx.ROLE_NOUNS or word in sp.PERSON_NOUNS or agentive(word)


def other_office(held: list[str] | None, noun: str) -> bool:
    """Does a role noun name another office than every one a person holds ("the minister"
    after "The mayor, X,"), and they do hold an office?"""
    heads = [r.split()[-1] for r in held or [] if r.split()]
    return any(h in lx.ROLE_NOUNS for h in heads) and noun not in heads
