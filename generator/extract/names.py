"""People and organisations named in the text, clustered into entities.

`find_names(paras, gazetteer)` → `NameResult`: entities (deterministic order of first
mention) and mentions (with the title words found inside the capitalised run, for roles).

How: capitalised word runs (joined by "of", "and", "the" … only inside organisation and title
names; by initials, "George W. Bush"; by a slash, "Idiot/Savant"; by a possessive inside a
party's name, "Cambodian People's Party") are split into an optional title ("British Prime
Minister"), an optional honorific ("Mr") and the name. Each run collects evidence
(`generator.extract.name_evidence`) and evidence is pooled over an entity's mentions. Later
short forms ("Starmer", "Mr Trump", "Sir Keir", "Labour") link to the one full name they
fit; ambiguous short forms link to nothing; a lone word after a role noun ("prison chief
Duch") is a person. Runs with no evidence are dropped: precision before recall. The gazetteer
overrides kind and supplies ids and aliases (compared by `generator.text.name_key`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.extract import body_forms as bf
from generator.extract import lexicon as lx
from generator.extract import name_evidence as ne
from generator.extract.document import Para
from generator.extract.sentences import Token
from generator.extract.types import Entity, Gazetteer, Kind, KnownEntity
from generator.text import name_key

norm = name_key  # the one name key, shared with the story (issue 14)
_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")
# "BBC Radio 4", "Channel 4"; not "fined Northgate Energy 48 million pounds", "Acme 12 percent"
_NUMBER = re.compile(
    r" \d{1,3}\b(?![.,]?\d)(?! ?(?:million|billion|trillion|thousand|hundred|percent|per|%|pounds|"
    r"dollars|euros|people|years|days|months|times|[a-z]+s\b))"
)
# Connectors that never open a name ("the Pentagon"); "La Tribune", "De Klerk" keep theirs.
_LEADING_CONNECTORS = frozenset({"of", "for", "and", "the"})
_ROLE_WORDS = lx.ROLE_NOUNS | lx.ROLE_MODIFIERS | lx.ORG_NOUNS
_ORG_TYPES = lx.ORG_NOUNS - lx.ORG_HEADS  # "Carmaker Nordvik Motors", not "Movement for …"


@dataclass(frozen=True)
class NameMention:
    key: str
    kind: Kind
    paragraph: int
    start: int  # the name itself
    end: int
    text: str
    full_start: int  # including title and honorific
    title: tuple[int, int] | None  # title words inside the run ("British Prime Minister")
    possessive: bool
    derived: bool = False  # "Trump’s team": an organisation named after a person


@dataclass(frozen=True)
class NameResult:
    entities: tuple[Entity, ...]
    mentions: tuple[NameMention, ...]

    def at(self, paragraph: int, start: int, end: int) -> NameMention | None:
        """The mention whose full extent ends at `end` and starts at or after `start`."""
        for m in self.mentions:
            if m.paragraph == paragraph and m.end == end and m.full_start >= start:
                return m
        return None


@dataclass
class _Run:
    para: int
    tokens: list[Token]
    title: list[Token]
    honorific: str
    index: int  # index of the first name token in the paragraph's tokens
    last: int  # index of the last name token
    text: str  # the name as written ("George W. Bush")
    evidence: set[str] = field(default_factory=set)
    after: str = ""  # the text right after the name, for "(TVNZ)"
    of_next: bool = False  # " of " follows the name ("Arndt Ellinghorst of Credit Suisse")
    gap: str = ""  # the text between the previous run and this one
    sentence: int = 0  # how many sentence ends come before it in its paragraph

    def bracketed_after(self, other: _Run) -> bool:
        """This run is an abbreviation in brackets right after `other`."""
        return other.para == self.para and self.gap == " (" and self.after.startswith(")")


_DOTTED = lx.HONORIFICS | lx.RANK_ABBREVIATIONS | {"gov"}  # short forms written with a dot


def _joined(text: str, prev: Token, tok: Token) -> bool:
    """Do `prev` and `tok` belong to one capitalised run?"""
    if prev.possessive:  # "Cambodian People's Party", "the People's Unity Alliance"
        if prev.lower in {"people", "workers", "women", "supporters", "members", "parents"}:
            return tok.capitalised  # not "the United Nations' World Food Programme"
        plural = prev.text.endswith("s") and prev.lower not in lx.NAME_POSSESSORS
        if plural and tok.capitalised and tok.lower in lx.ORG_HEADS:
            return True  # "the IBC Athletes' Committee", "the Dock Workers' Union"
        return prev.lower in lx.NAME_POSSESSORS and tok.capitalised and tok.lower in lx.ORG_HEADS
    gap = text[prev.end : tok.start]
    if not gap.strip():
        return True
    if gap in {"/", " & "}:  # "Idiot/Savant", "Magnitogorsk Iron & Steel Works"
        return True
    if gap.rstrip() != ".":
        return False
    dotted = prev.lower in _DOTTED  # "Mr.", "Col."
    return _INITIALS.match(prev.text) is not None or dotted  # "W."


def _raw_runs(para: Para) -> list[list[int]]:
    toks, text = para.tokens, para.text
    runs: list[list[int]] = []
    current: list[int] = []
    for i, tok in enumerate(toks):
        joined = bool(current) and _joined(text, toks[current[-1]], tok)
        if tok.capitalised and not (tok.sentence_start and current == []):
            if current and not joined:
                runs.append(current)
                current = []
            current.append(i)
        elif tok.capitalised:  # sentence start: a run begins here
            if current:
                runs.append(current)
            current = [i]
        elif joined and tok.lower in lx.CONNECTORS and not toks[current[-1]].possessive:
            current.append(i)
        elif joined and tok.lower == "on" and _on_name(toks, current[-1], i):
            current.append(i)  # "the Departmental Committee on Finance and National Planning"
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [_trim(toks, r) for r in runs if r]


def _on_name(toks: tuple[Token, ...], head: int, i: int) -> bool:
    """Does "on" at `i` continue an organisation's name after its head ("Committee on
    Finance"), not open a date ("the High Court on Wednesday")?"""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        toks[head].lower in lx.ORG_HEADS
        and nxt is not None
        and nxt.capitalised
        and nxt.lower not in lx.WEEKDAYS
        and nxt.lower not in lx.MONTHS
    )


