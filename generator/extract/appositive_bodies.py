"""What an appositive after a name's comma says of the name's kind, beyond `body_forms`'s
reading of it (`after_comma`): for `name_evidence`. Pure.

- A body described by its trade or its standing: "Meridian Biopharma, the Swiss drugmaker
  that …", "Assicurazioni Padana, Italy's fifth-largest property insurer", "X, a joint venture
  in which …", "X, Mongolia's parliament", "X, the 67-seat chamber". A head a person may have
  too ("operator", "producer", "contractor", "rival") makes a body only with a body's mark
  beside it: a rank ("the largest private operator", "the third bidder", "a smaller rival"),
  "<Place>-based" or "-owned" ("the Bristol-based prime contractor", "a family-owned Quebec
  producer"), a country's possessive, or "that"/"which" after it ("the homewares retailer
  that …"); never with an age or "who" ("a 31-year-old retailer", "an operator who …").
- A name that is the object of a role ("a spokesperson for the X, who …", "deputy leader of
  X, who …", "Mr Daniel Goh of Merrion Law, the lawyer for …"): the "who", the age or the role
  after it are the role holder's, not the name's.
"""

from __future__ import annotations

import re

from generator.extract import body_forms as bf
from generator.extract import lexicon as lx
from generator.extract import person_marks as pm
from generator.extract import speech as sp
from generator.extract.sentences import Token

# Heads that only a body has, beyond those `body_forms.body_head` knows.
BODY_HEADS = lx.words(
    """subsidiary unit arm venture corporation consortium nonprofit non-profit charity
    authority parliament legislature chamber bloc fund slate partnership think-tank thinktank
    outfit startup start-up cooperative co-operative drugmaker carmaker automaker steelmaker
    chipmaker planemaker shipbuilder telco conglomerate forum"""
)
# Heads a person may have too ("a crane operator", "a local contractor").
_SHARED = lx.words(
    """operator producer contractor supplier provider retailer developer bidder rival
    distributor wholesaler exporter importer processor miner insurer lender"""
)
_RANKS = lx.words("smaller larger bigger private state first second third fourth fifth sole")
_MARKED = re.compile(r".*-(?:based|owned|listed|run|backed|registered|controlled)$")
_AGE = re.compile(r"\d+-year-old$")
# Words that end the phrase whose last word is its head ("a unit of …", "the firm that …").
_ENDS = lx.words(
    """that which whose who whom where with in of for at by from based owned run led set and or
    headquartered behind"""
)
_FUNCTION = lx.DETERMINERS | lx.words("and or but than as not no")
_HOLDERS = frozenset({"of", "for", "at", "with"})


def after_name(
    rest: str, toks: tuple[Token, ...], span: tuple[int, int], text: str, titled: bool = False
) -> set[str]:
    """The evidence of the appositive `rest` (the text after the name's comma) for the name
    whose tokens are `toks[span[0]]` to `toks[span[1]]` in the paragraph `text`. After a name
    with a title or an honorific (`titled`), no body's: "In a letter to Health Minister Aaron
    Delorme, the association warned", "signed by its Secretary, Dr Yetunde Aina, the forum
    described": the body is the sentence's subject, not the person; so after a role's holder."""
    start, last = span
    titled = titled or pm.role_phrase_before(toks, start, text)  # "the speaker of parliament,
    found = bf.after_comma(rest) - ({"org"} if titled else set())  # X, a group of clergy urged"
    tail = start > 1 and not toks[start - 1].capitalised and toks[start - 2].capitalised
    tail = tail and _joined(text, toks[start - 2], toks[start - 1])  # "the Cortes of X, the
    # region's parliament", "Freedom to X, the coalition behind …": the whole name's
    if "org" not in found and not tail and not titled and body_appositive(rest, last > start):
        return {"org"}
    if found & {"person", "aged"} and _held(toks, start, text):
        return found - {"person", "role_appos", "aged"}  # the role holder's, before "of"
    return found


def body_appositive(rest: str, words_named: bool = True) -> bool:
    """Does `rest` describe a body by a head noun only a body has, or by a trade a person
    may share with a body's mark beside it? Not a trade after a one-word name or with "the
    world's": a country's ("Zambia, Africa's second-largest copper producer")."""
    raw = rest.replace("’", "'").split()[:9]
    words = [w.casefold().strip(",.;:") for w in raw]
    if not words:
        return False
    country = raw[0][:1].isupper() and raw[0].endswith("'s")  # "Italy's fifth-largest insurer"
    if words[0] not in {"a", "an", "the"} and not country:
        return False
    end = next(
        (k for k in range(1, len(words)) if _ends(words, k) or raw[k - 1][-1] in ",.;:"),
        -1,
    )
    if end < 2 and not (end == -1 and raw[-1][-1:] in ",.;:" and len(raw) >= 2):
        return False
    end = end if end >= 0 else len(words)
    head, modifiers = words[end - 1], words[1 : end - 1]
    nxt = words[end] if end < len(words) else ""
    if nxt == "who" or any(_AGE.match(w) for w in modifiers) or len(modifiers) > 4:
        return False
    for k, w in enumerate(modifiers, 1):
        possessive = w.endswith("'s") and raw[k][:1].isupper() and k == 1
        country = country or possessive  # "the UK's seventh-largest lender"
        if w in _FUNCTION or w in lx.SPEECH_VERBS or sp.VERB_FORMS.get(w) == "finite":
            return False  # "X, the tribunal said provisions allowing parliament to …": a clause
    if raw[end - 1][:1].isupper():
        return False  # "X, the Small-Scale Miners Union of Ghana said": a name of its own
    head = head.removesuffix("'s")
    if head == "tank" and modifiers[-1:] == ["think"] or head in BODY_HEADS or bf.body_head(head):
        return True
    if head not in _SHARED or not words_named or "world's" in modifiers:
        return False
    marked = any(ranked(w) for w in modifiers)
    return marked or country or nxt in {"that", "which"}


def _ends(words: list[str], k: int) -> bool:
    """Does `words[k]` end the phrase before it ("a unit of", "a corporation registered in")?"""
    word = words[k]
    return word in _ENDS or (k >= 2 and word.endswith("ed") and "-" not in word)


def ranked(word: str) -> bool:
    """ "largest", "second-biggest", "smaller", "Bristol-based", "family-owned", "private"."""
    last = word.rsplit("-", 1)[-1]
    return last.endswith("est") and len(last) > 4 or word in _RANKS or bool(_MARKED.match(word))


def _held(toks: tuple[Token, ...], start: int, text: str) -> bool:
    """Is the name at `start` the object of a role or a person before "of"/"for"/"at"/
    "with" ("a spokeswoman for the collective X", "Imran Shaikh of the X")?"""
    k = start - 1
    while k > 0 and start - k <= 4 and _joined(text, toks[k], toks[k + 1]):
        word = toks[k]
        if word.lower in _HOLDERS:
            owner = toks[k - 1]
            if not _joined(text, owner, word):
                return False
            role = owner.lower in lx.ROLE_NOUNS or owner.lower.rstrip("s") in lx.ROLE_NOUNS
            named = owner.capitalised and not owner.sentence_start and toks[k + 1].lower == "the"
            return role or named  # "Imran Shaikh of the X", not "Sen. Y of Eau Claire": a seat
        if word.capitalised or word.lower in lx.ROLE_NOUNS:
            return False
        k -= 1
    return False


def _joined(text: str, left: Token, right: Token) -> bool:
    return not text[left.end : right.start].strip()
