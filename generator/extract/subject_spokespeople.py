"""Whose spokesperson "a spokesperson for the company" or "a company spokesperson" is, when
the words alone name no body: the one organisation the sentence before has as its subject
(or an earlier clause of its own sentence), with no person there ("Pacific Terminals said
in a statement …. A company spokesperson said"; "Ofwat said …, and a spokesperson for the
regulator warned"). Unclear when another body named before fits the noun and that one does
not, and when that body and another the noun fits are named as one subject or object ("X
and its rival Y have both cut prices"). Pure.

`apposed_proxy`: "A spokeswoman for the mayor, Tasha Greene, said" names the spokeswoman when
the document gives the office to someone else ("Mayor Denise Okafor"); the mayor otherwise.

`proxy_for_role`: where "a spokesperson for the Minister for Housing, X," opens.

`no_voice`: "a former aide to the board" and "A lawyer for the company, speaking on condition
of anonymity, said" are no voice of the body (real-news labels: unnamed), unlike its
anonymous spokesperson.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.body_kinds import TRADING, fits_kind
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.paired_bodies import joined_bodies
from generator.extract.phrases import Phrase, Who, name_words
from generator.extract.rows import role_head

_OPENING = re.compile(  # "“…,” a company spokesperson said", "In a statement, a spokesman"
    r"\s*(?:[\"“‘'][^\"”’]*[\"”’']\s*,?\s*)?(?:In\s+an?\s+[\w-]+(?:\s+[\w-]+){0,3},\s*)?",
)

# A lawyer's nouns, and an aside by which a source speaks unnamed (`no_voice`).
_LAWYERS = lx.words("lawyer lawyers attorney attorneys counsel solicitor solicitors barrister")
_ANONYMOUS = re.compile(r"\banonymity\b|\bnot to be (?:named|identified)\b")
# Nouns for a group of people, whom no one person's name is apposed to.
_GROUPS = lx.words("family families couple parents children")
# Words before an office's noun naming another office ("Deputy Mayor", "former governor").
_UNDER = lx.words("deputy vice assistant former ex-")
# A title written short before a name, and the office it names.
_SPELLED = {"gov.": "governor", "sen.": "senator", "rep.": "representative"}

if TYPE_CHECKING:
    from generator.extract.body_referents import BodyReferents


def body_word(phrase: Phrase) -> str | None:
    """The lowercase noun naming the body a spokesperson speaks for: "a company
    spokesperson" → "company", "a spokesperson for the regulator" → "regulator"; none when
    a name, a possessor or a person's role says it ("a spokesperson for the minister")."""
    if phrase.noun not in lx.SPOKESPEOPLE or phrase.det not in {"a", "an"}:
        return None
    if phrase.possessor is not None or phrase.apposition is not None:
        return None
    words = [m for m in phrase.modifiers if m.kind == "word"]
    if phrase.modifiers and (len(words) != 1 or len(phrase.modifiers) != 1 or words[0].capital):
        return None
    if words and phrase.preps:
        return None
    if words:
        noun = words[0].text
    elif len(phrase.preps) == 1 and phrase.preps[0][0] == "for":
        body = phrase.preps[0][1]
        plain = body.possessor is None and not body.preps and not body.modifiers
        if body.det != "the" or not plain or body.plural or body.head is None:
            return None
        if body.head.kind != "word" or body.head.capital:
            return None
        noun = body.noun
    else:
        return None
    if noun in lx.ROLE_NOUNS or noun in sp.PERSON_NOUNS or noun in lx.SPOKESPEOPLE:
        return None
    return noun


