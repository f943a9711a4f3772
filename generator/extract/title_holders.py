"""The holder named after a title's object, for `name_runs`: "Leader of the Opposition in the
Legislative Council S Chandrashekar", "Opposition Spokesman on National Security Devon
Sinclair-Reid", "Leader of opposition in the SMC Anil Gaikwad", "Minister of State at the
Department of Enterprise Aoife Brennock", "PPF provincial chairperson for Manicaland Mr Enock
Dube": after "<title> in/on/to/for/at/of [the]", one capitalised run holds the title's object
(a chamber, a portfolio, a body's initials, a place) and then the person's name. After a
capitalised title and "in"/"on"/"to"/"at", the name starts after the object's last head
word, initials or portfolio word (or one word after its "of"); after "for"/"of", only if
the document uses the name's last or first word alone ("Dunleavy said") or the object ends
in a body's head ("Chairperson of Parliament's Legal Affairs Committee Dorothy Mkumbwa",
past a possessor, a lowercase adjective or a bracketed word: "Director General (Legal) of
the Bribery Commission X Y"); after a lowercase role, only at an honorific. With no such
word, a run of three words whose name the document uses alone is a one-word object and a
name of two. Pure.
"""

from __future__ import annotations

from generator.extract import lexicon as lx
from generator.extract import name_evidence as ne
from generator.extract.document import Para
from generator.extract.sentences import Token
from generator.extract.title_fronts import PORTFOLIO_HEADS

# The words that join a title to its object ("Leader of the Opposition in the Senate").
_LINKS = frozenset({"in", "on", "to", "for", "at", "of"})
# Links that place a title in a chamber, a body or a country, or give its portfolio ("Leader
# of the Opposition in the Senate", "Ambassador to Zambia", "Spokesman on National Security"):
# the holder's name may follow the object's head. After "for" and "of" it may be the body's
# own ("Director of Radio Sahel Horizon"), unless the document uses its last word alone.
_PLACING = frozenset({"in", "on", "to", "at"})
# Words that end the object: a body's head ("Council", "Assembly", "House"), a portfolio's
# ("Security", "Government").
_OBJECT_ENDS = lx.ORG_HEADS | lx.LEGISLATURES | PORTFOLIO_HEADS | lx.words("house")
_NOT_NAME_WORDS = lx.CONNECTORS | _OBJECT_ENDS | lx.TITLE_WORDS  # once, not per word


def _acronym(tok: Token) -> bool:
    return len(tok.text) >= 2 and tok.text.isalpha() and tok.text.isupper()


def _titled_before(para: Para, link: int) -> bool:
    """Is the link word at `link` within four words after a title or role word, with no
    punctuation between ("Leader of the Opposition in", "Opposition Spokesman on",
    "provincial chairperson for")?"""
    toks, text = para.tokens, para.text
    for j in range(link - 1, max(-1, link - 5), -1):
        if text[toks[j].end : toks[j + 1].start].strip(" ()"):
            return False  # past a bracketed word: "Director General (Legal) of the X"
        low = toks[j].lower
        if low in lx.TITLE_WORDS or (ne.is_role_noun(low) and not low.endswith("s")):
            return toks[j].capitalised  # not "Residents of X in the …": no one's title
    return False


def _link_before(para: Para, first: int) -> int:
    """The index of the word before the object's run that opens at `first`, past "the", one
    capitalised possessor ("of Parliament's Legal Affairs Committee") and one lowercase
    adjective ("of the provincial People's Committee"), each with one space after it."""
    toks, text = para.tokens, para.text
    k = first - 1
    low = toks[k].lower
    if k > 0 and low.endswith(lx.ADJECTIVE_SUFFIXES) and low.isalpha() and not toks[k].capitalised:
        k -= low not in lx.ROLE_NOUNS  # "provincial", not "official"
    if k > 0 and toks[k].possessive and toks[k].capitalised and not toks[k - 1].capitalised:
        k -= 1  # "Parliament's", not "Kenya National Assembly's": one word
    if k > 0 and toks[k].lower == "the":
        k -= 1
    for j in range(k, first):
        gap = text[toks[j].end : toks[j + 1].start]
        if gap != " " and not (toks[j].possessive and gap in {"'s ", "’s "}):
            return -1
    return k


