"""People and organisations named in the text, clustered into entities.

`find_names(paras, gazetteer)` → `NameResult`: entities (deterministic order of first
mention) and mentions (with the title words found inside the capitalised run, for roles).

How: the capitalised runs of `name_runs` (a title, an honorific, the name, the evidence its
words give) are clustered into entities, evidence pooled over an entity's mentions. Later
short forms ("Starmer", "Mr Trump", "Sir Keir", "Nordvik") link to the one full name they
fit; ambiguous short forms link to nothing; a lone word after a role noun ("prison chief
Duch") is a person. Runs with no evidence are dropped: precision before recall. The gazetteer
overrides kind and supplies ids and aliases (compared by `generator.text.name_key`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from operator import attrgetter

from generator.extract import body_forms as bf
from generator.extract import body_heads as bh
from generator.extract import civic_bodies as cb
from generator.extract import employer_bodies as eb
from generator.extract import firm_signs as fs
from generator.extract import fronted_bodies as fb
from generator.extract import kind_cues as kc
from generator.extract import lexicon as lx
from generator.extract import lone_bodies as lb
from generator.extract import lone_firms as lf
from generator.extract import member_bodies as mb
from generator.extract import name_evidence as ne
from generator.extract import name_joins as nj
from generator.extract import named_things as nt
from generator.extract import party_labels as pl
from generator.extract import place_heads as ph
from generator.extract import role_openers as ro
from generator.extract import speaking_shorts as ss
from generator.extract import spoken_bodies as sb
from generator.extract import title_initials as ti
from generator.extract import word_fronted as wf
from generator.extract.document import Para
from generator.extract.name_kinds import looks_like_body, named_by_common_word, surely_body
from generator.extract.name_runs import KNOWN_AS, Run, find_runs
from generator.extract.place_fronts import place_fronts
from generator.extract.types import Entity, Gazetteer, Kind, KnownEntity
from generator.text import name_key

norm = name_key  # the one name key, shared with the story (issue 14)


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
class _Cluster:
    name: str
    kind: Kind | None
    evidence: set[str]
    runs: list[Run]
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

    def add(self, run: Run) -> None:
        self.runs.append(run)
        self.evidence |= run.evidence
        if len(run.tokens) >= 2:
            self.full |= run.evidence


def find_names(paras: tuple[Para, ...], gazetteer: Gazetteer) -> NameResult:
    runs = _runs(paras)
    clusters = _cluster(runs, gazetteer.derived("names", _known_names), paras)
    return _finish(paras, clusters)


# The capitalised runs of each paragraphs tuple read inside `runs_kept` (the story's two
# passes): they depend on the text alone, not on the gazetteer, so a second reading of the
# same `paras` (the very tuple) takes copies of the first's instead of finding them again.
_KEPT: ContextVar[dict[int, tuple[tuple[Para, ...], list[Run]]] | None] = ContextVar(
    "_KEPT", default=None
)


@contextmanager
def runs_kept() -> Iterator[None]:
    """Within it, `find_names` finds the runs of one `paras` tuple once."""
    token = _KEPT.set({})
    try:
        yield
    finally:
        _KEPT.reset(token)


def _runs(paras: tuple[Para, ...]) -> list[Run]:
    kept = _KEPT.get()
    if kept is None:
        return fb.fronted_bodies(paras, place_fronts(paras, find_runs(paras)))
    entry = kept.get(id(paras))
    if entry is None or entry[0] is not paras:  # the tuple is held: its id is not reused
        found = fb.fronted_bodies(paras, place_fronts(paras, find_runs(paras)))
        entry = kept[id(paras)] = (paras, found)
    # copies: clustering adds to a run's evidence
    return [
        replace(r, tokens=list(r.tokens), title=list(r.title), evidence=set(r.evidence))
        for r in entry[1]
    ]


def _known_names(gazetteer: Gazetteer) -> dict[str, KnownEntity]:
    """Normalised name or alias → the first entity that has it."""
    known: dict[str, KnownEntity] = {}
    for entity in gazetteer.entities:
        for alias in (entity.name, *entity.aliases):
            known.setdefault(norm(alias), entity)
    return known


def _cluster(
    runs: list[Run], known: dict[str, KnownEntity], paras: tuple[Para, ...] = ()
) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_name: dict[str, _Cluster] = {}
    singles: list[Run] = []

    def cluster_for(target: str, name: str, gaz: KnownEntity | None) -> _Cluster:
        cluster = by_name.get(target)
        if cluster is None:
            cluster = _Cluster(name, None, set(), [], gaz)
            by_name[target] = cluster
            clusters.append(cluster)
        return cluster

    previous: tuple[Run, _Cluster] | None = None
    places = ss.place_uses(runs)
    seen: list[frozenset[str]] = []

    def capitals() -> frozenset[str]:  # the document's capitalised words, once
        if not seen:
            seen.append(frozenset(t.lower for p in paras for t in p.tokens if t.capitalised))
        return seen[0]

    lowercase = frozenset(t.lower for p in paras for t in p.tokens if not t.capitalised)

    if paras:
        ro.mark_role_openers(paras, runs)  # "Eskom spokesperson X said" after "… Eskom …"
        runs = fs.mark_firm_signs(paras, runs)  # "Nordavia shares fell", "Nordavia CEO X"
        mb.mark_member_bodies(paras, runs)  # "Brenner & Ochs", "Fianna Fáil councillor X"
        eb.mark_employer_bodies(runs)  # "convener of the Ganga Sewa Manch"
    law: Run | None = None
    for run in runs:
        if law is not None and nt.law_initials(law.tokens, run.tokens, run.gap, run.after):
            run.evidence = {"common", "thing"}  # "… Manipulation Act (POFMA)": the law's
        law = run if "thing" in run.evidence else None
        key = norm(run.text)
        gaz = known.get(key)
        if gaz is None and cb.civic_name(run.tokens):
            run.evidence -= {"place", "person"}  # "the City of Harwick": a council, no place
            run.evidence.add("org")
        if (
            gaz is None
            and ph.place_last(run.tokens)
            and not run.evidence & (_STATED | _BODY | _ITS)
            and not any(  # "Kafue Basin said" after "Kafue Basin Minerals": the firm's short form
                "org" in c.evidence and norm(c.name).startswith(key + " ") for c in clusters
            )
        ):
            run.evidence |= {"place", "place_word"}  # "Ogun State", "Mangarua Dam": a place
        if gaz is None and ph.placed_before_who(run):  # "A diplomat in Phnom Penh, who":
            run.evidence = (run.evidence - {"person"}) | {"place"}  # the diplomat is who
        if _role_front(run):  # "a letter from Caledonian Ferry Assets chief executive X":
            run.evidence.discard("place")  # "from" governs the whole phrase, not the name
            run.evidence.add("org")
        if gaz is None and paras and lb.heard_body(paras[run.para - 1], run):
            run.evidence.add("org")  # "told the Evening Standard that": no person takes "the"
        if gaz is None and sb.spoken_body(run):
            run.evidence.add("org")  # "A spokesperson for the State Border Guard said"
            run.evidence.discard("event")  # "… for the House Republican Conference said"
        if len(run.tokens) >= 2 or gaz is not None or ne.is_acronym(run.tokens[0].text):
            target = gaz.id if gaz is not None else _expanded(key)
            if gaz is None and len(run.tokens) == 1:  # an acronym of a name seen before
                for other in clusters:  # not a person's ("MP" after "Marcus Pellegrino")
                    titled = other.evidence & {"role_before", "honorific", "title"}
                    person = titled and not set(other.parts) & lx.ORG_HEADS
                    initials = "" if person else _initials(other.parts)
                    # also after a place word: "NSW Environment Protection Authority … the EPA"
                    after_place = len(key) > 2 and _initials(other.parts[1:]) == key
                    linked = "" if person else wf.linked_initials(other.parts)  # "TfL"
                    if (len(initials) > 1 and key in {initials, linked}) or (
                        after_place and not person
                    ):
                        target = next(
                            (k for k, c in by_name.items() if c is other), norm(other.name)
                        )
                        run.evidence.discard("common")  # "or PAC": its name is known
                if previous is not None and run.bracketed_after(previous[0]):
                    if (
                        key in lx.POST_NOMINALS
                        and ne.kind(previous[1].evidence, previous[1].full) == "person"
                    ):
                        continue  # "Chukwuma Obiorah (SAN)": his rank, no one's name
                    if not pl.party_label(
                        previous[0], previous[1].evidence, previous[1].parts, run
                    ):
                        previous[1].add(run)  # "Television New Zealand (TVNZ)": TVNZ now on
                        by_name.setdefault(key, previous[1])
                        continue
            longer = _longer_org(clusters, key, run, places) if gaz is None or gaz.story else None
            if longer is not None and gaz is not None and norm(longer.name) == norm(gaz.name):
                longer = None  # the story's entity named in full here too
            cluster = longer or cluster_for(target, gaz.name if gaz else run.text, gaz)
            cluster.add(run)
            previous = None if "thing" in run.evidence else (run, cluster)  # not "GH₵214 …
            # the Department (CAGD)": a currency's code takes no body's initials
        else:
            singles.append(run)
    _acronyms_first(clusters, by_name)
    _title_acronyms(clusters, runs)
    _mark_bodies(clusters, lowercase)
    shorts = _short_forms(clusters)
    unplaced: list[Run] = []
    placed: tuple[Run, _Cluster] | None = None
    org_at = {  # "… of Electoral Integrity Watch (EIW)": a body and its initials after it
        (a.para, a.index)
        for a, b in zip(runs, runs[1:], strict=False)
        if "org" in a.evidence
        and b.bracketed_after(a)
        and norm(b.text) == _initials(norm(a.text).split())
    }
    for run in singles:
        word = norm(run.text)
        if placed is not None and _and_joined(placed, run):
            placed[1].add(run)  # "Mendip and Avon" after "Mendip and Avon Water": one name
            continue
        placed = None
        standalone = not run.evidence & _MODIFYING  # "Nordvik said", not "Asia program director"
        fits = [c for c in shorts.get(word, ()) if _fits(c, word, run, standalone)]
        if not fits and not standalone and ss.spoken_for(run):  # "A spokeswoman for Kurobe
            fits = [c for c in shorts.get(word, ()) if _fits(c, word, run, True)]  # said": the
            fits = fits if len(fits) == 1 else []  # one body, else a name of its own
        if not fits and (standalone or ss.spoken_for(run)):  # "Valtric said" after "Valtric
            fits = ss.speaking_first_word(shorts.get(word, ()), word, run)  # Semiconductor Inc"
        dotless = word.replace(".", "")
        if not fits and "." in word and len(dotless) >= 2:  # "U.N." after "United Nations"
            fits = [c for c in shorts.get(dotless, ()) if "org" in c.evidence]
        if len(fits) == 1:
            fits[0].add(run)
            placed = (run, fits[0])
        elif fits:
            latest = _latest(fits, run)
            if latest is not None:
                latest.add(run)  # "Moyo": the Moyo the text last named in full
        elif word in known:
            gaz = known[word]
            cluster_for(gaz.id, gaz.name, gaz).runs.append(run)
        elif run.honorific and len(given := _family_first(clusters, word)) == 1:
            given[0].add(run)  # "Mr. Phay" after "Phay Siphan": the family name comes first
        elif (
            run.evidence & {"speech", "acts", "person"}  # also "Pimchanok, who …"
            and len(given := _family_first(clusters, word, run)) == 1
        ):
            given[0].add(run)  # "Fang said" after "Fang Rui": the family name, or a first name
        elif run.honorific:
            name = (
                f"{run.honorific.title()} {run.text}"
                if run.honorific in {"lord", "lady"}
                else run.text
            )
            cluster_for(norm(name), name, None).add(run)
        elif lf.lone_firm(run, bool(shorts.get(word)), capitals):
            run.evidence.add("org")  # "Farmalusa said in a statement … that it", "shares in X"
            cluster_for(word, run.text, None).add(run)
        elif _single_named(run.evidence):
            cluster_for(word, _judicial_style(run) or run.text, None).add(run)
        elif run.of_next and (run.para, run.last + 2) in org_at and not run.evidence:
            run.evidence.add("person")  # "Kurniawati of Electoral Integrity Watch (EIW)"
            cluster_for(word, run.text, None).add(run)
        else:
            unplaced.append(run)
    lone: list[Run] = []
    for run in unplaced:  # "Greenpeace called" once "Greenpeace activists" has named it
        if (alone := by_name.get(norm(run.text))) is not None and alone.known is None:
            alone.add(run)
        else:
            lone.append(run)
    parties = lb.titled_parties(paras, runs)
    for word, mentions in lb.lone_bodies(paras, lone + parties, runs).items():
        body = cluster_for(norm(word), word, None)  # "told the Nation … the Nation reported"
        for run in mentions:
            run.evidence.add("org")
            body.add(run)
    _mark_bodies(clusters, lowercase)
    for cluster in clusters:
        cluster.kind = _kind(cluster)
    _affiliations(runs, clusters)
    return [c for c in clusters if c.kind is not None]


# A one-word nickname in quotation marks between a person's names ("Teodoro “Teddy” Salcedo"):
# the who's-who shows the name without it (the text's form stays a surface form).
_NICKNAME = re.compile(r" [“\"‘'][A-Z][\w.-]*[”\"’'] ")
_SHORT_COUNTRIES = {"u.s.": "united states", "u.k.": "united kingdom", "u.n.": "united nations"}


def _role_front(run: Run) -> bool:
    """Is `run` a name of two words or more before a body's role ("chief executive") whose
    "place" came only from a preposition before the whole phrase ("from", "in")?"""
    ev = run.evidence
    if "org_role" not in ev or "place" not in ev or "place_word" in ev or len(run.tokens) < 2:
        return False
    before = run.lead.rsplit(None, 1)
    return bool(before) and before[-1].casefold() in lx.PLACE_PREPOSITIONS


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
            if c is not short and c.known is None and len(c.parts) > 1 and _initials(c.parts) == key
        ]
        first = min((r.para, r.index) for r in short.runs)
        if len(full) != 1 or first > min((r.para, r.index) for r in full[0].runs):
            continue  # named after its full name: the usual clustering already joined it
        if "common" in short.evidence:
            continue  # "PAC" as a common acronym says nothing of the name it follows
        for run in short.runs:
            full[0].add(run)
        clusters.remove(short)
        by_name[key] = full[0]


def _title_acronyms(clusters: list[_Cluster], runs: list[Run]) -> None:
    """ "Chief Election Commissioner AKM Nazmul Hasan … the CEC said": an acronym that is the
    initials of a title before a person's name, and of no body named here, names no body."""
    titles = None
    for short in clusters:
        if short.known is not None or " " in short.name or not bf.is_acronym(short.name):
            continue
        if any(len(r.tokens) > 1 for r in short.runs):
            continue
        titles = ti.title_acronyms(runs) if titles is None else titles
        key = norm(short.name).replace(".", "")
        if key in titles and not any(_initials(c.parts) == key for c in clusters if c is not short):
            short.evidence.add("common")


