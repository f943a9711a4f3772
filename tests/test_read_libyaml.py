"""read.py parses front matter with libyaml when it can (issue 7: ten times faster) and with
PyYAML's own parser otherwise; both paths must give the same values, lines and diagnostics."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from support import SEEDS

from generator.read import source as read
from generator.read.source import parse_front_matter, read_source

pytestmark = pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")

BLOCKS = [
    "title: x\ndate: 2024-10-23\nflag: no\nzip: 012345\ntime: 12:30\nver: 1.10",
    "a: # a comment ate the value\nb: ''\nc: ~\nd: null\ne: 'null'\nf:",
    "people:\n  - id: a\n    aliases: [A, 'B', \"C\"]\n"
    "  - id: b\n    role: |\n      two\n      lines",
    'summary: >-\n  folded\n  text\nkey_points:\n  - "“curly” quotes"\n  - x: y',
    "a: 1\na: 2",
    "a: &anchor x\nb: *anchor",
    "a: !!python/object x",
    "a: !custom x",
    "? [complex]\n: key",
    "a:\n\t- tab",
    'a: "never closed',
    "a: b: c",
    "- a list",
    "just a value",
    "a:\n  - x\n - y",
    "a: 'it''s'\nb: \"\\u00e9\\t\"",
    "a: \x85next line\nb: \u2028",
    "a: [" * 200 + "]" * 200,
]


def _both(block: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    fast = parse_front_matter(block, "x.md", first_line=2)
    with monkeypatch.context() as patch:
        patch.setattr(read, "_FastLoader", None)
        slow = parse_front_matter(block, "x.md", first_line=2)
    return fast, slow


@pytest.mark.parametrize("block", BLOCKS)
def test_libyaml_and_pure_python_agree(block: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = _both(block, monkeypatch)
    assert fast == slow


def test_every_sample_source_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    for path in sorted(SEEDS.rglob("*.md")):
        data = path.read_bytes()
        fast = read_source(data, path.name)
        with monkeypatch.context() as patch:
            patch.setattr(read, "_FastLoader", None)
            assert read_source(data, path.name) == fast, path


YAMLISH = st.text(
    alphabet=st.sampled_from(list("ab:- \n'\"#[]{},&*!|>?%@`~\t0.\\") + ["“", "é", "\x85"]),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(YAMLISH)
def test_any_block_reads_the_same_either_way(block: str) -> None:
    fast = parse_front_matter(block, "x.md", first_line=2)
    saved = read._FastLoader
    read._FastLoader = None
    try:
        slow = parse_front_matter(block, "x.md", first_line=2)
    finally:
        read._FastLoader = saved
    assert fast == slow