def _trim(toks: tuple[Token, ...], run: list[int]) -> list[int]:
    while run and (
        toks[run[0]].lower in _LEADING_CONNECTORS
        or not toks[run[0]].capitalised
        or (toks[run[0]].lower in lx.CONNECTORS and toks[run[0]].sentence_start)
    ):
        run = run[1:]
    while run and (not toks[run[-1]].capitalised or toks[run[-1]].text in lx.MEMBER_ACRONYMS):
        run = run[:-1]  # "Labour MPs": the party, then its members
    while run and toks[run[0]].sentence_start and _opener(toks[run[0]]):
        run = run[1:]
        while run and toks[run[0]].lower in _LEADING_CONNECTORS:  # "Members of the X Union"
            run = run[1:]
    return run


def _opener(tok: Token) -> bool:
    """A capitalised sentence opener that names nothing: "The", "However", "Originally"."""
    low = tok.lower
    return low in lx.SENTENCE_STARTERS or (len(low) >= 7 and low.endswith("ly"))


_COMPANY_ENDINGS = frozenset({"inc", "ltd", "llc", "plc", "corp", "co", "ag", "sa", "gmbh"})


def _split_and(toks: tuple[Token, ...], run: list[int]) -> list[list[int]]:
    """Split "Starmer and Trump" (but not "Competition and Markets Authority"), and a person
    from the organisation after "of" ("Inspector Sam Reid of the Metropolitan Police",
    "Dennis Mandudzo of the University of Zimbabwe")."""
    words = [toks[i].lower for i in run]
    titles = [j for j, w in enumerate(words) if w in lx.TITLE_WORDS]
    if "of" in words:
        cut = words.index("of")
        left, right = run[:cut], run[cut + 1 :]
        while right and toks[right[0]].lower in lx.CONNECTORS:
            right = right[1:]
        named = words[titles[-1] + 1 if titles and titles[-1] < cut else 0 : cut]
        right_words = [toks[i].lower for i in right]
        titled = bool(titles) and titles[0] < cut and len(named) >= 2
        person_then_org = (  # "Dennis Mandudzo of the University of Zimbabwe"
            not titles
            and 2 <= len(left) <= 3
            and cut + 1 < len(words)
            and (words[cut + 1] == "the" or (len(right) >= 2 and len(left) == 2))
            and not any(w in lx.ORG_HEADS for w in words[:cut])
            and any(w in lx.ORG_HEADS for w in right_words)
        )
        if titled or person_then_org:
            return [p for p in (left, right) if p]
        plural_role = len(left) == 1 and words[0].endswith("s") and ne.is_role_noun(words[0][:-1])
        if plural_role and len(right) >= 2:
            return [right]  # "Officers of the United Kingdom Border Force": the organisation
        if (
            titles
            and all(w in lx.TITLE_WORDS for w in words[:cut])
            and any(w in lx.ORG_HEADS for w in right_words)
        ):
            return [right]  # "Chairman of the Federal Election Commission"
    if "and" in words:  # "Deutsche Bank and Goldman Sachs": two names, the first complete
        cut = words.index("and")
        left, right = run[:cut], run[cut + 1 :]
        if cut + 1 < len(words) and words[cut + 1] == "the" and left and len(right) >= 2:
            return [left, right[1:]]  # "Parliament and the Council": "and the" opens another
        if words[cut - 1] in lx.ORG_HEADS and len(right) >= 2 and toks[right[0]].capitalised:
            return [p for part in (left, right) for p in _split_and(toks, part)]
        company = words[-1].rstrip(".") in _COMPANY_ENDINGS and len(right) >= 2
        if company and len(left) >= 2 and not set(words[:cut]) & lx.CONNECTORS:
            return [left, right]  # "Apex Foods and Gristmill Inc": a company and another
    after = toks[run[-1] + 1] if run and run[-1] + 1 < len(toks) else None
    headed = after is not None and after.lower in lx.LOWER_ORG_HEADS and not after.capitalised
    if any(w in lx.ORG_HEADS for w in words) or bf.one_body([toks[i] for i in run]) or headed:
        return [run]  # "the Freedom and Sovereignty party": one name before its head
    split_on = {"and"} if titles else {"and", "of", "for", "the"}
    parts: list[list[int]] = [[]]
    for i in run:
        if toks[i].lower in split_on:
            parts.append([])
        elif toks[i].lower not in lx.CONNECTORS or parts[-1] or toks[i].capitalised:
            parts[-1].append(i)
    return [_trim(toks, p) for p in parts if p]


