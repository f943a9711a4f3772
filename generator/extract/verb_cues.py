"""The cue a reporting verb gives a quotation: who says what the verb at chunk `j` governs.

`verb_cue(ctx, para, row, j)` → `Cue`: a negated or denied verb gives no speaker ("never
called it", "denied saying"); an "-ing" clause belongs to the subject of the clause it hangs
from (`participle_cues`: "…, calling it “…”"; "with X urging"; "quoted X as saying"); "to
say" after "urged X" is the urger's, "to warn" after "prompting X" is X's; a coordinated
verb shares the first verb's subject ("X rejected the report and said") — inside a relative
clause, its antecedent's ("a motion that sought … and called …") — and is "low" when a
reported clause with another person as subject comes between; "she replied" after "Hale
asked Price" is Price's. Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.asides import through_opener
from generator.extract.attribution import COORDINATED, Context
from generator.extract.borne_out import borne_out
from generator.extract.clauses import (
    Chunk,
    is_word,
    parenthetical,
    previous_comma,
    skip_adverbs_left,
)
from generator.extract.coordinated_documents import document_first
from generator.extract.cue_scope import after_comma_by, causer, object_control
from generator.extract.document import Para
from generator.extract.document_adjuncts import adjunct_maker
from generator.extract.joined_reports import joined_report
from generator.extract.joined_verbs import main_subject
from generator.extract.letter_senders import from_document, sender
from generator.extract.participle_cues import participle_subject
from generator.extract.phrases import PREPOSITIONS, Who, parse
from generator.extract.purpose_clauses import purpose_host
from generator.extract.recalled_things import thing_recalled
from generator.extract.relative_asides import relative_namer, relative_subject_aside
from generator.extract.reported_coordinates import reported_coordinate
from generator.extract.reported_nouns import plain_reported
from generator.extract.reported_pluperfects import reported_pluperfect
from generator.extract.role_phrases import person_noun
from generator.extract.rows import verb_at
from generator.extract.subject_shapes import (
    relative_subject,
    reported_subject,
    verb_list,
)
from generator.extract.subordinate_coordinates import subordinate_speaker
from generator.extract.through_proxies import named_aide, through_proxy
from generator.extract.what_called import what_pronoun


@dataclass(frozen=True)
class Cue:
    who: Who
    words: str  # the attribution words found, for editors


def verb_cue(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Cue:
    """Who says the quotation governed by the reporting verb at `j`."""
    c = row[j]
    form = sp.VERB_FORMS.get(c.text, "finite")
    i, negated = skip_adverbs_left(row, j - 1)
    if negated or (i >= 0 and row[i].kind == "word" and row[i].text in sp.DENIAL_VERBS):
        return Cue(Who(None, "low", "denied or negated"), c.text)
    through = is_word(row, j + 1, "through") and is_word(row, j + 2, "his", "her", "their", "a")
    owned = is_word(row, j + 1, "through") and is_word(row, j + 2, "its", "the")
    if owned and (aide := named_aide(row, j + 3)) is not None:  # "said through its lawyer,
        return Cue(Who(aide, "high"), c.text)  # Atty. X, that", "the family's lawyer, X": X
    if through and is_word(row, j + 2, "a"):  # "X said through a spokesman": X's, if a body
        key = getattr(ctx.subject(row, j, para), "key", None)  # a person: a gender or a role
        through = key is not None and (key in ctx.gender or key in ctx.roles)
    if through and (aide := named_aide(row, j + 3)) is not None:  # "saying through her media
        return Cue(Who(aide, "high"), c.text)  # aide, Mr. X, that": X, a named aide, speaks
    if through and j + 3 < len(row) and row[j + 3].text in sp.PROXY_NOUNS:  # "said through
        return Cue(Who(None, "low", para.text[row[j + 2].start : row[j + 3].end]), c.text)
        # her lawyer that …": the lawyer speaks, unnamed (never the client)
    if c.text in _PLEADED and is_word(row, j + 1, "guilty", "not"):  # "pleaded guilty … to
        return Cue(Who(None, "low", "a charge's words"), c.text)  # failing to “ensure …”"
    if form != "participle" and (proxy := through_proxy(para, row, j)) is not None:
        return Cue(proxy, c.text)  # "The corporation, through its lawyer X, had argued": X
    if c.text in CHANTS and (people := crowd(row, j)):  # "said thousands of protesters
        return Cue(Who(None, "low", people), c.text)  # marched, chanting “…”": the crowd's
    if (outer := max(borne_out(row, j), thing_recalled(row, j))) >= 0:  # "X said the report
        return verb_cue(ctx, para, row, outer)  # confirmed “…”", "… had recalled all stock “…”"
    if (maker := adjunct_maker(row, j)) >= 0:  # "X said in a report that described “…”"
        return verb_cue(ctx, para, row, maker)
    if form == "participle":
        return Cue(participle_subject(ctx, para, row, j) or Who(None, "low", c.text), c.text)
    if (proxy := through_opener(row, j, para.text)) is not None:  # "Speaking through his
        return Cue(proxy, c.text)  # press secretary, X, the governor said": X
    paired = is_word(row, j - 1, "and") and is_word(row, j - 3, "to")  # "to stand and shout"
    if form == "base" and (is_word(row, j - 1, "to") or paired):
        to = j - 3 if paired else j - 1
        cause = causer(row, to)
        if cause >= 0:  # "prompting the WHO to warn of “…”": the WHO's
            caused = parse(row, cause + 1, to, para.text)
            last = row[to - 1]  # "prompting several PN assemblymen to shout “…”": unnamed
            if last.kind == "word" and last.text.endswith(("men", "people", "ers", "ists")):
                return Cue(Who(None, "low", caused.text), c.text)
            who = ctx.resolve(caused, para, row[cause + 1].start)
            return Cue(who or Who(None, "low", c.text), c.text)
        control = object_control(row, j - 1)
        if control >= 0:  # "urged the union to … “come to the table”": the one who urged
            return verb_cue(ctx, para, row, control)
        host = purpose_host(row, j - 1)  # "X wrote to the dean, Y, on Monday to say", "said
        if host >= 0:  # X had written to Y to ask": the writer's, never the one written to
            return Cue(verb_cue(ctx, para, row, host).who, c.text)
    if (namer := relative_namer(row, j)) is not None:  # "a result its chairperson, X,
        return Cue(Who(namer, "high"), c.text)  # described as “…”": X (the object is the gap)
    passive = any(is_word(row, k, *lx.BE_FORMS) for k in range(max(0, i + 1), j))
    participle = c.text.endswith("ed") or c.text in _IRREGULAR_PARTICIPLES
    told_by = c.text in _IRREGULAR_PARTICIPLES and after_comma_by(row, j)
    told_by = told_by or (participle and _joined_passive(row, j))
    if participle and (passive or _reduced_passive(row, j) or told_by):
        return Cue(_agent(ctx, para, row, j) or Who(None, "low", AGENTLESS), c.text)
    who = replier(ctx, para, row, j) or what_pronoun(ctx, para, row, j) or ctx.subject(row, j, para)
    if who is None and row[j - 1].text == ",":  # "X, who lost …, south of Y, said"
        who = ctx.clause_subject(row, j, para)
    if who is COORDINATED:
        who = reported_coordinate(ctx, para, row, j) or joined_report(ctx, para, row, j)
        who = who or _relative_scope(ctx, para, row, j)
        who = who or _subordinate_scope(ctx, para, row, j) or reported_pluperfect(ctx, para, row, j)
        who = who or subordinate_speaker(ctx, para, row, j)
        who = who or _coordinated(ctx, para, row, j)
    return Cue(who or Who(None, "low", c.text), c.text)


_AGENT_ENDS = frozenset({"as", "that", "last", "earlier", "before", "after"})
_AGENT_STOPS = PREPOSITIONS | _AGENT_ENDS  # words that end the agent after "by"
CHANTS = lx.words("chant chants chanted chanting")


def crowd(row: Sequence[Chunk], j: int) -> str:
    """The people chanting at `j`, when the clause names them by a plural ("protesters",
    "supporters", "crowds"): a chant is a crowd's, never the one who tells of it."""
    for k in range(j - 1, max(-1, j - 12), -1):
        c = row[k]
        if c.kind == "quote" or (c.kind == "punct" and c.text not in {",", "—"}):
            return ""
        if c.kind == "word" and c.text.endswith("s") and person_noun(c.text[:-1]):
            return c.text
    return ""


