"""Fit the model of `speaker_candidates` on labelled folders and report it on others:
`python -m generator.extract.fit_candidates --fit DIR… [--test DIR…] [--write]`.

Each quotation the rules leave with no speaker whose labelled speaker is among its candidates
(`speaker_candidates.features`) is one choice: a softmax over the candidates, fitted by plain
stochastic gradient descent with L2 in a fixed order, so the same folders give the same
weights. For --fit and --test folders alike it prints how often the first candidate is the
labelled speaker and how often any of the four offered is, for the model and for the rules'
own list (the sentence's names in order). For --test folders it also prints what showing
the first candidate as the speaker would do, over every unclear quotation, those whose words
the labels give to no one or to someone unnamed among them, at a few thresholds of the
model's share: the measure of whether the ranking could ever name a speaker (it cannot: on
the read sets the first candidate is right for at most one such quotation in five, at any
threshold). `--write` stores the weights in
`candidate_weights.py` (or `--out`); `make fit-candidates` refits them on every read blind
set.
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass
from pathlib import Path

from generator.extract import speaker_candidates as sc
from generator.extract.document import analyse
from generator.extract.labelled import load
from generator.extract.scoring import matcher, quote_for
from generator.extract.story import extract_story
from generator.extract.types import Quote

_OUT = Path(__file__).with_name("candidate_weights.py")
Weights = dict[str, float]


@dataclass(frozen=True)
class Choice:
    options: dict[str, Weights]  # candidate key → features
    answers: frozenset[str]  # the candidates that are the labelled speaker (may be none)
    listed: tuple[bool, ...]  # the rules' own candidates: is each the labelled speaker?


def choices(folders: list[Path], every: bool = False) -> list[Choice]:
    """One choice per unclear quotation whose labelled speaker is among its candidates; with
    `every`, one per unclear labelled quotation, whatever its label says."""
    out: list[Choice] = []
    for folder in folders:
        loaded = load([folder])
        found = extract_story([(d.paragraphs, d.date) for d in loaded.docs], loaded.gazetteer)
        for doc, extraction in zip(loaded.docs, found, strict=True):
            quotes = extraction.quotes
            layout = sc.Layout(analyse(doc.paragraphs), extraction.mentions, extraction.entities)
            matches = matcher(doc, extraction)
            for label in doc.labels.get("quotes") or []:
                index = quote_for(label, quotes)
                speaker = label.get("speaker")
                if index is None or not sc.is_open(quotes[index]):
                    continue
                if speaker is None and not every:
                    continue
                options = sc.features(layout, quotes, index)
                answers = frozenset(k for k in options if speaker and matches(k, speaker))
                names = _sentence_names(layout, quotes[index])
                listed = tuple(bool(speaker) and matches(k, speaker) for k in names)
                if answers or (every and options):
                    out.append(Choice(options, answers, listed))
    return out


def _sentence_names(layout: sc.Layout, quote: Quote) -> tuple[str, ...]:
    """What the rules offered before the ranking: the names of the quotation's sentence
    (outside quotations), in order, at most four."""
    para = layout.paras[quote.span.paragraph]
    here = layout.sentence(para, quote.span.start)
    found = sorted((o, k) for k, spots in layout.spots.items() for s, _, o in spots if s == here)
    return tuple(dict.fromkeys(k for _, k in found))[: sc.SHOWN]


def fit(data: list[Choice], epochs: int = 40, rate: float = 0.05, l2: float = 1e-4) -> Weights:
    w: Weights = {}
    for epoch in range(epochs):
        step = rate / (1 + epoch * 0.1)
        for c in data:
            keys = sorted(c.options)
            logits = [sc.score(w, c.options[k]) for k in keys]
            top = max(logits)
            exps = [math.exp(z - top) for z in logits]
            total = sum(exps)
            for k, e in zip(keys, exps, strict=True):
                grad = (1.0 if k in c.answers else 0.0) / len(c.answers) - e / total
                for name, value in c.options[k].items():
                    w[name] = w.get(name, 0.0) + step * (grad * value - l2 * w.get(name, 0.0))
    return w


def report(name: str, data: list[Choice], w: Weights) -> str:
    first = listed_first = offered = listed_offered = 0
    for c in data:
        ranked = sorted(c.options, key=lambda k: -sc.score(w, c.options[k]))[: sc.SHOWN]
        first += ranked[0] in c.answers
        offered += any(k in c.answers for k in ranked)
        listed_first += bool(c.listed) and c.listed[0]
        listed_offered += any(c.listed)
    n = max(1, len(data))
    return (
        f"{name}: {len(data)} unclear quotations whose speaker the text names; first candidate "
        f"right {first} ({first / n:.2f}), among the {sc.SHOWN} offered {offered} "
        f"({offered / n:.2f}); the sentence's names: first {listed_first} "
        f"({listed_first / n:.2f}), any {listed_offered} ({listed_offered / n:.2f})"
    )


SHARES = (0.5, 0.7, 0.9)


def report_shown(data: list[Choice], w: Weights) -> str:
    """What naming the first candidate as the speaker would give, at each of `SHARES`."""
    firsts = []
    for c in data:
        logits = {k: sc.score(w, f) for k, f in c.options.items()}
        top = max(logits.values())
        total = sum(math.exp(z - top) for z in logits.values())
        first = min(logits, key=lambda k: (-logits[k], k))
        firsts.append((1 / total, first in c.answers))
    lines = [f"if shown: {len(data)} unclear quotations with a candidate"]
    for share in SHARES:
        shown = [right for p, right in firsts if p >= share]
        lines.append(
            f"  first candidate's share ≥ {share:.1f}: {len(shown)} shown, {sum(shown)} right "
            f"({sum(shown) / max(1, len(shown)):.2f})"
        )
    return "\n".join(lines)


def arguments(prog: str, out: Path, argv: list[str] | None) -> argparse.Namespace:
    """The command line of both fitting commands: --fit DIR…, --test DIR…, --write, --out."""
    parser = argparse.ArgumentParser(prog=f"python -m generator.extract.{prog}")
    parser.add_argument("--fit", nargs="+", type=Path, required=True)
    parser.add_argument("--test", nargs="*", type=Path, default=[])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--out", type=Path, default=out, help="where --write writes")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments("fit_candidates", _OUT, argv)
    train = [c for c in choices(sorted(args.fit)) if c.answers]
    w = fit(train)
    print(report("fit", train, w))
    if args.test:
        every = choices(sorted(args.test), every=True)
        print(report("test", [c for c in every if c.answers], w))
        print(report_shown(every, w))
    for name, value in sorted(w.items()):
        print(f"  {name:40} {value:+.3f}")
    if args.write:
        args.out.write_text(_module(w), encoding="utf-8")
    return 0


def _module(w: Weights) -> str:
    rows = "".join(
        f"    {json.dumps(k, ensure_ascii=False)}: {round(x, 4)!r},\n" for k, x in sorted(w.items())
    )
    return (
        '"""Weights of `speaker_candidates`\' model, written by\n'
        '`python -m generator.extract.fit_candidates`."""\n\n'
        f"WEIGHTS: dict[str, float] = {{\n{rows}}}\n"
    )


if __name__ == "__main__":
    raise SystemExit(main())
