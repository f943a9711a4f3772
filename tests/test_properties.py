"""Property tests (hypothesis): whatever the input, only our diagnostics come out, and every
page the pipeline makes stays inside the output folder.

- arbitrary bytes as a source file → `load_document` returns diagnostics, never raises;
- arbitrary front matter (YAML-ish text built from the characters and keys that matter:
  quotes, colons, tabs, anchors, tags, brackets, hashes, schema keys) and bodies → the
  whole pipeline (read, validate, resolve, plan, render) runs, every diagnostic is one
  line, and writing the pages puts every file under the output folder.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.build import generate, load_document
from generator.diagnostics import Diagnostic
from generator.write.folder import write_pages

KEYS = ["kind", "id", "title", "date", "updated", "people", "quotes", "rules", "name", "role"]
KEYS += ["speaker", "text", "paragraph", "summary", "url", "aliases", "content", "self", "1"]
VALUES = ["article", "rule", "person", "story", "2024-10-23", "2024-02-30", "no", "012", "~"]
VALUES += ["a-b", "../x", "index", "javascript:alert(1)", "https://x.org/", "<script>", "{{x}}"]
PIECES = ["\n", "  ", "\t", ": ", "- ", "'", '"', "#", "&a", "*a", "!!python/name:x", "[", "]"]
PIECES += ["{", "}", ",", "---", "\r\n", "\u202e", "\u200b", "\ufeff", "\x00", "\x85", "é", "?"]

fragment = st.one_of(st.sampled_from(KEYS), st.sampled_from(VALUES), st.sampled_from(PIECES))
front_matter = st.lists(fragment, max_size=40).map("".join)
body = st.lists(
    st.one_of(st.sampled_from(VALUES + PIECES + ["\n\n", "Keir Starmer", "a-b"]), st.text()),
    max_size=15,
).map("".join)
line = st.tuples(st.sampled_from(KEYS), st.sampled_from(VALUES + ["", "[a-b]", "- a-b"]))
structured = st.lists(line, max_size=8).map(lambda kv: "".join(f"{k}: {v}\n" for k, v in kv))

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _one_line(diagnostics: list[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        assert isinstance(diagnostic, Diagnostic)
        text = str(diagnostic)
        assert "\n" not in text and "\r" not in text and "\u202e" not in text


@FAST
@given(st.binary(max_size=2000))
def test_any_bytes_give_only_diagnostics(data: bytes) -> None:
    _, diagnostics = load_document(data, "seeds/any.md")
    _one_line(diagnostics)


@FAST
@given(front_matter, body)
def test_any_front_matter_gives_only_diagnostics(front: str, text: str) -> None:
    for data in (f"---\n{front}\n---\n{text}", f"{front}\n{text}"):
        _, diagnostics = load_document(data.encode("utf-8", "surrogatepass"), "a.md")
        _one_line(diagnostics)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.one_of(structured, front_matter), body), min_size=1, max_size=4))
def test_whole_pipeline_pages_stay_inside_the_output(documents: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "seeds"
        sources.mkdir()
        for i, (front, text) in enumerate(documents):
            data = f"---\n{front}\n---\n{text}".encode("utf-8", "surrogatepass")
            (sources / f"doc-{i}.md").write_bytes(data)
        result = generate(sources)
        _one_line(result.diagnostics)
        out = Path(tmp) / "out"
        write_pages(out, result.pages)
        root = out.resolve()
        for path in Path(tmp).rglob("*"):
            if path.is_file() and not path.is_relative_to(sources):
                assert path.resolve().is_relative_to(root)
        for rel, _ in result.pages:
            assert (out / rel).resolve().is_relative_to(root)
