"""Who a noun phrase or a clause's subject stands for, in one document.

`Context(paras, names, roles)` holds what the document names: entities, their stated roles
(for "the mayor", "the board"), and who spoke or acted where (for "he", "she", "it").
`Context.resolve(phrase, para, offset)` → `Who` or None (no subject here at all):
- a name is that entity ("high");
- a document ("statement", "letter", "motion") speaks for its author — its possessor
  ("the council's statement"), "by"/"from" X, "issued/sent/signed by X" — and is unnamed
  without one; the recipient ("a letter to Dunn") never speaks;
- a proxy ("a spokesperson for X", "Lee's lawyer", "an aide to Lee", "Lee's office") is X
  when X is an organisation, an unnamed speaker when X is a person; an apposition names the
  proxy (", Ben Carter,") unless it may name the person the proxy works for;
- "the board", "the mayor": the one organisation whose name has that noun, or the one person
  the document gives that role, else unnamed;
- plural and indefinite phrases ("critics", "a source", "one driver") are unnamed;
- he/she: the one person in view, or the subject or speaker just before ("high" when it is
  the immediately preceding one), it/they: the organisation in view ("low").
`Context.subject(row, j, para)` finds the subject of the verb at chunk `j`. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import (
    OPENERS,
    Chunk,
    clause_start,
    commas,
    is_word,
    parenthetical,
    previous_comma,
    skip_adverbs_left,
    skip_openers,
)
from generator.extract.discourse import Discourse, genders
from generator.extract.document import Para
from generator.extract.names import NameMention, NameResult
from generator.extract.phrases import PREPOSITIONS, Phrase, Who, is_object, parse
from generator.extract.types import Gazetteer, Mention, Role, Span
from generator.text import name_key

COORDINATED = Who(None, "low", "(coordinated verb)")  # marker: the subject is the clause's
_PARTS = frozenset({"part", "excerpt", "extract", "portion", "section", "passage"})
_DEMONYM = ("an", "ese", "ard", "ish", "ian", "i")
_BODIES = lx.words(
    """government embassy ministry department army military court council committee
    commission administration cabinet parliament navy agency authority regulator
    consulate junta presidency"""
)
_GENERIC_ORGS = lx.words("group company firm organisation organization body business carmaker")


class Context(Discourse):
    def __init__(
        self,
        paras: tuple[Para, ...],
        names: NameResult,
        roles: Sequence[Role],
        gazetteer: Gazetteer | None = None,
    ):
        by_para: dict[int, list[NameMention]] = {}
        for m in names.mentions:
            by_para.setdefault(m.paragraph, []).append(m)
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

    # ---- subjects -------------------------------------------------------------------------

    def subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None:
        """Who does the verb at chunk `j`: `COORDINATED` when it shares an earlier verb's
        subject ("rejected the report and said"), None when no subject is found."""
        i, _ = skip_adverbs_left(row, j - 1)
        i = _before_bracket(row, i)
        if i < 0:
            return None
        c = row[i]
        if c.kind == "word" and c.text in {"and", "but", "or", "then", "yet"}:
            return COORDINATED
        if c.kind == "punct" and c.text in {",", "—"}:
            k2 = previous_comma(row, i)
            if k2 >= 0 and row[k2].text in {",", "—"} and parenthetical(row, k2 + 1, i):
                before, _ = skip_adverbs_left(row, k2 - 1)
                if (
                    before >= 0
                    and row[before].kind == "name"
                    and not row[before].possessive
                    and not is_object(row, before)
                ):
                    return self._name(row[before])
            elif k2 < 0 and c.text == "," and _comma_subject(row, i):
                return self._name(row[i - 1])  # "Blogger Nadia Rahman, stated that"
            elif k2 < 0 or row[k2].text not in {",", "—"}:
                return None
        elif c.kind == "word" and c.text in {"who", "which", "that"}:
            return self._antecedent(row, i, para)
        elif c.kind in ("name", "pron") and not c.possessive and not is_object(row, i, True):
            k = i - 1
            while k >= 0 and row[k].kind == "word" and row[k].text in lx.DETERMINERS:
                k -= 1
            if is_word(row, k, "and", "or", "&"):  # "The council and the union met"
                return Who(None, "low", "two or more")
            if c.kind == "name":
                return self._name(c)
            return self.pronoun(para, c.start, c.text, row)
        start = skip_openers(row, clause_start(row, j), j)
        if start > i:
            return None
        cut = [k for k in commas(row, start, i + 1) if row[k].text == ","]
        aside = j + 1 < len(row) and row[j + 1].kind == "punct" and row[j + 1].text == ","
        if cut and aside and cut[-1] > start and row[cut[-1] - 1].kind == "name":
            start = cut[-1] + 1  # "Ann Lee, the judge said, was …": the judge speaks
        return self.resolve(parse(row, start, i + 1, para.text), para, row[start].start)

    def _antecedent(self, row: Sequence[Chunk], i: int, para: Para) -> Who | None:
        """What "who"/"which"/"that" at `i` stands for: the noun phrase before it (past an
        aside: "Chhum On, 35, who also said")."""
        k = _before_bracket(row, i - 1)
        while k >= 0 and row[k].kind == "punct" and row[k].text in {",", "—"}:
            k2 = previous_comma(row, k)
            if k2 >= 0 and row[k2].text in {",", "—"} and k - k2 <= 3:
                named = row[k2 + 1]
                if (
                    row[i].text == "who"
                    and k - k2 == 2
                    and named.kind == "name"
                    and not named.possessive
                    and row[k2].text == ","
                    and k2 >= 1
                    and row[k2 - 1].kind == "word"
                    and row[k2 - 1].text in lx.ROLE_NOUNS
                ):  # "his wife, Mercy Wambui, who told reporters": the role's name
                    return self._name(named)
                k = k2 - 1  # a short aside: an age, a role
            else:
                k -= 1
                break
        if k < 0:
            return None
        if row[k].kind == "name" and not row[k].possessive and not is_object(row, k):
            return self._name(row[k])
        start = _antecedent_start(row, k)
        phrase = parse(row, start, k + 1, para.text)
        personal = phrase.noun in lx.ROLE_NOUNS or phrase.noun in sp.PROXY_NOUNS
        if (
            row[i].text == "which"
            and personal
            and start >= 2
            and row[start - 1].text in PREPOSITIONS
        ):
            k = start - 2  # "a statement through its spokeswoman, X, which": not a person
            start = _antecedent_start(row, k)
            phrase = parse(row, start, k + 1, para.text)
        issued = (
            start > 0 and row[start - 1].kind == "word" and row[start - 1].text in sp.ISSUING_VERBS
        )
        if (
            phrase.noun in sp.DOCUMENT_NOUNS
            and phrase.possessor is None
            and not phrase.authors
            and issued
        ):
            author = self.subject(row, start - 1, para)  # "The Board released a statement which"
            if author is not None and author is not COORDINATED and author.key is not None:
                return author
        return self.resolve(phrase, para, row[start].start)

    def clause_subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None:
        """The subject of the main clause holding chunk `j` (for "-ing" clauses and
        coordinated verbs): the first noun phrase after the sentence's opening phrases."""
        start = skip_openers(row, 0, j)
        if start < j < len(row) and row[start].kind == "quote":
            inverted = self._inverted_subject(row, start, j, para)
            if inverted is not None:
                return inverted
        end = start
        while end < j and not _verb_at(row, end):
            end += 1
        if end == start or end >= j + 1:
            return None
        found = self.subject(row, end, para) if end < len(row) else None
        return None if found is COORDINATED else found

    def _inverted_subject(self, row: Sequence[Chunk], q: int, j: int, para: Para) -> Who | None:
        """`“…,” said X, adding that …` / `“…,” said the manager, X, adding`: the subject of a
        sentence that opens with a quotation is the one after its inverted reporting verb,
        when the "-ing" clause at `j` follows that subject and a comma."""
        k = q + 1
        if k < j and row[k].kind == "punct" and row[k].text == ",":
            k += 1
        if k >= j or row[k].kind != "word" or sp.VERB_FORMS.get(row[k].text) != "finite":
            return None
        ends = [c for c in commas(row, k + 1, j + 1) if row[c].text == ","]
        if not ends or ends[-1] != j - 1:
            return None
        phrase = parse(row, k + 1, ends[0], para.text)
        head = phrase.head
        role = head is not None and head.kind == "word" and head.text in lx.ROLE_NOUNS
        if role and len(ends) == 2 and ends[1] - ends[0] == 2:
            named = row[ends[0] + 1]  # "said the manager, Lucie Tremblay, adding"
            if named.kind == "name" and named.mention is not None and not named.possessive:
                return self._name(named)
        if len(ends) == 2 and head is not None and head.kind == "name":
            aside = parse(row, ends[0] + 1, ends[1], para.text)  # "said X, the manager,"
            if aside.head is None or aside.head.kind != "word":
                return None
        elif len(ends) != 1:
            return None
        if head is None or head.kind == "pron":
            return None
        return self.resolve(phrase, para, row[k + 1].start)

    # ---- noun phrases ---------------------------------------------------------------------

    def resolve(self, phrase: Phrase, para: Para, offset: int) -> Who | None:
        head = phrase.head
        if head is None:
            return None
        if phrase.plural_names:
            return Who(None, "low", phrase.text or "two or more people")
        if head.kind == "name" and head.mention is not None and not head.possessive:
            return self._name(head)
        if head.kind == "pron":
            return self.pronoun(para, head.start, head.text)
        noun = phrase.noun
        if noun in sp.DOCUMENT_NOUNS:
            return self._document(phrase, para, offset)
        if noun in _PARTS and phrase.preps and phrase.preps[0][0] == "of":
            document = phrase.preps[0][1]  # "Part of the letter from the Trust read"
            if document.noun in sp.DOCUMENT_NOUNS and not document.plural:
                author = self._document(document, para, offset)
                authors = [self.owner(a, para, offset) for a in phrase.authors]
                return next((a for a in authors if author.key is None and a), author)
        if noun in sp.PROXY_NOUNS or phrase.apposition is not None:
            return self._proxy(phrase, para, offset)
        if phrase.plural or phrase.det in sp.UNNAMED_DETERMINERS or phrase.det == "num":
            return Who(None, "low", phrase.text)
        found = (
            self.descriptor(phrase, para)
            or self._body(phrase, para)
            or self._recent(phrase, para, offset)
            or self._recent_org(phrase, para, offset)
        )
        return found or Who(None, "low", phrase.text)

    def _body(self, phrase: Phrase, para: Para) -> Who | None:
        """ "the U.S. embassy said", "the Sudanese government said", "Ukraine's foreign
        ministry said": a body named only by a description is an organisation when it
        speaks (real-news guide); it becomes one, named by the description."""
        if phrase.noun not in _BODIES or phrase.plural or phrase.head is None:
            return None
        owner = phrase.possessor
        place = owner is not None and owner.kind == "word" and owner.capital
        modified = any(m.capital for m in phrase.modifiers)
        if not (phrase.det == "the" and modified and owner is None) and not place:
            return None
        start = owner.start if owner is not None else phrase.modifiers[0].start
        name = para.text[start : phrase.head.end]
        key = "new:" + name_key(name)
        self.bodies.setdefault(key, (name, []))[1].append(
            Mention(key, Span(para.number, start, phrase.head.end), name)
        )
        self.kinds[key] = "organisation"
        self.names[key] = name
        return Who(key, "high")

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

    def _recent_org(self, phrase: Phrase, para: Para, offset: int) -> Who | None:
        """ "the group said", "the company said": perhaps the organisation last in view."""
        if phrase.det != "the" or phrase.noun not in _GENERIC_ORGS or phrase.possessor:
            return None
        recent = self.last_seen(para, offset, "organisation")
        return Who(recent, "low", phrase.text) if recent is not None else None

    def _recent(self, phrase: Phrase, para: Para, offset: int) -> Who | None:
        """ "the Serbian said", "the prime minister said" with no role to match: perhaps
        the person last in view ("low": an editor checks it)."""
        noun = phrase.noun
        personal = noun in lx.ROLE_NOUNS or noun in sp.PERSON_NOUNS or noun.endswith(_DEMONYM)
        if phrase.det != "the" or not personal or phrase.possessor is not None:
            return None
        if self._introduced(para, offset, noun):
            return Who(None, "low", phrase.text)  # "One senior official … the official"
        recent = self.last_seen(para, offset, "person")
        return Who(recent, "low", phrase.text) if recent is not None else None

    def _name(self, c: Chunk) -> Who:
        assert c.mention is not None
        return Who(c.mention.key, "high")

    def owner(self, phrase: Phrase | None, para: Para, offset: int) -> Who | None:
        """Whose a possessor, an author or a prepositional object is."""
        if phrase is None or phrase.head is None:
            return None
        head = phrase.head
        if head.kind == "name" and head.mention is not None:
            return Who(head.mention.key, "high")
        if head.kind == "pron":
            return None
        return self.descriptor(phrase) or Who(None, "low", phrase.text)

    def _document(self, phrase: Phrase, para: Para, offset: int) -> Who:
        owners = [self.owner(phrase.possessor_phrase, para, offset)]
        owners += [self.owner(a, para, offset) for a in phrase.authors]
        owners += [self._modifier_owner(phrase)]
        for owner in owners:
            if owner is not None:
                return owner
        return Who(None, "low", phrase.text)

    def _modifier_owner(self, phrase: Phrase) -> Who | None:
        """ "a Harbor Energy statement", "an old board memo"."""
        for m in reversed(phrase.modifiers):
            if m.kind == "name" and m.mention is not None and m.mention.kind == "organisation":
                return Who(m.mention.key, "high")
        return None

    def _proxy(self, phrase: Phrase, para: Para, offset: int) -> Who:
        persons = [
            p for prep, p in phrase.preps if prep in {"for", "to", "of"} and _personal(p, self)
        ]
        appositive = phrase.apposition.mention if phrase.apposition is not None else None
        if appositive is not None and not persons:
            return Who(appositive.key, "high")  # "Lee's lawyer, Ben Carter,"
        if phrase.noun not in sp.PROXY_NOUNS:
            return Who(None, "low", phrase.text)
        owners = [self.owner(phrase.possessor_phrase, para, offset), self._modifier_owner(phrase)]
        owners += [
            self.owner(p, para, offset)
            for prep, p in phrase.preps
            if prep in {"for", "to", "of", "at"}
        ]
        for owner in owners:
            if owner is None:
                continue
            organisation = owner.key is not None and self.kinds.get(owner.key) == "organisation"
            if organisation and phrase.noun not in sp.NOT_ORG_VOICES:
                return Who(owner.key, "high")
            return Who(None, "low", phrase.text)
        return Who(None, "low", phrase.text)

    def descriptor(self, phrase: Phrase, para: Para | None = None) -> Who | None:
        """ "the board", "the prime minister": the one entity of the document it fits."""
        noun = phrase.noun
        if not noun or phrase.possessor is not None or phrase.det not in {"the", "this", ""}:
            return None
        if phrase.plural:
            return None
        words = [m.text for m in phrase.modifiers if m.kind == "word"] + [noun]
        orgs = [
            k
            for k, kind in self.kinds.items()
            if kind == "organisation" and noun in _name_words(self.names[k])
        ]
        if len(orgs) == 1:
            return Who(orgs[0], "high")
        people = [
            k
            for k, texts in self.roles.items()
            if self.kinds.get(k) == "person"
            and any(
                _role_head(text) == noun and all(w in text.split() for w in words) for text in texts
            )
        ]
        if len(people) == 1 and not orgs:
            self._infer(people[0], phrase, para)
            return Who(people[0], "high")
        return None

    def _infer(self, key: str, phrase: Phrase, para: Para | None) -> None:
        """ "The minister later said": the description is a role of the person it names,
        unless the document already states one that holds its words."""
        text = phrase.text
        if para is None or not text or phrase.head is None:
            return
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

    # ---- pronouns -------------------------------------------------------------------------