def _and_joined(placed: tuple[Run, _Cluster], run: Run) -> bool:
    """ "Mendip and Avon, which …": the word after "and" continues the short form just
    placed, when the full name of its organisation goes on so ("Mendip and Avon Water")."""
    before, cluster = placed
    joined = run.lead.endswith(f"{before.text} and ") and run.para == before.para
    if not joined or "org" not in cluster.evidence:
        return False
    return norm(cluster.name).startswith(f"{norm(before.text)} and {norm(run.text)} ")


def _initials(parts: list[str]) -> str:
    """ "osce" for "Organization for Security and Co-operation in Europe"."""
    return "".join(p[0] for p in parts if p not in lx.CONNECTORS and p != "in")


def _expanded(key: str) -> str:
    """ "u.s. army" and "united states army" are one name: the dotted short form of a country
    or of the UN before the rest of a name is compared in full."""
    first, _, rest = key.partition(" ")
    full = _SHORT_COUNTRIES.get(first)
    return f"{full} {rest}" if full is not None and rest else key


def _latest(fits: list[_Cluster], run: Run) -> _Cluster | None:
    """Of several people a short form fits, the one named in full most recently before it
    (two or more words), when that is this paragraph or the one before, or when no other was
    named in full before it; else none. When
    another of them was named in full in the same sentence ("Joseph Banda and the party's
    treasurer, Ruth Banda, both spoke. ... said Banda"), the text does not say which: none."""
    latest: list[tuple[tuple[int, int], Run, _Cluster]] = []
    for cluster in fits:
        best: tuple[tuple[int, int], Run] | None = None
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
    if len(latest) == 1:
        return cluster  # the others are named in full only later: "Nanowin" is the one so far
    if run.para - where[0] > 1:
        return None
    if len(latest) > 1 and _same_sentence(latest[1][1], near):
        return None
    return cluster


