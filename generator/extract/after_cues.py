"""The cue right after a quotation, for `cues.find_cue`: `,” said X`, `,” X said`, `,” X, a
farmer, said`, `,” a statement by X said`, `,” commented cabinet spokeswoman X`, `,” was all X
would say` (not `,” said nothing`, nor `,” said the government would …`, a clause), and,
mid-sentence, `X was “too vague,” she added.` (the pronoun never one the reported clause
names). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.attribution import COORDINATED, Context
from generator.extract.clauses import Chunk, commas, is_word
from generator.extract.closing_sentences import adjunct_closes
from generator.extract.document import Para
from generator.extract.documents import closing_author
from generator.extract.participle_cues import quoted_as
from generator.extract.phrases import PREPOSITIONS, Phrase, Who, parse
from generator.extract.rows import verb_at
from generator.extract.verb_cues import Cue, replier

_NOT_A_SUBJECT = lx.words(
    """while and but or as after before because when if although though since until so yet
    then where whereas unless once to in on at for with from of by"""
)
_QUOTING = lx.words("quoted cited")
# What a reporting verb takes as its object, never its inverted subject ("said nothing").
_OBJECTS = tuple(lx.words("nothing little much so more otherwise yes no everything something"))


# ---- right after the quotation ---------------------------------------------------------------


def after(ctx: Context, para: Para, row: Sequence[Chunk], qi: int) -> Cue | None:
    k = qi + 1
    comma = row[qi].text.rstrip().endswith((",", "!", "?", "…", "—"))
    if k < len(row) and row[k].kind == "punct" and row[k].text == ",":
        k += 1
        comma = True
    if k >= len(row):
        return None
    c = row[k]
    if (alleged := _as_alleged(ctx, para, row, qi)) is not None:
        return alleged  # "found no evidence that names had been “…” into the constituency,
        # as the party has alleged": the party's
    if is_word(row, k, "cited", "quoted") and (cited := _cited_by(ctx, para, row, k)):
        return cited  # `“the prevailing market rate” cited in a report by the Auditor-General`
    if not comma and is_word(row, k, "as") and (closing := _as_closing(ctx, para, row, k)):
        return closing  # "was not “a ghost project” as the complainants alleged.": theirs
    if not comma and not _tight(row, qi, k):
        return None
    if qi == 0 and c.kind == "word" and c.text == "and" and _inverted_next(row, k + 1):
        return after(ctx, para, row, k + 1)  # `“A,” and “B,” added X`: both are X's
    if is_word(row, k, "was") and is_word(row, k + 1, "all"):
        return _was_all(ctx, para, row, k + 2)
    if is_word(row, k, "as") and comma:
        return _as_told(ctx, para, row, k)
    if comma and is_word(row, k, "read", "reads") and (read := _read_document(ctx, para, row, k)):
        return read  # ,” read the letter, signed by X: the letter's author's
    if c.kind == "word" and sp.VERB_FORMS.get(c.text) == "finite":  # ,” said X
        if is_word(row, k + 1, *_OBJECTS):
            return None  # `X, asked about Y's remark that …“…”, said nothing`: no inversion
        end = next(iter(commas(row, k + 1, len(row))), len(row))
        if any(verb_at(row, m) for m in range(k + 2, end)):
            return None  # `X, whose party Lee described as “…”, said he would sue`: a clause
        phrase = parse(row, k + 1, end, para.text)
        named = _appositive_name(row, phrase, end)
        if named is not None:  # ,” said the party's provincial deputy chief, X
            phrase, end = parse(row, named, named + 1, para.text), named + 1
        who = ctx.resolve(phrase, para, row[qi].start)
        if who is not None:
            return Cue(who, para.text[c.start : row[end - 1].end])
        return None
    if c.kind not in ("name", "pron", "word") or not (qi == 0 or row[qi - 1].kind == "quote"):
        return _closing_cue(ctx, para, row, k)  # `X was “too vague,” she added.`
    if c.kind == "word" and sp.VERB_FORMS.get(c.text) == "base" and _named_closer(row, k):
        return _closing_cue(ctx, para, row, k)  # `“…,” state fisheries minister X told …`
    if c.kind == "word" and (c.text in _NOT_A_SUBJECT or sp.VERB_FORMS.get(c.text)):
        return None  # `“…,” while Grant described …`: another clause, no cue
    v = k
    while v < len(row) and v - k < 14:
        x = row[v]
        if x.kind == "quote" or (x.kind == "punct" and x.text in {";", ":"}):
            return None
        if x.kind == "word" and x.text == "as" and is_word(row, v + 1, "saying"):
            who = quoted_as(ctx, para, row, v)  # `“…,” the BBC quoted Lee as saying`
            words = para.text[c.start : row[v + 1].end]
            return Cue(who or Who(None, "low", words), words)
        if x.kind == "word" and v > k and _post_verb(x, row[k]) and x.text not in _QUOTING:
            who = replier(ctx, para, row, v) or ctx.subject(row, v, para)
            if who is None or who is COORDINATED:
                return Cue(Who(None, "low", para.text[c.start : x.end]), para.text[c.start : x.end])
            if who.key is None:  # `“…,” one mother told X, asking that only her first name,
                who = _gives_name(ctx, para, x.end, row[-1].end) or who  # Najet, be used`
            return Cue(who, para.text[c.start : x.end])
        v += 1
    return None


def _read_document(ctx: Context, para: Para, row: Sequence[Chunk], k: int) -> Cue | None:
    """`“…,” read the letter, signed by X.`: "read" inverted after a quotation with a document
    as its subject, up to the comma, is the document's words: its writer's when a participle
    of writing names one person right after (", penned by Justice X"), else its author's
    (a signer only signs)."""
    end = next((m for m in range(k + 1, len(row)) if row[m].kind in ("punct", "quote")), len(row))
    phrase = parse(row, k + 1, end, para.text)
    if phrase.det != "the" or phrase.noun not in sp.DOCUMENT_NOUNS:
        return None
    words = para.text[row[k].start : row[end - 1].end]
    penned = end + 3 < len(row) and row[end].text == "," and is_word(row, end + 1, *_PENNED)
    writer = row[end + 3] if penned and is_word(row, end + 2, "by") else None
    named = writer.mention if writer is not None and writer.kind == "name" else None
    if named is not None:  # ", penned by Justice X": X's; another body: unclear
        return Cue(Who(named.key, "high"), words) if named.kind == "person" else None
    who = ctx.resolve(phrase, para, row[k + 1].start)
    return Cue(who, words) if who is not None else None


_PENNED = lx.words("penned written authored")


def relative_after(ctx: Context, para: Para, row: Sequence[Chunk], qi: int) -> Cue | None:
    """ "far beyond the “limited pilot” Castellano had described to the council": a quoted
    noun phrase whose relative clause (no comma) has a named subject and a verb of saying."""
    closed = row[qi].text.rstrip(" \"'”’")[-1:]  # `“…,” Lee said`: a cue of its own
    if qi < 1 or not is_word(row, qi - 1, *lx.DETERMINERS) or closed in {",", ".", "!", "?"}:
        return None
    k = qi + 1
    if k + 1 >= len(row) or row[k].kind != "name" or row[k].possessive:
        return None
    v = k + 1
    while is_word(row, v, "had", "has", "have"):
        v += 1
    if v >= len(row) or row[v].kind != "word" or sp.VERB_FORMS.get(row[v].text) != "finite":
        return None
    who = ctx.subject(row, v, para)
    if who is None or who is COORDINATED or who.key is None:
        return None
    return Cue(who, para.text[row[k].start : row[v].end])


_AS_TOLD = lx.words(
    "said says told tells put puts wrote writes noted notes explained testified argued argues"
    " claimed claims contended contends alleged alleges insisted insists maintained maintains"
)


def _cited_by(ctx: Context, para: Para, row: Sequence[Chunk], k: int) -> Cue | None:
    """The author after "cited/quoted (in a report) by": the words are theirs."""
    by = next((m for m in range(k + 1, min(len(row), k + 6)) if is_word(row, m, "by")), -1)
    if by < 0 or any(c.kind != "word" for c in row[k + 1 : by]):
        return None
    end = next((m for m in range(by + 1, len(row)) if row[m].kind in ("punct", "quote")), len(row))
    who = (
        ctx.resolve(parse(row, by + 1, end, para.text), para, row[by].start)
        if end > by + 1
        else None
    )
    return Cue(who, para.text[row[k].start : row[by].end]) if who is not None else None


# What a law does to words it holds: "“…”, as the Habitats Directive requires" (no speaker).
_AS_REQUIRED = lx.words("requires required demands stipulates provides mandates")
_LAWS = lx.LAWS | lx.words("directive constitution code regulation regulations treaty charter")


def _as_alleged(ctx: Context, para: Para, row: Sequence[Chunk], qi: int) -> Cue | None:
    """An as-clause closing the sentence a few words after the quotation, with no other
    quotation between ("…, as the party has alleged."): its subject's words."""
    for m in range(qi + 2, min(len(row) - 2, qi + 10)):
        if row[m].kind == "quote":
            return None
        if row[m].text == "," and is_word(row, m + 1, "as"):
            last = max(v for v, x in enumerate(row) if x.kind != "punct")
            if row[last].kind == "word" and row[last].text in _ALLEGED and last - m <= 8:
                return _as_told(ctx, para, row, m + 1)
            return None
    return None


