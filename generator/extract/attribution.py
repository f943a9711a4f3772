"""Who does a verb, in one document: the subject of a clause.

`Context(paras, names, roles, gazetteer)` is `referents.Referents` (who a noun phrase stands
for) plus `subject(row, j, para)`, the subject of the verb at chunk `j` (past asides, brackets,
openers; a body's own officer; a relative's antecedent; `COORDINATED` for coordinated verbs),
and `clause_subject(row, j, para)`, the main clause's ("-ing" clauses, a leading quote). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import own_officers, rows, signer_departments, through_proxies
from generator.extract import speech as sp
from generator.extract.ages import past_age
from generator.extract.antecedents import Antecedents
from generator.extract.asides import (
    document_aside,
    named_before_aside,
    opener_apposition,
    org_apposition,
    portfolio_before,
    relative_lead,
    someone_who,
    spoken_through,
    unnamed_member,
    untitled_pair,
    whose_document,
)
from generator.extract.body_roles import apposed_holder, named_in_full, role_of_body
from generator.extract.clauses import (
    Chunk,
    clause_start,
    commas,
    is_word,
    parenthetical,
    previous_comma,
    skip_adverbs_left,
    skip_openers,
)
from generator.extract.contact_clauses import contact_cut
from generator.extract.contact_objects import object_clause_start
from generator.extract.discourse import COORDINATED as COORDINATED  # re-exported
from generator.extract.document import Para
from generator.extract.document_makers import maker_by, sent_from
from generator.extract.document_openers import opener_subject
from generator.extract.free_subjects import free_subject
from generator.extract.long_asides import across_aside, apposed_clause
from generator.extract.of_leads import of_lead
from generator.extract.phrases import (
    CONSTITUTING,
    PREPOSITIONS,
    Who,
    is_object,
    officer_signs,
    parse,
)
from generator.extract.reduced_relatives import people_met, reduced_relative
from generator.extract.role_phrases import person_noun
from generator.extract.rows import acts_on, antecedent_start, before_bracket, comma_subject, verb_at
from generator.extract.subject_shapes import (
    anonymous_aside,
    apposed_name,
    before_letters,
    clause_before,
    member_of,
    noun_phrase,
    role_head_before,
    role_holder,
    second_clause,
    title_list,
    verb_list,
    whose_aside,
)
from generator.extract.subject_spokespeople import proxy_for_role
from generator.extract.subordinators import after_subordinator

_RELATIVE = ("who", "which", "whose")
_OFFICE = ("the", "its", "his", "her", "their")  # "signed by its head of …, X": an office


class Context(Antecedents):
    """Referents, and the subjects of verbs."""

    def subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None:
        """Who does the verb at chunk `j`: `COORDINATED` when it shares an earlier verb's
        subject ("rejected the report and said"), None when no subject is found."""
        i, _ = skip_adverbs_left(row, j - 1)
        if (officer_of := own_officers.body(self, row, i, para)) is not None:
            return officer_of  # "X said its chief executive, Y, had written …": X's wording
        k = before_letters(row, before_bracket(row, i))  # "Llinos Rhys-Evans MS said"; not
        k2 = previous_comma(row, i) if k != i and row[i].text == "," else -1  # "X, head of
        aside = k2 > 0 and row[past_age(row, k2 - 1)].kind == "name"  # Y (Z),"; "X, 61,"
        aside = aside and parenthetical(row, k2 + 1, i)
        i = i if aside else k
        if i < 0:
            return None
        c = row[i]
        if c.kind == "word" and c.text in {"and", "but", "or", "then", "yet"}:
            return COORDINATED
        if c.kind == "punct" and c.text == "," and verb_list(row, i, j):
            return COORDINATED  # "Cole rang her, described it as “…” and said"
        if (apposed := apposed_name(row, i)) is not None:  # "the chairwoman of X, Gráinne
            return self._name(apposed)  # Hollis, had assured him"
        if c.kind == "word" and c.capital and i > 0 and row[i - 1].kind == "punct":
            return Who(None, "low", c.text)  # ", in March, Kowalczyk warned": a name unread
        if (reduced := reduced_relative(self, row, i, para)) is not None:
            return reduced  # "a decision the party called"
        people = c.kind == "word" and c.text.endswith("s") and person_noun(c.text[:-1])
        met = c.text if people and not c.possessive else people_met(row, i)
        if met is not None:  # "a decision opposition legislators described as", "said
            return Who(None, "low", met)  # residents he met had described": unnamed
        if c.kind == "word" and is_word(row, i - 1, "whose"):  # "X, whose lawyer described"
            return Who(None, "low", f"whose {c.text}")
        quoted = c.kind == "quote" and c.text.rstrip().endswith(",")  # `X, telling “…,” said`
        closing = quoted or (c.kind == "punct" and c.text == ",")
        if closing and (author := self._aside_author(row, i, para)) is not None:
            return author  # "The audit, carried out by the firm X and titled …, says"
        if quoted and (before_aside := self._before_aside(row, i, para)) is not None:
            return before_aside
        if (relative := self.relative_aside(row, i, para)) is not None:
            return relative  # "a study by X which, in November, described"
        if (whose := whose_aside(row, i)) is not None:  # "X, whose brother, Y, died …, said"
            return self._name(whose)
        if (whose_at := whose_document(row, i)) >= 0:  # "the X Inspectorate, whose report,
            return self.antecedent(row, whose_at, para)  # published on Thursday, said": X
        if c.kind == "punct" and c.text in {",", "—"}:
            if (who := relative_lead(row, i)) >= 0:  # "Local MP X, who has written to the
                return self.antecedent(row, who, para)  # chair of the trust, Y, said": X
            k2 = previous_comma(row, i)
            if k2 > 0 and is_word(row, k2 + 1, *PREPOSITIONS) and is_word(row, k2 + 2, "which"):
                return self.subject(row, k2, para)  # "The X (CDA), of which Y is a member, said"
            k0 = previous_comma(row, k2) if k2 > 0 and row[k2].text == "," else -1
            if k0 > 0 and row[k0].text == "," and document_aside(row, k0):
                return self.subject(row, k0, para)  # "the agency had, in a letter … to the
                # Office of the X, ONSA, warned": the agency, never the letter's recipient
            known = is_word(row, k2 + 1, "as") and is_word(row, i - 1, "known", "called")
            if k2 > 0 and known and (named := self.subject(row, k2, para)) and named.key:
                return named  # "The Tatmadaw, as the army is known, said" (if it is a name)
            if k2 >= 0 and spoken_through(row, k2 + 1, i):  # "X, speaking through an aide,
                return Who(None, "low", para.text[row[k2 + 3].start : row[i - 1].end])  # said"
            if k2 >= 0 and row[k2].text in {",", "—"} and parenthetical(row, k2 + 1, i):
                if is_word(row, k2 + 1, "which", "who"):  # "X, chairman of the Y Committee, which
                    first = skip_openers(row, clause_start(row, j), j)  # drafted it, told"
                    lead = named_before_aside(row, first, j + 1)
                    if lead and lead.mention and lead.mention.kind == "person":
                        return self._name(lead)
                before = past_age(row, skip_adverbs_left(row, k2 - 1)[0])  # "Alvarado, 61,"
                before = before_bracket(row, before)  # "the Network (CLN), a coalition …,"
                lead = of_lead(row, before)  # "X of the (center-right) Farmers' Alliance, the
                if lead is not None and lead.mention and lead.mention.kind == "person":
                    return self._name(lead)  # junior partner, urged": X
                lead = row[k2 + 1]  # "Her lawyer, Narong Chaiyaphum of the X Center, told"
                led = lead.mention is not None and lead.mention.kind == "person"
                if led and is_word(row, k2 + 2, "of") and role_head_before(row, k2):
                    return self._name(lead)
                k0 = signer_departments.past(row, previous_comma(row, k2), k2)  # "X, in a
                if k0 >= 1 and is_word(row, k0 + 1, "and"):  # statement signed by its head of
                    k0 = previous_comma(row, previous_comma(row, k0))  # …, Y,"; "… by its
                b0 = before_bracket(row, k0 - 1)  # chairman, Y, and secretary, Z, said"
                owner = row[b0] if k0 >= 1 and b0 >= 0 and officer_signs(row[k0 + 1 : k2]) else None
                if owner is not None:  # said": X speaks through Y (or X unread: never Y)
                    return self._name(owner) if owner.mention else Who(None, "low", owner.text)
                signed = is_word(row, k0 + 1, "signed") and is_word(row, k0 + 3, *_OFFICE)
                if signed and is_word(row, k0 - 1, *sp.DOCUMENT_NOUNS):
                    first = antecedent_start(row, k0 - 1)  # "The statement, signed by its head
                    return self.resolve(parse(row, first, k0, para.text), para, row[first].start)
                apposed = row[i - 1]  # "A spokesman for India's Ministry of External
                human = apposed.mention is not None and apposed.mention.kind == "person"
                role = role_head_before(row, k2) or portfolio_before(row, k2)
                held = apposed if human and i - k2 == 2 and role else None
                opens = proxy_for_role(row, k2)  # "A spokesperson for the Minister for Housing,
                if held is not None and opens is not None:  # Niall Brophy, said": his spokesperson
                    return Who(None, "low", para.text[row[opens].start : row[k2 - 1].end])
                if (held := held or org_apposition(row, k2, i)) is not None:  # Affairs, Vikram
                    return self._name(held)  # Anand, said"; "The tanker's manager, X Ltd, said"
                if before >= 0 and (first := sent_from(row, before)) >= 0:  # "A letter from X,
                    phrase = parse(row, first, before + 1, para.text)  # sent in May, said"
                    return self.resolve(phrase, para, row[first].start)
                if before >= 0 and row[before].kind == "name" and is_object(row, before):
                    first = clause_start(row, j)  # "Justice X, who heard the petition filed
                    who = (
                        first >= 3 and is_word(row, first - 1, "who") and row[first - 2].text == ","
                    )
                    lead = row[first - 3] if who else None
                    if lead and lead.mention and lead.mention.kind == "person":  # by Y, the
                        return self._name(lead)  # candidate who finished second, said": X
                if (
                    before >= 0
                    and row[before].kind == "name"
                    and not row[before].possessive
                    and not (is_object(row, before) or apposed_clause(row, before, k2))
                ):  # "A bench of justices X and Y, hearing …, said": two or more
                    if _coordinated(row, before) and untitled_pair(row, before):
                        return Who(None, "low", "two or more")
                    if (member := unnamed_member(row, named_in_full(row, before))) is not None:
                        return Who(None, "low", para.text[row[member].start : row[before].end])
                    # "An official of X, who …" unnamed; "X, co-founder of Y, whose …": X
                    if anonymous_aside(row, k2, para.text):  # "An official in the office of
                        first = skip_openers(row, clause_start(row, j), j)  # X, Karnataka, who
                        words = para.text[row[first].start : row[before].start].rstrip(" ,")
                        return Who(None, "low", words or "unnamed")  # did not wish to be named"
                    return self._name(row[apposed_holder(row, before)])
                only = row[i - 1]  # "a district election official there, Nurhayati,"; "Its
                described = all(
                    c.kind in ("word", "num") and not verb_at(row, m)
                    for m, c in enumerate(row[k2 + 1 : i - 1], k2 + 1)
                )
                person = only.mention is not None and only.mention.kind == "person"
                if (
                    only.kind == "name"
                    and (i - k2 == 2 or (described and person))
                    and role_head_before(row, k2)
                ):
                    holder = role_holder(row, k2) if not person else None
                    return self._name(holder or only)  # head, former foreign minister Álvaro
                    # Bentancur,"; "R. Kalaiselvi, District Engineer, SPCB, said": the engineer
            elif k2 < 0 and c.text == "," and comma_subject(row, i):
                return self._name(row[i - 1])  # "Blogger Nadia Rahman, stated that"
            elif k2 < 0 or row[k2].text not in {",", "—"}:
                return None
        elif c.kind == "word" and c.text in {"who", "which", "that"}:
            return self.antecedent(row, i, para)
        elif c.kind in ("name", "pron") and not c.possessive and free_subject(row, i):
            if _coordinated(row, i):
                return Who(None, "low", "two or more")  # "The council and the union met"
            if c.kind == "name":
                body = c.mention is not None and c.mention.kind != "person"
                member = unnamed_member(row, i) if body else None  # "An official of X said"
                member = role_of_body(row, i) if member is None else member  # "The head
                if member is not None:
                    return Who(None, "low", para.text[row[member].start : c.end])  # of X"
                return self._name((member_of(row, i) if body else None) or c)
            return self.pronoun(para, c.start, c.text, row)
        start = max(skip_openers(row, clause_start(row, j), j), opener_subject(row, j))
        start += opener_apposition(row, start, i)  # "In a letter to the speaker of
        # parliament, X, a group of clergy urged", "read by its solicitor, X of Y, the family"
        if start > i:  # "X, a company that …, Tennessee-based …, said": across the aside
            return across_aside(self, row, j, para)
        if is_word(row, start - 1, "and") and is_word(row, start, *CONSTITUTING):
            first = skip_openers(row, 0, j)  # "The panel, constituted by X, and chaired by Y,
            comma = next(iter(commas(row, first, start)), -1)  # said": the panel
            if comma > first and is_word(row, start + 1, "by"):
                return self.resolve(parse(row, first, comma, para.text), para, row[first].start)
        own = is_word(row, start, "the", "a", "an") or row[start].kind == "name"  # "X, who the
        if start >= 2 and is_word(row, start - 1, "who") and j - start <= 10 and not own:
            w = start - 1  # "X, who the commission said acted as": its own subject; "an
            if is_word(row, w - 1, "and"):  # inspector who visited … had found": the antecedent
                w = next((m for m in range(w - 2, -1, -1) if is_word(row, m, "who")), w)  # "A
            return self.antecedent(row, w, para)  # lawyer who … and who watched": the first's
        cut = [k for k in commas(row, start, i + 1) if row[k].text == ","]
        aside = j + 1 < len(row) and row[j + 1].kind == "punct" and row[j + 1].text == ","
        if cut and aside and cut[-1] > start and noun_phrase(row, cut[-1] + 1, i + 1):
            start = cut[-1] + 1  # "Ann Lee, the judge said, was …", "New housing, the study
            # said, should …": the judge, the study
        start = after_subordinator(row, start, i)  # "released video after his family accused"
        if (someone := someone_who(row, start, i)) >= 0:  # "an academic who advises the
            return Who(None, "low", para.text[row[someone].start : row[someone + 1].end])
            # commission, …, said": unnamed, never the commission
        start = object_clause_start(row, start, i)
        rel = next((k for k in range(start + 1, i) if is_word(row, k + 1, "who", "which")), -1)
        proxy = parse(row, start, rel, para.text) if rel > start and row[i].text == "," else None
        if proxy is not None and row[rel].text == "," and proxy.noun in sp.PROXY_NOUNS:
            given = next((m + 1 for m in range(rel + 2, i) if is_word(row, m, "as")), -1)
            gave = 0 < given < i and row[given].kind == "name"
            gave = gave and any(is_word(row, m, "name") for m in range(given - 4, given - 1))
            if gave:  # "A spokesperson for the X battalion, who gave his name only as Ko Zaw
                return self._name(row[given])  # for security reasons, said": Ko Zaw
            return self.resolve(proxy, para, row[start].start)  # "A spokesperson for the
            # company, who asked not to be named, added": the phrase before the aside
        end = contact_cut(row, start, i + 1)  # "The woman Lyle assaulted, who …, said": her
        if end <= i:
            return Who(None, "low", para.text[row[start].start : row[end - 1].end])
        found = self.resolve(parse(row, start, end, para.text), para, row[start].start)
        return found or across_aside(self, row, j, para)  # "One of them, retired teacher X,"

    def _before_aside(self, row: Sequence[Chunk], i: int, para: Para) -> Who | None:
        """The name before an aside that a quotation's own comma closes ("Energy Minister X,
        telling the BBC that suppliers had been warned “time and again,” said …")."""
        k2 = previous_comma(row, i)
        if k2 < 1 or row[k2].text != "," or not parenthetical(row, k2 + 1, i):
            return None
        before, _ = skip_adverbs_left(row, k2 - 1)
        named = row[before] if before >= 0 else None
        if named is None or named.possessive or is_object(row, before):
            return None
        if named.kind == "name":
            return self._name(named)
        start = skip_openers(row, clause_start(row, k2), k2)  # "The EU's mission, whose …,"
        who = (
            self.resolve(parse(row, start, k2, para.text), para, row[start].start)
            if start < k2
            else None
        )
        return who if who is not None and who.key is not None else None

    def clause_subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None:
        """The subject of the main clause holding chunk `j` ("-ing" clauses, coordinated
        verbs): the first noun phrase past the opening phrases or a second clause's ", and"."""
        second = second_clause(row, j)
        start = skip_openers(row, second, j)
        lead = second + is_word(row, second, "but", "and", "yet")  # "But Ms X, in a letter …,"
        if is_word(row, lead, *PREPOSITIONS):  # "(But) In a letter sent to X, Y, on …, the MP"
            start += opener_apposition(row, start, j)
        if start < j < len(row) and row[start].kind == "quote":
            inverted = self._inverted_subject(row, start, j, para)
            if inverted is not None:
                return inverted
        opener = is_word(row, lead, *PREPOSITIONS)  # not "But in a statement signed by X, …"
        named = named_before_aside(row, start, j) or (
            None if opener else named_before_aside(row, lead, j)
        )
        if named is not None:  # "Tanabe, a former champion who was elected in 2021, called"
            return through_proxies.clause_proxy(para, row, start, j) or self._name(named)
        end = start
        if is_word(row, start, *lx.NOMINATIVE) and start + 1 < j and row[start + 1].kind == "word":
            end = start + 1  # "he struck a different tone, telling": "he" can only be a subject
        while end < j and not (verb_at(row, end) and not rows.attributive(row, end, j)):
            participle = end + 1 < j and row[end + 1].text.endswith("ed")
            participle = participle and not acts_on(row, end + 1, j)
            relative = is_word(row, end + 1, *_RELATIVE) or is_word(row, end + 2, "which", "whom")
            if row[end].text == "," and (relative or participle):  # also ", of which X is"
                closing = commas(row, rows.aside_verb(row, end, j) + 2, j)  # "A lawyer for X,
                if closing:  # who asked …, said", "The report by X, published on …, said"
                    end = closing[0]
            end += 1
        if end == start or end >= j + 1:
            return None
        found = self.subject(row, end, para) if end < len(row) else None
        return None if found is COORDINATED else found

    def _aside_author(self, row: Sequence[Chunk], i: int, para: Para) -> Who | None:
        """A document subject whose aside names its maker ("The audit, carried out by the
        accounting firm X and titled …, describes"): the maker speaks for it."""
        k2 = previous_comma(row, i + 1 if row[i].kind == "quote" else i)
        if k2 < 1 or row[k2].text != "," or row[k2 - 1].kind != "word":
            return None
        if row[k2 - 1].text not in sp.DOCUMENT_NOUNS:
            return None
        by = maker_by(row, k2, i)
        if by < 0:  # not "signed by" (co-signers), "read out by" (a reader)
            return None
        end = by + 1
        while end < i and row[end].kind in ("word", "name") and row[end].text != "and":
            end += 1
        if is_word(row, end, "and") and end + 1 < i and row[end + 1].kind == "name":
            return None  # "carried out by X and Y": no one author
        names = [c for c in row[by + 1 : end] if c.kind == "name" and not c.possessive]
        return self._name(names[-1]) if len(names) == 1 else None

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


def _coordinated(row: Sequence[Chunk], i: int) -> bool:
    """Does "and" join the name or pronoun at `i` to another ("The council and the union
    met"), not two clauses, a titled name's own list, or one person's two offices ("Council
    of Governors chairperson and Isiolo Governor X told")?"""
    c = row[i]
    k = i - 1
    while k >= 0 and row[k].kind == "word" and row[k].text in lx.DETERMINERS:
        k -= 1
    same = (
        k > 0 and c.mention is not None and getattr(row[k - 1].mention, "key", "") == c.mention.key
    )
    return (
        is_word(row, k, "and", "or", "&")
        and not same  # "Mendip and Avon, which …, said": one name read in two parts
        and not (c.kind == "pron" and k >= 1 and row[k - 1].kind == "quote")  # `“…” and she`
        and not clause_before(row, k)
        and not title_list(row, k, c)
        and not (is_word(row, k - 1, *lx.ROLE_NOUNS) and c.mention is not None and c.mention.title)
    )