def _same_sentence(first: Run, second: Run) -> bool:
    """Are two runs in the same sentence of one paragraph?"""
    return first.para == second.para and first.sentence == second.sentence


_JUDICIAL = frozenset({"mr", "mrs", "ms", "miss", "lord", "lady"})


def _judicial_style(run: Run) -> str:
    """ "Mrs Justice Farrant", "Lord Justice Hale": a judge named by the judicial style and a
    surname alone; the style is the name then (no forename to show), else ""."""
    title = [t.lower.rstrip(".") for t in run.title]
    if len(title) != 2 or title[0] not in _JUDICIAL or title[1] != "justice":
        return ""
    return f"{run.title[0].text} {run.title[1].text} {run.text}"


def _single_named(evidence: set[str]) -> bool:
    """Does one word name someone on its own: an organisation ("Wrexham manager", "The
    Kremlin said"), a person after a role noun ("prison chief Duch") or a title?"""
    if evidence & {"place", "common"}:
        return False
    return bool(
        evidence & {"org", "role_before", "title", "org_role", "listener", "its", "named_as"}
    ) or ({"the_cap", "speech"} <= evidence)


def _affiliations(runs: list[Run], clusters: list[_Cluster]) -> None:
    """ "Al Jazeera’s Jonah Hull", "Arndt Ellinghorst of Credit Suisse", "Cllr Bríd O'Dea
    (Fianna Fáil)": a possessive right before a person, a name right after "<person> of",
    or the whole of a bracket right after a person's name, names an organisation."""
    person_at = {
        (r.para, r.index - len(r.title)) for c in clusters if c.kind == "person" for r in c.runs
    }
    after_of = {
        (r.para, r.last + 2) for c in clusters if c.kind == "person" for r in c.runs if r.of_next
    }
    people = {id(r) for c in clusters if c.kind == "person" for r in c.runs}
    bracketed = {
        id(b)
        for a, b in zip(runs, runs[1:], strict=False)
        if id(a) in people and a.para == b.para and kc.bracketed_affiliation(b.gap, b.after, b.text)
    }
    seats = {  # "Mr Tunde Adeyemo (Ado II)", "Ms X (Aljunied GRC)": where, not who
        id(b)
        for a, b in zip(runs, runs[1:], strict=False)
        if id(a) in people and pl.seat_bracket(a, b)
    }
    for cluster in clusters:
        if cluster.known is None and all(id(r) in seats for r in cluster.runs):
            cluster.kind = None
            continue
        if cluster.known is not None or cluster.evidence & {"person", "title", "honorific"}:
            continue
        if any(
            ("affiliate" in r.evidence and (r.para, r.last + 1) in person_at)
            or (r.para, r.index) in after_of
            or (id(r) in bracketed and not r.evidence & {"place", "place_word"})
            for r in cluster.runs
        ):
            cluster.evidence.add("org")
            cluster.kind = _kind(cluster)


