"""Whether a name reads as an organisation's (`name_kinds`): its weights are what
`make fit-kinds` fits on the read blind sets, fitting is deterministic, and it only decides
where nothing in the words around a name says a person."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.extract import extract
from generator.extract.fit_kinds import main
from generator.extract.types import Gazetteer

BLIND = Path(__file__).parent / "blind"
ROOT = Path(__file__).parents[2]
STORED = ROOT / "generator" / "extract" / "kind_weights.json"


def _kinds(*paragraphs: str) -> dict[str, str]:
    found = extract(list(paragraphs), PartialDate(2026, 3, 2), Gazetteer())
    return {e.name: e.kind for e in found.entities}


def test_fitting_twice_gives_the_same_weights_and_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fit = [str(BLIND / "fresh240"), str(BLIND / "fresh241")]
    args = ["--fit", *fit, "--test", str(BLIND / "fresh242"), "--write", "--out"]
    assert main([*args, str(tmp_path / "a.json")]) == 0
    assert main([*args, str(tmp_path / "b.json")]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    line = r"test: \d+ organisations, \d+ read as bodies; \d+ people, \d+ read as bodies"
    assert re.search("^" + line, out, re.M), out
    weights = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert weights and any(value != 0 for value in weights.values())


@pytest.mark.slow
def test_the_stored_weights_are_what_make_fit_kinds_fits(tmp_path: Path) -> None:
    """The read blind sets' labels decide the weights: refit with `make fit-kinds` and commit
    `kind_weights.json` when the sets that are read change."""
    command = subprocess.run(
        ["make", "-s", "-n", "fit-kinds"], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    folders = command[command.index("--fit") + 1 : command.index("--write")]
    out = tmp_path / "weights.json"
    subprocess.run(
        [sys.executable, "-m", "generator.extract.fit_kinds", "--fit", *folders, "--write"]
        + ["--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert out.read_text(encoding="utf-8") == STORED.read_text(encoding="utf-8"), (
        "kind_weights.json is not what `make fit-kinds` fits now: run it and commit"
    )


def test_a_name_whose_words_read_as_a_company_is_an_organisation_and_speaks_as_it() -> None:
    paragraphs = [
        "Northgate Aggregates said on Tuesday it would appeal. “We will contest every "
        "finding,” it said.",
        "Tarnwood Quarries called the ruling “a blow to the valley”.",
    ]
    kinds = _kinds(*paragraphs)
    assert kinds["Northgate Aggregates"] == "organisation"
    assert kinds["Tarnwood Quarries"] == "organisation"
    quotes = extract(paragraphs, PartialDate(2026, 3, 2), Gazetteer()).quotes
    assert [(q.speaker_key, q.confidence) for q in quotes] == [
        ("new:northgate aggregates", "high"),
        ("new:tarnwood quarries", "high"),
    ]


def test_people_stay_people_and_what_the_words_around_say_decides_first() -> None:
    kinds = _kinds(
        "Maria Kowalczyk said the plan was late. Coroner Simone Farrugia said the death was "
        "avoidable.",
        "Tarnwood Quarries, 58, said she would appeal.",  # an age says a person
    )
    assert kinds["Maria Kowalczyk"] == "person"
    assert kinds["Simone Farrugia"] == "person"
    assert kinds["Tarnwood Quarries"] == "person"