AGENTLESS = "a passive verb"  # the unnamed speaker of a passive with no "by X"
_IRREGULAR_PARTICIPLES = frozenset({"told", "written", "spoken"})


_NAMING = lx.words(
    """dubbed called described labelled labeled branded nicknamed termed billed hailed
    touted styled characterised characterized"""
)


_PLEADED = frozenset({"pleaded", "pleads", "pled"})


def _reduced_passive(row: Sequence[Chunk], j: int) -> bool:
    """ "Lee, dubbed “the iron lady” by the press,": a participle after a comma with the
    quotation (or "as" and the quotation) as its complement and no object names what
    someone else called the subject."""
    if row[j].text not in _NAMING or j == 0 or row[j - 1].kind != "punct" or row[j - 1].text != ",":
        return False
    k = j + 1
    if is_word(row, k, "as"):
        k += 1
    if relative_subject_aside(row, j - 1):
        return False  # "in what its director, Helen Marchetti, described as": active
    return k < len(row) and row[k].kind == "quote"


def _agent(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """ "Lee was described as “reckless” by the minister": the agent speaks, never the
    subject (who is the one described); no agent, no speaker."""
    for k in range(j + 1, len(row)):
        c = row[k]
        if c.kind == "punct" and c.text in {";", ":"}:
            return None
        if is_word(row, k, "that") and is_word(row, k - 1, "and", "but"):
            return None  # "had been told was “…”, and that the panel would be chaired by X"
        if c.kind == "word" and c.text == "by":
            if k - 1 > j and _own_participle(row, k - 1):
                return None  # "… would be chaired by X": that participle's agent
            end = k + 1
            while end < len(row) and row[end].kind in ("name", "word", "num", "pron"):
                if row[end].kind == "word" and row[end].text in _AGENT_STOPS:
                    break  # "told by the agency as late as Aug. 12 that": the agency
                end += 1
            agent = row[k + 1] if k + 1 < len(row) else c
            if agent.text in {"him", "her"} and (end == k + 2 or is_word(row, k + 2, "as")):
                pronoun = "he" if agent.text == "him" else "she"  # "described by her as"
                return ctx.pronoun(para, row[k + 1].start, pronoun, row)
            return ctx.resolve(parse(row, k + 1, end, para.text), para, c.start)
        if is_word(row, k, "from") and from_document(row, k):  # "told in a
            named = row[k + 1].mention if k + 1 < len(row) else None  # letter from X
            if named is not None:  # Hospital that": X; "told in a letter from the agency
                return Who(named.key, "high")  # that": the agency, when it can be resolved
            return sender(ctx, para, row, k)
    return None


def _joined_passive(row: Sequence[Chunk], j: int) -> bool:
    """ "was taken off the roster and told by a superintendent that", "removed from a group
    and described by one superintendent as": a participle joined to a passive, its agent
    next (a determiner or a name after "by"; not "warned by letter")."""
    if not (is_word(row, j - 1, "and", "but") and is_word(row, j + 1, "by")):
        return False
    agent = row[j + 2] if j + 2 < len(row) else None
    if agent is None or not (agent.kind == "name" or is_word(row, j + 2, *_AGENT_OPENERS)):
        return False
    return any(is_word(row, k, *lx.BE_FORMS) for k in range(max(0, j - 14), j - 1))


_AGENT_OPENERS = lx.DETERMINERS | {"one", "another", "two", "three", "several", "some"}


def _own_participle(row: Sequence[Chunk], k: int) -> bool:
    """Is the word at `k` a passive participle of its own ("be chaired", "was signed")?"""
    c = row[k]
    participle = c.text.endswith("ed") or c.text in _IRREGULAR_PARTICIPLES
    return c.kind == "word" and participle and is_word(row, k - 1, *lx.BE_FORMS)


def replier(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """ "“…,” she replied" after "Hale asked Price …": the one asked replies."""
    if row[j].text not in sp.REPLY_VERBS or j == 0 or row[j - 1].kind != "pron":
        return None
    key = ctx.replier(para, row[j].start)
    return Who(key, "high") if key is not None else None


def _relative_scope(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """ "a motion … that sought to affirm … and called on the Government to …": a verb
    coordinated inside a relative clause shares the relative pronoun's antecedent."""
    k, after = j, 0
    while k > 1:
        k -= 1
        c = row[k]
        if c.kind == "quote" and c.text.rstrip().endswith(",") and k == j - 2:
            return None  # "a policy of restarting reactors that meet … “remains unchanged,”
            # but acknowledged": the comma closes the clause the quotation ends
        if c.kind == "punct" and c.text in {",", ";", ":", "—"}:
            k2 = previous_comma(row, k) if c.text == "," else -1
            if k2 < 2 or row[k2].text != "," or not parenthetical(row, k2 + 1, k):
                return None
            if not (is_word(row, k2 - 1, "which") and is_word(row, k2 - 2, *PREPOSITIONS)):
                return None  # "a presentation in which, according to X, researchers described
            k, after = k2, k  # … and warned": past the aside, the researchers'
            continue
        if is_word(row, k, "whose") and k + 1 < j:  # "the opposition, whose members tore up
            return Who(None, "low", f"whose {row[k + 1].text}")  # … and chanted “…”"
        if is_word(row, k, "that") and verb_at(row, k - 1):
            return None  # "dismissed that account as “…” and said": a determiner, no relative
        if c.kind == "word" and c.text in {"that", "which", "who"}:
            modal = is_word(row, k + 1, "would", "could", "will", "can", "may", "might")
            if modal and row[j].text.endswith("ed"):
                return None  # "conditions that would “cut …” and accused": another tense
            if relative_subject(row, k):
                return ctx.subject(row, k + 1, para)
            if c.text == "which" and is_word(row, k - 1, *PREPOSITIONS):  # "an email in which
                # she described … and warned": she (the first verb past an aside)
                verb = next((v for v in range(max(k + 2, after), j) if verb_at(row, v)), -1)
                return ctx.subject(row, verb, para) if verb > 0 else None
            return None
    return None


_SUBORDINATORS = lx.words("after before when while because since until once")


def _subordinate_scope(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """ "X will recall the cars, after the NVSB ordered the recall and called the defect “…”":
    a verb coordinated inside a clause opened by "after"/"when" shares that clause's subject."""
    for k in range(j - 1, 0, -1):
        c = row[k]
        bracket = c.kind == "punct" and c.text in {"(", ")"}  # "the Board (NVSB) on Monday"
        if (c.kind in ("punct", "quote") and not bracket) or is_word(row, k, "that", "which"):
            return None
        if c.kind == "word" and c.text in _SUBORDINATORS:  # set off by a comma, one verb
            verbs = [v for v in range(k + 2, j - 1) if verb_at(row, v)]  # before the "and"
            if row[k - 1].text != "," or len(verbs) != 1:  # (not "walked out before the
                return None  # result was announced and told reporters")
            return ctx.subject(row, verbs[0], para)
    return None


def _coordinated(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """ "X rejected the report and said …": X, unless a reported clause with another
    person as its subject comes between ("Reed said Lee had … and accused …"): then low."""
    first = next((k for k in range(1, j) if sp.VERB_FORMS.get(row[k].text) == "finite"), -1)
    if first > 0 and (proxy := through_proxy(para, row, first)) is not None:
        return proxy  # "X, through its secretary, Mrs Y, described … and said": Y's both
    who = ctx.clause_subject(row, j, para)
    if who is not None and who.key is None:  # "A report published by X found … and described"
        who = document_first(ctx, para, row, j) or who
    if who is None and first > 0 and row[first - 1].kind == "quote":  # "Her report, titled
        who = ctx.subject(row, first, para)  # “…,” called it “…” and said": the first verb's
        who = None if who is COORDINATED else who
    if who is None and first > 0:  # "Its secretary, X, called it “…”, but said": the first
        who = main_subject(ctx, para, row, first)  # verb's named subject, in the main clause
    if who is None or who.key is None:
        return who
    if plain_reported(row, j) and ctx.kinds.get(who.key) == "person":  # "said officials had"
        return Who(None, "low", "people a reported clause names")
    for k in range(0, j):
        c = row[k]
        if c.kind == "word" and sp.VERB_FORMS.get(c.text) == "finite":
            n = reported_subject(row, k, j)
            other = row[n].mention if n < j and row[n].kind == "name" else None
            listed = any(  # "that Cole rang her, described it as “…” and said": Cole's list
                row[m].text == "," and verb_list(row, m, m + 1) for m in range(n, j)
            )
            if listed and (other is not None or is_word(row, n, *lx.DETERMINERS)):
                return Who(other.key, "high") if other else Who(None, "low", "a reported list")
            unnamed = is_word(row, n, "a", "an", "another", "one") and any(
                is_word(row, m, "had") for m in range(n, j)
            )  # "reported that a member … had described … and said"
            unread = n < j and row[n].kind == "word" and ctx.person_word(row[n].text)  # "that
            unnamed = unnamed or (unread and is_word(row, n + 1, "had", "has"))  # Goh had spent"
            if unnamed or (other is not None and other.key != who.key):  # "said an official had …
                # and had described": the official's
                return Who(who.key, "low", "coordinated verb after a reported clause")
            break
    return _after_that_clause(row, j, who) or who


def _after_that_clause(row: Sequence[Chunk], j: int, who: Who) -> Who | None:
    """ "X described …, insisting that the minister, Dr Y, had met them and assured them
    that “…”": a "that" clause whose subject names another person comes before the verb
    coordinated with "and" (no comma), which is that person's: Y."""
    if j < 2 or not is_word(row, j - 1, "and") or row[j - 2].text == ",":
        return None  # ", and added": the main clause's
    for k in range(j - 1):
        if not (row[k].kind == "word" and sp.VERB_FORMS.get(row[k].text)) or not is_word(
            row, k + 1, "that"
        ):
            continue
        m = k + 2
        while m < j and row[m].kind != "quote" and not verb_at(row, m):
            mention = row[m].mention if row[m].kind == "name" else None
            if mention is not None and mention.key != who.key:
                return Who(mention.key, "high")
            m += 1
    return None