def _short_forms(clusters: list[_Cluster]) -> dict[str, list[_Cluster]]:
    """Every word a cluster's short form may be (an alias, the first or last word of its
    name, its initials) → the clusters, in order: `_fits` decides among those few."""
    index: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        if "thing" in cluster.evidence:
            continue  # "Parliament House" names a building: "Parliament" is not its short form
        parts = cluster.parts
        words = {*cluster.aliases, *parts[:1], *parts[-1:]}
        if len(parts) >= 3 and not cluster.evidence & _BODY:
            words.update(parts[1:-1])
        words.add(_initials(parts))
        words.add(wf.linked_initials(parts))
        words.discard("")
        for word in words:
            index.setdefault(word, []).append(cluster)
    return index


_FIRM_ENDS = lx.COMPANY_ENDINGS | lx.ORG_HEADS  # once, not per cluster (issue 12, speed)


def _longer_org(
    clusters: list[_Cluster], key: str, run: Run, places: frozenset[str]
) -> _Cluster | None:
    """ "Ol Karia" after "Ol Karia Conservancy Ltd": the one organisation named before whose
    name is these words and then only a company ending or an organisation word; "Ben Salah"
    after "Nabil Ben Salah": the one person named before whose name ends with these words."""
    if len(run.tokens) < 2 or "title" in run.evidence:
        return None
    if "place" in run.evidence and not ss.speaking_front(run, key, clusters, places):
        return None  # "Southern Aggregates said" after "Southern Aggregates Limited"
    people = [c for c in clusters if "org" not in c.evidence and norm(c.name).endswith(" " + key)]
    if len(people) == 1:
        return people[0]  # also "Ms Ní Bhriain" after "Clodagh Ní Bhriain"
    things = [
        c
        for c in clusters
        if "thing" in c.evidence
        and norm(c.name).startswith(key + " ")
        and c.parts[-1] not in nt.LAW_WORDS  # not "the Malaysian Anti-Corruption Commission"
    ]  # after "the Malaysian Anti-Corruption Commission Act": the body the law is named for
    if len(things) == 1 and not run.evidence & _STATED:
        return things[0]  # "died at Red Fork" after "the Red Fork Correctional Center": the jail
    firsts = [
        c
        for c in clusters
        if c.evidence & _STATED and not c.evidence & _BODY and norm(c.name).startswith(key + " ")
    ]  # "Mohd Faizal" after "Opposition assemblyman Mohd Faizal Ismail": his given names
    body = run.evidence & {"org", "the", "the_cap", "it_said", "its"}
    if len(firsts) == 1 and not people and not body and not looks_like_body(firsts[0].name):
        return firsts[0]  # not "Azure Gulf said it …" after "Azure Gulf Terminals, a consortium"
    if "honorific" in run.evidence:
        return None
    if "person" in run.evidence:
        return None
    if run.evidence & {"the", "the_cap"} and run.tokens[-1].lower in lx.ORG_HEADS:
        tails = [c for c in clusters if "org" in c.evidence and norm(c.name).endswith(" " + key)]
        if len(tails) == 1:
            return tails[0]  # "the Water Board" after "Kelso Valley Water Board"
    posted = run.tokens[-1].lower in nj.POSTED  # "the U.S. Embassy" after "… Embassy in Manila"
    remit = run.tokens[-1].lower in lx.ORG_HEADS  # "the Sectoral Council" after "the Sectoral
    fits = [  # Council on Trade, Industry, Finance and Investment": its head, before its remit
        c
        for c in clusters
        if "org" in c.evidence
        and norm(c.name).startswith(key + " ")
        and (
            norm(c.name).split()[-1].rstrip(".") in _FIRM_ENDS
            or (remit and norm(c.name).startswith(key + " on "))
            or (posted and norm(c.name).startswith((key + " in ", key + " to ")))
        )
    ]
    if len(fits) == 1 and "place" in run.evidence and ss.place_named(fits[0].name, key):
        return None
    return fits[0] if len(fits) == 1 else None