def _name_like(words: list[Token]) -> bool:
    """Two to four capitalised words (initials among them), none a head, a connector or an
    acronym: a person's name."""
    if not 2 <= len(words) <= 3 + any(len(w.text.rstrip(".")) <= 3 for w in words[:-1]):
        return False
    for w in words:
        if not w.capitalised or w.lower in _NOT_NAME_WORDS:
            return False
        if _acronym(w) and len(w.text) > 2:
            return False
    return not _acronym(words[-1])


_SUBJECT_VERBS = lx.SPEECH_VERBS | lx.words("has had is was also")


def alone_names(paras: tuple[Para, ...], raws: list[list[list[int]]]) -> frozenset[str]:
    """The words the document uses as a name on their own (`raws`: each paragraph's
    capitalised runs): a run of one word inside a sentence, or opening one as the subject of
    a reporting verb ("Lodhi said"). Once per document."""
    out: set[str] = set()
    for para, runs in zip(paras, raws, strict=True):
        toks = para.tokens
        for run in runs:
            i = run[0]
            verb = i + 1 < len(toks) and toks[i + 1].lower in _SUBJECT_VERBS
            if len(run) == 1 and (not toks[i].sentence_start or verb):
                out.add(toks[i].text)
    return frozenset(out)


def _alone(name: list[Token], alone: frozenset[str]) -> bool:
    """Does the document use the name's last word, or its first (a family name written
    first: "Liu Wenhui … Liu said"), as a name on its own?"""
    return name[-1].text in alone or name[0].text in alone


def title_holder(para: Para, run: list[int], alone: frozenset[str]) -> tuple[list[int], list[int]]:
    """(object, name): the title's object and the holder's name in `run`, or ([], []) when
    the run is no such pair. `alone`: the words the document uses as a name on their own."""
    toks = para.tokens
    if len(run) < 3 or run[0] < 2:
        return [], []
    link = _link_before(para, run[0])
    if link < 1 or toks[link].lower not in _LINKS:
        return [], []
    titled = _titled_before(para, link)  # "provincial chairperson for …": only at an honorific
    lowercase = not titled and toks[link - 1].lower in lx.ROLE_NOUNS
    if not (titled or lowercase):
        return [], []
    if lowercase and link != run[0] - 1 - (toks[run[0] - 1].lower == "the"):
        return [], []
    words = [toks[i] for i in run]
    cut = -1
    for k, w in enumerate(words[:-2]):
        if w.lower.rstrip(".") in lx.HONORIFICS and k > 0:
            cut = k  # "Manicaland Mr Enock Dube": the name opens at its honorific
        elif w.lower in _OBJECT_ENDS or _acronym(w) or w.lower in lx.CONNECTORS:
            cut = k + 1  # "Legislative Council | S Chandrashekar", "SMC | Anil Gaikwad"
    if cut > 0 and words[cut - 1].lower in lx.CONNECTORS:  # "Department of Enterprise Aoife
        if len(words) - cut != 3 or lowercase:  # Brennock": one word
            return [], []  # after "of", then the name the document uses alone ("Brennock said")
        cut += 1
    if cut > 0:
        honorific = words[cut].lower.rstrip(".") in lx.HONORIFICS
        name = words[cut + honorific :]
        placed = titled and toks[link].lower in _PLACING  # "in the Senate Kamran Lodhi"
        # "Chairperson of Parliament's Legal Affairs Committee Dorothy Mkumbwa": a body's head
        headed = cut >= 2 and words[cut - 1].lower in lx.ORG_HEADS and len(name) <= 3
        known = placed or ((headed or _alone(name, alone)) and titled)
        if not _name_like(name) or not (honorific or known):
            return [], []
        portfolio = words[cut - 1].lower in PORTFOLIO_HEADS - lx.ORG_HEADS  # "on National
        return ([] if portfolio else run[:cut]), run[cut:]  # Security": no body's name
    if len(run) == 3 and not lowercase and _alone(words[1:], alone) and _name_like(words[1:]):
        return run[:1], run[1:]  # "Ambassador to Zambia Liu Wenhui … Liu said"
    return [], []
