"""A deterministic synthetic news story of any size, for the benchmark.

`corpus(size, seed)` → {relative path: file text}: `size` source documents in realistic
proportions — about 80% articles (~600 words each, naming 3–5 curated people and an
organisation, quoting them in the text and in front matter, raising one or two rules, with
absolute and relative dates and an occasional name no front matter gives), 5% rule documents,
12% person and 3% organisation profiles, and one story document. `write(root, size, seed)`
writes it under `root`. Same size and seed → byte-identical files. No randomness escapes the
`random.Random(seed)` instance; no clock, no environment.

People appear with a Zipf-like frequency: a few main characters in many articles, a long tail
in one or two, as in a story that runs for months.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words(
    """Amelia Ben Chloe Daniel Eleanor Farid Grace Hugo Imani Jonas Kavya Liam Maya Noah Olivia
Pavel Quinn Rosa Samir Tessa Umar Vera Wesley Ximena Yusuf Zara Aled Bronwen Ciaran Delyth
Emeka Fiona Gareth Harriet Idris Joanna Kwame Lorna Malik Nadia Owen Priya Rhys Sunita
Tobias Una Viktor Wanjiru Yara Zoltan Abel Beatrix Cormac Dilys Ewan Freya Gideon Hana Ivo
Jude"""
)
LAST = _words(
    """Abbott Barker Castell Dunmore Ellery Fairbairn Gillick Hartigan Ingram Jessop Kellaway
Lindqvist Marchetti Nakamura Okafor Pemberton Quayle Rowntree Sandoval Thackeray Underwood
Vasquez Whitcombe Yardley Zielinski Ashdown Blackwood Cartwright Devereux Egerton Fenwick
Greenhalgh Holloway Illingworth Jardine Kingsley Lockhart Montague Northcott Ormerod
Pritchard Radcliffe Sheridan Tremayne Upton Villiers Wetherby Ashworth Birkett Colquhoun
Drummond Etherington Fairweather Gascoigne Hawthorne Inchbald Jellicoe Kilbride Lovell
Moberly Nettleton Oakeshott Pargeter Ravenscroft Stainton Tunstall Venables Wolstenholme"""
)
ORG_WORDS = _words(
    """Northern Coastal Civic Federal National Regional Metropolitan Independent United Central
Western Eastern Southern Highland Riverside Harbour"""
)
ORG_HEADS = _words("""Commission Council Party Agency Authority Foundation Trust Union""")
ROLE_LIST = [
    "spokesperson",
    "finance minister",
    "senior adviser",
    "director of operations",
    "senator",
    "councillor",
    "chief executive",
    "treasurer",
    "campaign manager",
    "lawyer",
    "analyst",
    "commissioner",
]
OUTLETS = ["The Ledger", "Daily Courier", "Evening Standard-Bearer", "Wire Service", "The Review"]
TOPICS = _words(
    """donations volunteers spending lobbying disclosure broadcasting polling travel advertising