def _family_first(clusters: list[_Cluster], word: str, after: Run | None = None) -> list[_Cluster]:
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


def _by_noun_only(cluster: _Cluster) -> bool:
    """Is the cluster a body only by a noun before one mention ("developer Anthony Rossi",
    "property developer Vinh Nguyen"), a person's given name and family name in two or three
    words with no body's word, so that "Mr Rossi" later in the text names the same person?"""
    if not 2 <= len(cluster.parts) <= 3 or "body_words" in cluster.evidence:
        return False
    if any(p in _FIRM_ENDS or p in lx.CONNECTORS for p in cluster.parts):
        return False
    orgs = [r for r in cluster.runs if "org" in r.evidence]
    return bool(orgs) and all("org_noun" in r.evidence and len(r.tokens) >= 2 for r in orgs)


_MODIFYING = frozenset({"modifier", "before_role", "org_role", "place", "prep", "the", "event"})


def _fits(cluster: _Cluster, word: str, run: Run, alone: bool = False) -> bool:
    """Can `word` (the run) stand for the cluster; `alone`: the word stands as a noun phrase
    of its own (a subject, an object), where an organisation's distinctive first word names
    it (not when "for" and a name follow: "Transport for NSW" is another name than
    "Transport Workers Guild")."""
    honorific = run.honorific
    if word in cluster.aliases:
        return True
    parts = cluster.parts
    if len(parts) < 2:
        return False
    if cluster.evidence & _BODY:
        if honorific:  # "Mr Pereira" is not "Pereira Chambers"; "Mr Rossi" is "developer
            return word == parts[-1] and _by_noun_only(cluster)  # Anthony Rossi"
        head = word in lx.ORG_HEADS and word in (parts[0], parts[-1])  # "the Parliament"
        by_noun = "org" in cluster.evidence and all(
            "org_noun" in r.evidence for r in cluster.runs if "org" in r.evidence
        )
        return (
            head
            or (by_noun and "name" in cluster.full and word == parts[-1])  # "Gérald Pépin …
            # whose party Pépin founded …. Pépin said": a person's surname, not a party
            or (len(parts) == 2 and word == parts[0] and (alone or not _demonym(word)))
            or (
                alone and word == parts[0] and _distinctive(word) and not _FOR_NAME.match(run.after)
            )
            or word == _initials(parts)
            or word == wf.linked_initials(parts)
        )
    if honorific in lx.GIVEN_NAME_HONORIFICS:
        return word == parts[0]
    # "Arriaga" for "Esteban Arriaga Salcedo": a middle part of three or more is a surname too
    return word == parts[-1] or (
        len(parts) >= 3 and word in parts[1:-1] and word not in lx.CONNECTORS
    )