# Title words that are given names too ("Dean Kowalczyk", "Major Lee"? no: after a title).
_GIVEN_NAMES_TOO = frozenset({"dean", "king", "major", "earl", "judge", "bishop", "prince"})


def _title_end(words: list[Token], after_role: bool = False) -> int:
    """Index of the last title word of a run, -1 for none. A title abbreviation ("Sen")
    closing the run is a name ("Hun Sen"); a sentence-initial role noun is a title
    ("Blogger Idiot/Savant")."""
    end = -1
    for j, tok in enumerate(words):
        low = tok.lower
        if low in lx.TITLE_WORDS and low not in lx.HONORIFICS:
            if low in lx.TITLE_ABBREVIATIONS and j == len(words) - 1:
                continue
            if (
                low in _GIVEN_NAMES_TOO
                and (end == j - 1 >= 0 or after_role)
                and j == len(words) - 2
            ):
                continue  # "Alliance secretary Dean Kowalczyk": a title, then a given name
            end = j
    first = words[0].lower
    if end < 0 and len(words) >= 3 and words[0].sentence_start and first in _ROLE_WORDS:
        end = 0
    if end >= 0 and end + 1 < len(words) and words[end + 1].lower in {"of", "for"}:
        # "Director of Operations Sofia Patel"; "President of the United States" names nobody
        j = end + 2
        while j < len(words) and words[j].lower == "the":
            j += 1
        return j if len(words) - (j + 1) >= 2 else len(words) - 1
    return end