def _as_closing(ctx: Context, para: Para, row: Sequence[Chunk], k: int) -> Cue | None:
    """ "… was not “a ghost project” as the complainants alleged.": with no comma, an
    as-clause is the quotation's cue only when it closes the sentence on its verb of saying
    ("as she put it."), its subject's words (unnamed: unclear); not "“…” as the chairman put
    the bill to a vote" nor "as they marched" (time clauses)."""
    v = next((m for m in range(k + 2, min(len(row), k + 8)) if is_word(row, m, *_AS_TOLD)), -1)
    put = is_word(row, v, "put", "puts")
    end = v + 1 + (put and is_word(row, v + 1, "it"))
    if v < 0 or (put and end == v + 1) or row[v - 1].kind == "punct":
        return None
    if any(c.kind != "punct" or c.text not in {".", "!", "?"} for c in row[end:]):
        return None
    words = para.text[row[k].start : row[v].end]
    return _as_told(ctx, para, row, k) or Cue(Who(None, "low", words), words)


_FIRST_PERSON = lx.words("i my me mine we our us")  # a person's words, never a law's
_ALLEGED = lx.words("alleged alleges claimed claims argued argues contended contends")


def _as_told(ctx: Context, para: Para, row: Sequence[Chunk], k: int) -> Cue | None:
    """ "“…,” as one regional director told investigators": the as-clause's subject said it
    (an unnamed one stays unnamed)."""
    for v in range(k + 2, min(len(row), k + 9)):
        x = row[v]
        if x.kind in ("quote", "punct"):
            return None
        if x.kind == "word" and x.text in _AS_REQUIRED:  # "“…”, as the Habitats Directive
            law = row[v - 1].text.split()[-1].casefold() in _LAWS  # requires": a law's words
            q = row[k - 1] if row[k - 1].kind == "quote" else row[k - 2]  # not "“with my own
            said = {w.strip(",.;:!?") for w in q.text.casefold().split()}  # opinion attached”"
            law = law and not _FIRST_PERSON & said
            return Cue(Who(None, "low", lx.LAW_WORDS), "(law)") if law else None
        if x.kind == "word" and x.text in _AS_TOLD:
            s = row[k + 1]
            who: Who | None
            if s.kind == "pron" and v == k + 2:
                who = ctx.pronoun(para, s.start, s.text, row[k + 1 :])
            else:
                end = v - is_word(row, v - 1, "had", "has", "have", "once")  # "as the growers
                who = ctx.resolve(parse(row, k + 1, end, para.text), para, s.start)  # had argued"
            return None if who is None else Cue(who, para.text[row[k].start : x.end])
        if x.kind == "word" and verb_at(row, v) and x.text not in {"had", "has", "once"}:
            return None
    return None