_FOR_NAME = re.compile(r" for [A-Z]")  # "Transport for NSW", "Department for Education"


def _demonym(word: str) -> bool:
    """ "Somali" in "Somali refugees": a people's adjective, not "Somali Service" short."""
    return word.endswith(lx.DEMONYM_ENDINGS) and len(word) > 4


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
    evidence = _outvoted(cluster)  # "the Executive Yuan": a head the lexicon lacks (`body_heads`)
    return bh.head_kind(cluster.name, evidence) or ne.kind(evidence, cluster.full)


def _mark_bodies(clusters: list[_Cluster], lowercase: frozenset[str]) -> None:
    """ "Northgate Aggregates said": a name whose words read as a body's ("body_words",
    `name_kinds`) when nothing in words says a person (a title, a role noun, an age); or
    that ends on a common word the document writes in lowercase ("Tandem Cars")."""
    for cluster in clusters:
        evidence = cluster.evidence
        if "holder" in evidence and cluster.known is None and _surely_body(cluster):
            evidence -= {"person", "role_before", "holder"}  # "its managing agent, Crestwood
            # Estate Management,": a firm's name after a role's comma
        unstated = cluster.known is None and not evidence & _STATED
        if not unstated or "body_words" in evidence:
            continue
        aliased = any(KNOWN_AS.search(r.lead) for r in cluster.runs)  # "…, known as Cal
        # Fire,": another name of what came before, whose kind its words do not tell
        common = not aliased and named_by_common_word(cluster.name, lowercase)
        if looks_like_body(cluster.name) or common:
            evidence.add("body_words")


