"""Who a noun phrase stands for in one document (`attribution.Context` adds verbs' subjects).

`Referents(paras, names, roles, gazetteer)` holds what the document names: entities, their
stated roles (for "the mayor", "the board"), and who spoke or acted where (for "he", "she",
"it", through `Discourse`). `resolve(phrase, para, offset)` → `Who` or None:
- a name is that entity ("high");
- a document ("statement", "letter", "motion") speaks for its author — its possessor
  ("the council's statement"), "by"/"from" X, "issued/sent/signed by X" — and is unnamed
  without one; the recipient ("a letter to Dunn") never speaks;
- a proxy ("a spokesperson for X", "Lee's lawyer", "an aide to Lee", "Lee's office") is X
  when X is an organisation, an unnamed speaker when X is a person; an apposition names the
  proxy (", Ben Carter,") unless it may name the person the proxy works for;
- "the board", "the mayor": the one organisation whose name has that noun, or the one person
  the document gives that role, else unnamed (`descriptor`, which records the role it
  infers in `inferred`); "the company", "the agency", "a company spokesperson", "the
  spokesman": the one body of that kind in view (`body_referents`);
- a panel, mission or observers of or from a body: that body; a bench: its court;
- plural and indefinite phrases ("critics", "a source", "one driver") are unnamed. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract import body_referents as br
from generator.extract import lexicon as lx
from generator.extract import phrase_bodies as pb
from generator.extract import speech as sp
from generator.extract.ages import aged_person
from generator.extract.benches import bench_court
from generator.extract.body_forms import field_word
from generator.extract.body_kinds import ANY_BODY, name_heads, place_kind, whole_named
from generator.extract.clauses import Chunk
from generator.extract.described_before import adopt, described_before
from generator.extract.described_bodies import described_or_recent, shared
from generator.extract.described_holders import nested_aside, plain_holder, unnamed_blocks
from generator.extract.document import Para
from generator.extract.document_acts import act_author
from generator.extract.document_chains import first_author
from generator.extract.document_leads import lead_author
from generator.extract.documents import earlier_author
from generator.extract.genders import genders
from generator.extract.given_names import phrase_name
from generator.extract.joined_bodies import named_presidency
from generator.extract.named_members import named_member
from generator.extract.names import NameMention, NameResult
from generator.extract.party_sides import party_or_called
from generator.extract.phrase_bodies import body_of, described_org, named_org, of_place
from generator.extract.phrases import Phrase, Who, name_words, served
from generator.extract.rows import role_head
from generator.extract.staff_bodies import staff_body
from generator.extract.subject_spokespeople import apposed_proxy as _apposed
from generator.extract.subject_spokespeople import kind_spokesperson, no_voice, subject_spokesperson
from generator.extract.title_initials import spells
from generator.extract.types import Gazetteer, Mention, Role, Span

_SEEN_BY = re.compile(rf"\b(?:{'|'.join(sorted(sp.SEEING_VERBS))})\s+by\b")
_LEVELS = frozenset({"federal", "state", "provincial", "regional", "interim", "transitional"})
_BODY_WORDS = lx.ORG_HEADS | lx.BODY_NOUNS | lx.GENERIC_ORG_NOUNS | lx.ORG_NOUNS
_PLACE_BEFORE = re.compile(
    r"(?:(?<![\w,])(?!(?:In|On|At|The|But|And|For|From|After)\b)[A-Z][\w.-]* )*$"
)
_ORG_PARTS = lx.BODY_NOUNS | lx.words(  # what a body speaks through, named as its possessor
    "mission delegation office team wing branch unit division arm secretariat observers chamber"
)


class Referents(br.BodyReferents):
    def __init__(
        self,
        paras: tuple[Para, ...],
        names: NameResult,
        roles: Sequence[Role],
        gazetteer: Gazetteer | None = None,
    ):
        by_para: dict[int, list[NameMention]] = {}
        self.first: dict[str, tuple[int, int]] = {}  # where each entity is first named
        for m in names.mentions:
            by_para.setdefault(m.paragraph, []).append(m)
            self.first.setdefault(m.key, (m.paragraph, m.start))
        super().__init__(paras, {e.key: e.kind for e in names.entities}, by_para)
        self.names = {e.key: e.name for e in names.entities}
        # organisations named only by a description that speak: key → (name, mentions)
        self.bodies: dict[str, tuple[str, list[Mention]]] = {}
        self.inferred: list[Role] = []  # "the minister later said": the minister's role
        self.roles: dict[str, list[str]] = {}
        for role in roles:
            if role.relation == "role":
                self.roles.setdefault(role.entity_key, []).append(role.text.casefold())
        self.stated = {k: list(v) for k, v in self.roles.items()}  # this document's own
        self.gender = genders(paras, names, self.roles)
        # roles other documents give the people named here (the story's second pass)
        for known in gazetteer.entities if gazetteer else ():
            if known.roles and known.id in self.kinds:
                self.roles.setdefault(known.id, []).extend(r.casefold() for r in known.roles)

    def resolve(self, phrase: Phrase, para: Para, offset: int) -> Who | None:
        head = phrase.head
        if head is None:
            return None
        if given := phrase_name(para, phrase.text, offset, self.by_para):
            return Who(given, "high")  # "One traveller, who gave his name only as Darius,"
        if phrase.plural_names:
            return Who(None, "low", phrase.text or "two or more people")
        if (phrase.text.split() or [""])[-1] in lx.LAWS:
            return Who(None, "low", lx.LAW_WORDS)  # "The Wisconsin bill would have told"
        if named_member(phrase, para):
            return Who(None, "low", phrase.text)  # "A former Bureau of Customs (BOC) examiner"
        if head.kind == "name" and head.mention is not None and not head.possessive:
            return self._body_of_name(phrase, para, offset) or self._name(head)
        if head.kind == "pron":
            return self.pronoun(para, head.start, head.text)
        if (itself := self.calls_itself(phrase, para)) is not None:
            return itself
        if (aged := aged_person(phrase, para, offset, self.paras, self.by_para, self)) is not None:
            return Who(aged, "high")  # "said the 52-year-old"
        noun = phrase.noun
        owner = phrase.possessor.mention if phrase.possessor is not None else None
        if owner is not None and owner.kind == "organisation" and noun in _ORG_PARTS:
            return Who(owner.key, "high")  # "the European Union's observation mission said"
        if owner is None and phrase.possessor is not None and noun in _ORG_PARTS:
            body = self.owner(phrase.possessor_phrase, para, offset)  # "the forum's mission"
            if (
                body is not None
                and body.key is not None
                and self.kinds.get(body.key) == "organisation"
            ):
                return body
        if (body := body_of(phrase) or staff_body(phrase)) is not None:
            return body  # "A three-judge panel of the Court of Appeals ruled", "monitors from X"
        if noun in sp.DOCUMENT_NOUNS:
            return self._document(phrase, para, offset)
        if noun in lx.ORG_NOUNS and not phrase.plural and (named := described_org(phrase)):
            return named  # "The Silent Voices victims' group said"
        if noun in lx.DOCUMENT_PARTS and phrase.preps and phrase.preps[0][0] == "of":
            document = phrase.preps[0][1]  # "Part of the letter from the Trust read"
            if document.noun in sp.DOCUMENT_NOUNS and not document.plural:
                author = self._document(document, para, offset)
                authors = [self.owner(a, para, offset) for a in phrase.authors]
                return next((a for a in authors if author.key is None and a), author)
        if noun in sp.PROXY_NOUNS or (phrase.apposition is not None and not nested_aside(phrase)):
            body = self._body(phrase, para) if noun == "office" and not phrase.apposition else None
            return body or self._proxy(phrase, para, offset)
        if phrase.plural or phrase.det in sp.UNNAMED_DETERMINERS or phrase.det == "num":
            return bench_court(self, phrase, para, offset) or Who(None, "low", phrase.text)
        if pb.seat_body(phrase, para, self):  # "Wessex police said": not the Police Federation
            return self._body(phrase, para) or Who(None, "low", phrase.text)
        named = described_or_recent(self, phrase, para, offset)  # "X, a group of aid …"
        if named is not None and (named.confidence == "high" and named.key or shared(named)):
            return named  # "according to UKMTO …. The British military agency said": UKMTO
        found = described_before(self, phrase, para, offset) or self.descriptor(phrase, para)
        if found and found.key and self.passed_over(found.key, noun, para, offset):
            return Who(None, "low", phrase.text)
        found = found or self._body(phrase, para) or self._recent(phrase, para, offset)
        found = found or self._recent_org(phrase, para, offset)
        if found is None or found.key is None:  # "the company said": the one company named
            found = self.only_fitting(phrase, para, offset) or found
        return found or Who(None, "low", phrase.text)

    def _body(self, phrase: Phrase, para: Para) -> Who | None:
        """ "the U.S. embassy said", "the Sudanese government said", "Ukraine's foreign
        ministry said": a body named only by a description is an organisation when it
        speaks (real-news guide); it becomes one, named by the description."""
        if phrase.plural or phrase.head is None:
            return None
        owner = phrase.possessor
        office = pb.head_office(phrase) or (  # "the governor's office said": its staff
            phrase.noun == "office"
            and owner is not None
            and owner.kind == "word"
            and owner.text in lx.TITLE_WORDS
            and not phrase.modifiers
        )
        if phrase.noun not in lx.BODY_NOUNS and not office and not pb.seat_body(phrase, para, self):
            return None
        place = owner is not None and owner.kind == "word" and owner.capital
        capitals = [m for m in phrase.modifiers if m.capital]
        if not capitals and phrase.noun in {"government", "administration"}:
            capitals = [m for m in phrase.modifiers if m.text in _LEVELS]  # federal government
        portfolio = [m for m in phrase.modifiers if m.kind == "word" and field_word(m.text)]
        if not capitals and phrase.noun in {"ministry", "department"} and len(portfolio) in (1, 2):
            capitals = portfolio  # "the agriculture ministry said": a ministry by its field
        lone = phrase.det == "the" and not phrase.modifiers and not phrase.head.capital
        if phrase.noun == "presidency" and lone or pb.head_office(phrase):
            capitals = phrase.modifiers or [phrase.head]  # "The presidency said": a country has one
        of = of_place(phrase) if phrase.det == "the" and owner is None else None
        bare = phrase.det == "" and phrase.modifiers[:1] == capitals[:1]  # "Sheffield city council
        described = (phrase.det == "the" or bare) and capitals and owner is None  # said"
        if not described and not (place or office or of):
            return None
        start = owner.start if owner is not None else (capitals or [phrase.head])[0].start
        before = _PLACE_BEFORE.search(para.text[:start]) if place else None
        start -= len(before.group()) if before else 0  # "Sierra Leone's interior ministry"
        if office and phrase.possessor_phrase is not None and phrase.possessor_phrase.modifiers:
            start = phrase.possessor_phrase.modifiers[0].start  # "the Oklahoma attorney general's"
        end = of.end if of is not None and not capitals else phrase.head.end
        name = para.text[start:end]  # "Commons transport committee", "government of Ghana"
        name = (lone and named_presidency(phrase.noun, self.paras[: para.number])) or name
        if (known := self.ending_in(name, para, start)) is not None:
            return known  # "the sheriff's office" of the "Red Mesa County Sheriff's Office"
        return adopt(self, name, Span(para.number, start, end))

    def _body_of_name(self, phrase: Phrase, para: Para, offset: int) -> Who | None:
        """ "the U.N. agency": a body of the named one (the one named before whose name holds
        both), never the named one; "the Leicester university": `place_kind`."""
        words = phrase.text.split()
        if len(words) < 2 or phrase.head is None:
            return None
        if words[-1] in lx.ROLE_NOUNS or words[-1] in sp.PERSON_NOUNS:
            # "an unnamed Kestrel product manager": one of its people, not its spokesperson
            return None if words[-1] in lx.SPOKESPEOPLE else Who(None, "low", phrase.text)
        own, here = phrase.head.mention, (para.number, offset)
        kind = place_kind(phrase.text, self.names, lambda: self._orgs_before(here), own)
        if kind is not None:  # "The Leicester university, which has …"
            return Who(kind[0], "high") if len(kind) == 1 else Who(None, "low", phrase.text)
        if words[-1] not in lx.GENERIC_ORG_NOUNS:
            return None
        named = {w.strip(".") for w in name_words(para.text[phrase.head.start : phrase.head.end])}
        bodies = [  # "the U.N. agency" after "the U.N. Food Relief Agency"
            k
            for k in self._orgs_before(here)
            if {words[-1]} | named <= {w.strip(".") for w in name_words(self.names[k])}
        ]
        if not bodies and (itself := whole_named(phrase, para.text)) is not None:
            return Who(itself, "high")  # "the GMB union said", "The ERA group said"
        return Who(bodies[0], "high") if len(bodies) == 1 else Who(None, "low", phrase.text)

    def _name(self, c: Chunk) -> Who:
        assert c.mention is not None
        return Who(c.mention.key, "high")

    def owner(self, phrase: Phrase | None, para: Para, offset: int) -> Who | None:
        """Whose a possessor, an author or a prepositional object is."""
        if phrase is None or phrase.head is None:
            return None
        head = phrase.head
        if phrase.plural_names:  # "signed by Sam Ortega and Ruth Adler": not one author
            return Who(None, "low", phrase.text or "two or more people")
        if head.kind == "name" and head.mention is not None:
            return self._body_of_name(phrase, para, offset) or Who(head.mention.key, "high")
        if head.kind == "pron":
            return None
        for found in (self.descriptor(phrase), self._recent_org(phrase, para, offset)):
            if found is not None and found.key is not None and found.confidence == "high":
                return found  # "a statement from the force": the one force in view
        return self._body(phrase, para) or Who(None, "low", phrase.text)  # "Ghana's ministry"

    def _document(self, phrase: Phrase, para: Para, offset: int) -> Who:
        owners = [self.owner(phrase.possessor_phrase, para, offset)]
        owners += [self.owner(a, para, offset) for a in phrase.authors]
        disclosed = "made public by" in phrase.text  # by the publisher: its author named before
        if not _SEEN_BY.search(phrase.text):  # "documents reviewed by Bloomberg News"
            owners += [self.owner(p, para, offset) for prep, p in phrase.preps[:1] if prep == "by"]
            owners += [named_org(phrase)]  # (not "filed in court and reviewed by the WSJ")
        for owner in owners:
            if owner is not None:
                return owner
        if phrase.det in lx.POSSESSIVE_PRONOUNS and phrase.head is not None:
            pronoun = lx.POSSESSIVE_PRONOUNS[phrase.det]  # "what her letter described as"
            return self.pronoun(para, phrase.head.start, pronoun)
        plain = not any(m.kind == "name" or m.capital for m in phrase.modifiers)
        for m in phrase.modifiers if phrase.det == "the" else []:  # "The embassy statement"
            if m.text in sp.VENUES and phrase.noun in sp.FILED_DOCUMENTS:
                continue  # "the court filing": filed in the court, not by it
            body = self._the(m, para)
            if body is not None and body.key is not None:
                return body
        if phrase.det == "the" and plain and (disclosed or not phrase.preps):  # "The report"
            earlier = self.document_author(para, offset, phrase.noun)
            earlier = earlier or earlier_author(self, para, offset, phrase.noun)
            earlier = earlier or act_author(self, para, offset, phrase.noun)
            earlier = earlier or first_author(self, para, offset, phrase.noun)
            if earlier is not None and earlier.key is not None:
                return earlier
        return lead_author(self, phrase, para) or Who(None, "low", phrase.text)

    def _described_owner(self, phrase: Phrase, para: Para) -> Who | None:
        """ "a university spokesperson" after "Dunmore University": the one organisation
        named before whose name holds the lowercase word before the proxy noun."""
        if (body := pb.modifier_body(phrase)) is not None:
            return self._body(body, para)  # "A Scottish government spokesperson"
        words = [m.text for m in phrase.modifiers if m.kind == "word" and not m.capital]
        if len(words) != 1 or phrase.head is None or words[0] not in _BODY_WORDS:
            return None  # "a university spokesperson"; not "the transport secretary"
        here = (para.number, phrase.head.start)
        orgs = [k for k in self._orgs_before(here) if words[0] in name_heads(self.names[k])]
        if not orgs and words[0] in ANY_BODY:  # "A company spokesperson said": "the company"
            modifier = next(m for m in phrase.modifiers if m.text == words[0])
            the = Phrase(modifier.start, modifier.end, "the", head=modifier, text=modifier.text)
            found = self._recent_org(the, para, modifier.start)
            return found if found is not None and found.confidence == "high" else None
        if len(orgs) > 1:  # "… at Pennine University …. Harcourt said …. a university
            recent = self.last_seen(para, offset=phrase.head.start, kind="organisation")
            orgs = [k for k in orgs if k == recent]  # spokesperson": the one that spoke
        return Who(orgs[0], "high") if len(orgs) == 1 else None

    def _proxy(self, phrase: Phrase, para: Para, offset: int) -> Who:
        inside = [p.head.mention for prep, p in phrase.preps if prep == "in" and p.head]
        inside = [] if phrase.noun in {"source", "sources"} else inside  # "A source in X"
        if inside and inside[0] is not None and inside[0].kind == "person":  # "People's
            return Who(inside[0].key, "high")  # Alliance spokesperson in parliament Núria Ferrer"
        persons = served(phrase)
        held = pb.portfolio_holder(phrase) or _apposed(phrase, persons, self.stated)
        if held is not None:  # "Lee's lawyer, Ben Carter,"; "Labour spokesman for transport X"
            return Who(held, "high")
        if phrase.noun not in sp.PROXY_NOUNS or phrase.noun in {"source", "sources"}:
            return Who(None, "low", phrase.text)  # "A source at the mines ministry": unnamed
        owners = [self.owner(phrase.possessor_phrase, para, offset)]
        owners += [self._described_owner(phrase, para), named_org(phrase)]  # "a university
        owners += [
            self.owner(p, para, offset)
            for prep, p in phrase.preps
            if prep in {"for", "to", "of", "at"}
        ]
        if not any(o and o.key for o in owners):  # "A company spokesperson" after X said
            owners.insert(0, subject_spokesperson(self, phrase, para, offset))
        for owner in owners:
            if owner is None:
                continue
            organisation = owner.key is not None and self.kinds.get(owner.key) == "organisation"
            general = no_voice(phrase)  # "a former aide to X", an anonymous lawyer
            if organisation and phrase.noun not in sp.NOT_ORG_VOICES and not general:
                return Who(owner.key, "high")
            return Who(None, "low", phrase.text)
        if phrase.det == "the" and not phrase.preps:  # "The transport secretary said"
            described = self.descriptor(phrase, para) or self._spokesman(phrase, para, offset)
            return described or Who(None, "low", phrase.text)
        if phrase.det in {"a", "an"} and not phrase.preps:  # "X Council said it “fully
            the = lambda p: self.descriptor(p, para) or self._body(p, para)  # noqa: E731
            found = self._spokesman(phrase, para, offset)
            return found or kind_spokesperson(phrase, the, lambda p: self._the(p, para), self.kinds)
        return Who(None, "low", phrase.text)  # accepted” the findings. A spokesperson said"

    def _the(self, noun: Chunk, para: Para) -> Who | None:
        """The one entity "the <noun>" fits ("the embassy statement", "a district spokeswoman")."""
        return self.descriptor(Phrase(0, 0, "the", head=noun), para)

    def descriptor(self, phrase: Phrase, para: Para | None = None) -> Who | None:
        """ "the board", "the prime minister": the one entity of the document it fits."""
        noun, head = phrase.noun, phrase.head
        if not noun or phrase.possessor is not None or phrase.det not in {"the", "this", ""}:
            return None
        if phrase.plural or (not phrase.det and head and head.capital and head.possessive):
            return None  # "Australia's": a place's name, no description of "Freight Australia"
        words = [m.text for m in phrase.modifiers if m.kind == "word" and "-" not in m.text]
        words.append(noun)  # "the three-member panel": the panel (a compound only describes it)
        here = (para.number, head.start) if para is not None and head is not None else None
        orgs = [  # "the ruling party" is not the Human Rights Party: every word must fit,
            k  # and the noun head the name ("the railroad": no Federal Railroad Administration)
            for k in self._orgs_before(here)
            if set(words) <= set(name_words(self.names[k])) and noun in name_heads(self.names[k])
        ]
        if not orgs:  # "the central bank"; "the regulator" after "the regulator, Ofwat,"
            orgs = party_or_called(self, words, here, para)
        if len(orgs) == 1:  # "the ombudsman found" after "the Social Housing Ombudsman, X,": X
            return Who(self.holder(orgs[0]) or orgs[0], "high")
        people = [
            k
            for k, texts in self.roles.items()
            if self.kinds.get(k) == "person"
            and noun not in ("bench", "panel", "chamber")
            and any(
                (
                    role_head(text) == noun
                    or (noun, role_head(text)) == ("judge", "justice")
                    or spells(noun, text)  # "the CS", "the CEC"
                )
                and all(w in text.split() for w in words if w != noun)  # Lord Justice X
                and all(m.text.casefold() in text for m in phrase.modifiers if m.kind == "name")
                and not (words == ["president"] and " " in text)  # not "Senate President"
                for text in texts
            )
        ]
        if words == [noun]:  # "the minister": not the Chief Minister beside a plain one
            people = plain_holder(noun, people, lambda k: self.roles[k])
        if len(people) == 1 and not orgs:
            if unnamed_blocks(self, para, head, noun, "" if phrase.preps else people[0]):
                return Who(None, "low", phrase.text)  # "Another member … said": not the named
            self._infer(people[0], phrase, para)
            return Who(people[0], "high")
        return bench_court(self, phrase, para, head.start if head else 0)  # "the bench said"

    def _infer(self, key: str, phrase: Phrase, para: Para | None) -> None:
        """ "The minister later said": the description is a role of the person it names,
        unless the document already states one that holds its words."""
        text = phrase.text
        if para is None or not text or phrase.head is None or self.names[key] in text:
            return  # "Transport for NSW secretary Alison Pethybridge": her name, no role
        words = text.casefold().removeprefix("the ").split()
        stated = [r for r in self.stated.get(key, []) if all(w in r.split() for w in words)]
        if stated:
            return
        start = para.text.find(text, max(0, phrase.head.start - len(text)))
        if start < 0:
            return
        span = Span(para.number, start, start + len(text))
        self.inferred.append(
            Role(key, text, span, "low", basis=f"“{text}” refers back to this person")
        )