def _make_run(para: Para, run: list[int]) -> _Run | None:
    toks = para.tokens
    words = [toks[i] for i in run]
    heads = [w for w in words if w.lower in lx.ORG_HEADS]
    titled = any(  # "Department of Justice", "Court of Justice": no title after "of"
        w.lower in lx.TITLE_WORDS and not (j > 0 and words[j - 1].lower in {"of", "for", "and"})
        for j, w in enumerate(words)
    )
    placed = words[-1].lower in lx.PLACE_HEADS and not (  # "Harlan Ridge School District"
        len(words) >= 2 and words[-1].lower == "district" and words[-2].lower in lx.ORG_HEADS
    )
    if heads and len(words) >= 2 and not placed and (not titled or words[-1].lower in lx.ORG_HEADS):
        first = words[0].lower
        if len(words) >= 3 and words[0].sentence_start and first in _ORG_TYPES:
            words, run = words[1:], run[1:]  # "Carmaker Nordvik Motors"
        return _new_run(para, words, [], "", run[0], run[-1], {"org"})
    before = toks[run[0] - 1] if run[0] > 0 else None
    title_end = _title_end(words, before is not None and ne.is_role_noun(before.lower))
    title = words[: title_end + 1]
    rest = list(range(title_end + 1, len(words)))
    honorific = ""
    if rest and words[rest[0]].lower.rstrip(".") in lx.HONORIFICS:
        honorific = words[rest[0]].lower.rstrip(".")
        rest = rest[1:]
    if not rest:
        # "Intelligence Committee Chairman": the organisation the title belongs to
        first_title = next((j for j, w in enumerate(words) if w.lower in lx.TITLE_WORDS), 0)
        org = words[:first_title]
        if len(org) >= 2 and any(w.lower in lx.ORG_HEADS for w in org):
            return _new_run(para, org, [], "", run[0], run[first_title - 1], {"org"})
        return None
    name = [words[j] for j in rest]
    evidence = {"title"} if title else set()
    if honorific:
        evidence.add("honorific")
    return _new_run(para, name, title, honorific, run[rest[0]], run[rest[-1]], evidence)


def _new_run(
    para: Para,
    name: list[Token],
    title: list[Token],
    honorific: str,
    index: int,
    last: int,
    evidence: set[str],
) -> _Run:
    end = name[-1].end
    number = _NUMBER.match(para.text, end) if not name[-1].possessive else None
    if number is not None and ("org" in evidence or any(t.lower in lx.ORG_HEADS for t in name)):
        end = number.end()  # "BBC Radio 4", "Channel 4"
    text = para.text[name[0].start : end]
    run = _Run(para.number, name, title, honorific, index, last, text, evidence)
    run.after = para.text[name[-1].end : name[-1].end + 2]
    run.of_next = para.text.startswith(" of ", end) and last + 2 < len(para.tokens)
    run.sentence = len(_SENTENCE_END.findall(para.text, 0, name[0].start))
    if index > 0:
        before = para.tokens[index - 1]
        run.gap = para.text[before.end : (title[0] if title else name[0]).start]
    return run


def _coordinated(para: Para, parts: list[_Run]) -> None:
    """ "Deutsche Bank and Goldman Sachs": names joined by "and" in one run are of a kind;
    one organisation makes the others organisations (unless something says person)."""
    if any(p.index > 0 and para.tokens[p.index - 1].lower == "of" for p in parts[1:]):
        return  # "Hanne Lindqvist of Methane Watch Europe": a person and her body
    if len(parts) > 1 and any("org" in p.evidence for p in parts):
        for run in parts:
            if not run.evidence & {"person", "title", "honorific", "place"}:
                run.evidence.add("org")


def _whole_quote(para: Para, run: _Run) -> bool:
    """A name that is all a quotation holds is a nickname or a title ('Air Force Two')."""
    start, end = run.tokens[0].start, run.tokens[-1].end
    return any(
        not para.text[q.start : start].strip(" \"'“‘")
        and not para.text[end : q.end].strip(" .,!?\"'”’0123456789")  # "Vision 2030"
        for q in para.quotes
        if q.start <= start < q.end
    )


def _title_organisation(para: Para, run: _Run) -> _Run | None:
    """ "European Commission President Ursula von der Leyen": the organisation in a title."""
    words = run.title
    first = next((j for j, w in enumerate(words) if w.lower in lx.TITLE_WORDS), len(words))
    org = words[:first]
    if len(org) < 2 or not any(w.lower in lx.ORG_HEADS for w in org):
        return None
    index = _token_index(para, org[0])
    return _new_run(para, org, [], "", index, index + len(org) - 1, {"org"})


def _token_index(para: Para, tok: Token) -> int:
    return next(i for i, t in enumerate(para.tokens) if t.start == tok.start)


def _extend_org_head(para: Para, run: _Run) -> None:
    """ "the Khmer Rouge tribunal", "the Republican party": the lowercase head is part of
    the organisation's name."""
    if "org_head" not in run.evidence or "org" in run.evidence:
        return
    head = para.tokens[run.last + 1]
    run.tokens = [*run.tokens, head]
    run.last += 1
    run.text = para.text[run.tokens[0].start : head.end]


