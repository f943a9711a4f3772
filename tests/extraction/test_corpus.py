"""The labelled corpus, measured: thresholds from issue 3 (see tests/extraction/README.md)."""

from __future__ import annotations

from pathlib import Path

from generator.extract.evaluate import main

HERE = Path(__file__).parent


def test_corpus_meets_thresholds() -> None:
    args = [
        str(HERE / "corpus"),
        str(HERE / "heldout"),
        "--min-people-precision",
        "0.95",
        "--min-people-recall",
        "0.90",
        "--min-quote-accuracy",
        "0.95",
        "--min-named-share",
        "0.84",
        "--max-misattributions",
        "0",
        "--min-roles-precision",
        "0.90",
        "--min-dates",
        "0.90",
    ]
    assert main(args) == 0
