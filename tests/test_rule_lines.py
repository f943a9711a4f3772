"""A rule page quotes its operative text and every plain-language line cites what it
paraphrases (issue 13): the exact diagnostics editors get, the links readers follow, and the
label that says whether the text is official or a copy."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from generator.build import generate
from generator.story.model import Provision
from generator.story.provisions import cited, subsection

Make = Callable[[Mapping[str, str | bytes]], Path]

RULE = """---
kind: rule
id: a-rule
title: A rule
citation: 1 U.S.C. § 1
url: https://example.org/rule
{extra}
provisions:
  - ref: "(a) Prohibition"
    text: |-
      It shall be unlawful for—
      (1) a person to do one thing; or
      (2) a person to do another.
  - ref: "(b)"
    text: "Definitions."
---
Our words about it.
"""


def _diagnostics(make_project: Make, extra: str) -> list[str]:
    root = make_project({"a-rule.md": RULE.format(extra=extra)})
    return [str(d) for d in generate(root).diagnostics]


def test_a_line_that_cites_a_quoted_provision_or_a_part_of_one_is_clean(
    make_project: Make,
) -> None:
    extra = (
        "text_source: official\n"
        'forbids:\n  - text: Doing one thing.\n    cites: "(a)(1)"\n'
        '  - text: Doing another.\n    cites: "(a) Prohibition"\n'
        'allows:\n  - text: Anything else.\n    cites: ["(b)"]'
    )
    assert _diagnostics(make_project, extra) == []


def test_a_line_citing_nothing_or_an_unquoted_subsection_is_a_warning(make_project: Make) -> None:
    extra = (
        "text_source: official\n"
        "forbids:\n  - Doing one thing.\n"
        '  - text: Doing a third thing.\n    cites: "(c)"'
    )
    assert _diagnostics(make_project, extra) == [
        "a-rule.md:9: warning: forbids[1]: cites no quoted provision; write it as 'text:' "
        "with 'cites:' naming the subsection it paraphrases (quoted: (a) Prohibition, (b))",
        "a-rule.md:11: warning: forbids[2].cites: cites '(c)', which is not among the quoted "
        "provisions ((a) Prohibition, (b)); quote it under 'provisions' or cite one that is",
    ]


def test_the_text_must_say_whether_it_is_official_or_a_copy(make_project: Make) -> None:
    assert _diagnostics(make_project, "") == [
        "a-rule.md:6: warning: url: say whether url is the publisher's own site "
        "('text_source: official') or a copy ('text_source: copy', with 'copy_note'); the page "
        "cannot label the text"
    ]
    assert _diagnostics(make_project, "text_source: offical") == [
        "a-rule.md:7: text_source: 'offical' is not a kind of text (did you mean "
        "'official'?); choose 'official' (the publisher's own site) or 'copy'; the value is "
        "left out"
    ]


def test_a_generic_alias_is_refused_and_never_links(make_project: Make) -> None:
    rule = RULE.format(extra="text_source: official\naliases: [US rules, one-thing ban]")
    article = (
        "---\ntitle: Report\ndate: 2024-01-02\n---\nUnder US rules, the one-thing ban applies.\n"
    )
    result = generate(make_project({"a-rule.md": rule, "report.md": article}))
    assert [str(d) for d in result.diagnostics] == [
        "a-rule.md:8: warning: aliases[1]: 'US rules' is a generic phrase: it would link every "
        "mention of rules in general to this one document, so it is not used (name the rule "
        "itself)"
    ]
    page = dict(result.pages)["explainers/report.md"]
    assert "Under US rules, the [<bdi>one-thing ban</bdi>](<../rules/a-rule.md>" in page


def test_the_page_quotes_each_paragraph_and_links_each_line_to_its_provision(
    make_project: Make,
) -> None:
    extra = (
        "text_source: copy\ncopy_note: the Code as rendered by example.org\ndate: 2026-04-05\n"
        'forbids:\n  - text: Doing another.\n    cites: "(a)(2)"'
    )
    page = dict(generate(make_project({"a-rule.md": RULE.format(extra=extra)})).pages)[
        "rules/a-rule.md"
    ]
    assert '<blockquote class="ex-provision" id="text-a" markdown>' in page
    assert "**(a) Prohibition** It shall be unlawful for—\n\n(1) a person to do one thing" in page
    assert (
        '- Doing another. — [<bdi>(a)(2)</bdi>](<#text-a> "1 U.S.C. § 1 (a)(2) · (2) a person '
        'to do another.")'
    ) in page
    assert (
        "Quoted from a copy, not the publisher's own site. It is the Code as rendered by "
        "example.org. Text as of 5 April 2026. [<bdi>Copy, example.org</bdi>]"
    ) in page
    assert "Official text" not in page


def test_a_citation_finds_the_longest_quoted_subsection() -> None:
    quoted = [Provision("(a)", "A."), Provision("(a)(3)", "A3."), Provision("§ 100.74", "X.")]
    assert cited("(a)(3)(ii)", quoted) is quoted[1]
    assert cited("(a)(1)(A)", quoted) is quoted[0]
    assert cited("§ 100.74", quoted) is quoted[2]
    assert cited("(b)", quoted) is None
    assert cited("(ab)", quoted) is None
    assert subsection("(b) “Foreign national” defined") == "(b)"
    assert subsection("Volunteer activity") == ""