@dataclass
class _Cluster:
    name: str
    kind: Kind | None
    evidence: set[str]
    runs: list[_Run]
    known: KnownEntity | None = None
    full: set[str] = field(default_factory=set)  # evidence of mentions of two or more words
    _parts: list[str] | None = None
    _aliases: set[str] | None = None

    @property
    def parts(self) -> list[str]:
        """The words of the name's key, computed once (short forms are tried often)."""
        if self._parts is None:
            self._parts = norm(self.name).split()
        return self._parts

    @property
    def aliases(self) -> set[str]:
        if self._aliases is None:
            known = self.known.aliases if self.known is not None else ()
            self._aliases = {norm(a) for a in known}
        return self._aliases

    def add(self, run: _Run) -> None:
        self.runs.append(run)
        self.evidence |= run.evidence
        if len(run.tokens) >= 2:
            self.full |= run.evidence


def find_names(paras: tuple[Para, ...], gazetteer: Gazetteer) -> NameResult:
    runs: list[_Run] = []
    for para in paras:
        for raw in _raw_runs(para):
            named = _role_object(para, raw)
            parts: list[_Run] = []
            for part in _split_and(para.tokens, named or raw):
                run = _make_run(para, part)
                if run is not None and not _whole_quote(para, run):
                    titled = bool(run.title or run.honorific)
                    run.evidence |= ne.evidence(para, run.index, run.last, run.tokens, titled)
                    if named:
                        run.evidence.add("person")
                    _extend_org_head(para, run)
                    parts.append(run)
                    org = _title_organisation(para, run)
                    if org is not None:
                        runs.append(org)
            _coordinated(para, parts)
            runs += parts
    clusters = _cluster(runs, gazetteer.derived("names", _known_names))
    return _finish(paras, clusters)


def _role_object(para: Para, run: list[int]) -> list[int]:
    """ "director of National Intelligence John Negroponte", "Prime minister of Finland Matti
    Vanhanen": after "<role> of", a run of three or more words ends with the person's name;
    the words before it belong to the role. Returns the name's tokens, or [] for no such."""
    toks = para.tokens
    if len(run) < 3 or run[0] < 2 or any(toks[i].lower in lx.CONNECTORS for i in run):
        return []
    of, role = toks[run[0] - 1], toks[run[0] - 2]
    if of.lower != "of" or not ne.is_role_noun(role.lower) or role.capitalised:
        return []
    if any(toks[i].lower in lx.ORG_HEADS for i in run[-2:]):
        return []  # "director of Human Rights Watch": an organisation, no name after it
    return run[-2:]


def _known_names(gazetteer: Gazetteer) -> dict[str, KnownEntity]:
    """Normalised name or alias → the first entity that has it."""
    known: dict[str, KnownEntity] = {}
    for entity in gazetteer.entities:
        for alias in (entity.name, *entity.aliases):
            known.setdefault(norm(alias), entity)
    return known