_NAME_GIVEN = re.compile(r"\b(?:his|her) (?:first |last |full )?name(?: only)?(?:,| as) ")


def _gives_name(ctx: Context, para: Para, start: int, end: int) -> Who | None:
    """The person an unnamed speaker's own clause names ("…, asking that only her first
    name, Najet, be used"; "gave his name only as Abdelrahman")."""
    given = _NAME_GIVEN.search(para.text, start, end)
    at = given.end() if given is not None else -1
    named = (m for m in ctx.by_para.get(para.number, []) if m.start == at and m.kind == "person")
    return next((Who(m.key, "high") for m in named), None)


def _closing_cue(ctx: Context, para: Para, row: Sequence[Chunk], k: int) -> Cue | None:
    """`The law was “too vague to be controlled,” she added.`, `Mr Pellow was “profoundly
    ashamed”, he said, and …`: mid-sentence, a pronoun or a name and a reporting verb after
    the quotation's comma close the sentence (or its first clause); otherwise another
    clause begins there, no cue."""
    c = row[k]
    if is_word(row, k, "a", "an"):  # `… were “lost”, an audit by Harcourt Lyle has found.`
        found = closing_author(row, k)
        return Cue(Who(found[0].key, "high"), row[found[1]].text) if found else None
    lead = c.kind == "word" and c.text not in _NOT_A_SUBJECT and not c.possessive
    closer = _named_closer(row, k) if c.kind == "name" or c.capital or lead else None
    v = _described_closer(row, k) if is_word(row, k, "the") else closer or k + 1
    if v is None or (v == k + 1 and (c.kind not in ("name", "pron") or c.possessive)):
        return None
    if v >= len(row) or not is_word(row, v, *_CLOSING_VERBS):
        return None
    end = v + 1
    closes = end >= len(row) or (row[end].kind == "punct" and row[end].text in {".", ","})
    closes = closes or (closer is not None and is_word(row, end, "in", "on", "at", "to"))
    closes = closes or (  # `… remains “appropriate,” the central bank said in the statement,`
        is_word(row, end, "in") and end + 2 < len(row) and row[end + 2].text in sp.DOCUMENT_NOUNS
    )
    closes = closes or adjunct_closes(row, end)  # `Lim “acted …,” Dhillon said by phone,`
    if not closes:
        return None
    who: Who | None
    if v > k + 1:  # `… amount to “…,” the group said.`
        who = ctx.resolve(parse(row, k, v, para.text), para, c.start)
    elif c.kind == "pron":  # "Mr Pellow was “ashamed”, he said": "he" is not Pellow
        who = ctx.pronoun(para, c.start, c.text, row[k:])
        named = {x.mention.key for x in row[:k] if x.mention is not None}
        if who is not None and who.key in named:
            who = Who(None, "low", c.text)
    else:
        who = ctx.resolve(parse(row, k, k + 1, para.text), para, c.start)
    words = para.text[c.start : row[v].end]
    return Cue(who or Who(None, "low", words), words)