def _before_bracket(row: Sequence[Chunk], i: int) -> int:
    """ "Chris Hayes (Australian Labor Party), took", "the ICRC (ICRC) said": the index of
    what comes before a bracket (and a comma after it) that ends at `i`."""
    k = i
    if k > 0 and row[k].text == "," and row[k - 1].kind == "punct" and row[k - 1].text == ")":
        k -= 1
    if k >= 0 and row[k].kind == "punct" and row[k].text == ")":
        while k >= 0 and not (row[k].kind == "punct" and row[k].text == "("):
            k -= 1
        return k - 1
    return i


def _antecedent_start(row: Sequence[Chunk], k: int) -> int:
    """Where the noun phrase ending at chunk `k` starts, for a relative pronoun after it."""
    start = k
    while (
        start > 0
        and row[start - 1].kind in ("word", "name", "num")
        and (
            row[start - 1].text not in PREPOSITIONS
            and sp.VERB_FORMS.get(row[start - 1].text) is None
        )
    ):
        start -= 1
        if row[start].kind == "word" and row[start].text in {"a", "an", "the"}:
            break  # "Reed received a letter that said": the phrase opens at "a"
    return start


def _role_head(role: str) -> str:
    """The head noun of a role ("spokesman for the U.S. embassy" → "spokesman", "Police
    union chief" → "chief"): "the embassy" or "the union" is not that person."""
    words = re.split(r"\s+(?:of|for|at|to|in|with|from)\s+", role.casefold(), maxsplit=1)[0].split()
    return words[-1] if words else ""


