"""Who "he", "she", "it" and "they" stand for: the people and organisations in view.

`Pronouns.pronoun` resolves against what `Discourse` holds: a person named as subject
earlier in the same sentence; else, when the sentence before opens with one unnamed person
("A miner who asked not to be named said"), that person, unnamed, or the body an unnamed
spokesperson speaks for; else the people of the sentence before ("high" when there is one,
else its speaker, "low"); else the last speaker of the two paragraphs before ("high" when
nobody else was named since it spoke, else "low"). "it"/"they": the organisation in view,
"low". A pronoun resolved with confidence tells its person's gender to the pronouns after
it ("… in which he promised …. “…,” she said": not him). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.asides import in_noun_phrase, named_before_aside, unnamed_spokesperson
from generator.extract.body_chains import chained, described_body, described_subject
from generator.extract.clauses import Chunk, is_word, skip_openers
from generator.extract.closing_reporters import closing_pronoun, reported_front
from generator.extract.described_people import described_person, person_subject
from generator.extract.described_tellers import described_reported
from generator.extract.discourse import Discourse, _Seen
from generator.extract.document import Para
from generator.extract.document_its import document_it
from generator.extract.documents import COORDINATED
from generator.extract.genders import (
    other_gender_before,
    other_reported,
    owner_of_gender,
    word_gender,
)
from generator.extract.given_names import given_or_unnamed
from generator.extract.joined_subjects import joined_other, reacting_other
from generator.extract.phrases import Who, is_object, parse
from generator.extract.pronoun_rivals import document_subject, gendered_rival
from generator.extract.relative_pronouns import relative_reported, reported_other
from generator.extract.reported_its import reported_body_it
from generator.extract.reported_subjects import reported_subjects
from generator.extract.role_phrases import person_noun
from generator.extract.rows import verb_at
from generator.extract.sentence_antecedents import sole_person
from generator.extract.signed_vehicles import signer, signs_through
from generator.extract.subject_bodies import main_subject_body
from generator.extract.subject_shapes import INDEFINITE, in_opening_clause, objects_before_relative
from generator.extract.unread_names import unread_name
from generator.extract.verb_follows import verb_follows


class Pronouns(Discourse):
    """The half of `Referents` that reads pronouns."""

    def pronoun(self, para: Para, offset: int, word: str, row: Sequence[Chunk] = ()) -> Who:
        who = self._pronoun(para, offset, word, row)
        gender = sp.PRONOUN_GENDERS.get(word)
        row = row or self.rows(para.number)[self.sentence_index(para, offset)]
        if who.confidence == "high" and reported_front(row, offset, word, self._agrees) - {who.key}:
            return Who(who.key, "low", word)  # "Perrin had been “…”, she told": Perrin's?
        if gender and who.key is not None and who.confidence == "high":
            self.gender.setdefault(who.key, gender)
        return who

    def _pronoun(self, para: Para, offset: int, word: str, row: Sequence[Chunk] = ()) -> Who:
        """`row`: the pronoun's sentence, its own when not given ("Reed said he agreed":
        "he" is Reed before anyone of an earlier sentence)."""
        kind = "person" if word in sp.PRONOUNS_PERSON else "organisation"
        if not row:
            row = self.rows(para.number)[self.sentence_index(para, offset)]
        closing = word in ("he", "she") and closing_pronoun(row, offset) >= 0
        here = [
            c.mention.key
            for i, c in enumerate(row)
            if c.kind == "name"
            and c.mention is not None
            and c.mention.kind == kind
            and c.start < offset
            and not c.possessive
            and (verb_follows(row, i) or signs_through(row, i))
            and not in_noun_phrase(row, i)  # "an official in the office of minister X handed"
            and not is_object(row, i, verb_next=True)  # "began after Tina Rozman … requested"
            and not in_opening_clause(row, i, offset)  # "Had Freya reached hospital …, she said"
            and not signer(row, i)  # "X, in a statement signed by his adviser, Y, said he"
            and not closing  # "Perrin had been “…”, she told the Herald": not Perrin, surely
        ]
        if kind == "organisation":
            if word == "it" and not here and (group := _unnamed_group(row, para, offset)):
                return group  # "An ad hoc committee of bondholders … accused the government
                # of favouring its lenders, which it described as": the committee, unnamed
            if word == "it" and not here:  # "The union said … what it called": the union
                own = self._own_bodies(para, offset)
                if len(own) == 1:
                    return Who(own.pop(), "high")
                author = self.document_author(para, offset)
                if author is not None:
                    return author
                if (made := document_it(self, para, offset, row)) is not None:
                    return made  # "The review, written by X, found …. It concluded": X
            if here:
                others = {  # any other body named before it in the sentence, object or not
                    c.mention.key
                    for c in row
                    if c.mention is not None
                    and c.mention.kind == "organisation"
                    and c.start < offset
                    and c.mention.key != here[0]
                }
                sole = len(set(here)) == 1 and not others and word in {"it", "its"}
                sole = sole or word == "it" and main_subject_body(row, offset, here[0], self.kinds)
                sole = sole and not (word == "it" and reported_body_it(row, offset, here[0]))
                return Who(here[0], "high") if sole else Who(here[0], "low", word)
            if word == "it" and described_body(row, offset):  # "The regulator said the
                return Who(None, "low", word)  # programme had … what it called": its own
            previous = self._before_sentence(para, self.sentence_index(para, offset), kind)
            where, row_before = self.previous_row(para, offset)
            named = {
                c.mention.key
                for c in row_before
                if c.mention is not None and c.mention.kind == "organisation"
            }
            if word == "it" and len({s.key for s in previous} | named) == 1 and previous:
                return Who(previous[0].key, "high")  # "The council met. “…,” it said."
            recent = [s.key for s in self._window(para, offset, kind)]
            prior = self.clause_subject(row_before, len(row_before), where) if row_before else None
            if prior is None or prior.key is None:  # "The trust denies the claims": a verb
                prior = described_subject(self.resolve, row_before, where) or prior  # unread
            if prior and prior.key and self.kinds.get(prior.key) == "organisation":  # "The
                return chained(prior, row, row_before, offset, self.kinds, word)  # union …. it"
            return Who(recent[-1] if recent else None, "low", word)
        if not here:  # "The complaint … alleges Carrick misled the House when she told":
            here = self._reported_person(row, offset, para)  # the reported clause's subject
        if not here:  # "Ms X's rise tracked a debate in which she accused Mr Y": Ms X
            here = self._owner_subject(row, offset, word)
        if not here:  # "The report says former chief executive X … a colleague whom he
            here = relative_reported(row, offset, word, self._agrees)  # described": X
        lead = named_before_aside(row, 0, len(row)) if not here else None
        if lead is not None and lead.mention and lead.mention.kind == "person":
            here = [lead.mention.key] if lead.start < offset else here  # "State Sen. X, a
            # Democrat …, who has …, said …, and she said": the subject, past its asides
        here = [k for k in here if self._agrees(k, word)]
        if here and described_reported(row, offset, here):  # "said the governor told … he"
            return Who(None, "low", word)
        if here and other_gender_before(row, offset, word, here):  # "Tan told the inquiry
            return Who(None, "low", word)  # she had raised it with her manager, X, and that he"
        if here:  # "Raman took him to an email he sent …, in which he described": unclear;
            him = word == "he" and any(  # "took him": another man, the verb's object
                c.text == "him" and c.start < offset and k and verb_at(row, k - 1)
                for k, c in enumerate(row)
            )
            two = len(set(here)) > 1 or owner_of_gender(row, offset, word, here, self.gender)
            two = two or other_reported(row, offset, here, word, self.gender)
            two = two or reported_other(row, offset, word, here, self._agrees, self.kinds)
            # "X said Y had been questioned over a video in which he described": either
            # "Okafor pointed out that Hartwell had promised … what"; "Mr Y's claim that he"
            objects = objects_before_relative(row, offset)  # "took Vass to an email she sent"
            him = him or any(self._agrees(k, word) for k in objects)
            sure = [k for k in objects if self.gender.get(k) == sp.PRONOUN_GENDERS.get(word)]
            known = [k for k in dict.fromkeys(here) if k in self.gender]  # "Ms X said Y had
            likely = known[0] if len(known) == 1 else here[-1]  # …, a claim she said": Ms X
            guess = sure[0] if len(sure) == 1 and here[-1] not in self.gender else likely
            return Who(guess, "low", word) if him or two else Who(here[0], "high")  # "took Ms X
            # to an email in which she": Ms X, a guess, when the subject's gender is not given
        earlier = () if here else self.previous_row(para, offset)[1]
        if not here and (found := sole_person(row, earlier, offset, word, self._agrees)):
            return found  # "a notice to X over remarks in which he described": X
        described = self._described_subject(row, para, offset)
        if described is not None:  # "the counsel for the petitioner pointed out …, he said,"
            return described
        unnamed = self._unnamed_before(para, offset, word)
        if unnamed is not None:  # "A miner who asked not to be named said …. “…,” he said."
            return unnamed
        previous = [
            s
            for s in self._before_sentence(para, self.sentence_index(para, offset), "person")
            if self._agrees(s.key, word)
        ]
        if previous:
            keys = {s.key for s in previous}
            said = [s for s in previous if s.speaker]
            last = said[-1] if said else previous[0]
            asked = self.replier(para, offset)  # "X asked Y whether …. He said": either
            if asked is not None and asked != last.key and self._agrees(asked, word):
                return Who(last.key, "low", word)
            _, row_before = self.previous_row(para, offset)
            if other := reacting_other(row_before, last.key, word, self._agrees):
                return Who(other, "low", word)  # "X said …, a comparison Ms Y rejected"
            if not said and (rival := gendered_rival(row_before, last.key, word, self.gender)):
                return Who(rival, "low", word)  # "X sat beside his wife, Nuala. …, she said"
            unsure = not any(s.sure for s in previous if s.key == last.key)  # a guess stays one
            two = joined_other(row_before, last.key, word, self._agrees) or unsure
            return Who(last.key, "low", word) if len(keys) > 1 or two else Who(last.key, "high")
        before = [s for s in self._window(para, offset, kind) if self._agrees(s.key, word)]
        speakers = [s for s in before if s.speaker]
        pick = speakers[-1] if speakers else (before[-1] if before else None)
        if pick is None:
            return self._only_named_before(para, offset, word) or Who(None, "low", word)
        named = {
            m.key
            for p in (para.number - 1, para.number)
            for m in self.by_para.get(p, [])
            if m.kind == "person"
            and not m.possessive
            and (p < para.number or m.start < offset)
            and not self.paras[p - 1].in_quote(m.start)
            and self._agrees(m.key, word)
        }
        unread = any(
            self._unread_name(n, offset if n == para.number else None)
            for n in range(max(1, para.number - 1), para.number + 1)
        )  # "Zhou rejected the criticism. …, he said": Zhou, unread as a name, may be "he"
        only = self._only_named_before(para, offset, word) if named != {pick.key} else None
        if only is not None and (only.key in named or not named):  # "… Fairbairn said. …
            if pick.key != only.key and document_subject(self.previous_row(para, offset)[1]):
                return Who(pick.key, "low", word)  # "X said …. The report found Y …. She"
            return only if named <= {only.key} else Who(only.key, "low", word)  # One case
        # involved Shanice …"; "Martha Quinn's husband, Patrick, died …. “…,” she told"
        if (
            not unread
            and not self._described_before(para, offset)
            and (named == {pick.key} or (not named and self._only_since(pick, para, offset)))
        ):
            return Who(pick.key, "high")
        return Who(pick.key, "low", word)

    def _reported_person(self, row: Sequence[Chunk], offset: int, para: Para) -> list[str]:
        """The one person before `offset` who opens a clause a verb reports, when what
        reports it is no person ("The complaint alleges Carrick misled the House when she
        told MPs"; not "She said X had called them “…”, a remark she described as")."""
        found = {
            i: m.key
            for i in reported_subjects(row)
            if (m := row[i].mention) is not None and m.kind == "person" and row[i].start < offset
        }
        people = set(found.values())
        if len(people) != 1:
            return []
        first = min(found)
        v = first - 1 - is_word(row, first - 1, "that")
        who = self.subject(row, v, para)
        if who is COORDINATED:
            who = self.clause_subject(row, v, para)
        if who is not None and who.key is not None:  # "The complaint, lodged by X, alleges":
            named = [k for k in range(v) if (m := row[k].mention) and m.key == who.key]  # no X
            body = self.kinds.get(who.key) == "organisation"
            by = bool(named) and all(is_object(row, k) for k in named)
            return list(people) if body or by else []
        words = who.unnamed.split(" of ")[0].split() if who is not None else []
        if who is None or not words or person_noun(words[-1].casefold()):
            return []
        return list(people) if words[-1].casefold() not in sp.PRONOUNS_PERSON else []

    def _owner_subject(self, row: Sequence[Chunk], offset: int, word: str) -> list[str]:
        """The person whose possessive opens the sentence, when the pronoun's gender is
        theirs and every other person before it in the sentence is of the other gender."""
        gender = sp.PRONOUN_GENDERS.get(word)
        first = row[0].mention if row and row[0].kind == "name" and row[0].possessive else None
        if first is None or first.kind != "person" or self.gender.get(first.key) != gender:
            return []
        others = {c.mention.key for c in row if c.mention and c.start < offset} - {first.key}
        mixed = any(
            self.gender.get(k) in (None, gender) for k in others if self.kinds.get(k) == "person"
        )
        return [] if mixed or gender is None else [first.key]

    def _described_before(self, para: Para, offset: int) -> bool:
        """Is the sentence before's subject a person described, not named, or only guessed
        ("The municipal chief said …. “…,” he said": the chief's, not "The letter")?"""
        where, row = self.previous_row(para, offset)
        subject = self.clause_subject(row, len(row), where) if row else None
        if subject is None or (subject.key and subject.confidence == "high"):
            return False
        return described_person(subject.unnamed)

    def _only_named_before(self, para: Para, offset: int, word: str) -> Who | None:
        """The one person the sentence before names, when no person is its subject ("One
        case involved Shanice Adeyemi, who lived …. She said"): the pronoun's."""
        where, row = self.previous_row(para, offset)
        subject = self.clause_subject(row, len(row), where) if row else None
        other = subject is not None and subject.key and not self._agrees(subject.key, word)
        if person_subject(subject, self.kinds) and not other:  # not a body or a document
            return None  # but "Sarah Pickering's son, Alfie, died …. “…,” she told": hers
        people = {
            c.mention.key
            for c in row
            if c.mention is not None
            and c.mention.kind == "person"
            and (not c.possessive or other)
            and not where.in_quote(c.start)
            and self._agrees(c.mention.key, word)  # "X, whose father, Y, …. She said": X
        }
        key = people.pop() if len(people) == 1 else None
        return Who(key, "high") if key and self._agrees(key, word) else None

    def _described_subject(self, row: Sequence[Chunk], para: Para, offset: int) -> Who | None:
        """A person described, not named, as the subject opening the pronoun's sentence
        ("In his reply, the counsel for the petitioner pointed out"): the pronoun is theirs
        (the one person the description fits, else unnamed)."""
        k = skip_openers(row, 0, len(row))
        if not is_word(row, k, "the", "a", "an") or k + 1 >= len(row):
            return None
        m = k + 1  # "a Commission spokesperson said …, what she called": past a body's name
        while m < min(len(row) - 1, k + 3) and (row[m].kind == "name" or row[m].capital):
            m += 1
        head = row[m]
        if head.start >= offset or head.kind != "word" or not person_noun(head.text):
            return None
        if head.text in _BODIES:
            return None  # "The government, she said, had": a body, not her
        ends = (m for m in range(k + 1, len(row)) if row[m].kind == "punct" or verb_at(row, m))
        end = next(ends, len(row))
        named = row[end + 1] if end + 1 < len(row) and row[end].text == "," else None
        if named is not None and named.mention is not None and named.mention.kind == "person":
            return Who(named.mention.key, "high")  # "A lawyer for the First Nation, David
            # Arcand of …, said … what he called": the lawyer named, not his client
        found = self.resolve(parse(row, k, end, para.text), para, row[k].start)
        return found if found is not None else Who(None, "low", head.text)

    def _only_since(self, pick: _Seen, para: Para, offset: int) -> bool:
        """Is `pick` the one person named from the paragraph where it last spoke up to
        `offset` ("“…,” he told the crowd. Police estimated … “…,” he said.")?"""
        first = next(
            (n for n in range(para.number - 1, 0, -1) for s in self._speakers_in(n) if s == pick),
            None,
        )
        if first is None:
            return False
        if any(
            self._unread_name(n, offset if n == para.number else None)
            for n in range(first + 1, para.number + 1)
        ):
            return False  # "Labor MP Sarah Lane" unread as a name: "she" may be hers
        return all(
            m.key == pick.key
            for n in range(first, para.number + 1)
            for m in self.by_para.get(n, [])
            if m.kind == "person" and (n < para.number or m.start < offset)
        )

    def _unread_name(self, number: int, end: int | None) -> bool:
        return unread_name(self.paras[number - 1], self.by_para.get(number, []), end)

    def _speakers_in(self, number: int) -> list[_Seen]:
        return [s for i in range(len(self.sentences(number))) for s in self._seen(number, i)]

    def _unnamed_before(self, para: Para, offset: int, word: str = "") -> Who | None:
        """The sentence before, when its subject is one person the text does not name ("A
        shopkeeper from Harlow who asked not to be named"): "he" is that person, unnamed."""
        own = self.rows(para.number)[self.sentence_index(para, offset)]
        if own and own[0].start < offset and own[0].text in INDEFINITE:
            where, row = para, own  # "A lawyer representing her said …, which he said …"
        else:
            where, row = self.previous_row(para, offset)
        said = next((k for k, c in enumerate(row) if c.text in lx.SAID_FORMS), len(row))
        if unnamed_spokesperson(row) and (who := self.clause_subject(row, said, where)):
            unnamed = word and who.key is None and who.unnamed and _fits_gender(who.unnamed, word)
            if unnamed:  # "A spokeswoman for the university said …, and that Professor X had
                return who  # …. “…,” she said.": the spokeswoman, unnamed
            return who if self.kinds.get(who.key or "") == "organisation" else None  # "She added"
        return given_or_unnamed(row, where, self.by_para)  # "A vendor who gave her name …"

    def _agrees(self, key: str, pronoun: str) -> bool:
        """Could `pronoun` stand for `key`: same gender, or a gender the text does not give?"""
        gender, wanted = self.gender.get(key), sp.PRONOUN_GENDERS.get(pronoun)
        return gender is None or wanted is None or gender == wanted


_BODIES = lx.BODY_NOUNS | lx.ORG_NOUNS | lx.ORG_HEADS | lx.GENERIC_ORG_NOUNS


def _unnamed_group(row: Sequence[Chunk], para: Para, offset: int) -> Who | None:
    """A body described, not named, opening the pronoun's sentence ("An ad hoc committee of
    bondholders, advised by …, called"): "it" is that body, unnamed."""
    k = skip_openers(row, 0, len(row))
    if not is_word(row, k, "a", "an"):
        return None
    for m in range(k + 1, min(len(row), k + 5)):
        c = row[m]
        if c.kind != "word" or verb_at(row, m) or c.start >= offset:
            return None
        nxt = row[m + 1] if m + 1 < len(row) else None
        head = (
            nxt is None or nxt.kind == "punct" or is_word(row, m + 1, "of") or verb_at(row, m + 1)
        )
        if c.text in _BODIES and head:  # not "a government spokesman"
            return Who(None, "low", para.text[row[k].start : c.end])
    return None


def _fits_gender(described: str, word: str) -> bool:
    """Can "he" or "she" stand for the unnamed spokesperson `described` ("A spokeswoman …")?"""
    wanted = sp.PRONOUN_GENDERS.get(word)
    said = {word_gender(w) for w in described.split() if w.casefold() in lx.SPOKESPEOPLE}
    return wanted is None or not said or said == {wanted}
