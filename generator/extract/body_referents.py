"""Which organisation a description stands for ("the company said", "the agency",
"a spokesperson for the operator", "the spokesman said"), for `referents.Referents`: the
one body of that kind in view, never a public body for "the company", and "speaker
unclear" when two could be meant. Pure.
"""

from __future__ import annotations

import re
from functools import cached_property

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.body_kinds import (
    ANY_BODY,
    SERVICES,
    TRADING,
    fits_kind,
    named_as,
)
from generator.extract.document import Para
from generator.extract.kinds_in_view import kind_in_view
from generator.extract.paired_bodies import unpaired
from generator.extract.phrase_bodies import own_words
from generator.extract.phrases import Phrase, Who, name_words
from generator.extract.political_sides import sided_bodies
from generator.extract.pronouns import Pronouns
from generator.extract.reported_subjects import reports, speech_follows
from generator.extract.role_phrases import other_office
from generator.extract.sole_firms import FirmIndex, sole_firm
from generator.extract.story_kinds import only_fitting
from generator.extract.types import Mention

_OTHER = frozenset({"rival", "other", "another", "second", "new", "opposing", "competing"})
_COMPARED = lx.words(  # "the smaller firm", "the larger company": one of two, compared
    "smaller larger bigger biggest smallest largest younger older newer richer poorer"
)
_ITSELF = re.compile(r",?\s+(?:which|who)\s+calls?\s+(?:itself|themselves)\s+(?:the\s+)?")


_ANY_NAME = lx.words("group organisation organization body")
_ASKING = lx.words("contacted asked approached")
_LITERAL = lx.words("agency authority")  # any body may be "the agency", but an Agency first
_GOVERNMENT = lx.words("ministry department")  # a bare "the department" is the ministry
_ASKED_BODIES = TRADING | ANY_BODY  # "… for comment. A company spokesperson"
_KIND_NOUNS = lx.GENERIC_ORG_NOUNS | SERVICES  # "the company", "the utility"


