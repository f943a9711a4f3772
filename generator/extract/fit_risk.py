"""Fit `attribution_risk` on the first looks at the blind measures:
`python -m generator.extract.fit_risk [--measures FILE] [--hold-out N] [--write]`.

`tests/extraction/blind/MEASURES` lists each blind measure with the commit it was first
scored on, before anyone read it. For each, this checks out that commit's `generator/` into
a temporary directory (`git archive`) and runs `risk_dump.py` there: what that code showed on
text it had never seen, and which of it was wrong. Those are the errors the model must learn;
the read sets hold only the ones nobody has fixed yet.

The model is a logistic regression on `attribution_risk.features`, fitted by plain stochastic
gradient descent with L2 in a fixed order, so the same measures give the same weights.
`--hold-out N` fits on all but the last N measures and reports on those; the report gives,
for the fit and the held-out measures, how many shown attributions were wrong, how many the
review's `CHECK` threshold flags and how many wrong ones it holds. `--write` stores the
weights in `risk_weights.py`; `make fit-risk` refits on every measure.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from generator.extract import attribution_risk as ar
from generator.extract.risk_record import Record

_ROOT = Path(__file__).resolve().parents[2]
_MEASURES = _ROOT / "tests" / "extraction" / "blind" / "MEASURES"
_OUT = Path(__file__).with_name("risk_weights.py")
_DUMP = Path(__file__).with_name("risk_dump.py")
Weights = dict[str, float]
_MIN_CUE = 15  # a cue word seen fewer times in the fit shares the weight of "another verb"


def measures(path: Path) -> list[tuple[str, list[Path]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split("#")[0].split()
        if words:
            out.append((words[0], [path.parent / w for w in words[1:]]))
    return out


def first_look(commit: str, folders: list[Path]) -> list[Record]:
    """What `commit`'s code showed on `folders`, one record per shown attribution."""
    archive = subprocess.run(
        ["git", "-C", str(_ROOT), "archive", commit, "generator"],
        check=True,
        capture_output=True,
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        out = subprocess.run(
            [sys.executable, str(_DUMP), *(str(f.resolve()) for f in folders)],
            cwd=tmp,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    return [json.loads(line) for line in out.splitlines()]


def fit(rows: list[tuple[ar.Features, bool]], l2: float = 1e-3, epochs: int = 40) -> Weights:
    """Stochastic gradient descent in a fixed order, the weights averaged over the second
    half of the epochs: the average settles where a last step would wander (adding one
    measure moved the last-step weights enough to change what the review flags)."""
    weights: dict[str, float] = {}
    total: dict[str, float] = {}
    order = list(range(len(rows)))
    rng = random.Random(7)
    averaged = 0
    for epoch in range(epochs):
        rng.shuffle(order)
        rate = 0.1 / (1 + 0.3 * epoch)
        for i in order:
            f, wrong = rows[i]
            gradient = ar.risk(f, weights) - wrong
            for k, v in f.items():
                w = weights.get(k, 0.0)
                weights[k] = w - rate * (gradient * v + l2 * w)
        if epoch >= epochs // 2:
            averaged += 1
            for k, w in weights.items():
                total[k] = total.get(k, 0.0) + w
    return {k: v / averaged for k, v in total.items()}


def report(label: str, rows: list[tuple[ar.Features, bool]], weights: Weights) -> str:
    scored = sorted(((ar.risk(f, weights), wrong) for f, wrong in rows), key=lambda t: -t[0])
    wrong = sum(w for _, w in scored)
    lines = [f"{label}: {len(scored)} shown attributions, {wrong} wrong"]
    for threshold in (ar.CHECK, 0.2, 0.25):
        flagged = [w for p, w in scored if p >= threshold]
        lines.append(
            f"  risk ≥ {threshold:.2f}: {len(flagged)} flagged "
            f"({len(flagged) / max(1, len(scored)):.1%}), holding {sum(flagged)} of the "
            f"{wrong} wrong ({sum(flagged) / max(1, wrong):.0%})"
        )
    return "\n".join(lines)


def _write(weights: Weights, cues: list[str], path: Path) -> None:
    body = "".join(
        f"    {json.dumps(k, ensure_ascii=False)}: {round(v, 4)},\n"
        for k, v in sorted(weights.items())
        if round(v, 4)
    )
    path.write_text(
        '"""Weights of `attribution_risk`\'s model, written by\n'
        '`python -m generator.extract.fit_risk`."""\n\n'
        "CUES: frozenset[str] = frozenset(\n    {\n"
        + "".join(f"        {json.dumps(c, ensure_ascii=False)},\n" for c in sorted(cues))
        + "    }\n)\n\n"
        f"WEIGHTS: dict[str, float] = {{\n{body}}}\n",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--measures", type=Path, default=_MEASURES)
    parser.add_argument("--hold-out", type=int, default=0)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--out", type=Path, default=_OUT)
    args = parser.parse_args(argv)
    listed = measures(args.measures)
    with ThreadPoolExecutor(max_workers=4) as pool:
        looks = list(pool.map(lambda m: first_look(*m), listed))
    cut = len(looks) - args.hold_out
    fitted = [r for look in looks[:cut] for r in look]
    held = [r for look in looks[cut:] for r in look]
    counts = Counter((r["cue"] or "").lower().split()[-1:][0] if r["cue"] else "" for r in fitted)
    cues = sorted(k for k, n in counts.items() if n >= _MIN_CUE and k)
    rows = [(ar.features(r, frozenset(cues)), bool(r["wrong"])) for r in fitted]
    weights = fit(rows)
    print(report(f"fit ({cut} measures)", rows, weights))
    if held:
        held_rows = [(ar.features(r, frozenset(cues)), bool(r["wrong"])) for r in held]
        print(report(f"held out ({args.hold_out} measures)", held_rows, weights))
    if args.write:
        _write(weights, cues, args.out)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