def _cluster(runs: list[_Run], known: dict[str, KnownEntity]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_name: dict[str, _Cluster] = {}
    singles: list[_Run] = []

    def cluster_for(target: str, name: str, gaz: KnownEntity | None) -> _Cluster:
        cluster = by_name.get(target)
        if cluster is None:
            cluster = _Cluster(name, None, set(), [], gaz)
            by_name[target] = cluster
            clusters.append(cluster)
        return cluster

    previous: tuple[_Run, _Cluster] | None = None
    for run in runs:
        key = norm(run.text)
        gaz = known.get(key)
        if len(run.tokens) >= 2 or gaz is not None or ne.is_acronym(run.tokens[0].text):
            target = gaz.id if gaz is not None else _expanded(key)
            if gaz is None and len(run.tokens) == 1:  # an acronym of a name seen before
                for other in clusters:
                    words = [w for w in norm(other.name).split() if w not in lx.CONNECTORS]
                    if len(words) > 1 and "".join(w[0] for w in words) == key:
                        target = other.known.id if other.known else norm(other.name)
                if previous is not None and run.bracketed_after(previous[0]):
                    previous[1].add(run)  # "Television New Zealand (TVNZ)": TVNZ from now on
                    by_name.setdefault(key, previous[1])
                    continue
            longer = _longer_org(clusters, key, run) if gaz is None else None
            cluster = longer or cluster_for(target, gaz.name if gaz else run.text, gaz)
            cluster.add(run)
            previous = (run, cluster)
        else:
            singles.append(run)
    _acronyms_first(clusters, by_name)
    shorts = _short_forms(clusters)
    unplaced: list[_Run] = []
    for run in singles:
        word = norm(run.text)
        standalone = not run.evidence & _MODIFYING  # "Nordvik said", not "Asia program director"
        fits = [c for c in shorts.get(word, ()) if _fits(c, word, run.honorific, standalone)]
        dotless = word.replace(".", "")
        if not fits and "." in word and len(dotless) >= 2:  # "U.N." after "United Nations"
            fits = [c for c in shorts.get(dotless, ()) if "org" in c.evidence]
        if len(fits) == 1:
            fits[0].add(run)
        elif fits:
            latest = _latest(fits, run)
            if latest is not None:
                latest.add(run)  # "Moyo": the Moyo the text last named in full
        elif word in known:
            gaz = known[word]
            cluster_for(gaz.id, gaz.name, gaz).runs.append(run)
        elif run.honorific and len(given := _family_first(clusters, word)) == 1:
            given[0].add(run)  # "Mr. Phay" after "Phay Siphan": the family name comes first
        elif "speech" in run.evidence and len(given := _family_first(clusters, word, run)) == 1:
            given[0].add(run)  # "Fang said" after "Fang Rui": the family name, or a first name
        elif run.honorific:
            name = (
                f"{run.honorific.title()} {run.text}"
                if run.honorific in {"lord", "lady"}
                else run.text
            )
            cluster_for(norm(name), name, None).add(run)
        elif _single_named(run.evidence):
            cluster_for(word, run.text, None).add(run)
        else:
            unplaced.append(run)
    for run in unplaced:  # "Greenpeace called" once "Greenpeace activists" has named it
        if (alone := by_name.get(norm(run.text))) is not None and alone.known is None:
            alone.add(run)
    for cluster in clusters:
        cluster.kind = _kind(cluster)
    _affiliations(runs, clusters)
    return [c for c in clusters if c.kind is not None]


_SHORT_COUNTRIES = {"u.s.": "united states", "u.k.": "united kingdom", "u.n.": "united nations"}


def _acronyms_first(clusters: list[_Cluster], by_name: dict[str, _Cluster]) -> None:
    """ "WASHINGTON (AP) — … The Associated Press": an acronym named before its full name
    joins the one organisation whose initials it is."""
    for short in list(clusters):
        if short.known is not None or len(short.runs) == 0 or " " in short.name:
            continue
        if not bf.is_acronym(short.name):
            continue
        key = norm(short.name)
        full = [
            c
            for c in clusters
            if c is not short
            and c.known is None
            and len(c.parts) > 1
            and "".join(p[0] for p in c.parts if p not in lx.CONNECTORS) == key
        ]
        if len(full) != 1 or min(r.para for r in short.runs) > min(r.para for r in full[0].runs):
            continue
        for run in short.runs:
            full[0].add(run)
        clusters.remove(short)
        by_name[key] = full[0]


def _expanded(key: str) -> str:
    """ "u.s. army" and "united states army" are one name: the dotted short form of a country
    or of the UN before the rest of a name is compared in full."""
    first, _, rest = key.partition(" ")
    full = _SHORT_COUNTRIES.get(first)
    return f"{full} {rest}" if full is not None and rest else key


def _latest(fits: list[_Cluster], run: _Run) -> _Cluster | None:
    """Of several people a short form fits, the one named in full most recently before it
    (two or more words), when that is this paragraph or the one before; else none. When
    another of them was named in full in the same sentence ("Joseph Banda and the party's
    treasurer, Ruth Banda, both spoke. ... said Banda"), the text does not say which: none."""
    latest: list[tuple[tuple[int, int], _Run, _Cluster]] = []
    for cluster in fits:
        best: tuple[tuple[int, int], _Run] | None = None
        for r in cluster.runs:
            where = (r.para, r.index)
            earlier = len(r.tokens) >= 2 and where < (run.para, run.index)
            if earlier and (best is None or where > best[0]):
                best = (where, r)
        if best is not None:
            latest.append((best[0], best[1], cluster))
    if not latest:
        return None
    latest.sort(key=lambda item: item[0], reverse=True)
    where, near, cluster = latest[0]
    if run.para - where[0] > 1:
        return None
    if len(latest) > 1 and _same_sentence(latest[1][1], near):
        return None
    return cluster


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])")


def _same_sentence(first: _Run, second: _Run) -> bool:
    """Are two runs in the same sentence of one paragraph?"""
    return first.para == second.para and first.sentence == second.sentence


