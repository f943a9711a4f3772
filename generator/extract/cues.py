"""The cue of one quotation in its sentence, and who it names.

`find_cue(ctx, para, row, qi)` → `Cue`, or None (no cue: the quote may inherit). In order:
1. titles, names and scare quotes have no speaker: "Hello VOA", the "war on cars" framing,
   so-called "consultation", the programme "Morning Call";
2. right after the quotation (`after_cues`): `,” said X`, `,” X said`, `,” X, a farmer, said`, `,” a
   statement by X said`, `,” commented cabinet spokeswoman X`, `,” was all X would say`
   (not `,” said nothing`, nor `,” said the government would …`, a clause);
3. the nearest cue before it in its clause: a reporting verb and its subject ("Reed said Lee
   had called it “a farce”" is Lee's), a speech noun and its owner ("the union's claim of",
   "claims by Lee of"), "according to X", "quoted X as saying", "what it termed"; an "-ing"
   clause belongs to the clause's subject ("…, calling it"), "with X urging" to X; a
   coordinated verb to the first verb's subject; a denied or negated verb ("denied saying",
   "never called it") gives no speaker; after "as", an as-verb whose speech noun already
   has its quotation ("dismissed the leader's accusation of “…” as “…”") is the cue; when
   `, according to X` follows the quotation, only its own coordinated clause is searched;
4. a cue closing the sentence: `…, Lee said.`
A cue whose subject cannot be named gives `Who(None, …)`: "speaker unclear", never a guess.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.according_reports import according_report
from generator.extract.acting_finders import acting_finder
from generator.extract.after_cues import after, relative_after
from generator.extract.aside_as import as_past_aside
from generator.extract.aside_makers import aside_maker
from generator.extract.asides import reported_relative
from generator.extract.asked_tellers import asked_teller
from generator.extract.attribution import COORDINATED, Context
from generator.extract.breached_bans import breached_ban
from generator.extract.clauses import Chunk, commas, is_word, skip_adverbs_left
from generator.extract.complements import first_complement
from generator.extract.conceded_denials import conceded
from generator.extract.cue_checks import checked
from generator.extract.cue_scope import (
    adverbial,
    as_verb,
    by_participle,
    closed_aside,
    comma_between,
    coordinate_start,
    describes_document,
    document_aside,
    found_thing,
    ing_before_that,
    inside_report,
    noun_to,
    passive_to,
    reduced_relative,
    relative_aside,
    reported_before,
    reported_it,
)
from generator.extract.denial_forms import denies_nothing
from generator.extract.described_tellers import joined_teller
from generator.extract.descriptions import body_noun, someone, the_officer
from generator.extract.document import Para
from generator.extract.document_clauses import document_clause, read_aloud
from generator.extract.document_leads import lead_author
from generator.extract.documents import commissioned, ordered_by, sent_by, unnamed_document
from generator.extract.doubted_words import doubted_word
from generator.extract.final_cues import final
from generator.extract.law_clauses import law_relative
from generator.extract.law_quotes import law_wording, provision_words
from generator.extract.long_asides import relative_view
from generator.extract.negated_comments import NEGATED, negated_comment
from generator.extract.noun_cues import (
    as_verb_cue,
    links,
    main_predicate,
    names_quote,
    noun_cue,
    speech_noun,
)
from generator.extract.noun_uses import noun_use
from generator.extract.object_clauses import (
    RECEIVED,
    held_object,
    later_that_clause,
    reporter,
    who_reporter,
    whose_words,
)
from generator.extract.order_words import order_cue
from generator.extract.outer_reporters import outer_reporter
from generator.extract.own_words import as_put, in_own_words, interrupting
from generator.extract.participle_cues import participle_subject
from generator.extract.participle_uses import participle_use
from generator.extract.passive_adjuncts import passive_adjunct
from generator.extract.passive_told import told_that
from generator.extract.phrases import Who, parse
from generator.extract.premodified_terms import premodified_term
from generator.extract.recorded_words import recorded_words
from generator.extract.reported_verbs import reported_verb
from generator.extract.returned_reports import outer_report
from generator.extract.rows import before_dashes, speech_adjunct, verb_at
from generator.extract.slogan_holders import slogan_holder
from generator.extract.speech_predicates import asked_or_reported, noun_predicate
from generator.extract.subject_shapes import relative_subject
from generator.extract.subordinate_coordinates import said_across
from generator.extract.that_verbs import that_cue, that_verb
from generator.extract.time_phrases import used_as_verb
from generator.extract.titles import is_title, possessors_word, quoted_term
from generator.extract.unsaid_words import unsaid
from generator.extract.verb_cues import AGENTLESS, CHANTS, Cue, crowd, verb_cue


def find_cue(ctx: Context, para: Para, row: Sequence[Chunk], qi: int) -> Cue | None:
    if (
        provision_words(row, qi)
        or law_wording(row, qi)
        or law_relative(row, qi)
        or breached_ban(row, qi)
    ):  # "argued that Article 212 barred courts", "breached a ban on candidates holding “…”"
        return Cue(Who(None, "low", lx.LAW_WORDS), "(law)")
    if recorded_words(row, qi):  # "the postmortem report recorded “…”": the record's words
        return Cue(Who(None, "low", "a record's words"), "(record)")
    if (why := unsaid(row, qi)) is not None:  # "an offence said to be “…”": no one's words
        return Cue(Who(None, "low", why), "(term)")
    if is_title(row, qi):
        if (holder := slogan_holder(ctx, para, row, qi)) is not None:
            return Cue(holder, "slogan")  # "X has campaigned under the slogan “…”": X's
        return Cue(Who(None, "low", "a title or scare quote"), "(title)")
    if possessors_word(row, qi):
        return Cue(Who(None, "low", "a word of the possessor's, or the writer's"), "(modifier)")
    if quoted_term(row, qi):
        return Cue(Who(None, "low", "a term quoted inside reported speech"), "(term)")
    if premodified_term(row, qi):  # "running an informal “warming room”": the thing's name
        return Cue(Who(None, "low", "a term after the writer's modifiers"), "(term)")
    own = in_own_words(ctx, para, row, qi)
    if own is not None:
        return own
    according = _according(ctx, para, row, qi)
    floor = coordinate_start(row, qi) if according is not None else 0
    closing = relative_after(ctx, para, row, qi) or after(ctx, para, row, qi)
    if closing is not None and closing.who.key is not None:
        inner = _before(ctx, para, row, qi, floor)  # "The minister had replied that it was
        if _reported_inside(inner, closing):  # “…”, Mr Ó Ruairc said": the minister's words
            return inner
    found = (
        closing
        or interrupting(ctx, para, row, qi)
        or _before(ctx, para, row, qi, floor)  # a cue of the quotation's own clause wins
        or final(ctx, para, row, qi)
        or according
        or according_report(ctx, para, row, qi)  # "…, according to a report by X that …"
    )
    found = checked(para, row, qi, found)  # promises, characterisations, quoting, sources
    return outer_reporter(ctx, para, row, qi, found)  # "said the board had notified … “…”"


def _reported_inside(inner: Cue | None, closing: Cue) -> bool:
    """Does a closing cue report another's speech, whose own verb of saying governs the
    quotation: a named subject, a finite verb, a speaker other than the closing cue's?"""
    if inner is None or inner.who.key is None or inner.who.confidence != "high":
        return False
    said = sp.VERB_FORMS.get(inner.words) == "finite" and inner.words not in sp.DOCUMENT_VERBS
    return said and inner.who.key != closing.who.key