def subject_spokesperson(
    refs: BodyReferents, phrase: Phrase, para: Para, offset: int
) -> Who | None:
    """The body of the sentence before (or of its own sentence, before it) whose
    spokesperson `phrase` is, when that sentence names no person as subject or speaker."""
    noun = body_word(phrase)
    if noun is None:
        return None
    index = refs.sentence_index(para, offset)
    here = [s for s in refs._seen(para.number, index) if s.offset < offset]
    if here:
        seen = here  # "Ofwat said …, and a spokesperson for the regulator warned"
    elif index == 0 or not _opens(para.text[refs.sentences(para.number)[index][0] : offset]):
        return None  # only the sentence before in its paragraph, and only when it opens
    elif refs._before_sentence(para, index, "person"):
        return None  # "X, the firm's chief, said …. A company spokesperson": not sure
    else:
        seen = refs._before_sentence(para, index, "organisation")
    if not seen or any(refs.kinds.get(s.key) != "organisation" for s in seen):
        return None
    bodies = {s.key for s in seen}
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    name = refs.names.get(body, "")
    if noun in TRADING and not fits_kind(noun, name):
        return None  # "a company spokesperson" is no public body's
    pair = joined_bodies(refs, para, offset)  # "X and its rival Y have both cut prices. “…,”
    if pair and body in pair and all(fits_kind(noun, n) for n in pair.values()):
        return Who(None, "low", phrase.text)  # a company spokesman said": either's
    others = [  # "The Hospitals Group said …. A spokeswoman for the hospital": University
        k  # Hospital X, named before, not the group
        for k in refs._orgs_before((para.number, offset))
        if k != body and noun in name_words(refs.names.get(k, ""))
    ]
    return None if others else Who(body, "high")


def apposed_proxy(
    phrase: Phrase, persons: Sequence[Phrase], roles: Mapping[str, Sequence[str]]
) -> str | None:
    """The entity apposed to a proxy ("Lee's lawyer, Ben Carter,"; "the deputy minister of
    national defence, X,": a portfolio, no one served), and the person apposed to a proxy
    of an office ("the Chief Press Secretary to the Governor, Mr X,"; "A spokeswoman for the
    mayor, X,") when X is not given the office elsewhere and, for an indefinite proxy, the
    document gives it to one other person (`roles`: each person's stated roles, casefolded).
    None where the name may be the holder's own ("A spokeswoman for the attorney general,
    X," with no attorney general named elsewhere)."""
    appositive = phrase.apposition.mention if phrase.apposition is not None else None
    persons = [
        p
        for p in persons  # not a portfolio ("minister of national defence")
        if p.det or p.possessor is not None or (p.head is not None and p.head.kind == "name")
    ]
    if appositive is not None and not persons:
        return appositive.key  # "Lee's lawyer, Ben Carter,"
    if appositive is None or appositive.kind != "person" or len(persons) != 1:
        return None
    proxy = phrase.noun in sp.PROXY_NOUNS or (phrase.det == "the" and phrase.noun in lx.ROLE_NOUNS)
    if not proxy or persons[0].det != "the" or persons[0].possessor is not None:
        return None  # (a definite role: "the Chief of Staff to the Governor, Dr X,")
    office = persons[0]
    if office.plural or (office.text.split() or [""])[-1].casefold() in _GROUPS:
        return appositive.key  # "An attorney for the Moss family, X,": no one person served
    if office.head is None or office.head.kind != "word" or office.noun not in lx.ROLE_NOUNS:
        return None
    if any(m.kind != "word" for m in office.modifiers) or office.preps:
        return None
    words = [m.text.casefold() for m in office.modifiers] + [office.noun]

    def fits(role: str) -> bool:  # "Gov. Dana Whitcomb" holds "the governor"; a "Deputy
        head = role_head(role)  # Mayor" does not hold "the mayor"
        held = role.split()[: role.split().index(head)] if head in role.split() else []
        if held[-1:] and held[-1] in _UNDER:
            return False
        return _SPELLED.get(head, head) == office.noun and set(words[:-1]) <= set(role.split())

    own = [r for r in roles.get(appositive.key, ()) if fits(r)]
    if any(r != office.text.casefold() for r in own):
        return None  # the document names X the mayor elsewhere too
    if phrase.det == "the" and not own:  # "the Chief Press Secretary to the Governor, X,"
        return appositive.key
    holders = {k for k, texts in roles.items() if k != appositive.key and any(map(fits, texts))}
    return appositive.key if len(holders) == 1 else None


def _opens(before: str) -> bool:
    """Does the spokesperson open its sentence (after a quotation or "In a statement,")?"""
    return _OPENING.fullmatch(before) is not None


