"""People and organisations named in the text, clustered into entities.

`find_names(paras, gazetteer)` → `NameResult`: entities (deterministic order of first
mention) and mentions (with the title words found inside the capitalised run, for roles).

How: capitalised word runs (joined by "of", "and", "the" … only inside organisation and title
names) are split into an optional title ("British Prime Minister"), an optional honorific
("Mr") and the name. Each run collects evidence — person (honorific, title, role noun before,
role or age appositive after, ", who", a speech verb next to it), organisation (a head noun
like Party/Commission, an acronym, ", which", "X’s <Name>"), place (after in/from/near, "state
of", a head like Street) — and evidence is pooled over an entity's mentions. Later short forms
("Starmer", "Mr Trump", "Sir Keir", "Labour") link to the one full name they fit; ambiguous
short forms link to nothing. Runs with no evidence are dropped: precision before recall.
The gazetteer overrides kind and supplies ids and aliases (compared by `generator.text.name_key`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.extract import lexicon as lx
from generator.extract.document import Para
from generator.extract.sentences import Token
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
class _Run:
    para: int
    tokens: list[Token]
    title: list[Token]
    honorific: str
    index: int  # index of the first name token in the paragraph's tokens
    last: int  # index of the last name token
    evidence: set[str] = field(default_factory=set)

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)


def _is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isupper() and word.isalpha()


def _raw_runs(para: Para) -> list[list[int]]:
    toks, text = para.tokens, para.text
    runs: list[list[int]] = []
    current: list[int] = []
    for i, tok in enumerate(toks):
        joined = (
            bool(current)
            and not toks[current[-1]].possessive
            and text[toks[current[-1]].end : tok.start].strip() == ""
        )
        if tok.capitalised and not (tok.sentence_start and current == []):
            if current and not joined:
                runs.append(current)
                current = []
            current.append(i)
        elif tok.capitalised:  # sentence start: a run begins here
            if current:
                runs.append(current)
            current = [i]
        elif joined and tok.lower in lx.CONNECTORS:
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [_trim(toks, r) for r in runs if r]


def _trim(toks: tuple[Token, ...], run: list[int]) -> list[int]:
    while run and (toks[run[0]].lower in lx.CONNECTORS or not toks[run[0]].capitalised):
        run = run[1:]
    while run and not toks[run[-1]].capitalised:
        run = run[:-1]
    while run and toks[run[0]].sentence_start and toks[run[0]].lower in lx.SENTENCE_STARTERS:
        run = run[1:]
    return run


def _split_and(toks: tuple[Token, ...], run: list[int]) -> list[list[int]]:
    """Split "Starmer and Trump" (but not "Competition and Markets Authority"), and a titled
    person from the organisation after "of" ("Inspector Sam Reid of the Metropolitan Police")."""
    words = [toks[i].lower for i in run]
    titles = [j for j, w in enumerate(words) if w in lx.TITLE_WORDS]
    if "of" in words and titles:
        cut = words.index("of")
        named = [w for w in words[titles[-1] + 1 if titles[-1] < cut else 0 : cut]]
        if titles[0] < cut and len(named) >= 2:
            left, right = run[:cut], run[cut + 1 :]
            while right and toks[right[0]].lower in lx.CONNECTORS:
                right = right[1:]
            return [p for p in (left, right) if p]
    if any(w in lx.ORG_HEADS for w in words):
        return [run]
    split_on = {"and"} if titles else {"and", "of", "for", "the"}
    parts: list[list[int]] = [[]]
    for i in run:
        if toks[i].lower in split_on:
            parts.append([])
        elif toks[i].lower not in lx.CONNECTORS or parts[-1]:
            parts[-1].append(i)
    return [_trim(toks, p) for p in parts if p]


def _make_run(para: Para, run: list[int]) -> _Run | None:
    toks = para.tokens
    words = [toks[i] for i in run]
    heads = [w for w in words if w.lower in lx.ORG_HEADS]
    if heads and len(words) >= 2 and not any(w.lower in lx.TITLE_WORDS for w in words):
        return _Run(para.number, words, [], "", run[0], run[-1], {"org"})
    title_end = -1
    for j, tok in enumerate(words):
        if tok.lower in lx.TITLE_WORDS and tok.lower not in lx.HONORIFICS:
            title_end = j
    if title_end >= 0:
        j = title_end + 1
        while j + 2 < len(words) and words[j].lower in {"of", "the", "for"}:
            j += 1
            while j + 2 < len(words) and words[j].lower in {"the"}:
                j += 1
            j += 1
            title_end = j - 1
    title = words[: title_end + 1]
    rest = list(range(title_end + 1, len(words)))
    honorific = ""
    if rest and words[rest[0]].lower.rstrip(".") in lx.HONORIFICS:
        honorific = words[rest[0]].lower.rstrip(".")
        rest = rest[1:]
    if not rest:
        return None
    name = [words[j] for j in rest]
    evidence = {"title"} if title else set()
    if honorific:
        evidence.add("honorific")
    return _Run(para.number, name, title, honorific, run[rest[0]], run[rest[-1]], evidence)


def _local_evidence(para: Para, run: _Run) -> None:
    toks, text = para.tokens, para.text
    prev = toks[run.index - 1] if run.index > 0 and not run.title and not run.honorific else None
    prev2 = toks[run.index - 2] if run.index > 1 else None
    nxt = toks[run.last + 1] if run.last + 1 < len(toks) else None
    last = run.tokens[-1]
    after = text[last.end + (2 if last.possessive else 0) :]
    if len(run.tokens) == 1 and _is_acronym(last.text):
        run.evidence.add("common" if last.lower in lx.NON_ORG_ACRONYMS else "org")
    if last.lower in lx.PLACE_HEADS:
        run.evidence.add("place")
    if prev is not None and not prev.capitalised:
        if (
            prev.lower in lx.PLACE_PREPOSITIONS
            or prev.lower == "of"
            and prev2 is not None
            and prev2.lower in lx.PLACE_OF_NOUNS
        ):
            run.evidence.add("place")
        elif prev.lower == "the":
            run.evidence.add("the")
        elif prev.lower in {"at", "of", "for", "by", "with"}:
            run.evidence.add("prep")
        elif prev.lower in lx.ROLE_NOUNS:
            run.evidence.add("person")
        elif prev.lower in lx.SPEECH_VERBS and text[prev.end : run.tokens[0].start].strip() == "":
            run.evidence.add("speech")
    stripped = after.lstrip()
    if stripped.startswith(","):
        rest = stripped[1:].lstrip()
        if rest.startswith("who ") or rest[:3].isdigit() or rest[:2].isdigit():
            run.evidence.add("person")
        elif rest.startswith("which "):
            run.evidence.add("org")
        elif _appositive_role(rest):
            run.evidence.add("person")
    gap_start = last.end + (2 if last.possessive else 0)
    if nxt is not None and text[gap_start : nxt.start].strip() in {"", ","}:
        if nxt.lower in lx.SPEECH_VERBS and not last.possessive:
            run.evidence.add("speech")
        if nxt.lower in {"group", "firm", "company", "charity", "club", "party", "agency"}:
            run.evidence.add("org")
        if last.possessive and nxt.capitalised and not nxt.sentence_start:
            run.evidence.add("affiliate")


def _appositive_role(rest: str) -> bool:
    words = rest.replace("’", "'").split(",")[0].split()[:10]
    if not words:
        return False
    first = words[0].casefold()
    lowered = [w.casefold().strip(".;:'s").removesuffix("'s") for w in words]
    has_role = any(w in lx.ROLE_NOUNS for w in lowered)
    return has_role and (first in lx.DETERMINERS or first in lx.ROLE_NOUNS or "'s" in words[0])


@dataclass
class _Cluster:
    name: str
    kind: Kind | None
    evidence: set[str]
    runs: list[_Run]
    known: KnownEntity | None = None


def find_names(paras: tuple[Para, ...], gazetteer: Gazetteer) -> NameResult:
    runs: list[_Run] = []
    for para in paras:
        for raw in _raw_runs(para):
            for part in _split_and(para.tokens, raw):
                run = _make_run(para, part)
                if run is not None:
                    _local_evidence(para, run)
                    runs.append(run)
    clusters = _cluster(runs, gazetteer.derived("names", _known_names))
    return _finish(paras, clusters)


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
    # Possessive organisations before a person ("Al Jazeera’s Jonah Hull") are organisations.
    for run in runs:
        if "affiliate" in run.evidence:
            run.evidence.add("org")
    for run in runs:
        key = norm(run.text)
        gaz = known.get(key)
        if len(run.tokens) >= 2 or gaz is not None or _is_acronym(run.tokens[0].text):
            target = gaz.id if gaz is not None else key
            if gaz is None and len(run.tokens) == 1:  # an acronym of a name seen before
                for other in clusters:
                    words = [w for w in norm(other.name).split() if w not in lx.CONNECTORS]
                    if len(words) > 1 and "".join(w[0] for w in words) == key:
                        target = other.known.id if other.known else norm(other.name)
            cluster = by_name.get(target)
            if cluster is None:
                cluster = _Cluster(gaz.name if gaz else run.text, None, set(), [], gaz)
                by_name[target] = cluster
                clusters.append(cluster)
            cluster.runs.append(run)
            cluster.evidence |= run.evidence
        else:
            singles.append(run)
    for run in singles:
        word = norm(run.text)
        fits = [c for c in clusters if _fits(c, word, run.honorific)]
        if len(fits) == 1:
            fits[0].runs.append(run)
            fits[0].evidence |= run.evidence
        elif not fits and word in known:
            gaz = known[word]
            cluster = by_name.get(gaz.id)
            if cluster is None:
                cluster = _Cluster(gaz.name, None, set(), [], gaz)
                by_name[gaz.id] = cluster
                clusters.append(cluster)
            cluster.runs.append(run)
        elif not fits and run.honorific:
            name = (
                f"{run.honorific.title()} {run.text}"
                if run.honorific in {"lord", "lady"}
                else run.text
            )
            cluster = by_name.get(norm(name))
            if cluster is None:
                cluster = _Cluster(name, None, set(), [])
                by_name[norm(name)] = cluster
                clusters.append(cluster)
            cluster.runs.append(run)
            cluster.evidence |= run.evidence
        elif not fits and {"org"} <= run.evidence and "place" not in run.evidence:
            cluster = by_name.setdefault(word, _Cluster(run.text, None, set(), []))
            if cluster not in clusters:
                clusters.append(cluster)
            cluster.runs.append(run)
            cluster.evidence |= run.evidence
    for cluster in clusters:
        cluster.kind = _kind(cluster)
    return [c for c in clusters if c.kind is not None]


def _fits(cluster: _Cluster, word: str, honorific: str) -> bool:
    if cluster.known is not None and word in {norm(a) for a in cluster.known.aliases}:
        return True
    parts = norm(cluster.name).split()
    if len(parts) < 2:
        return False
    if "org" in cluster.evidence:
        return (len(parts) == 2 and word == parts[0]) or word == "".join(
            p[0] for p in parts if p not in lx.CONNECTORS
        )
    if honorific in lx.GIVEN_NAME_HONORIFICS:
        return word == parts[0]
    return word == parts[-1] and "org" not in cluster.evidence


def _kind(cluster: _Cluster) -> Kind | None:
    if cluster.known is not None:
        return cluster.known.kind
    ev = cluster.evidence
    if "org" in ev and "common" not in ev:
        return "organisation"
    if "place" in ev or "common" in ev:
        return None
    if ev & {"person", "title", "honorific"}:
        return "person"
    if (
        "speech" in ev
        and not ev & {"the", "prep"}
        and any(len(r.tokens) >= 2 for r in cluster.runs)
    ):
        return "person"
    return None


def _finish(paras: tuple[Para, ...], clusters: list[_Cluster]) -> NameResult:
    entities: list[Entity] = []
    mentions: list[NameMention] = []
    derived: dict[str, tuple[str, list[str]]] = {}
    for cluster in clusters:
        assert cluster.kind is not None
        key = cluster.known.id if cluster.known else "new:" + norm(cluster.name)
        forms: list[str] = []
        for run in cluster.runs:
            para = paras[run.para - 1]
            first, last = run.tokens[0], run.tokens[-1]
            text = para.text[first.start : last.end]
            forms.append(text)
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
                    last.end,
                    text,
                    full,
                    title,
                    last.possessive,
                )
            )
            if cluster.kind == "person":
                _derive_campaign(para, run, cluster, derived, mentions)
        unique = tuple(dict.fromkeys(forms))
        entities.append(Entity(key, cluster.name, cluster.kind, unique, cluster.known is not None))
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
    if para.text[run.tokens[-1].end : nxt.start].strip() not in {"", "’s", "'s"}:
        return
    if nxt.lower == "team" and not run.tokens[-1].possessive:
        return
    surname = cluster.name.split()[-1]
    name = f"{surname} campaign"
    key = "new:" + norm(name)
    start = run.tokens[0].start
    text = para.text[start : nxt.end]
    derived.setdefault(key, (name, []))[1].append(text)
    mentions.append(
        NameMention(key, "organisation", run.para, start, nxt.end, text, start, None, False, True)
    )
