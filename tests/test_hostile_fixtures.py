"""Every class of hostile input (tests/hostile/, see hostile_corpus.py): the exact report of
`explainer check`, the exit codes, and the well-formed documents beside it still built.
Then what the generated pages show for the classes that build, and determinism."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_corpus import CONTROL, HOSTILE, expected, fixtures, materialise
from support import CliRun

from generator.build import generate

CONTROL_PAGES = ("explainers/control-article.md", "rules/control-rule.md", "who/casey-control.md")


@pytest.mark.parametrize("name", fixtures())
def test_fixture_report_and_the_others_still_build(
    name: str, tmp_path: Path, cli: Callable[..., CliRun]
) -> None:
    sources = materialise(tmp_path / "seeds", [name])
    want = expected(name)
    run = cli("check", "--sources", sources)
    assert run.err.splitlines() == want
    has_error = any(": warning: " not in line for line in want[:-1])
    assert run.code == (1 if has_error else 0)
    assert cli("check", "--strict", "--sources", sources).code == (1 if want[:-1] else 0)
    out = tmp_path / "out"
    run = cli("generate", "--sources", sources, "--out", out)
    assert "Traceback" not in run.err
    for page in CONTROL_PAGES:
        assert (out / page).is_file(), f"{page} was not generated next to {name}"


def test_whole_corpus_reports_the_union_of_its_fixtures(
    tmp_path: Path, cli: Callable[..., CliRun]
) -> None:
    """All classes side by side: each one's report is unchanged by its neighbours."""
    names = fixtures()
    sources = materialise(tmp_path / "seeds", names)
    run = cli("check", "--sources", sources)
    union = sorted({line for name in names for line in expected(name)[:-1]}, key=_order)
    assert run.err.splitlines()[:-1] == union
    assert run.code == 1


def _order(line: str) -> tuple[str, int, str]:
    path, rest = line.split(":", 1)
    number, _, text = rest.partition(":")
    return (path, int(number), text) if number.isdigit() else (path, 0, rest)


def _pages(tmp_path: Path, *names: str) -> dict[str, str]:
    return dict(generate(materialise(tmp_path / "seeds", names)).pages)


def test_yaml_1_1_values_show_as_written(tmp_path: Path) -> None:
    page = _pages(tmp_path, "fm-yaml11")["explainers/fm-yaml11.md"]
    assert "\ndescription: '1.10'\n" in page and "\ntitle: 'no'\n" in page and "\n# no\n" in page
    for shown in ("012345", "12:30", "1.10", "- yes", "- off", "- 0x1F", "- 1e3", "- .inf"):
        assert shown in page


def test_one_line_fields_cannot_inject_structure(tmp_path: Path) -> None:
    page = _pages(tmp_path, "newline-fields")["explainers/newline-fields.md"]
    assert "# Title &#35; Injected heading --- title: injected\n" in page
    assert "\n# Injected" not in page and "\n## Injected" not in page
    assert "\n- injected" not in page
    assert page.count("\n---\n") == 1  # only the generated front matter's closing fence


def test_jinja_and_markdown_extension_syntax_stay_literal(tmp_path: Path) -> None:
    pages = _pages(tmp_path, "jinja", "md-extensions")
    jinja = pages["explainers/jinja.md"]
    assert "&#123;&#123; 7&#42;7 &#125;&#125;" in jinja and "49" not in jinja
    md = pages["explainers/md-extensions.md"].split("\n---\n", 1)[1]  # the Markdown body
    assert "8<--" not in md and '8&#60;-- "/etc/passwd"' in md
    assert "{: onclick" not in md and "&#123;: onclick" in md


def test_mixed_date_spellings_sort_as_dates(tmp_path: Path) -> None:
    timeline = _pages(tmp_path, "fm-mixed-dates")["timeline.md"]
    order = [f"Dated as {kind}" for kind in ("year", "month", "date", "string", "naive")]
    positions = [timeline.index(text) for text in order]
    assert positions == sorted(positions)
    assert "Dated as aware" in timeline


def test_crlf_and_lf_copies_give_the_same_pages(tmp_path: Path) -> None:
    crlf = materialise(tmp_path / "crlf", ["enc-crlf", "enc-bom"])
    lf = tmp_path / "lf"
    shutil.copytree(crlf, lf)
    for path in lf.rglob("*.md"):
        path.write_bytes(path.read_bytes().replace(b"\r\n", b"\n").removeprefix(b"\xef\xbb\xbf"))
    assert b"\r\n" in (crlf / "enc-crlf" / "enc-crlf.md").read_bytes()
    assert generate(crlf).pages == generate(lf).pages