def _named_closer(row: Sequence[Chunk], k: int) -> int | None:
    """The closing verb after a role phrase ending in a person's name ("Bloomberg
    Intelligence analyst Marta Ruiz wrote"), if any."""
    for m in range(k + 2, min(k + 6, len(row))):
        if is_word(row, m, *_CLOSING_VERBS):
            last = row[m - 1].mention
            return m if last is not None and last.kind == "person" else None
        if row[m].kind not in ("word", "name") or row[m].possessive or verb_at(row, m):
            return None
    return None


def _described_closer(row: Sequence[Chunk], k: int) -> int | None:
    """The closing verb after "the" and one to three nouns at `k` ("the group said", "the
    country's electoral commission said"), if any."""
    for m in range(k + 1, min(k + 5, len(row))):
        if m > k + 1 and is_word(row, m, *_CLOSING_VERBS):
            return m
        if row[m].kind != "word" or (row[m].possessive and m > k + 1) or verb_at(row, m):
            return None  # "the country's electoral commission said"
    return None


_CLOSING_VERBS = lx.SAID_FORMS | lx.words("tells explained insisted argued writes concluded")


def _was_all(ctx: Context, para: Para, row: Sequence[Chunk], k: int) -> Cue | None:
    """`“No comment,” was all Lee would say`: the subject between "all" and the verb."""
    v = k
    while v < min(len(row), k + 8) and row[v].kind in ("name", "word", "pron"):
        if is_word(row, v, "would", "could", "had", "said", "wanted", "did"):
            if v == k:
                return None
            who = ctx.resolve(parse(row, k, v, para.text), para, row[k].start)
            words = para.text[row[k - 2].start : row[min(v + 1, len(row) - 1)].end]
            return Cue(who or Who(None, "low", words), words)
        v += 1
    return None


