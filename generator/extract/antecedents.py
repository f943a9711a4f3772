"""What a relative pronoun stands for ("who"/"which"/"that" at chunk `i`): the noun phrase
before it, past an aside ("Chhum On, 35, who also said"), a role aside ("X, the federal
government's chief negotiator, who"), a participle aside ("a report by X, published in
December, which found") or a descriptive one after a body ("the X Institute, a university
research center, which warned"); a document's author ("The Board released a statement
which …"). A mixin of `attribution.Context` (split from it). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.asides import body_before_aside, short_aside
from generator.extract.clauses import Chunk, is_word, parenthetical, previous_comma
from generator.extract.discourse import COORDINATED
from generator.extract.document import Para
from generator.extract.given_names import given_name
from generator.extract.member_asides import role_holder
from generator.extract.phrases import PREPOSITIONS, Who, is_object, parse
from generator.extract.referents import Referents
from generator.extract.role_phrases import person_noun
from generator.extract.rows import antecedent_start, before_bracket, verb_at

_SEEING = frozenset({"seen", "obtained", "reviewed", "shown", "cited"})


class Antecedents(Referents):
    def relative_aside(self, row: Sequence[Chunk], i: int, para: Para) -> Who | None:
        """A relative pronoun before a short aside that the comma at `i` closes ("a study by
        X which, in November, described"): what the pronoun stands for."""
        k2 = previous_comma(row, i) if row[i].kind == "punct" and row[i].text == "," else -1
        if k2 < 1 or row[k2].text != "," or not is_word(row, k2 - 1, "which", "who"):
            return None
        return self.antecedent(row, k2 - 1, para) if parenthetical(row, k2 + 1, i) else None

    def antecedent(self, row: Sequence[Chunk], i: int, para: Para) -> Who | None:
        """What "who"/"which"/"that" at `i` stands for: the noun phrase before it (past an
        aside: "Chhum On, 35, who also said")."""
        k = before_bracket(row, i - 1)
        by = k - 3 if is_word(row, k - 2, "the") else k - 2
        seen = row[k].text == "," and is_word(row, by, "by") and row[k - 1].kind == "name"
        e = by - 2 - is_word(row, by - 2, "first", "originally", "initially")  # "…, first
        aside = e > 0 and row[e].text == "," and is_word(row, by - 1, "reported", "published")
        if seen and by >= 2 and (is_word(row, by - 1, *_SEEING) or aside):  # "a DfE report
            e -= aside  # seen by the Guardian, which describes": the report; "a presentation
            start = antecedent_start(row, e)  # by X's researchers, first reported by NBC
            return self.resolve(parse(row, start, e + 1, para.text), para, row[start].start)
        if row[i].text == "which" and (front := body_before_aside(row, k)) is not None:
            return self._name(front)  # "the X Institute, a university research center, which"
        while k >= 0 and row[k].kind == "punct" and row[k].text in {",", "—"}:
            k2 = previous_comma(row, k)
            if k2 >= 0 and is_word(row, k2 + 1, "including") and row[k - 1].kind == "name":
                return self._name(row[k - 1])  # "automakers, including Kiyomasa, which said"
            body = getattr(row[k - 1].mention, "kind", "") == "organisation"  # "X, chair of
            long = row[i].text == "who" and body and k - k2 <= 16  # the board and a member of
            role_aside = (  # the Y Council, who": X; "Redwan Kedir, the federal government's
                k2 >= 1  # chief negotiator, who"
                and (k - k2 <= 9 or long)
                and row[k2 - 1].kind == "name"
                and any(c.kind == "word" and c.text in lx.ROLE_NOUNS for c in row[k2 + 1 : k])
                and getattr(row[k2 - 1].mention, "kind", "") == "person"
            )  # also "Mary Achieng, a lawmaker for the ruling United Progress Alliance, who"
            role_aside = role_aside or (row[i].text == "who" and _described(row, k2, k))
            if k2 >= 0 and row[k2].text in {",", "—"} and (short_aside(row, k2, k) or role_aside):
                named = row[k2 + 1]
                body = getattr(named.mention, "kind", "") == "organisation"  # "the developer,
                if (  # Larchfield Living, which had described": the body
                    (row[i].text == "who" or (row[i].text == "which" and body))
                    and k - k2 == 2
                    and named.kind == "name"
                    and not named.possessive
                    and row[k2].text == ","
                ):  # "his wife, Mercy Wambui, who told reporters": the role's name;
                    return self._name(named)  # "Speaking …, Elena Varga, who": no aside
                k = k2 - 1  # a short aside: an age, a role
            else:
                k -= 1
                break
        if k < 0:
            return None
        if row[k].kind == "name" and not row[k].possessive and not is_object(row, k):
            if row[i].text == "which" and getattr(row[k].mention, "kind", "") == "person":
                return Who(None, "low", "which")  # "the report of X, presented by its chairman,
            at = k - is_word(row, k - 1, "the")  # "a former engineer with the X Authority, who
            if row[i].text == "who" and row[k].body and (held := _unnamed_holder(row, at, "")) >= 0:
                return Who(None, "low", para.text[row[held].start : row[k].end])  # said": hers
            return self._name(row[k])  # Y (…), which said": never Y
        of = k - 1 - is_word(row, k - 1, "the")  # "X of the Y Movement (AIM), who"
        member = row[of - 1] if of >= 1 and is_word(row, of, "of", "from", "at") else None
        person = member is not None and getattr(member.mention, "kind", "") == "person"
        if person and member and row[i].text == "who" and row[k].kind == "name":
            return self._name(member)  # "Priya Ramaswamy of Holt Ferrier LLP, who said": hers
        people = member is not None and member.kind == "word" and _plural_people(member.text)
        if people and member and row[i].text == "who" and row[k].kind == "name":  # "filed by
            return Who(None, "low", para.text[member.start : row[k].end])  # residents of X, who
        placed = row[k].kind == "name" and is_word(row, k - 1, "in") and k >= 2  # "the X Embassy
        if placed and row[k - 2].body:  # in Manila, which said": the body, not its place
            return self._name(row[k - 2])
        whose = _whose(row, k) if row[i - 1].text == "," else -1
        whoever = row[whose - 2] if whose > 1 and row[whose - 1].text == "," else None
        if whoever is not None and whoever.kind == "name" and not whoever.possessive:  # "MSP X,
            return self._name(whoever)  # whose constituency includes Y, who accused": X
        if whose > 0 and row[whose - 1].kind == "word":  # "X, a Brussels lobby group whose
            k = whose - 1  # members include Y, which": the group
        start = antecedent_start(row, k)
        phrase = parse(row, start, k + 1, para.text)
        a_person = phrase.noun in lx.ROLE_NOUNS or phrase.noun in sp.PROXY_NOUNS
        if (
            row[i].text == "which"
            and a_person
            and start >= 2
            and row[start - 1].text in PREPOSITIONS
        ):
            k = start - 2  # "a statement through its spokeswoman, X, which": not a person
            start = antecedent_start(row, k)
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
        sent = next((m for m in range(start - 2, max(-1, start - 10), -1) if _document(row, m)), -1)
        if row[i].text == "which" and is_word(row, start - 1, "to") and sent >= 0:  # "a letter he
            first = antecedent_start(row, sent)  # sent … to the Ministry, which described": the
            who = self.resolve(parse(row, first, start - 1, para.text), para, row[first].start)
            return who if who and who.key else Who(None, "low", "a document's writer")  # letter
        body = row[start - 2].mention if start >= 2 and row[start - 1].text == "," else None
        noun = phrase.noun or (row[k].text if row[k].kind == "word" else "")  # "a Brussels group"
        described = phrase.det in {"a", "an"} and noun in lx.GENERIC_ORG_NOUNS | lx.ORG_NOUNS
        if described and body is not None and body.kind == "organisation":
            if row[i].text == "who" and (member_of := role_holder(row, start - 2)) is not None:
                return self._name(member_of)  # "X, director of Y, a watchdog group, who": X
            return Who(body.key, "high")  # "the X Network, a local group that deployed", "X,
            # a Coral Gables developer that has promised"
        mentions = self.by_para.get(para.number, [])  # "A schoolteacher who gave only her
        if row[i].text == "who" and (  # first name, Gulnara, said": Gulnara
            given := given_name(para.text, row[start].start, row[-1].end, mentions)
        ):
            return Who(given, "high")
        if row[i].text == "who" and (holder := _unnamed_holder(row, start, phrase.noun)) >= 0:
            return Who(None, "low", para.text[row[holder].start : row[start - 2].end])  # "a
        return self.resolve(phrase, para, row[start].start)  # former planner with the council,
        # who said": an unnamed person, never the council


def _described(row: Sequence[Chunk], k2: int, k: int) -> bool:
    """ "Justice X, ordinarily a reliable vote for law enforcement, who": a person's name, then
    an indefinite description with no verb and no other person between the commas at `k2`
    and `k`; "who" stands for the person."""
    if k2 < 1 or row[k2 - 1].kind != "name" or getattr(row[k2 - 1].mention, "kind", "") != "person":
        return False
    a = k2 + 1 + (row[k2 + 1].kind == "word" and row[k2 + 1].text.endswith("ly"))
    if not is_word(row, a, "a", "an") or k - a > 10:
        return False
    return all(
        (c.kind == "word" and not verb_at(row, m))
        or (c.kind == "name" and getattr(c.mention, "kind", "") != "person")
        for m, c in enumerate(row[a:k], start=a)
    )


def _document(row: Sequence[Chunk], m: int) -> bool:
    return row[m].kind == "word" and row[m].text in sp.DOCUMENT_NOUNS


def _plural_people(word: str) -> bool:
    """ "residents", "workers": people, many, not named."""
    return word.endswith("s") and len(word) > 4 and person_noun(word[:-1])


def _whose(row: Sequence[Chunk], k: int) -> int:
    """The "whose" opening a relative clause that ends at chunk `k` (back to the comma or
    quotation before it, past a first word), or -1."""
    m = k - 1
    while m > 1 and row[m].kind in ("word", "name", "num"):
        if is_word(row, m, "whose"):
            return m
        m -= 1
    return -1


def _unnamed_holder(row: Sequence[Chunk], start: int, noun: str) -> int:
    """Where "a former senior planner" opens before "with the council" (the phrase at
    `start`, which names no person), for a "who" after both; -1 when the phrase before the
    preposition is no indefinite role noun or is a spokesperson or lawyer."""
    if start < 3 or not is_word(row, start - 1, *_HOLDING) or person_noun(noun):
        return -1
    first = antecedent_start(row, start - 2)
    head = row[start - 2]
    if not is_word(row, first, "a", "an") or head.kind != "word" or head.text in sp.PROXY_NOUNS:
        return -1
    return first if head.text in lx.ROLE_NOUNS else -1  # not "a dissent from", "a letter from"


_HOLDING = frozenset({"with", "of", "at", "from", "in", "for"})