def _surely_body(cluster: _Cluster) -> bool:
    """Is the cluster a person only as a role's holder after its comma, by a name whose
    words make it surely a body's?"""
    runs = [r for r in cluster.runs if "person" in r.evidence]
    return all("holder" in r.evidence for r in runs) and surely_body(cluster.name)


_STATED = frozenset({"person", "title", "honorific", "aged"})
_BODY = frozenset({"org", "body_words"})
_ITS = frozenset({"it_said", "its"})  # "Kessel State said it would …": a body's "it"


_VERB_NEXT = frozenset({"acts", "speech", "modifier"})  # what may follow a clause's subject
_PERSONISH = frozenset({"name", "speech", "person", "title", "honorific"})


def _outvoted(cluster: _Cluster) -> set[str]:
    """The cluster's evidence, less an organisation noun before one mention ("whose party
    Ann Lee described") when more of its mentions read as a person's and none as a body's
    (for one word, "said" is no person's mark: "software maker Vantora … Vantora said")."""
    runs = cluster.runs
    by_noun = sum("org_noun" in r.evidence for r in runs)
    if not by_noun or any("org" in r.evidence and "org_noun" not in r.evidence for r in runs):
        return cluster.evidence
    if any(r.honorific and len(r.tokens) == 1 for r in runs) and _by_noun_only(cluster):
        return cluster.evidence - {"org", "org_noun"}  # "developer Anthony Rossi … Mr Rossi"
    if any(
        "org_noun" in r.evidence and not r.evidence & _VERB_NEXT or "says" in r.evidence
        for r in runs
    ):
        return cluster.evidence  # "fined the regional daily newspaper Slobodni Jadran €30,000",
        # "the charity Refuge Littoral said police had …"; not "whose party Ann Lee
        # described", "at the agency Kessling ran": the subject of a relative clause
    if any(len(r.tokens) >= 2 and r.tokens[-1].lower in lx.ORG_HEADS for r in runs):
        return cluster.evidence  # "The aid group CareBridge International … CareBridge said"
    marks = _PERSONISH if len(cluster.parts) > 1 else _PERSONISH - {"name", "speech"}
    personish = sum(bool(r.evidence & marks) and "org" not in r.evidence for r in runs)
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
            last = run.tokens[-1]
            forms.append(run.text)
            if last.end > run.start + len(run.text):  # "the Civic Harvest party": also so
                forms.append(para.text[run.start : last.end])
            full = run.title[0].start if run.title else run.start
            if run.honorific:
                full = min(full, para.tokens[run.index - 1].start)
            title = (run.title[0].start, run.title[-1].end) if run.title else None
            mentions.append(
                NameMention(
                    key,
                    cluster.kind,
                    run.para,
                    run.start,
                    max(run.start + len(run.text), last.end),  # "BBC Radio 4": past the
                    # last word; "the Civic Harvest party": the mention holds the kind
                    run.text,
                    full,
                    title,
                    last.possessive,
                )
            )
            if cluster.kind == "person":
                _derive_campaign(para, run, cluster, derived, mentions)
        unique = tuple(dict.fromkeys(forms))
        shown = _NICKNAME.sub(" ", cluster.name) if cluster.kind == "person" else cluster.name
        entities.append(Entity(key, shown, cluster.kind, unique, curated))  # "Teodoro Salcedo"
    for key, (name, forms) in derived.items():
        entities.append(Entity(key, name, "organisation", tuple(dict.fromkeys(forms)), False))
    mentions.sort(key=lambda m: (m.paragraph, m.start, not m.derived))
    order = {m.key: i for i, m in reversed(list(enumerate(mentions)))}
    entities.sort(key=lambda e: order.get(e.key, len(mentions)))
    return NameResult(tuple(entities), tuple(mentions))