def _single_named(evidence: set[str]) -> bool:
    """Does one word name someone on its own: an organisation ("Wrexham manager", "The
    Kremlin said"), a person after a role noun ("prison chief Duch") or a title?"""
    if evidence & {"place", "common"}:
        return False
    return bool(evidence & {"org", "role_before", "title", "org_role", "listener", "its"}) or (
        {"the_cap", "speech"} <= evidence
    )


def _affiliations(runs: list[_Run], clusters: list[_Cluster]) -> None:
    """ "Al Jazeera’s Jonah Hull", "Arndt Ellinghorst of Credit Suisse": a possessive right
    before a person, or a name right after "<person> of", names an organisation."""
    person_at = {
        (r.para, r.index - len(r.title)) for c in clusters if c.kind == "person" for r in c.runs
    }
    after_of = {
        (r.para, r.last + 2) for c in clusters if c.kind == "person" for r in c.runs if r.of_next
    }
    for cluster in clusters:
        if cluster.known is not None or cluster.evidence & {"person", "title", "honorific"}:
            continue
        if any(
            ("affiliate" in r.evidence and (r.para, r.last + 1) in person_at)
            or (r.para, r.index) in after_of
            for r in cluster.runs
        ):
            cluster.evidence.add("org")
            cluster.kind = _kind(cluster)


def _short_forms(clusters: list[_Cluster]) -> dict[str, list[_Cluster]]:
    """Every word a cluster's short form may be (an alias, the first or last word of its
    name, its initials) → the clusters, in order: `_fits` decides among those few."""
    index: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        parts = cluster.parts
        words = {*cluster.aliases, *parts[:1], *parts[-1:]}
        if len(parts) >= 3 and "org" not in cluster.evidence:
            words.update(parts[1:-1])
        words.add("".join(p[0] for p in parts if p not in lx.CONNECTORS))
        for word in words:
            index.setdefault(word, []).append(cluster)
    return index


def _longer_org(clusters: list[_Cluster], key: str, run: _Run) -> _Cluster | None:
    """ "Ol Karia" after "Ol Karia Conservancy Ltd": the one organisation named before whose
    name is these words and then only a company ending or an organisation word; "Ben Salah"
    after "Nabil Ben Salah": the one person named before whose name ends with these words."""
    if len(run.tokens) < 2 or run.evidence & {"place", "title", "honorific"}:
        return None
    people = [c for c in clusters if "org" not in c.evidence and norm(c.name).endswith(" " + key)]
    if len(people) == 1:
        return people[0]
    if "person" in run.evidence:
        return None
    fits = [
        c
        for c in clusters
        if "org" in c.evidence
        and norm(c.name).startswith(key + " ")
        and norm(c.name).split()[-1].rstrip(".") in _COMPANY_ENDINGS | lx.ORG_HEADS
    ]
    return fits[0] if len(fits) == 1 else None


def _family_first(clusters: list[_Cluster], word: str, after: _Run | None = None) -> list[_Cluster]:
    """The people named in full whose first word is `word` (named before `after`, if given),
    for an honorific before it or a verb after it."""
    return [
        c
        for c in clusters
        if len(c.parts) >= 2
        and c.parts[0] == word
        and "org" not in c.evidence
        and (c.known is None or c.known.story)  # a story's name, not the curated gazetteer's
        and (after is None or any((r.para, r.index) < (after.para, after.index) for r in c.runs))
    ]


_MODIFYING = frozenset({"modifier", "before_role", "org_role", "place", "prep", "the", "event"})


def _fits(cluster: _Cluster, word: str, honorific: str, alone: bool = False) -> bool:
    """Can `word` stand for the cluster; `alone`: the word stands as a noun phrase of its
    own (a subject, an object), where an organisation's distinctive first word names it."""
    if word in cluster.aliases:
        return True
    parts = cluster.parts
    if len(parts) < 2:
        return False
    if "org" in cluster.evidence:
        head = word in lx.ORG_HEADS and word in (parts[0], parts[-1])  # "the Parliament"
        return (
            head
            or (len(parts) == 2 and word == parts[0])
            or (alone and word == parts[0] and _distinctive(word))  # "Nordvik" said
            or word == "".join(p[0] for p in parts if p not in lx.CONNECTORS)
        )
    if honorific in lx.GIVEN_NAME_HONORIFICS:
        return word == parts[0]
    # "Arriaga" for "Esteban Arriaga Salcedo": a middle part of three or more is a surname too
    return word == parts[-1] or (
        len(parts) >= 3 and word in parts[1:-1] and word not in lx.CONNECTORS
    )