def kind_spokesperson(
    phrase: Phrase,
    described: Callable[[Phrase], Who | None],
    the: Callable[[Chunk], Who | None],
    kinds: Mapping[str, str],
) -> Who:
    """ "A district spokeswoman said": the spokesperson of the one body "the district" fits
    (`the`: what "the <noun>" stands for; its own spokesperson speaks for it); "A trade
    ministry spokesperson", "A health board spokeswoman", "An Ethiopian foreign ministry
    spokesperson": of the body "the trade ministry" names (`described`: the body a longer
    description stands for, `described_kind`); else unnamed."""
    words = [m for m in phrase.modifiers if m.kind == "word" and not m.capital]
    if phrase.noun in lx.SPOKESPEOPLE and len(words) == 1 == len(phrase.modifiers):
        body = the(words[0])
    else:
        kind = described_kind(phrase)
        body = described(kind) if kind is not None else None
    if body is not None and body.key and kinds.get(body.key) == "organisation":
        return body
    return Who(None, "low", phrase.text)


def described_kind(phrase: Phrase) -> Phrase | None:
    """ "the trade ministry" for "A trade ministry spokesperson": two or three plain words
    before a spokesperson noun, the last a body's noun ("ministry", "bank", "board"), none a
    person's or a role's ("A former ministry spokesman", "A deputy party spokesman": no body),
    a place's capitalised adjective at most before them ("An Ethiopian foreign ministry")."""
    mods = phrase.modifiers
    if phrase.noun not in lx.SPOKESPEOPLE or phrase.det not in {"a", "an"} or phrase.preps:
        return None
    if not 2 <= len(mods) <= 3 or phrase.possessor is not None or mods[-1].text not in _BODIES:
        return None
    plain = [m for m in mods if m.kind == "word" and not m.capital and not m.possessive]
    if len(plain) < 2 or mods[-len(plain) :] != plain or len(mods) - len(plain) > 1:
        return None
    if mods[0].kind != "word" or any(
        m.text in lx.ROLE_NOUNS
        or m.text in sp.PERSON_NOUNS
        or m.text in _UNDER
        or m.text in _DESCRIBING
        for m in plain
    ):
        return None
    text = " ".join(m.text if not m.capital else m.text.title() for m in mods)
    return Phrase(mods[0].start, mods[-1].end, "the", head=mods[-1], modifiers=mods[:-1], text=text)


# The nouns of a body a spokesperson's modifiers may end in ("A central bank spokesperson").
_BODIES = lx.BODY_NOUNS | lx.words("bank board office party service trust union")
# Words that describe the spokesperson, not the body ("A senior ministry spokesman").
_DESCRIBING = lx.words("senior chief top official unnamed other another second new longtime")


def no_voice(phrase: Phrase) -> bool:
    """Is a proxy of a body no voice of it: one no longer in office ("a former aide"), or a
    lawyer who speaks on condition of anonymity ("A lawyer for the company, speaking on
    condition of anonymity,")? Not "A spokesperson for the company, who asked not to be
    named," (the company), nor a lawyer with no such aside ("A lawyer for X said": X)."""
    if any(m.text in sp.NOT_VOICE_MODIFIERS for m in phrase.modifiers):
        return True
    return phrase.noun in _LAWYERS and _ANONYMOUS.search(phrase.text) is not None


def proxy_for_role(row: Sequence[Chunk], k2: int) -> int | None:
    """Where "a spokesperson for the Minister …" opens, when a proxy noun and "for"/"to" come
    before a person's role that ends at the comma `k2`: the name after it is the principal's."""
    for m in range(k2 - 2, max(-1, k2 - 9), -1):
        if row[m].kind != "word":
            return None
        if row[m].text in sp.PROXY_NOUNS and is_word(row, m + 1, "for", "to"):
            person = any(is_word(row, n, *lx.ROLE_NOUNS) for n in range(m + 2, k2))
            det = m - 1 if is_word(row, m - 1, "a", "an", "the") else m
            return det if person and row[m].text != "office" else None
    return None