class BodyReferents(Pronouns):
    """The half of `Referents` that reads descriptions of organisations, and guesses the
    person a role description may mean (`_recent`)."""

    names: dict[str, str]  # entity key → name
    bodies: dict[str, tuple[str, list[Mention]]]  # bodies named only by a description
    roles: dict[str, list[str]]  # entity key → the texts of its stated roles
    first: dict[str, tuple[int, int]]  # where each entity is first named

    def _introduced(self, para: Para, offset: int, noun: str) -> bool:
        """Was an unnamed "<a/one> … <noun>" introduced just before (this or the previous
        paragraph)? Then "the <noun>" is that unnamed one."""
        pattern = re.compile(
            rf"(?:^|[.!?]\s+)(?:a|an|one|another)\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b",
            re.I,
        )  # as a sentence's subject: "One senior official, who …, said"
        texts = [para.narrative[:offset]]
        if para.number > 1:
            texts.append(self.paras[para.number - 2].narrative)
        return any(pattern.search(t) for t in texts)

    def _recent(self, phrase: Phrase, para: Para, offset: int) -> Who | None:
        """ "the Serbian said", "the prime minister said" with no role to match: perhaps
        the person last in view ("low": an editor checks it)."""
        noun = phrase.noun
        demonym = noun.endswith(lx.DEMONYM_ENDINGS) and noun not in lx.GENERIC_ORG_NOUNS
        person = noun in lx.ROLE_NOUNS or noun in sp.PERSON_NOUNS or demonym  # not "the board"
        kin = noun in sp.PERSON_NOUNS and any(p == "of" for p, _ in phrase.preps)  # "the son
        if phrase.det != "the" or not person or phrase.possessor is not None or kin:  # of X"
            return None
        if self._introduced(para, offset, noun):
            return Who(None, "low", phrase.text)  # "One senior official … the official"
        body = phrase.modifiers[0].mention if phrase.modifiers else None  # "The UN special
        if body is not None and body.kind == "organisation":  # rapporteur": someone of that
            return Who(None, "low", phrase.text)  # body, not whoever was last in view
        recent = self.last_seen(para, offset, "person")
        if recent in self.seen_here(para, offset) and other_office(self.roles.get(recent), noun):
            return Who(None, "low", phrase.text)  # "The mayor, X, …, saying the minister had"
        return Who(recent, "low", phrase.text) if recent is not None else None

    def _recent_org(self, phrase: Phrase, para: Para, offset: int) -> Who | None:
        """ "the group said", "the company said": perhaps the organisation last in view;
        unclear after two of the kind named together ("X and Y merged. The company said")."""
        found = self._last_org(phrase, para, offset)
        return unpaired(self, found, phrase, para, offset)

    def _last_org(self, phrase: Phrase, para: Para, offset: int) -> Who | None:
        if phrase.det != "the" or phrase.noun not in _KIND_NOUNS or phrase.possessor:
            return None
        asked = self._asked_for_comment(para, offset)
        if asked is not None and phrase.noun in _ASKED_BODIES:
            return Who(asked, "high")  # "X contacted Y for comment. A company spokesperson"
        orgs = self._orgs_before((para.number, offset))
        named = set(orgs)  # "Nordvik Motors … The carmaker"
        literal = [k for k in orgs if named_as(phrase, self.names.get(k, ""))]
        if phrase.noun in _LITERAL and len(literal) == 1:  # "the port authority": X Port Authority
            return Who(literal[0], "high")  # "The authority said": the one named an Authority
        if phrase.noun in TRADING:  # "the company": not the Commission that fined it, and
            speaks = speech_follows(para.text, phrase.head.end if phrase.head else -1)
            named = {  # one named close by (a firm misread as a person may stand between)
                k
                for k in named
                if fits_kind(phrase.noun, self.names.get(k, ""))
                and self._near(k, para, offset, speaks)
                and not self._introduced_as_group(k)
            }
        recent = self.last_seen(para, offset, "organisation")
        if phrase.noun in TRADING and recent is not None and self._introduced_as_group(recent):
            recent = None  # "The environmental group X … the company's description": not X
        if phrase.noun in TRADING and recent not in named:  # the firm last in view is far
            if len(named) != 1:  # back: only one close by is sure, another a guess
                if (sole := self._sole_firm(phrase, para, offset)) is not None:
                    return Who(sole, "high")  # the one firm named so far, but outlets
                fits = recent is not None and fits_kind(phrase.noun, self.names.get(recent, ""))
                return Who(recent if fits else None, "low", phrase.text)
            recent = next(iter(named))
        if recent is None and len(named) == 1:
            recent = next(iter(named))  # named paragraphs ago, and nobody else since
        if recent is None:
            return None
        plain = not phrase.modifiers and not phrase.preps
        if plain and self._described(para, offset, phrase.noun, self.names.get(recent, "")):
            return Who(None, "low", phrase.text)  # "Police union chief X … the union said"
        fits = fits_kind(phrase.noun, self.names.get(recent, "")) or self._called(
            recent, phrase.noun
        )
        if plain and phrase.noun in _GOVERNMENT and _GOVERNMENT & name_words(self.names[recent]):
            fits = True  # "The Ministry of Housing … said. A spokesperson for the department"
        if not fits:  # "the union's charge" is no energy firm's; the regulator named close by
            return kind_in_view(self, phrase, para, offset, named) or Who(None, "low", phrase.text)
        fitting = {k for k in named if fits_kind(phrase.noun, self.names.get(k, ""))}
        alone = (named == {recent} or (fitting == {recent} and phrase.noun not in ANY_BODY)) and (
            plain or own_words(phrase, self.names.get(recent, ""))
        )
        if alone and not self._introduced(para, offset, phrase.noun):
            return Who(recent, "high")  # "fined by the Financial Conduct Authority. The
            # regulator said": the one body named that is a regulator
        before = {  # "The IOPC said …. The watchdog, which …, said": the sentence before's
            s.key
            for s in self._before_sentence(para, self.sentence_index(para, offset), "organisation")
        }
        kinds = {m.text for m in phrase.modifiers if m.text in lx.ORG_HEADS}  # "the hospital
        other = kinds - name_words(self.names.get(recent, ""))  # group" is no union
        same = plain or not (
            other or any(m.text in _OTHER | _COMPARED for m in phrase.modifiers)
        )  # "the British
        if phrase.noun in TRADING:
            before &= named
        if same and before == {recent} and not self._introduced(para, offset, phrase.noun):
            return Who(recent, "high")  # military agency said" after "according to UKMTO"
        return Who(recent, "low", phrase.text)

    def _sole_firm(self, phrase: Phrase, para: Para, offset: int) -> str | None:
        """A plain "the company" with no firm close by: the one firm named so far that is
        no outlet ("told CBC News"), unless an unnamed one was brought in before."""
        if not phrase.text or phrase.preps:  # not "the company's audit"
            return None
        if self._introduced(para, offset, phrase.noun):
            return None
        firms = {
            k: self.names.get(k, "")
            for k in self._orgs_before((para.number, offset))
            if fits_kind(phrase.noun, self.names.get(k, ""))
        }
        sole = sole_firm(firms, self._firms.mentions, self.paras)
        if sole is None or self._introduced_as_group(sole):
            return None  # "the environmental group X": no company
        if phrase.modifiers and not own_words(phrase, self.names.get(sole, "")):
            return None  # "the water company" is Pennine Water; not "the rival company"
        named = self.first.get(sole, (0, 0))  # "a leasing company recalled them …. the
        if any(named < u < (para.number, offset) for u in self._firms.unnamed(phrase.noun)):
            return None  # company said", not "A water company was fined …. Dunmere Water"
        return sole

    @cached_property
    def _firms(self) -> FirmIndex:
        return FirmIndex(self.paras, self.by_para)  # once a document

    @cached_property
    def _party_sides(self) -> set[str]:  # "the opposition X": once a document
        return sided_bodies(self.paras, self.by_para, self.kinds)

    def calls_itself(self, phrase: Phrase, para: Para) -> Who | None:
        """ "The junta, which calls itself the National Council for …,": that body."""
        head = phrase.head
        found = _ITSELF.match(para.text, head.end) if head and head.kind == "word" else None
        return next(
            (
                Who(m.key, "high")
                for m in self.by_para.get(para.number, [])
                if found and m.start == found.end() and self.kinds.get(m.key) == "organisation"
            ),
            None,
        )

    def _called(self, key: str, noun: str) -> bool:
        """Was `key` named right after `noun` ("The housing charity Casa Digna Valencia",
        "The board of Public Broadcasting New Zealand"), or as what it calls itself ("The
        junta, which calls itself the National Council"), or described by it ("The Harbour
        Foundation, a children's charity,")?"""
        itself = re.compile(rf"\b{re.escape(noun)}(?:{_ITSELF.pattern}|\s+of\s+(?:the\s+)?)$")
        kind = re.compile(rf",\s+(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(noun)}\b", re.I)
        return any(
            m.key == key
            and (
                _APPOSED.sub("", before := self.paras[n - 1].text[: m.start].casefold()).endswith(
                    noun
                )
                or itself.search(before) is not None
                or kind.match(self.paras[n - 1].text, m.end) is not None  # "X, a children's
            )  # charity,"
            for n, mentions in self.by_para.items()
            for m in mentions
        )

    def passed_over(self, key: str, noun: str, para: Para, offset: int) -> bool:
        """ "the group" for Red Mesa Corrections Group when another body was named after it
        ("… drawn fire from the Employees Alliance, which …. The group said"): unclear. Only
        the words news uses for a body of any name; "the authority" is the Authority."""
        if noun not in _ANY_NAME:
            return False
        named = [
            (n, m.start, m.key)
            for n in range(max(1, para.number - 1), para.number + 1)
            for m in self.by_para.get(n, [])
            if (n < para.number or m.start < offset) and self.kinds.get(m.key) == "organisation"
        ]
        return bool(named) and max(named)[2] != key

    def only_fitting(self, phrase: Phrase, para: Para, offset: int) -> Who | None:
        """ "the union said" with no body of that kind in view: `story_kinds`."""
        return only_fitting(self, phrase, para, offset, self._firms.unnamed)

    def _asked_for_comment(self, para: Para, offset: int) -> str | None:
        """The one organisation the sentence before asked for comment ("Wikinews contacted
        Slovenske Proge for comment"): the one who then answers, not the one who asked."""
        _, row = self.previous_row(para, offset)
        ask = next((k for k, c in enumerate(row) if c.text in _ASKING), -1)
        end = next((k for k in range(ask + 1, len(row)) if row[k].text == "comment"), -1)
        if ask < 0 or end < 0 or row[end - 1].text != "for":
            return None
        bodies = {
            c.mention.key
            for c in row[ask + 1 : end]
            if c.mention is not None and c.mention.kind == "organisation"
        }
        return bodies.pop() if len(bodies) == 1 else None

    def _near(self, key: str, para: Para, offset: int, speaks: bool = False) -> bool:
        """Is `key` named in this paragraph before `offset`, or in the sentence before, and
        a subject or a speaker lately (not "In an interview with Wikinews, X said")? When
        the description `speaks` ("the company said"), a subject of reported words is too."""
        here = any(m.key == key and m.start < offset for m in self.by_para.get(para.number, []))
        _, before = self.previous_row(para, offset)
        here = here or any(c.mention is not None and c.mention.key == key for c in before)
        if here and any(s.key == key for s in self._window(para, offset, "organisation")):
            return True
        own = self.rows(para.number)[self.sentence_index(para, offset)]
        return speaks and here and reports(key, [c for c in own if c.start < offset], before)

    def _described(self, para: Para, offset: int, noun: str, name: str) -> bool:
        """Is `noun` used before `offset` (this paragraph and the one before) other than in
        `name`: another body of that kind, described but not named ("Police union chief")?"""
        texts = [para.narrative[:offset]]
        if para.number > 1:
            texts.append(self.paras[para.number - 2].narrative)
        word = re.compile(rf"\b{re.escape(noun)}\s+(\w+)", re.I)
        return any(
            m.group(1).casefold() in lx.ROLE_NOUNS  # "union chief": another union's officer
            for t in texts
            if name
            for m in word.finditer(t.replace(name, " "))
        )

    def _orgs_before(self, here: tuple[int, int] | None) -> list[str]:
        """The organisations named before `here` (paragraph, offset), in the document's
        order; all of them when `here` is None. One named only by a description that spoke
        ("the U.S. embassy") has no name mention: it counts only when `here` is None."""
        described = self.described_first()  # "Lithuania's trade ministry said …. The ministry"
        return [
            k
            for k, kind in self.kinds.items()
            if kind == "organisation"
            and (here is None or self.first.get(k, described.get(k, here)) < here)
        ]

    def described_first(self) -> dict[str, tuple[int, int]]:
        """Where each body named only by a description first spoke (paragraph, offset)."""
        return {
            k: min((m.span.paragraph, m.span.start) for m in mentions)
            for k, (_, mentions) in self.bodies.items()
            if mentions
        }

    def ending_in(self, described: str, para: Para, offset: int) -> Who | None:
        """The one organisation named before whose name ends in a description ("the sheriff's
        office" after "the Red Mesa County Sheriff's Office")."""
        tail = " " + described.casefold().replace("’", "'")
        ends = [
            k
            for k in self._orgs_before((para.number, offset))
            if self.names.get(k, "").casefold().replace("’", "'").endswith(tail)
        ]
        return Who(ends[0], "high") if len(ends) == 1 else None

    def _introduced_as_group(self, key: str) -> bool:
        """Does the text introduce the body as a group, not a firm ("The environmental group
        Friends of the Atacama")?"""
        first = self.first.get(key)
        if first is None:
            return False
        before = self.paras[first[0] - 1].text[max(0, first[1] - 40) : first[1]]
        return _GROUP_BEFORE.search(before) is not None

    def person_word(self, word: str) -> bool:
        """Is `word` (casefolded) part of a person's name in this text ("goh" of "Goh Siew
        Ling", read alone as a plain word)?"""
        return any(
            word in self.names.get(k, "").casefold().split()
            for k, kind in self.kinds.items()
            if kind == "person"
        )

    def holder(self, key: str) -> str | None:
        """The one person whose stated role is this body's very name ("the Social Housing
        Ombudsman, Eleanor Fairbairn,", "New Zealand's Chief Ombudsman, Margaret Tavita,"):
        "the ombudsman" is that office's holder."""
        name = self.names.get(key, "").casefold()
        held = [
            k
            for k, texts in self.roles.items()
            if self.kinds.get(k) == "person" and any(_names_office(t, name) for t in texts)
        ]
        return held[0] if len(held) == 1 else None

    def _spokesman(self, phrase: Phrase, para: Para, offset: int) -> Who | None:
        """ "The Election Commission barred him. …, the spokesman said": the spokesperson of
        the one body the sentence before has as its subject, with no person there; after "A
        spokesperson for the U.N. agency said … the spokesperson" in its own sentence, or
        after a body as subject earlier in its own sentence, the body that subject is."""
        if phrase.noun not in lx.SPOKESPEOPLE or phrase.modifiers:
            return None
        index = self.sentence_index(para, offset)
        row = self.rows(para.number)[index]
        here = [s for s in self._seen(para.number, index) if s.offset < offset]
        if here or any(c.start < offset and c.text in lx.SPOKESPEOPLE for c in row):
            seen = here  # "the Commission declined to comment on what a spokeswoman called"
        elif self._before_sentence(para, index, "person"):
            return None
        else:
            seen = self._before_sentence(para, index, "organisation")
        if any(self.kinds.get(s.key) != "organisation" for s in seen):
            return None
        bodies = {s.key for s in seen}
        return Who(bodies.pop(), "high") if len(bodies) == 1 else None


_APPOSED = re.compile(r"(?:,\s*(?:the\s*)?)?\s*$")  # "the regional audit chamber, the Chambre …"
_GROUP_BEFORE = re.compile(
    r"\b(?:group|campaign|coalition|alliance|charity|union|association)\s+$", re.I
)


def _names_office(role: str, name: str) -> bool:
    """ "the Social Housing Ombudsman" or "New Zealand's Chief Ombudsman" names the office
    "Chief Ombudsman": the role is the name, after "the" or a place's possessive."""
    text = role.casefold().replace("’", "'").removeprefix("the ")
    if text == name:
        return True
    owner, _, rest = text.partition("'s ")
    return rest == name and 0 < len(owner.split()) <= 3


def central_bank(name: str) -> bool:
    """Is `name` a country's central bank by its form ("Bank of Thailand", "Central Bank of
    Ireland", "Reserve Bank of India"), not a lender ("Ardmore Mercantile Bank Plc")?"""
    words = name.casefold().split()
    return "bank" in words and words.index("bank") + 1 < len(words) and "of" in words
