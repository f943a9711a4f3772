"""The ranking of an unclear quotation's candidates (`speaker_candidates`): its weights are
what `make fit-candidates` fits on the read blind sets, fitting is deterministic, and it
never gives a speaker."""

from __future__ import annotations

import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.extract import extract
from generator.extract.fit_candidates import main
from generator.extract.types import Gazetteer

BLIND = Path(__file__).parent / "blind"
ROOT = Path(__file__).parents[2]
STORED = ROOT / "generator" / "extract" / "candidate_weights.py"


def test_fitting_twice_gives_the_same_weights_and_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fit = [str(BLIND / "fresh240"), str(BLIND / "fresh241")]
    args = ["--fit", *fit, "--test", str(BLIND / "fresh242"), "--write", "--out"]
    assert main([*args, str(tmp_path / "a.py")]) == 0
    assert main([*args, str(tmp_path / "b.py")]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "a.py").read_bytes() == (tmp_path / "b.py").read_bytes()
    line = r"test: \d+ unclear quotations whose speaker the text names; first candidate right \d+"
    assert re.search("^" + line, out, re.M), out
    shown = r"^  first candidate's share ≥ 0\.9: (\d+) shown, (\d+) right \(\d\.\d\d\)$"
    found = re.findall(shown, out, re.M)
    assert found and all(int(n) >= int(right) for n, right in found), out
    weights = runpy.run_path(str(tmp_path / "a.py"))["WEIGHTS"]
    assert weights and any(value != 0 for value in weights.values())


@pytest.mark.slow
def test_the_stored_weights_are_what_make_fit_candidates_fits(tmp_path: Path) -> None:
    """A change to the rules changes which quotations are unclear: refit with
    `make fit-candidates` and commit `candidate_weights.py` with it."""
    command = subprocess.run(
        ["make", "-s", "-n", "fit-candidates"], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    folders = command[command.index("--fit") + 1 : command.index("--write")]
    out = tmp_path / "weights.py"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator.extract.fit_candidates",
            "--fit",
            *folders,
            "--write",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert out.read_text(encoding="utf-8") == STORED.read_text(encoding="utf-8"), (
        "candidate_weights.py is not what `make fit-candidates` fits now: run it and commit"
    )


def test_the_ranking_orders_candidates_and_never_names_a_speaker() -> None:
    paragraphs = [
        "Brenner Antriebstechnik will close three plants in Bavaria, the works council said.",
        "A senior manager, who asked not to be named, said in a letter to Economy Minister "
        "Jonas Weber that the restructuring was “painful but unavoidable”.",
    ]
    (quote,) = extract(paragraphs, PartialDate(2026, 3, 2), Gazetteer()).quotes
    assert quote.speaker_key is None and quote.confidence == "low"
    assert quote.unnamed == "A senior manager"
    assert quote.candidates == ("new:jonas weber", "new:brenner antriebstechnik")
