"""Fit the model of `name_kinds` on labelled folders and report it on others:
`python -m generator.extract.fit_kinds --fit DIR… [--test DIR…] [--write]`.

Every person and organisation the labels of the folders name (their `name`, each once) is one
example; a name labelled with both kinds is left out. Features seen fewer than three times are
dropped, the model is fitted as `fit_candidates` fits (a softmax over "organisation", with the
name's features, and "person", with none: a logistic model), and weights under 0.05 are
dropped, so the stored file stays small and the same folders give the same bytes. For --fit
and --test folders alike it prints how many organisations and how many people the model
calls bodies. `--write` stores the weights in `kind_weights.json` (or `--out`);
`make fit-kinds` refits them on every read blind set.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from generator.extract import name_kinds as nk
from generator.extract.fit_candidates import Choice, arguments, fit
from generator.extract.labelled import load
from generator.text import name_key

MIN_COUNT = 3
MIN_WEIGHT = 0.05


def examples(folders: list[Path]) -> list[tuple[str, str]]:
    """(name, kind) for every name the folders' labels give, sorted; one kind per name."""
    kinds: dict[str, set[str]] = {}
    shown: dict[str, str] = {}
    for folder in folders:
        for doc in load([folder]).docs:
            for person in doc.labels.get("people") or []:
                kind, name = person.get("kind"), str(person.get("name", ""))
                if kind in {"person", "organisation"} and name:
                    kinds.setdefault(name_key(name), set()).add(kind)
                    shown.setdefault(name_key(name), name)
    return sorted((shown[k], next(iter(v))) for k, v in kinds.items() if len(v) == 1)


def fit_kinds(data: list[tuple[str, str]]) -> dict[str, float]:
    seen = Counter(f for name, _ in data for f in nk.features(name))
    w = fit([_choice(name, kind, seen) for name, kind in data])
    return {f: round(v, 3) for f, v in sorted(w.items()) if abs(v) >= MIN_WEIGHT}


def _choice(name: str, kind: str, seen: Counter[str]) -> Choice:
    kept = {f: v for f, v in nk.features(name).items() if seen[f] >= MIN_COUNT}
    return Choice({"organisation": kept, "person": {}}, frozenset({kind}), ())


def report(name: str, data: list[tuple[str, str]], w: dict[str, float]) -> str:
    bodies = Counter(k for n, k in data if nk.logit(w, nk.features(n)) >= nk.ODDS)
    total = Counter(k for _, k in data)
    return (
        f"{name}: {total['organisation']} organisations, {bodies['organisation']} read as "
        f"bodies; {total['person']} people, {bodies['person']} read as bodies"
    )


def main(argv: list[str] | None = None) -> int:
    args = arguments("fit_kinds", nk.WEIGHTS_FILE, argv)
    train = examples(sorted(args.fit))
    w = fit_kinds(train)
    print(report("fit", train, w))
    if args.test:
        print(report("test", examples(sorted(args.test)), w))
    print(f"{len(w)} weights")
    if args.write:
        text = json.dumps(w, ensure_ascii=False, indent=0, sort_keys=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