def test_reruns_and_file_order_give_byte_identical_pages(tmp_path: Path) -> None:
    """The same corpus copied twice, the second time in reverse creation order (directory
    listing order follows it on most file systems)."""
    names = [n for n in fixtures() if n not in ("link-outside", "filename-not-utf8")]
    first = materialise(tmp_path / "a", names)
    second = tmp_path / "b"
    second.mkdir()
    for path in sorted((p for p in first.rglob("*") if p.is_file()), reverse=True):
        target = second / path.relative_to(first)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    one, two, three = generate(first), generate(first), generate(second)
    assert one.pages == two.pages == three.pages
    assert one.diagnostics == three.diagnostics


def test_the_control_fixture_is_clean(cli: Callable[..., CliRun]) -> None:
    run = cli("check", "--strict", "--sources", HOSTILE / CONTROL)
    assert (run.code, run.err) == (0, "explainer: 2 documents, 0 errors, 0 warnings\n")


def _section(page: str, heading: str) -> str:
    """The Markdown of one `## heading` section of a generated page."""
    start = page.index(f"\n## {heading}")
    end = page.find("\n## ", start + 1)
    return page[start : end if end >= 0 else len(page)]


def test_one_bad_field_costs_only_its_unit(tmp_path: Path) -> None:
    """Issue 11: each error leaves out one quote, person, reference, question, claim or
    response; the article, its good quotes, people, rules, questions and claims stay."""
    pages = _pages(tmp_path, "partial-document")
    page = pages["explainers/partial-document.md"]
    quotes = _section(page, "Who said what")
    assert "“the quote that stays” — [<bdi>Casey Control</bdi>]" in quotes
    assert "words nobody wrote" not in page
    people = _section(page, "People")
    assert "[<bdi>Casey Control</bdi>]" in people and "[<bdi>Pat Partial</bdi>]" in people
    assert "nobody-named" not in page and "Bad Id" not in page
    assert "who/pat-partial.md" in pages and "who/nobody-named.md" not in pages
    assert "[<bdi>The control rule</bdi>]" in _section(page, "The rules at stake")
    assert "### Who stays?" in page and "And this one?" not in page
    assert "Nothing is lost." in page and "Something is." not in page
    assert "A claim by a typo." not in page
    assert "[<bdi>¶1</bdi>]" in _section(page, "Questions and answers")


def test_a_person_listed_twice_is_shown_once(tmp_path: Path) -> None:
    page = _pages(tmp_path, "person-listed-twice")["explainers/person-listed-twice.md"]
    people = _section(page, "People")
    assert people.count("[<bdi>Lee Twice</bdi>]") == 1
    assert "— Mayor; Former mayor\n" in people
    assert "Casey Control Ltd" not in page


def test_dates_in_words_are_read(tmp_path: Path) -> None:
    pages = _pages(tmp_path, "dates-said")
    words, aware = pages["explainers/dates-words.md"], pages["explainers/dates-aware.md"]
    assert "News report · 5 March 2024 · updated 12 March 2024 ·" in words
    assert "News report · 23 October 2024 ·" in aware
    assert "News report · 25 March 2024" not in pages["explainers/dates-ambiguous.md"]


def test_markup_and_paths_never_become_people_or_quotes(tmp_path: Path) -> None:
    """Issue 11: pasted HTML (`*[HTML]: …`, 'DEL', 'BOM') never makes an organisation, and a
    quoted file path (`--8<-- "/etc/passwd"`, `{% include "/etc/passwd" %}`) is no quote."""
    names = [n for n in fixtures() if n not in ("link-outside", "filename-not-utf8")]
    result = generate(materialise(tmp_path / "seeds", names))
    entities = {e.name for e in result.resolved.story.entities}
    assert not entities & {"HTML", "DEL", "BOM"}
    quotes = [q.text for q in result.resolved.story.quotes]
    assert not [q for q in quotes if "/etc/" in q or q.endswith((".yml", ".txt"))], quotes


def test_a_pasted_page_keeps_its_speech_and_drops_its_markup_and_paths(tmp_path: Path) -> None:
    """Issue 11: a web page pasted whole ('HTML', `*[HTML]: …`, tags) makes no person or
    organisation, and quoted paths and addresses are no quotes, while the speech around them
    in the same sentences is kept and attributed."""
    result = generate(materialise(tmp_path / "seeds", ["pasted-page"]))
    entities = {e.name for e in result.resolved.story.entities}
    assert entities == {"Casey Control", "Robin Pasted"}  # Casey: the control article
    page = dict(result.pages)["explainers/pasted-page.md"]
    quotes = _section(page, "Who said what")
    for said in ("the budget is balanced", "we will publish it", "we stand by it"):
        assert f"- “{said}” — [<bdi>Robin Pasted</bdi>]" in quotes
    assert quotes.count("\n- “") == 3
    assert [path for path, _ in result.pages if path.startswith("who/")] == [
        "who/casey-control.md",
        "who/index.md",
        "who/robin-pasted.md",
    ]