def _inverted_next(row: Sequence[Chunk], q: int) -> bool:
    """Is chunk `q` a quotation ending in a comma, then an inverted reporting verb?"""
    if q >= len(row) or row[q].kind != "quote":
        return False
    k = q + 1
    if k < len(row) and row[k].kind == "punct" and row[k].text == ",":
        k += 1
    elif not row[q].text.rstrip().endswith(","):
        return False
    return k < len(row) and row[k].kind == "word" and sp.VERB_FORMS.get(row[k].text) == "finite"


def _appositive_name(row: Sequence[Chunk], phrase: Phrase, end: int) -> int | None:
    """`said the party's Sindh provincial deputy chief, Farah Qureshi` / `said spokesman for
    the embassy, X`: after an inverted reporting verb, a role phrase (one person's office,
    no name as its head) then a comma and a name that ends the clause: the name is who
    speaks. Its index in `row`, or None."""
    head = phrase.head
    if head is None or head.kind != "word" or phrase.plural:
        return None
    if head.text not in lx.ROLE_NOUNS and head.text not in sp.PROXY_NOUNS:
        return None
    k = end + 1
    if end >= len(row) or row[end].text != "," or k >= len(row):
        return None
    name = row[k]
    if name.kind != "name" or name.mention is None or name.possessive:
        return None
    after = row[k + 1] if k + 1 < len(row) else None
    if (
        after is None
        or after.kind == "punct"
        or (after.kind == "word" and after.text in PREPOSITIONS)
    ):
        return k
    return None


def _tight(row: Sequence[Chunk], qi: int, k: int) -> bool:
    """`“…” said X` or `“…” X said` with no comma, at the start of a sentence."""
    if qi != 0:
        return False
    if row[k].kind == "word" and sp.VERB_FORMS.get(row[k].text) == "finite":
        return True
    return (
        row[k].kind in ("name", "pron")
        and k + 1 < len(row)
        and row[k + 1].kind == "word"
        and sp.VERB_FORMS.get(row[k + 1].text) == "finite"
    )


def _post_verb(x: Chunk, first: Chunk) -> bool:
    """A reporting verb after a quotation; after a name or pronoun any past tense will do
    ("Brownback reflected")."""
    if sp.VERB_FORMS.get(x.text) == "finite" or x.text in sp.DOCUMENT_VERBS:
        return True
    return first.kind in ("name", "pron") and x.text.endswith("ed") and not x.capital
