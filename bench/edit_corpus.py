"""A small synthetic story for edit-by-edit checks, deterministic for a given N and seed.

(bench/corpus.py is the benchmark's full, realistic story; this one is lighter and exposes the
helpers the incremental benchmark and the cache tests edit documents with.)

`write_corpus(root, n)` fills `root` with about 5% rules, 10% person profiles, one story
document and articles for the rest; articles name people and rules in their front matter and
body, so the whole pipeline (linking, backlinks, who's who) does real work. Used by
bench/incremental.py and by the cache and serve tests.
"""

from __future__ import annotations

import random
from pathlib import Path

WORDS = [
    "campaign",
    "volunteers",
    "complaint",
    "election",
    "commission",
    "party",
    "donation",
    "travel",
    "housing",
    "statement",
    "rules",
    "foreign",
    "national",
    "contribution",
    "candidate",
    "officials",
    "report",
    "state",
    "investigation",
    "lawyers",
    "spokesperson",
    "decision",
    "weeks",
    "evidence",
    "policy",
    "meeting",
]


def _sentence(rng: random.Random, names: list[str]) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    if names and rng.random() < 0.5:
        words.insert(rng.randint(0, len(words)), rng.choice(names))
    return " ".join(words).capitalize() + "."


def _paragraphs(rng: random.Random, names: list[str], count: int) -> str:
    return "\n\n".join(
        " ".join(_sentence(rng, names) for _ in range(rng.randint(2, 4))) for _ in range(count)
    )


def article(index: int, people: int, rules: int, seed: int = 0) -> str:
    """The text of synthetic article `index` (also used to edit one in place)."""
    rng = random.Random(f"{seed}-{index}")
    cast = sorted({rng.randrange(people) for _ in range(3)})
    raised = sorted({rng.randrange(rules) for _ in range(2)})
    names = [f"Person{p} Surname{p}" for p in cast] + [f"Rule {r} Act" for r in raised]
    day = 1 + index % 28
    month = 1 + (index // 28) % 12
    front = [
        "---",
        f"id: article-{index}",
        f"title: Article {index} about the campaign",
        f"date: 2024-{month:02d}-{day:02d}",
        "outlet: The Synthetic Times",
        f"summary: What article {index} says about the campaign.",
        "people:",
    ]
    for p in cast:
        front += [f"  - id: person-{p}", f"    role: role {p} in article {index}"]
    front.append(f"rules: [{', '.join(f'rule-{r}' for r in raised)}]")
    front.append("---")
    return "\n".join(front) + "\n" + _paragraphs(rng, names, rng.randint(6, 10)) + "\n"


def _rule(index: int) -> str:
    return (
        f"---\nkind: rule\nid: rule-{index}\ntitle: Rule {index} on contributions\n"
        f"citation: Rule {index} Act\ninstrument: statute\ndate: 2020-01-01\n"
        f"summary: What rule {index} allows and forbids.\n"
        f'forbids:\n  - text: Thing {index}\n    cites: "(a)"\n'
        f'provisions:\n  - ref: "(a)"\n    text: No thing {index}.\n'
        f"---\nRule {index} explained in plain words.\n"
    )


def _person(index: int) -> str:
    return (
        f"---\nkind: person\nid: person-{index}\nname: Person{index} Surname{index}\n"
        f"summary: Person {index}, who appears in the story.\nroles: [official {index}]\n"
        f"date: 2024-01-01\n"
        f"---\nA short profile of person {index}.\n"
    )


def sizes(n: int) -> tuple[int, int, int]:
    """(rules, people, articles) for a corpus of `n` documents."""
    rules = max(1, n // 20)
    people = max(1, n // 10)
    return rules, people, max(1, n - rules - people - 1)


def write_corpus(root: Path, n: int, seed: int = 0) -> list[Path]:
    """Write the corpus under `root`; return the article paths (the ones to edit)."""
    rules, people, articles = sizes(n)
    for folder in ("rules", "people", "articles"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "story.md").write_text(
        "---\nkind: story\ntitle: A synthetic story\nsummary: Many documents.\n---\nOverview.\n",
        encoding="utf-8",
    )
    for i in range(rules):
        (root / "rules" / f"rule-{i}.md").write_text(_rule(i), encoding="utf-8")
    for i in range(people):
        (root / "people" / f"person-{i}.md").write_text(_person(i), encoding="utf-8")
    paths = []
    for i in range(articles):
        path = root / "articles" / f"article-{i}.md"
        path.write_text(article(i, people, rules, seed), encoding="utf-8")
        paths.append(path)
    return paths
