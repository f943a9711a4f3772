"""The risk model of shown attributions (`attribution_risk`): its weights are what
`make fit-risk` fits on the blind measures' first looks, fitting is deterministic, and the
Editor's review lists the attributions it flags, likeliest wrong first, with reasons."""

from __future__ import annotations

import re
import runpy
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from generator.build import generate, load
from generator.extract.fit_risk import _MEASURES, main, measures

ROOT = Path(__file__).parents[2]
STORED = ROOT / "generator" / "extract" / "risk_weights.py"
Make = Callable[[Mapping[str, str | bytes]], Path]

ARTICLE = """---
title: Strike day
date: 2026-11-28
outlet: Courier
---
"We will not back down," Maria Lee said on Tuesday.

Outside Parliament on Tuesday, as the debate on the budget went on, the CGT union, which has \
called a national day of strikes for December 3, said in a statement that the government had \
"chosen force".
"""


def test_every_measure_names_a_commit_in_history_and_folders_that_exist() -> None:
    listed = measures(_MEASURES)
    assert len(listed) >= 9
    for commit, folders in listed:
        assert folders and all(f.is_dir() for f in folders), commit
        found = subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", commit + "^{commit}"])
        assert found.returncode == 0, f"{commit} is not in this clone's history"


def test_fitting_twice_gives_the_same_weights_and_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = measures(_MEASURES)[:2]
    listing = tmp_path / "MEASURES"
    listing.write_text(
        "# two measures, one folder each\n"
        f"{first[0]} {first[1][0].resolve()}\n{second[0]} {second[1][0].resolve()}\n",
        encoding="utf-8",
    )
    args = ["--measures", str(listing), "--hold-out", "1", "--write", "--out"]
    assert main([*args, str(tmp_path / "a.py")]) == 0
    assert main([*args, str(tmp_path / "b.py")]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "a.py").read_bytes() == (tmp_path / "b.py").read_bytes()
    line = r"held out \(1 measures\): \d+ shown attributions, \d+ wrong\n  risk ≥ 0\.10: \d+"
    assert re.search(line, out), out
    weights = runpy.run_path(str(tmp_path / "a.py"))["WEIGHTS"]
    assert weights and any(value != 0 for value in weights.values())


@pytest.mark.slow
def test_the_stored_weights_are_what_make_fit_risk_fits(tmp_path: Path) -> None:
    """A new measure, or a change to the features: run `make fit-risk` and commit
    `risk_weights.py` with it."""
    out = tmp_path / "weights.py"
    assert main(["--write", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == STORED.read_text(encoding="utf-8"), (
        "risk_weights.py is not what `make fit-risk` fits now: run it and commit"
    )


def test_the_review_lists_the_riskiest_shown_attributions_with_reasons(
    make_project: Make,
) -> None:
    resolved, _ = load(make_project({"strike.md": ARTICLE}))
    risky = [
        (n.source.paragraph, n.text)
        for n in resolved.story.review
        if n.topic == "Attributions most likely wrong"
    ]
    assert len(risky) == 1, risky
    paragraph, text = risky[0]
    assert paragraph == 2
    assert text.startswith("“chosen force” — shown as CGT; about a 1")
    assert "a one-word name" in text and "an organisation as the speaker" in text
    page = dict(generate(make_project({"strike.md": ARTICLE})).pages)["review.md"]
    section = page.split("## Attributions most likely wrong\n\n")[1]
    assert section.startswith("Shown with a named speaker, in a form where")
    assert "We will not back down" not in section.split("\n## ")[0]


HELD = ROOT / "tests" / "extraction" / "blind" / "fresh391" / "ghanaweb_pac_ho_stadium_audit.txt"


def test_an_attribution_at_risk_hold_or_more_is_held_back_from_readers(
    make_project: Make,
) -> None:
    """The model rates "describing … the ministry's explanation as “an insult to the
    intelligence of Ghanaians”" (which the rules give the ministry; the words are the
    describer's) at risk `HOLD` or more, well clear of it: readers see "speaker unclear", the
    review says why and names the guess."""
    body = HELD.read_text(encoding="utf-8").split("---", 2)[2]
    article = "---\ntitle: Stadium audit\ndate: 2026-07-08\noutlet: GhanaWeb\n---\n" + body
    project = make_project({"audit.md": article})
    pages = dict(generate(project).pages)
    shown = [  # the explainer page and any other reader's page, not the review
        line
        for name, text in pages.items()
        if name != "review.md"
        for line in text.splitlines()
        if "“an insult to the intelligence" in line
    ]
    assert shown and all("— *speaker unclear*," in line for line in shown), shown
    assert not any("Ministry" in line.split("[")[0] for line in shown), shown
    review = [line for line in pages["review.md"].splitlines() if "“an insult to" in line]
    assert review and "held back: about a" in review[0], review
    resolved, _ = load(make_project({"audit.md": article}))
    held = [n.text for n in resolved.story.review if "held back" in n.text]
    assert any(
        t.startswith("“an insult to the intelligence of Ghanaians” — speaker unclear (perhaps ")
        for t in held
    ), held
    assert all(re.search(r"held back: about a \d+% chance it is wrong\)$", t) for t in held)