def _according(ctx: Context, para: Para, row: Sequence[Chunk], qi: int) -> Cue | None:
    """`“…,” according to X` / `… “…”, according to X.`: with no other cue in the
    sentence, X (up to the next comma: "according to Ann Lee, who chairs …"). Another cue
    wins: `Reed called it “a farce”, according to Lee` is Reed's."""
    k = qi + 1
    while k < min(len(row), qi + 9) and row[k].kind in ("word", "name") and not verb_at(row, k):
        k += 1  # "was “the clear favourite” of the panel, according to the commission"
    if k > qi + 1 and not (k < len(row) and row[k].kind == "punct" and row[k].text == ","):
        k = qi + 1
    if k < len(row) and row[k].kind == "punct" and row[k].text == ",":
        k += 1
    if not (is_word(row, k, "according") and is_word(row, k + 1, "to")):
        return None
    end = next(iter(commas(row, k + 2, len(row))), len(row))
    if end > k + 2:
        who = ctx.resolve(parse(row, k + 2, end, para.text), para, row[k].start)
        if who is not None:
            return Cue(who, "according to")
    return Cue(Who(None, "low", "according to"), "according to")


# ---- before it -----------------------------------------------------------------------------------


def _before(ctx: Context, para: Para, row: Sequence[Chunk], qi: int, floor: int = 0) -> Cue | None:
    """`floor`: no cue before this chunk (", according to X" follows the quotation: a verb of
    an earlier clause is not its cue)."""
    if is_word(row, qi - 1, "as") and (verb := as_verb(row, qi - 1, floor)) is not None:
        return verb_cue(ctx, para, row, verb)  # "dismissed the leader's accusation of “…” as"
    if (verb := as_past_aside(row, qi, floor)) is not None:  # "described a letter …,
        return verb_cue(ctx, para, row, verb)  # promising “…”, as “…”": the describer's
    j = qi - 1
    if (up := who_reporter(row, qi)) >= 0:  # "said … many of them renters who “…”": the sayer's
        return verb_cue(ctx, para, row, up)
    held = held_object(row, qi)  # "had posted pricing files that were “…”": not the poster's
    while j >= floor:
        c = row[j]
        if c.kind == "punct" and c.text == ";":
            return None
        if j == held:
            j -= 1
            continue
        if c.kind != "word" or c.possessive or (c.capital and j > 0):
            j = before_dashes(row, j, floor)  # past "— an aside —"; a capitalised word
            continue  # mid-sentence is part of a name ("United States")
        w = c.text
        if w == "who" and (viewer := relative_view(row, j, qi)) is not None:  # "said X, an
            who = ctx.resolve(parse(row, viewer, viewer + 1, para.text), para, row[viewer].start)
            words = para.text[c.start : row[j + 1].end]  # analyst, who expects “…”": X's view
            return Cue(who or Who(None, "low", words), words)
        if w == "whose" and whose_words(row, j, qi):
            return Cue(Who(None, "low", "a relative clause's own subject"), "whose")  # "Meridian,
            # whose nurse had assessed him as “low risk”": the nurse's, not the outer speaker's
        if (put := as_put(row, j)) is not None:  # "as Ng himself had put it in a letter to
            who = ctx.resolve(parse(row, *put, para.text), para, row[put[0]].start)  # the court,
            return Cue(who or Who(None, "low", "put it"), "put it")  # “…”": Ng's
        if w == "that" and (writer := document_aside(row, j, qi)) is not None:  # "reminded them
            return Cue(Who(writer.key, "low", "a document someone reports"), "that")  # that the
            # ECP itself, in a letter to the ministry, had sought “…”": the letter's, perhaps
        finding = is_word(row, j - 1, "finding", "ruling") and is_word(row, j - 2, "and")
        if w == "that" and finding and not any(c.kind == "quote" for c in row[j + 1 : qi]):
            who = participle_subject(ctx, para, row, j - 1)  # "…, rejecting X's argument that
            return Cue(who or Who(None, "low", row[j - 1].text), row[j - 1].text)  # … and
            # finding that the government had stretched it “…”": the judge's finding
        if w == "that" and (said := said_across(row, j)) >= 0:  # "X said, after the auditor
            return verb_cue(ctx, para, row, said)  # warned of a gap, that “…”": X's
        if w == "that" and is_word(row, j - 1, "and", "but"):
            governing = outer_report(row, j, first_complement(row, j - 1, floor))
            if governing >= 0 and joined_teller(row, j, governing):  # "said the president had
                return Cue(Who(None, "low", "a described teller"), "that")  # told … and that he"
            if governing >= 0:  # "has found that …, and that the system failed at “…”"
                j = governing
                continue
            ing = ing_before_that(row, j - 1, floor)
            who = participle_subject(ctx, para, row, ing) if ing >= 0 else None
            if who is not None:  # "pointing out that A … and that B “…”": the pointer's
                return Cue(who, row[ing].text)
        if (
            w in {"that", "which"}
            and relative_subject(row, j)
            and not comma_between(row, j + 1, qi)
        ):
            found = document_clause(ctx, para, row, j)  # not "…, which accounted for …, had"
            if found is not None:
                return found
        if w == "to" and is_word(row, j - 1, "according"):
            end = next(iter(commas(row, j + 1, qi)), qi)
            who = ctx.resolve(parse(row, j + 1, end, para.text), para, c.start)
            return Cue(who or Who(None, "low", "according to"), "according to")
        if (sender := ordered_by(row, j, qi)) is not None:  # "a letter from X giving it 14
            return Cue(sender, "from")  # days to “…”": the words it orders, X's
        link = speech_noun(row, j) and links(row, j, qi) and not participle_use(row, j)
        predicate = noun_predicate(row, j, qi) or main_predicate(row, j, qi)
        if (link or names_quote(row, j, qi)) and not speech_adjunct(row, j) and not predicate:
            found = noun_cue(ctx, para, row, j)
            if found is not None:
                return found
        elif (
            w in sp.DENIAL_VERBS
            and not is_word(row, j - 1, *lx.DETERMINERS)
            and not (noun_use(row, j) or denies_nothing(row, j, qi))
        ):
            if not (closed_aside(row, j, qi) or conceded(row, j, qi)):  # not "did not deny
                return Cue(Who(None, "low", "denied"), w)  # it but believed “…”", "staff deny,"
        elif w in sp.AS_VERBS:
            if (found := as_verb_cue(ctx, para, row, j, qi)) is not None:
                return found  # "dismissed the report as “…”"
        elif w in CHANTS and qi <= j + 2 and crowd(row, j):
            return verb_cue(ctx, para, row, j)  # "packed with protesters chanting “…”"
        elif (
            describes_document(row, j) or reduced_relative(row, j, qi) or relative_aside(row, j, qi)
        ):
            pass  # "a statement posted to its website": what the document is, not a cue
        elif w in sp.DOCUMENT_VERBS and is_word(row, j - 1, *lx.BE_FORMS):
            pass  # "should be read in full by “anyone who …”", "was found guilty of “…”"
        elif w in sp.DOCUMENT_VERBS and found_thing(row, j, qi) and not aside_maker(row, j):
            pass  # "estates to have found a buyer since the “en bloc fever”": no finding
        elif w in sp.DOCUMENT_VERBS and reported_it(row, j):
            pass  # "said it showed the authorities would “…”": the sayer's, "it" a thing
        elif w in sp.DOCUMENT_VERBS and is_word(row, j - 1, "kept", "keeps", "held", "holds"):
            pass  # "the bank kept rates “too high”": a noun
        elif w in sp.DOCUMENT_VERBS:  # "the report found": only a document's author
            aloud = read_aloud(ctx, para, row, j, qi)
            if aloud is not None:
                return aloud
            who = ctx.subject(row, j, para)
            maker = aside_maker(row, j) or acting_finder(row, j) if not (who and who.key) else None
            if maker is not None:
                return Cue(maker, w)  # "The review, led by X and published …, found"
            if (rel := reported_relative(row, j) if qi <= j + 2 else -1) >= 0:  # "a letter …,
                author = ctx.antecedent(row, rel, para)  # which he said found “…”": the letter's
                return Cue(author if author and author.key else Who(None, "low", "a document"), w)
            if who is not None and who is not COORDINATED and who.key is not None:
                pronoun = row[skip_adverbs_left(row, j - 1)[0]].kind == "pron"  # "said it had"
                shown = w in {"showed", "shows"} and qi == j + 1  # "X said the decision showed
                if inside_report(row, j) and not pronoun and not shown:  # “…”": X's words;
                    return Cue(Who(who.key, "low", "a finding someone reports"), w)  # "He said
                if not shown or not inside_report(row, j):  # the commission had found “…”"
                    return Cue(who, w)
            if (sender := sent_by(row, j)) is not None:  # "an email sent by … X had flagged"
                return Cue(sender, w)
            if who is not None and who is not COORDINATED and someone(who.unnamed):
                return Cue(who, w)  # "said an inspector … had found “…”": the inspector's
            if commissioned(row, j):  # "a review commissioned by his department had found"
                return Cue(Who(None, "low", "a document someone commissioned"), w)
            if who is None and (d := unnamed_document(row, j)) >= 0:  # "a consultant's report
                lead = lead_author(ctx, parse(row, d, j, para.text), para)  # found"; "The review,
                # carried out by X," after it names its maker
                return Cue(lead or Who(None, "low", para.text[row[d].start : row[j - 1].end]), w)
            if who is not None and who is not COORDINATED and body_noun(who.unnamed):
                return Cue(who, w)  # "…, and the planning board found it “overbearing”"
            if who is not None and who is not COORDINATED and the_officer(who.unnamed):
                return Cue(who, w)  # "She said the Controller of Budget had … flagged"
            if who is not None and who is not COORDINATED and is_word(row, j - 1, "which"):
                return Cue(who, w)  # "a report by the X team, …, which found": its author
        elif w in _KEPT and qi == j + 1 and not row[qi].text[:1].isupper():
            pass  # "the firm maintained “robust ethical walls” between …": kept, not said
        elif w in _NOTIFYING and qi == j + 1:
            pass  # "the board had notified “all affected communities”": whom, not what
        elif by_participle(row, j):
            pass  # "termed the compensation announced by the State government “…”"
        elif passive_to(row, j):  # "could not be asked to “keep propping up …”": the
            if qi - j <= 3 and any(is_word(row, m, "who") for m in range(j - 4, j)):  # reporter's;
                return Cue(Who(None, "low", AGENTLESS), w)  # "staff who had been urged to “…”"
        elif w in _PROPOSING and is_word(row, j + 1, "were", "was", "is", "are") and j + 2 <= qi:
            pass  # "that the conditions it proposed were “not adequate …”": a relative clause
        elif w in sp.VERB_FORMS and is_word(row, j - 1, "to") and is_word(row, j - 2, *_UNSAID):
            pass  # "had yet to explain why results were released “…”": nothing was said
        elif w in _EXPLAIN and is_word(row, j - 1, "to") and is_word(row, j + 1, *_ASKED):
            pass  # "would summon X on Thursday to explain why …“…”": a question, not said
        elif w in sp.VERB_FORMS and is_word(row, j - 1, "to") and noun_to(row, j - 2):
            pass  # "was given no chance to respond … and was “…”": no one responded
        elif w in sp.VERB_FORMS and later_that_clause(row, j, qi) and (up := reporter(row, j)) >= 0:
            return verb_cue(ctx, para, row, up)  # "that the owner had added two floors and
            # that officials had “looked the other way”": said by the one who reports both
        elif w in RECEIVED and qi - j <= 2 and (outer := reporter(row, j)) >= 0:
            return verb_cue(ctx, para, row, outer)  # "said the union had written … but had
            # so far received “nothing but silence”": the words of the one who says so
        elif (teller := asked_teller(ctx, para, row, j, qi)) is not None:
            return Cue(teller, w)  # "asked the agency … and was told it was “…”": the agency's
        elif told_that(row, j, qi):
            return verb_cue(ctx, para, row, j)  # "had been told … that he had “…”": by whom?
        elif w in sp.VERB_FORMS and (reported_verb(row, j, qi) or doubted_word(row, j, qi)):
            pass  # "told reporters Washington would announce a contribution “in the coming …”"
        elif w in _DIRECTED and any(is_word(row, m, "to") for m in range(j + 2, min(j + 6, qi))):
            if not (adverbial(row[qi].text) and reported_before(row, j)):  # not "said Yoon had
                return verb_cue(ctx, para, row, j)  # directed affiliates to lend … “on terms …”"
        elif (cue := order_cue(ctx, para, row, j, qi)) is not None:
            return cue  # "barred the county from …", "ordered X to …", "made it clear that"
        elif that_verb(row, j, qi) and not asked_or_reported(row, j):
            if (cue := that_cue(ctx, para, row, j, qi)) is not None:
                return cue  # "counsel submitted that", "…, finding that", "the court held that"
        elif w in sp.VERB_FORMS and used_as_verb(row, j):
            cue = verb_cue(ctx, para, row, j)
            passive = cue.who.unnamed == AGENTLESS and passive_adjunct(row, j, qi)
            if not (passive or (cue.who.unnamed == NEGATED and negated_comment(row, j, qi))):
                return cue  # "would be announced “within fourteen days”": the reporter's

        j -= 1
    return None


_KEPT = lx.words("maintained maintains maintain")
_DIRECTED = lx.words("directed directs")  # a command, with "to" (not "directed the attack")


_NOTIFYING = lx.words("notified notifies informed informs briefed briefs alerted alerts")
_ASKED = frozenset({"why", "how", "whether"})
_EXPLAIN = lx.words("explain justify account")  # not "to ask whether": the asker's words
_UNSAID = lx.words("yet failed failing fails refused declined unable")


# Verbs whose object a relative clause names ("the conditions it proposed were “…”"), unlike
# verbs of saying ("a decision the mayor says was “…”": the mayor's words).
_PROPOSING = lx.words(
    """proposed proposes announced announces promised promises offered offers suggested
    suggests recommended recommends pledged pledges"""
)