def _comma_subject(row: Sequence[Chunk], i: int) -> bool:
    """A comma between a sentence's subject and its verb ("Blogger Nadia Rahman, stated"):
    the comma at `i` follows a name that only a title or role words precede."""
    if i < 1:
        return False
    name = row[i - 1]
    if name.kind != "name" or name.possessive or name.mention is None:
        return False
    return all(
        c.kind == "word"
        and c.text not in OPENERS
        and (c.capital or c.text in lx.DETERMINERS or c.text in lx.ROLE_NOUNS)
        and c.text not in PREPOSITIONS
        and sp.VERB_FORMS.get(c.text) is None
        for c in row[: i - 1]
    )


def _verb_at(row: Sequence[Chunk], k: int) -> bool:
    c = row[k]
    if c.kind != "word" or c.possessive:
        return False
    w = c.text
    return (
        sp.VERB_FORMS.get(w) == "finite"
        or w in sp.IRREGULAR_PAST
        or w in {"has", "had", "have", "is", "was", "were", "are", "will", "would", "could"}
        or w in {"did", "does", "can", "may", "might", "must", "should"}
        or (w.endswith("ed") and not c.capital)
        or w in sp.DOCUMENT_VERBS
    )


def _personal(phrase: Phrase, ctx: Context) -> bool:
    """Does `phrase` name or describe a person ("the senator's husband", "Maria Lee")?"""
    head = phrase.head
    if head is None:
        return False
    if head.kind == "name" and head.mention is not None:
        return head.mention.kind == "person"
    return head.kind == "word" and (head.text in sp.PERSON_NOUNS or head.text in lx.ROLE_NOUNS)


def _name_words(name: str) -> set[str]:
    words = set(name.casefold().replace("’", "'").split())
    return words | {w[:-1] for w in words if w.endswith("s")}