def _distinctive(word: str) -> bool:
    """Can the first word of an organisation's name stand for it alone: not a common head,
    title, place or adjective ("Nordvik", "Sino-Zam"; not "United", "National", "New")?"""
    common = lx.ORG_HEADS | lx.TITLE_WORDS | lx.PLACE_FIRST | lx.PLACE_HEADS | lx.CONNECTORS
    return (
        len(word) > 3
        and word not in common
        and not word.endswith((*lx.ADJECTIVE_SUFFIXES, "an", "ed"))
    )


def _kind(cluster: _Cluster) -> Kind | None:
    if cluster.known is not None:
        return cluster.known.kind
    return ne.kind(_outvoted(cluster), cluster.full)


_PERSONISH = frozenset({"name", "speech", "person", "title", "honorific"})


def _outvoted(cluster: _Cluster) -> set[str]:
    """The cluster's evidence, less an organisation noun before one mention ("whose party
    Ann Lee described") when more of its mentions read as a person's and none as a body's."""
    runs = cluster.runs
    by_noun = sum("org_noun" in r.evidence for r in runs)
    if not by_noun or any("org" in r.evidence and "org_noun" not in r.evidence for r in runs):
        return cluster.evidence
    personish = sum(bool(r.evidence & _PERSONISH) and "org" not in r.evidence for r in runs)
    return cluster.evidence - {"org", "org_noun"} if personish > by_noun else cluster.evidence


def _finish(paras: tuple[Para, ...], clusters: list[_Cluster]) -> NameResult:
    entities: list[Entity] = []
    mentions: list[NameMention] = []
    derived: dict[str, tuple[str, list[str]]] = {}
    for cluster in clusters:
        assert cluster.kind is not None
        key = cluster.known.id if cluster.known else "new:" + norm(cluster.name)
        curated = cluster.known is not None and not cluster.known.story
        forms: list[str] = []
        for run in cluster.runs:
            para = paras[run.para - 1]
            first, last = run.tokens[0], run.tokens[-1]
            forms.append(run.text)
            full = run.title[0].start if run.title else first.start
            if run.honorific:
                full = min(full, para.tokens[run.index - 1].start)
            title = (run.title[0].start, run.title[-1].end) if run.title else None
            mentions.append(
                NameMention(
                    key,
                    cluster.kind,
                    run.para,
                    first.start,
                    first.start + len(run.text),  # "BBC Radio 4": past the last word
                    run.text,
                    full,
                    title,
                    last.possessive,
                )
            )
            if cluster.kind == "person":
                _derive_campaign(para, run, cluster, derived, mentions)
        unique = tuple(dict.fromkeys(forms))
        entities.append(Entity(key, cluster.name, cluster.kind, unique, curated))
    for key, (name, forms) in derived.items():
        entities.append(Entity(key, name, "organisation", tuple(dict.fromkeys(forms)), False))
    mentions.sort(key=lambda m: (m.paragraph, m.start, not m.derived))
    order = {m.key: i for i, m in reversed(list(enumerate(mentions)))}
    entities.sort(key=lambda e: order.get(e.key, len(mentions)))
    return NameResult(tuple(entities), tuple(mentions))


def _derive_campaign(
    para: Para,
    run: _Run,
    cluster: _Cluster,
    derived: dict[str, tuple[str, list[str]]],
    mentions: list[NameMention],
) -> None:
    """ "Trump’s team", "the Harris campaign": the person's campaign, an organisation."""
    nxt = para.tokens[run.last + 1] if run.last + 1 < len(para.tokens) else None
    if nxt is None or nxt.lower not in lx.CAMPAIGN_WORDS:
        return
    if para.text[run.tokens[-1].end : nxt.start].strip() not in {"", "’s", "'s", "'", "’"}:
        return
    if nxt.lower == "team" and not run.tokens[-1].possessive:
        return
    after = para.tokens[run.last + 2] if run.last + 2 < len(para.tokens) else None
    if after is not None and after.lower in lx.ROLE_NOUNS and not after.capitalised:
        return  # "Lee's campaign manager": a person, not the campaign
    surname = cluster.name.split()[-1]
    name = f"{surname} campaign"
    key = "new:" + norm(name)
    start = run.tokens[0].start
    text = para.text[start : nxt.end]
    derived.setdefault(key, (name, []))[1].append(text)
    mentions.append(
        NameMention(key, "organisation", run.para, start, nxt.end, text, start, None, False, True)
    )