def _derive_campaign(
    para: Para,
    run: Run,
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
    if after is not None and after.capitalised and para.text[nxt.end : after.start] == ", ":
        return  # "Serrano's team, Velocor Atlântico, said": the body's own name follows
    surname = cluster.name.split()[-1]
    name = f"{surname} campaign"
    key = "new:" + norm(name)
    start = run.tokens[0].start
    text = para.text[start : nxt.end]
    derived.setdefault(key, (name, []))[1].append(text)
    mentions.append(
        NameMention(key, "organisation", run.para, start, nxt.end, text, start, None, False, True)
    )


def honorifics_start(para: Para, m: NameMention) -> int:
    """Where a mention begins with all the honorifics before it ("the Speaker, Rt. Hon. X":
    the mention's own start holds only the last), for the chunks of a sentence."""
    toks = para.tokens
    k = bisect_left(toks, m.full_start, key=attrgetter("start"))
    if k >= len(toks) or toks[k].start != m.full_start:
        return m.full_start
    while k > 0 and toks[k - 1].capitalised and toks[k - 1].lower in _HONORIFIC_RUN:
        if para.text[toks[k - 1].end : toks[k].start] not in {" ", ". "}:
            break
        k -= 1
    return toks[k].start


_HONORIFIC_RUN = lx.HONORIFICS | {"tan"}
