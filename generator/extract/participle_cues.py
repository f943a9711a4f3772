"""Who says what an "-ing" clause governs ("…, calling it “…”", "with X urging", "a post
by X calling for …, saying “…”", "quoted X as saying"): the subject of the clause it hangs
from, or of the document or the "with" phrase it follows. `participle_subject(ctx, para, row, j)`
→ `Who` or None; `quoted_as` reads "quoted X as saying". Split from `verb_cues`. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.appositive_relatives import relative_before
from generator.extract.asides import open_relative
from generator.extract.attribution import COORDINATED, Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.cue_scope import inside_report, inverted_cue, inverted_speaker
from generator.extract.document import Para
from generator.extract.document_acts import reported_body
from generator.extract.document_makers import source_at
from generator.extract.document_participles import (
    PARTICIPLE_SUBJECT,
    authored_before,
    previous_participle,
    sender,
)
from generator.extract.names import NameMention
from generator.extract.opening_participles import opening_subject
from generator.extract.paired_participles import first_of_pair, passive_partner
from generator.extract.participle_hosts import absolute_at, possessed_gerund, with_phrase
from generator.extract.phrases import PREPOSITIONS, Who, parse
from generator.extract.purpose_clauses import purpose_host
from generator.extract.role_phrases import person_noun
from generator.extract.rows import before_bracket, in_name, verb_at
from generator.extract.subordinate import no_speaker, subordinate_subject
from generator.extract.time_phrases import time_start

_SOME = lx.QUANTIFIERS | lx.words("one two three several both")
_WHEN_ADVERBS = frozenset({"yesterday", "today", "also", "later", "then", "earlier"})


def participle_subject(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    before = row[j - 1] if j > 0 else None
    if before is not None and before.kind == "word" and before.text == "as":
        return quoted_as(ctx, para, row, j - 1)
    if before is not None and before.kind == "word" and before.text in sp.REMARK_NOUNS:
        return Who(None, "low", before.text)  # "refused to withdraw remarks describing X as"
    if before is not None and before.possessive:  # "disputed the ombudsman's finding that"
        return possessed_gerund(ctx, para, row, j)
    if (author := authored_before(ctx, para, row, j)) is not None:
        return author  # "a 1989 Supreme Court decision describing …": the court's
    host = purpose_host(row, j)  # "after the bidder, X, wrote to the council warning": X
    if host >= 0 and (writer := ctx.subject(row, host, para)) is not COORDINATED:
        return writer or Who(None, "low", row[host].text)  # (an unnamed writer: unclear)
    if before is not None and before.kind == "word" and _people(before.text):  # "protesters
        return Who(None, "low", before.text)  # chanting “…”": an unnamed crowd
    taken = is_word(row, j - 1, "to") and is_word(row, j - 2, "taken", "took")  # "whom X have
    if taken or (before is not None and before.kind == "word" and before.text in _ASPECT):
        v = j - 2 if taken else j - 1  # taken to calling", "the survivors … had begun
        who = ctx.subject(row, v, para)  # describing the delays as “…”": theirs
        return who if who is not COORDINATED else ctx.clause_subject(row, v, para)
    first = first_of_pair(row, j)
    if first >= 0:  # "…, calling the decision “…” and warning that": the first one's
        return participle_subject(ctx, para, row, first)
    if (noun := passive_partner(row, j)) >= 0:  # "the document, drawn up by X and warning
        return Who(None, "low", row[noun].text)  # of “…”": the document's, not the subject's
    if in_name(row, j - 1):  # "with its president Ramon “Mon” Dizon saying": the
        return participle_subject(ctx, para, [*row[: j - 1], *row[j:]], j - 1)  # nickname aside
    b = before_bracket(row, j - 1)  # "with the X Union (XU) describing": past its letters
    withed = row[b] if b >= 1 and row[b].kind == "name" else None
    w = b - 1 - is_word(row, b - 1, "the")
    lodged = is_word(row, w - 1, *sp.DOCUMENT_NOUNS)  # "filed a letter with the court accusing":
    if withed is not None and withed.mention is not None and absolute_at(row, w) and not lodged:
        return Who(withed.mention.key, "high")  # "with Governor Ray Hollis urging", "…,
        # leaving the Federal Emergency Management Agency warning"
    with_at = with_phrase(row, j) if not lodged else -1  # the letter's, not the court's
    if with_at >= 0 and all(c.kind in ("word", "name") for c in row[with_at + 1 : j]):
        # "with JPP legislature party leader X calling": the person the role words lead to
        if withed is not None and withed.mention is not None and withed.mention.kind == "person":
            return Who(withed.mention.key, "high")
        found = ctx.resolve(parse(row, with_at + 1, j, para.text), para, row[with_at + 1].start)
        if found is not None:  # "with his lawyers telling the court": the lawyers (unnamed)
            return found
        if j == with_at + 2 and row[with_at + 1].text in _SOME:  # "Two people familiar with
            return Who(None, "low", row[with_at + 1].text)  # it said …, with one describing"
    apposed = _with_apposed(row, j)
    if apposed is not None:  # "with the government's chief negotiator, X, warning": X
        return Who(apposed.key, "high")
    withheld = _with_aside(row, j)
    if withheld is not None:  # "with party leader X, who led the protests, saying"
        return Who(withheld.key, "high")
    comma = before is not None and before.kind == "quote" and before.text.rstrip().endswith(",")
    if before is not None and before.text == "," and (who := _relative_before(ctx, para, row, j)):
        return who  # "filed by whip X, who welcomed the verdict, saying": X
    if (inverted := inverted_speaker(row, j)) is not None:  # ", said his lawyer, X, adding"
        return Who(inverted.key, "high")
    cue = inverted_cue(row, j)
    if cue is not None:  # "…, the statement said, adding that": the cue's subject
        return ctx.resolve(parse(row, cue[0], cue[1], para.text), para, row[cue[0]].start)
    sent = sender(row, time_start(row, j))
    if sent is not None:  # "a letter from the corporation counsel, X, warning that": X
        return Who(sent.key, "high")
    if before is None or comma or before.kind == "punct" or before.text in PARTICIPLE_SUBJECT:
        if before is None and (opening := opening_subject(ctx, para, row, j)) is not None:
            return opening  # "Arguing that …, Mr X contended": the main clause's subject
        chained = previous_participle(row, j)
        if chained >= 0:  # "a post by X calling for …, saying “…”": the post's
            return participle_subject(ctx, para, row, chained)
        found = _finding_subject(ctx, para, row, j)
        if found is not None:  # "the review found that N had …, while telling customers"
            return found
        if inside_report(row, j - 1) and is_word(row, j + 1, "him", "her", "them"):  # "X said
            return Who(None, "low", "two subjects before it")  # officials had …, telling him"
        if (rel := open_relative(row, j)) >= 0:  # "for X, who took office in March promising
            return ctx.antecedent(row, rel, para)  # to “clean up” …": X
        who = _not_own_object(ctx, row, j, ctx.clause_subject(row, j, para))
        if no_speaker(who):
            who = subordinate_subject(ctx, para, row, j) or who  # "Tension is mounting after
        nearer = _nearer_subject(row, j, who) or reported_body(row, j, who)  # X rejected the
        # outcome, describing it as"; "The complaint alleges that X Inc. has …, citing"
        inner = relative_before(ctx, para, row, j, who)  # "…, a decision the firms fought,
        inner = inner or _in_which_subject(ctx, para, row, j)  # describing"; "a session in
        if inner is not None and who is not None and inner.key != who.key:  # which lawmakers
            return Who(inner.key, "low", inner.unnamed or "two subjects before it")  # … chanting"
        return Who(nearer, "low", "two subjects before it") if nearer else who
    if before.text in lx.QUANTIFIERS and j >= 2 and row[j - 2].text == ",":
        return Who(None, "low", before.text)  # "supporters gathered, some chanting “…”"
    if before.kind == "word" and before.text in _INTRANSITIVE:  # "a day after its auditor,
        k = j - 3 if j >= 3 and row[j - 2].text == "," else j - 2  # X, resigned citing “…”"
        named = row[k].mention if k >= 0 and row[k].kind == "name" else None
        if named is not None:
            return Who(named.key, "high")
    other = _own_subject(row, j, para)
    if other is not None:
        return other
    inner = _reported_subject(ctx, para, row, j)
    if inner is not None:  # "said the federation had written to the ministry urging it"
        return inner
    for k in range(j - 1, max(-1, j - 8), -1):  # "a complaint from X on Monday describing"
        if row[k].kind == "word" and row[k].text in sp.DOCUMENT_NOUNS:
            source = row[s].mention if (s := source_at(row, k)) >= 0 else None
            if source is not None:  # "read out a statement from the Foreign Ministry
                return Who(source.key, "high")  # welcoming …": the ministry's
            start = _phrase_start(row, k)
            found = ctx.resolve(parse(row, start, j, para.text), para, row[k].start)
            voted = is_word(row, start - 1, *_VOTED) and row[k].text in _VOTED_DOCUMENTS
            issuing = is_word(row, start - 1, *sp.ISSUING_VERBS) or voted  # "X passed a motion
            if (found is None or found.key is None) and issuing:  # describing": X's
                issuer = ctx.subject(row, start - 1, para)  # "X released a statement saying"
                return issuer if issuer and issuer is not COORDINATED and issuer.key else found
            return found
        if row[k].kind == "punct":
            break
    who = ctx.clause_subject(row, j, para)  # not "The complaint alleges that X Inc. has …,
    body = reported_body(row, j, who)  # often citing": X's as much as the complaint's
    return Who(body, "low", "two subjects before it") if body else who


def _from_sender(row: Sequence[Chunk], k: int) -> bool:
    """ "from the company", "from X", "from residents": who sent it (not "a letter from prison
    saying": where it came from)."""
    after = row[k + 1] if k + 1 < len(row) else None
    named = after is not None and (after.kind == "name" or _people(after.text))
    return is_word(row, k, "from") and (is_word(row, k + 1, "the", "a", "an", "its") or named)


def _people(word: str) -> bool:
    return word.endswith("s") and len(word) > 4 and person_noun(word[:-1])


# What a body does to the text it votes through: "the Security Council has adopted a
# resolution demanding", "the assembly passed a motion describing".
_VOTED = lx.words("adopted adopts passed passes approved approves")
_VOTED_DOCUMENTS = lx.words("resolution resolutions motion motions declaration communique")
_ASPECT = lx.words(
    "begun began begin begins started start starts continued continues kept keep"
    " been"  # "what the family had been saying": a finite verb, the family's
)
_INTRANSITIVE = lx.words("resigned quit walked stepped withdrew left retired protested")
_CAUSATIVE = lx.words("left leave leaves leaving kept keep keeps keeping")
_FINDING = lx.words("found finds concluded concludes showed shows revealed reveals discovered")
_CONDUCT = lx.words("conduct actions behaviour behavior handling failings failures")


def _finding_subject(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """ "Okafor found that Northfell Water recorded …, while telling customers …", "an
    inquiry found it left tenants …, while reporting …": after a verb of finding, not of
    saying, an "-ing" clause continues the found clause, whose subject (a name or a pronoun
    right after the verb or its "that") does the telling; but not when it judges "his
    conduct" (`_finder`)."""
    for k in range(j - 1, 0, -1):
        c = row[k]
        if c.kind == "word" and c.text in _FINDING:
            that = next((m for m in range(k + 1, min(j, k + 5)) if is_word(row, m, "that")), -1)
            s = that + 1 if that > 0 and all(x.kind == "word" for x in row[k + 1 : that]) else k + 1
            subject = row[s] if s < j else None  # "found last October that the ministry had"
            if is_word(row, s, "the") and s + 2 < j and verb_at(row, s + 2):
                the = parse(row, s, s + 2, para.text)
                return ctx.resolve(the, para, row[s].start) or Who(None, "low", the.text)
            if subject is None or not verb_at(row, s + 1):
                return None
            if subject.kind == "name" and subject.mention is not None:
                found = Who(subject.mention.key, "high")
            elif subject.kind == "pron":
                who = ctx.pronoun(para, subject.start, subject.text, row)
                found = Who(who.key, "low", subject.text) if who.key else who
            else:
                return None
            return _finder(ctx, para, row, j, k, found)
        if c.kind == "word" and sp.VERB_FORMS.get(c.text) == "finite":
            return None  # a verb of saying owns the clause: "Lee said …, warning"
    return None


def _finder(ctx: Context, para: Para, row: Sequence[Chunk], j: int, k: int, found: Who) -> Who:
    """ "X has found that Y acted improperly when he approved …, describing his conduct as
    “…”": who judges a person's conduct is the finder X, never the Y found against."""
    if not (is_word(row, j + 1, "his", "her", "their") and is_word(row, j + 2, *_CONDUCT)):
        return found
    finder = ctx.subject(row, k, para)
    return finder if finder is not None and finder is not COORDINATED else Who(None, "low", "")


def _in_which_subject(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """The subject of a relative clause opened by a preposition and "which" before the "-ing"
    clause at `j` ("a session in which lawmakers … occupied the podium, chanting"): the
    "-ing" clause may be its subject's as well as the main clause's."""
    for k in range(j - 2, 0, -1):
        if row[k].kind == "quote" or (row[k].kind == "punct" and row[k].text in {";", ":"}):
            return None
        if is_word(row, k, "which") and is_word(row, k - 1, *PREPOSITIONS):
            verb = next((v for v in range(k + 2, j) if verb_at(row, v)), -1)
            found = ctx.subject(row, verb, para) if verb > 0 else None
            return found if found is not None and found is not COORDINATED else None
    return None


def _nearer_subject(row: Sequence[Chunk], j: int, who: Who | None) -> str | None:
    """ "after the Legislature passed a bill, a measure Gov. Marsh vetoed in April, calling
    it": a person who is the subject of a verb between the clause's subject and the "-ing"
    clause may be its subject too (unclear, that person the guess)."""
    if who is None or who.key is None:
        return None
    for k in range(j - 2, 0, -1):
        m = row[k].mention
        if row[k].kind != "name" or m is None:
            continue
        if m.key == who.key:
            return None
        claimed = is_word(row, k - 1, "that") and is_word(row, k - 2, *sp.SPEECH_NOUNS)
        if m.kind == "person" and not row[k].possessive and verb_at(row, k + 1) and not claimed:
            return m.key  # (not "rejected the company's claim that X had …, calling it")
    return None


def _with_aside(row: Sequence[Chunk], j: int) -> NameMention | None:
    """ "…, with party leader Grace Ndolo, who led street protests in February, saying": the
    name after "with", past its "who" clause closed by the comma before the "-ing" verb."""
    if j < 4 or row[j - 1].text != ",":
        return None
    for m in range(j - 3, max(0, j - 25), -1):
        c = row[m]
        if c.kind == "punct" and c.text != "," or c.kind == "quote":
            return None
        if c.kind != "name" or c.mention is None or row[m + 1].text != ",":
            continue
        if not is_word(row, m + 2, "who"):
            return None
        if any(row[k].text == "," for k in range(m + 2, j - 1)):
            return None
        if any(is_word(row, k, "with") for k in range(max(0, m - 4), m)):
            return c.mention
        return None
    return None


def _not_own_object(ctx: Context, row: Sequence[Chunk], j: int, who: Who | None) -> Who | None:
    """ "Zhou said police had visited her, warning her that …": whoever warns is not the
    "her" warned, so a subject the object pronoun stands for is not the speaker (unclear)."""
    obj = row[j + 1] if j + 1 < len(row) else None
    if who is None or who.key is None or obj is None or obj.text not in {"him", "her"}:
        return who
    after = row[j + 2] if j + 2 < len(row) else None
    if obj.text == "her" and after is not None and after.kind == "word" and after.text != "that":
        return who  # "saying her department had assessed": her department, not her
    if ctx.gender.get(who.key) == ("f" if obj.text == "her" else "m"):
        return Who(None, "low", "the one it addresses is the clause's subject")
    return who


def _own_subject(row: Sequence[Chunk], j: int, para: Para) -> Who | None:
    """ "Okafor recalled his father telling him “…”", "heard Reed saying": a person right
    before the "-ing" verb, the object of another verb, may be who speaks, or the subject
    may ("interrupted Reed saying"): unclear, with that person as the guess."""
    if j < 2 or row[j - 1].possessive:
        return None
    start = _phrase_start(row, j)
    if start < 1 or row[start - 1].kind != "word" or row[start - 1].text in PREPOSITIONS:
        return None
    phrase = parse(row, start, j, para.text)
    head = phrase.head
    if head is not None and head.kind == "word" and row[start - 1].text in _CAUSATIVE:
        return Who(None, "low", phrase.text)  # "left test crews complaining of “…”": theirs
    if head is None or phrase.plural:
        return None
    if head.kind == "name" and head.mention is not None and head.mention.kind == "person":
        return Who(head.mention.key, "low", para.text[row[start].start : row[j].end])
    if head.kind == "word" and head.text in lx.ROLE_NOUNS:
        return Who(None, "low", phrase.text)
    return None


def _reported_subject(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """An "-ing" clause with no comma before it, inside a reported clause ("… said that the
    federation had written to the ministry in May urging it to …"): the reported clause's
    subject, the nearest finite verb's before it after "that" (or after a reporting verb)."""
    k = j - 1
    while k > 0 and j - k < 12:
        c = row[k]
        if c.kind in ("punct", "quote"):
            return None
        if c.kind == "word" and c.text in sp.DOCUMENT_NOUNS and _from_sender(row, k + 1):
            return None  # "had received complaints from residents … saying": the residents';
            # "had received a reply from the company describing": the company's
        if c.kind == "word" and verb_at(row, k) and k >= 2:
            if is_word(row, k - 1, *sp.DOCUMENT_NOUNS):
                return None  # "a complaint filed by the company alleging": the document's
            start = k
            while (
                start > 0
                and row[start - 1].kind in ("word", "name")
                and not (
                    row[start - 1].text == "that"
                    or sp.VERB_FORMS.get(row[start - 1].text) == "finite"
                )
            ):
                start -= 1
            if start == 0 or start == k:
                return None
            who = ctx.subject(row, k, para)
            return who if who is not None and who is not COORDINATED else None
        k -= 1
    return None


def _relative_before(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """The person a "who" clause right before the "-ing" word describes, when a name opens it
    after a comma ("…, X, who welcomed the verdict, saying"), else None."""
    k2 = next((m for m in range(j - 2, max(-1, j - 12), -1) if row[m].text == ","), -1)
    if k2 < 1 or not is_word(row, k2 + 1, "who") or row[k2 - 1].kind != "name":
        return None
    named = row[k2 - 1].mention
    return Who(named.key, "high") if named is not None and named.kind == "person" else None


def _with_apposed(row: Sequence[Chunk], j: int) -> NameMention | None:
    """The person named between commas right before the "-ing" word at `j`, when "with" and
    a description of them open the phrase ("with the government's chief negotiator,
    Andrés Cárdenas, warning")."""
    j -= is_word(row, j - 1, *_WHEN_ADVERBS)  # ", Cde X, yesterday describing"
    b = before_bracket(row, j - 2)  # ", Tsai Yi-ting (蔡宜庭), saying": past the brackets
    if j < 5 or b < 2 or row[j - 1].text != "," or row[b - 1].text != ",":
        return None
    named = row[b].mention if row[b].kind == "name" else None
    if named is None or named.kind != "person":
        return None
    for k in range(b - 2, max(-1, b - 11), -1):
        if is_word(row, k, "with"):
            return named
        attributive = row[k].text.endswith("ed") and (  # "the legally qualified chairwoman"
            is_word(row, k - 1, "the", "a", "an") or row[k - 1].text.endswith("ly")
        )
        if row[k].kind not in ("word", "name") or (verb_at(row, k) and not attributive):
            return None
    return None


def _phrase_start(row: Sequence[Chunk], k: int) -> int:
    while k > 0 and row[k - 1].kind in ("word", "name") and row[k - 1].text not in PREPOSITIONS:
        if sp.VERB_FORMS.get(row[k - 1].text) or row[k - 1].text.endswith("ed"):
            break
        if row[k - 1].text in _CAUSATIVE:
            break  # "a hull design that left test crews complaining"
        k -= 1
    return k


def quoted_as(ctx: Context, para: Para, row: Sequence[Chunk], as_index: int) -> Who | None:
    """ "The Ledger quoted Lee as saying": Lee; "Clark is quoted as saying": Clark."""
    for k in range(as_index - 1, max(-1, as_index - 16), -1):
        if row[k].kind == "word" and row[k].text in {"quoted", "cited", "reported"}:
            if k > 0 and is_word(row, k - 1, "was", "is", "been", "were", "are"):
                return ctx.subject(row, k - 1, para)  # "He was quoted by the paper as saying"
            if k + 1 < as_index:
                return ctx.resolve(parse(row, k + 1, as_index, para.text), para, row[k].start)
            return ctx.subject(row, k, para)
    return None