data consultancy procurement"""
)
INSTRUMENTS = ["statute", "regulation", "guidance", "advisory opinion"]
SPEECH = ["said", "told reporters", "said in a statement", "added"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
FILLER = [
    "The committee met for several hours and heard evidence from officials and campaigners.",
    "Officials declined to say when a final decision would be published.",
    "Documents seen by reporters suggest the discussions began several months earlier.",
    "Critics argue the arrangement was never properly disclosed to the public.",
    "Supporters say the work was entirely voluntary and within the law.",
    "The row has dominated coverage in both capitals for much of the week.",
    "Several members of the opposition have called for an independent inquiry.",
    "The figures have not been independently verified.",
    "A final report is expected to be laid before parliament in the coming months.",
    "Neither side has disputed the basic timeline of events.",
    "Analysts note that similar complaints in the past rarely led to penalties.",
    "The organisation has published a short summary of its own review.",
    "Campaign staff were told to keep detailed records of every expense.",
    "The question of who paid for travel and housing remains at the centre of the dispute.",
    "Legal experts say the distinction between advice and contribution is narrow.",
]


@dataclass(frozen=True)
class _Person:
    id: str
    name: str
    surname: str
    role: str
    org: str


@dataclass(frozen=True)
class _Org:
    id: str
    name: str


@dataclass(frozen=True)
class _Rule:
    id: str
    title: str
    citation: str
    alias: str
    topic: str


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _counts(size: int) -> tuple[int, int, int, int]:
    """(articles, rules, person profiles, organisation profiles); one story document more."""
    rules = max(2, size * 5 // 100)
    people = max(2, size * 12 // 100)
    orgs = max(1, size * 3 // 100)
    return size - 1 - rules - people - orgs, rules, people, orgs


def corpus(size: int, seed: int = 7) -> dict[str, str]:
    """`size` source documents (at least 10) as {path under the sources folder: text}."""
    if size < 10:
        raise ValueError("a synthetic story needs at least 10 documents")
    rng = random.Random(seed)
    articles, rule_count, profiles, org_profiles = _counts(size)
    people = _people(rng, max(profiles, size // 4))
    orgs = _orgs(max(org_profiles, 3, size // 25))
    rules = [
        _Rule(
            f"rule-{k + 1}",
            f"Rules on {TOPICS[k % len(TOPICS)]} by foreign nationals, part {k + 1}",
            f"{10 + k} U.S.C. § {30100 + k}",
            f"{TOPICS[k % len(TOPICS)]} code {k + 1}",
            TOPICS[k % len(TOPICS)],
        )
        for k in range(rule_count)
    ]
    files: dict[str, str] = {"story.md": _story(articles)}
    for rule in rules:
        files[f"rules/{rule.id}.md"] = _rule_doc(rng, rule, rules)
    for person in people[:profiles]:
        files[f"people/{person.id}.md"] = _profile(person)
    for org in orgs[:org_profiles]:
        files[f"organisations/{org.id}.md"] = _org_profile(org)
    weights = [1 / (i + 1) ** 0.8 for i in range(len(people))]
    start = date(2024, 1, 1)
    for n in range(articles):
        day = start + timedelta(days=n * 540 // max(1, articles))
        cast = _cast(rng, people, weights)
        raised = rng.sample(rules, k=min(len(rules), rng.choice((1, 1, 2))))
        org = orgs[rng.randrange(len(orgs))]
        ident = f"{day.isoformat()}-{_slug(cast[0].surname)}-{n + 1}"
        files[f"articles/{ident}.md"] = _article(rng, ident, day, cast, org, raised, n)
    return files


def write(root: Path, size: int, seed: int = 7) -> int:
    """Write the corpus under `root` (created); returns the number of files."""
    files = corpus(size, seed)
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return len(files)


def _people(rng: random.Random, count: int) -> list[_Person]:
    pairs = [(f, s) for s in LAST for f in FIRST]
    rng.shuffle(pairs)
    if count > len(pairs):
        raise ValueError(f"at most {len(pairs)} synthetic people")
    out = []
    for k, (first, last) in enumerate(pairs[:count]):
        name = f"{first} {last}"
        out.append(_Person(_slug(name), name, last, ROLE_LIST[k % len(ROLE_LIST)], ""))
    return out


def _orgs(count: int) -> list[_Org]:
    out = []
    for k in range(count):
        word = ORG_WORDS[k % len(ORG_WORDS)]
        head = ORG_HEADS[(k // len(ORG_WORDS)) % len(ORG_HEADS)]
        suffix = f" {k // (len(ORG_WORDS) * len(ORG_HEADS)) + 1}" if k >= 128 else ""
        name = f"{word} {LAST[k % len(LAST)]} {head}{suffix}"
        out.append(_Org(_slug(name), name))
    return out


def _cast(rng: random.Random, people: list[_Person], weights: list[float]) -> list[_Person]:
    cast: dict[str, _Person] = {}
    want = rng.randint(3, 5)
    while len(cast) < want:
        person = rng.choices(people, weights)[0]
        cast.setdefault(person.id, person)
    return list(cast.values())


def _yaml(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _story(articles: int) -> str:
    return (
        "---\nkind: story\ntitle: A synthetic story for the benchmark\n"
        f"summary: {articles} synthetic articles about foreign help in election campaigns.\n"
        "---\nThis story is generated by bench/corpus.py; every name in it is invented.\n"
    )


def _rule_doc(rng: random.Random, rule: _Rule, rules: list[_Rule]) -> str:
    related = [r.id for r in rng.sample(rules, k=min(2, len(rules))) if r.id != rule.id]
    body = "\n\n".join(
        [
            f"This rule sets out how {rule.topic} by foreign nationals is treated in "
            "election campaigns, and who must report it.",
            "It applies to candidates, parties and committees alike. "
            "Breaches can lead to fines and, in serious cases, prosecution.",
            f"Guidance published with the rule gives examples of {rule.topic} that is "
            "allowed and of what is forbidden.",
        ]
    )
    return (
        f"---\nkind: rule\nid: {rule.id}\ntitle: {_yaml(rule.title)}\n"
        f"short_title: {_yaml('Limits on foreign ' + rule.topic)}\n"
        "jurisdiction: United States (federal)\n"
        f"citation: {_yaml(rule.citation)}\nissuer: United States Congress\n"
        f"instrument: {INSTRUMENTS[int(rule.id.rsplit('-', 1)[1]) % len(INSTRUMENTS)]}\n"
        f"url: https://example.org/{rule.id}\ntext_source: official\n"
        f"summary: Foreign nationals may not fund {rule.topic} in US elections.\n"
        f'allows:\n  - text: Unpaid {rule.topic} work by volunteers.\n    cites: "(a)"\n'
        f'forbids:\n  - text: Paying for {rule.topic} on behalf of a campaign.\n    cites: "(a)"\n'
        f'provisions:\n  - ref: "(a)"\n'
        f"    text: {_yaml('No foreign national shall fund ' + rule.topic + '.')}\n"
        f"aliases: [{_yaml(rule.alias)}]\n"
        f"related: [{', '.join(related)}]\n"
        f"---\n{body}\n"
    )


def _profile(person: _Person) -> str:
    return (
        f"---\nkind: person\nid: {person.id}\nname: {person.name}\n"
        f"aliases: [{person.surname}]\n"
        f"summary: {person.name} is a {person.role} in the synthetic story.\n"
        f"roles: [{person.role}]\ndate: 2024-01-01\n---\n"
        f"{person.name} has worked in politics for many years.\n"
    )


def _org_profile(org: _Org) -> str:
    return (
        f"---\nkind: organisation\nid: {org.id}\nname: {org.name}\n"
        f"summary: {org.name} is an organisation in the synthetic story.\n---\n"
    )


def _article(
    rng: random.Random,
    ident: str,
    day: date,
    cast: list[_Person],
    org: _Org,
    raised: list[_Rule],
    n: int,
) -> str:
    lead, other = cast[0], cast[1]
    weekday = WEEKDAYS[n % len(WEEKDAYS)]
    quotes: list[tuple[str, str]] = []  # (verbatim text, speaker id)
    paragraphs = [
        f"{lead.name}, the {lead.role}, said on {weekday} that the {org.name} had done "
        f"nothing wrong, rejecting claims made by {other.name}.",
    ]
    for person in cast[1:]:
        words = f"we acted in good faith on {rng.choice(TOPICS)} and we kept every record"
        paragraphs.append(
            f"“We will answer every question, and {words},” {person.name} "
            f"{rng.choice(SPEECH)}. {rng.choice(FILLER)} {rng.choice(FILLER)}"
        )
        quotes.append((words, person.id))
    for rule in raised:
        paragraphs.append(
            f"Under the {rule.alias}, foreign nationals may volunteer but may not pay for "
            f"{rule.topic}. {rng.choice(FILLER)}"
        )
    when = day - timedelta(days=rng.randint(20, 200))
    paragraphs.append(
        f"On {when.day} {when:%B %Y}, {lead.surname} met {other.surname} to discuss the "
        f"complaint. {rng.choice(FILLER)} {rng.choice(FILLER)}"
    )
    if n % 7 == 0:
        extra = f"{FIRST[(n // 7) % len(FIRST)]} {LAST[(n * 3) % len(LAST)]}ley"
        paragraphs.append(
            f"{extra}, a spokesperson for the campaign, said the claims were "
            f"“entirely unfounded”. {rng.choice(FILLER)}"
        )
    paragraphs.append(
        f"{lead.surname} said the matter would be settled next month. {rng.choice(FILLER)}"
    )
    while sum(len(p.split()) for p in paragraphs) < 600:
        paragraphs.append(" ".join(rng.choice(FILLER) for _ in range(4)))
    people = "".join(
        f"  - id: {p.id}\n    name: {p.name}\n    aliases: [{p.surname}]\n"
        f"    role: {p.role}\n    affiliation: {org.id}\n"
        for p in cast
    )
    quote_yaml = "".join(f"  - text: {_yaml(t)}\n    speaker: {s}\n" for t, s in quotes[:2])
    title = f"{lead.name} rejects claims over {raised[0].topic} ({n + 1})"
    return (
        f"---\nid: {ident}\ntitle: {_yaml(title)}\ndate: {day.isoformat()}\n"
        f"outlet: {OUTLETS[n % len(OUTLETS)]}\nurl: https://example.org/news/{ident}\n"
        f"summary: {_yaml(f'{lead.name} says the {org.name} acted lawfully.')}\n"
        f"key_points:\n  - {_yaml(f'{other.name} disputes the account.')}\n"
        f"people:\n{people}"
        f"organisations:\n  - id: {org.id}\n    name: {org.name}\n"
        f"quotes:\n{quote_yaml}"
        f"rules: [{', '.join(r.id for r in raised)}]\n"
        f"---\n" + "\n\n".join(paragraphs) + "\n"
    )


SAMPLE = Path(__file__).resolve().parent.parent / "seeds"


def write_with_sample(root: Path, size: int, seed: int = 7, sample: Path = SAMPLE) -> int:
    """`size` documents: the sample story's articles, rules and profiles (all but its story
    document) and a synthetic story around them, so the sample's searches ("McSweeney",
    "30121", "chief of staff") mean the same at every size. Returns the number of files."""
    own = sorted(p for p in sample.rglob("*.md") if p.relative_to(sample).parts[0] != "story.md")
    own = [p for p in own if len(p.relative_to(sample).parts) > 1]
    count = write(root, size - len(own), seed)
    for path in own:
        target = root / path.relative_to(sample)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    return count + len(own)
