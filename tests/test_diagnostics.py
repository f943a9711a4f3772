"""Each failure mode of a source document, with the exact diagnostic an editor sees."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from support import CliRun

PERSON = """---
title: A story
date: 2024-10-23
people:
  - id: keir-starmer
    name: Keir Starmer
rules: [52-usc-30121]
---
Keir Starmer said "hello".
"""
RULE = """---
kind: rule
id: 52-usc-30121
title: Contributions by foreign nationals
citation: 52 U.S.C. § 30121
---
The rule.
"""

CASES: dict[str, tuple[dict[str, str | bytes], list[str]]] = {
    "unknown person with did-you-mean": (
        {
            "a.md": PERSON,
            "r.md": RULE,
            "b.md": "---\ntitle: B\ndate: 2024-10-24\nquotes:\n  - text: hi\n"
            "    speaker: kier-starmer\n---\nhi there\n",
        },
        [
            "b.md:6: quotes[1].speaker: unknown person or organisation 'kier-starmer' "
            "(did you mean 'keir-starmer'?); the quote is left out"
        ],
    ),
    "unknown rule with did-you-mean": (
        {
            "r.md": RULE,
            "a.md": "---\ntitle: A\ndate: 2024-10-23\nrules:\n  - 52-usc-30112\n---\nText.\n",
        },
        [
            "a.md:5: rules[1]: unknown rule '52-usc-30112' (did you mean '52-usc-30121'?); "
            "the reference is left out"
        ],
    ),
    "person never named": (
        {"a.md": "---\ntitle: A\ndate: 2024-10-23\npeople:\n  - id: jane-doe\n---\nText.\n"},
        [
            "a.md:5: people[1]: unknown person 'jane-doe'; give it a name here or a profile; "
            "the person is left out"
        ],
    ),
    "quote not in the text": (
        {
            "a.md": "---\ntitle: A\ndate: 2024-10-23\nquotes:\n  - text: we never said that\n"
            "---\nWe said something else.\n"
        },
        [
            "a.md:5: quotes[1].text: 'we never said that' is not in the text word for word; "
            "quotes must be copied exactly (curly and straight quote marks are equivalent); "
            "the quote is left out"
        ],
    ),
    "quote in another paragraph": (
        {
            "a.md": "---\ntitle: A\ndate: 2024-10-23\nquotes:\n  - text: second\n    paragraph: 1\n"
            "---\nFirst.\n\nThe second.\n"
        },
        [
            "a.md:5: quotes[1].text: not found word for word in paragraph 1 (it is in "
            "paragraph 2); the quote is left out"
        ],
    ),
    "impossible date": (
        {"a.md": "---\ntitle: A\ndate: 2024-02-30\n---\nText.\n"},
        ["a.md:3: date: February 2024 has no day 30; the value is left out"],
    ),
    "date in words without a year": (
        {"a.md": "---\ntitle: A\ndate: 23rd October\n---\nText.\n"},
        [
            "a.md:3: date: '23rd October' has no year; write it as year-month-day, like "
            "2024-10-23 (or 2024-10, or 2024, or 23 October 2024); the value is left out",
        ],
    ),
    "date in words in another language": (
        {"a.md": "---\ntitle: A\ndate: 23 octobre 2024\n---\nText.\n"},
        [
            "a.md:3: date: '23 octobre 2024' is not a date; write it as year-month-day, like "
            "2024-10-23 (or 2024-10, or 2024, or 23 October 2024); the value is left out",
        ],
    ),
    "ambiguous day and month": (
        {"a.md": "---\ntitle: A\ndate: 05/03/2024\n---\nText.\n"},
        [
            "a.md:3: date: '05/03/2024' is ambiguous: 5 March 2024 (day/month) or 3 May 2024 "
            "(month/day); write 2024-03-05 or 2024-05-03; the value is left out",
        ],
    ),
    "weekday that does not match": (
        {"a.md": "---\ntitle: A\ndate: Monday 5 March 2024\n---\nText.\n"},
        [
            "a.md:3: date: 'Monday 5 March 2024': 5 March 2024 is a Tuesday, not a Monday; "
            "write it as year-month-day, like 2024-10-23 (or 2024-10, or 2024, or 23 October "
            "2024); the value is left out",
        ],
    ),
    "time of day dropped": (
        {"a.md": "---\ntitle: A\ndate: 2024-10-23T23:30:00-05:00\n---\nText.\n"},
        [
            "a.md:3: warning: date: the time '23:30:00-05:00' is dropped: only the day is kept "
            "(23 October 2024, as written, whatever the time zone)"
        ],
    ),
    "missing closing fence": (
        {"a.md": "---\ntitle: A\ndate: 2024-10-23\nText.\n"},
        [
            "a.md:1: front matter opened with '---' on line 1 is never closed with '---'; "
            "the document is left out"
        ],
    ),
    "tab indentation": (
        {"a.md": "---\ntitle: A\npeople:\n\t- id: x\n---\nText.\n"},
        [
            "a.md:4: front matter: a tab is used for indentation; use spaces; the document is "
            "left out"
        ],
    ),
    "duplicate key": (
        {"a.md": "---\ntitle: A\ndate: 2024-10-23\ntitle: B\n---\nText.\n"},
        ["a.md:4: 'title' is given twice (first on line 2, which is kept); the value is left out"],
    ),
    "list instead of mapping": (
        {"a.md": "---\n- title\n- date\n---\nText.\n"},
        [
            "a.md:2: front matter must be 'key: value' lines, but this is a list; the document "
            "is left out"
        ],
    ),
    "unknown field": (
        {"a.md": "---\ntitel: A\ndate: 2024-10-23\n---\nText.\n"},
        [
            "a.md:2: warning: titel: unknown field 'titel' is ignored (did you mean 'title'?)",
            "a.md:1: warning: title: no title; using 'Text.'",
        ],
    ),
    "bad id": (
        {"a.md": "---\nid: Keir Starmer\ntitle: A\n---\nText.\n"},
        [
            "a.md:2: id: 'Keir Starmer' is not an id (lowercase letters, digits and hyphens, "
            "like 'keir-starmer'); the value is left out",
            "a.md:1: warning: date: no date; the document is left off the timeline and the "
            "what's new list",
        ],
    ),
    "unknown kind": (
        {"a.md": "---\nkind: law\ntitle: A\n---\nText.\n"},
        [
            "a.md:2: kind: unknown kind 'law'; choose one of article, rule, person, "
            "organisation, story; the document is left out",
            # still checked, as an article (the closest kind, else the default)
            "a.md:1: warning: date: no date; the document is left off the timeline and the "
            "what's new list",
        ],
    ),
    "unknown kind checked as the closest": (
        {
            "a.md": "---\nkind: persn\nid: jo-bloggs\nname: Jo Bloggs\nroles: [x]\nrole: y\n"
            "date: 2024-10-23\n---\nBio.\n"
        },
        [
            "a.md:2: kind: unknown kind 'persn' (did you mean 'person'?); choose one of "
            "article, rule, person, organisation, story; the document is left out",
            "a.md:6: warning: role: unknown field 'role' is ignored (did you mean 'roles'?)",
        ],
    ),
    "duplicate document ids": (
        {
            "a.md": "---\nid: same\ntitle: A\ndate: 2024-10-23\n---\nA.\n",
            "b.md": "---\nid: same\ntitle: B\ndate: 2024-10-23\n---\nB.\n",
        },
        [
            "b.md:2: id: id 'same' is already used by a.md; give this document its own id; "
            "the document is left out"
        ],
    ),
    "not UTF-8": (
        {"a.md": "---\ntitle: Caf\xe9\n---\n".encode("latin-1")},
        [
            "a.md:2: not valid UTF-8 (byte 0xe9); re-save the file as UTF-8; the document is "
            "left out"
        ],
    ),
    "javascript url": (
        {"a.md": "---\ntitle: A\ndate: 2024-10-23\nurl: javascript:alert(1)\n---\nText.\n"},
        [
            "a.md:4: url: 'javascript:alert(1)' is not a web address (only http:// and https:// "
            "are allowed); the value is left out"
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_diagnostic_text(
    case: str, make_project: Callable[[Mapping[str, str | bytes]], Path], cli: Callable[..., CliRun]
) -> None:
    files, expected = CASES[case]
    root = make_project(files)
    run = cli("check", "--sources", root)
    lines = [line for line in run.err.splitlines() if not line.startswith("explainer: ")]
    assert lines == sorted(expected, key=_order)
    assert run.code == (1 if any(": warning: " not in e for e in expected) else 0)


def _order(line: str) -> tuple[str, int, str]:
    path, line_no, rest = line.split(":", 2)
    return (path, int(line_no), rest)


def test_every_problem_in_every_document_is_reported_sorted(
    make_project: Callable[[Mapping[str, str | bytes]], Path], cli: Callable[..., CliRun]
) -> None:
    root = make_project(
        {
            "b.md": "---\ntitle: B\ndate: 2024-13-01\ngenre: gossip\n---\nText.\n",
            "a.md": "---\ntitle: A\ndate: 2024-10-23\nrules: [nope]\nurl: ftp://x\n---\nText.\n",
            "good.md": "---\ntitle: Good\ndate: 2024-10-23\n---\nFine.\n",
        }
    )
    run = cli("check", "--sources", root)
    assert run.code == 1
    assert run.err.splitlines() == [
        "a.md:4: rules[1]: unknown rule 'nope'; the reference is left out",
        "a.md:5: url: 'ftp://x' is not a web address (only http:// and https:// are allowed); "
        "the value is left out",
        "b.md:3: date: month 13 does not exist; the value is left out",
        "b.md:4: genre: unknown genre 'gossip'; choose one of news, statement, filing, analysis; "
        "the value is left out",
        "explainer: 3 documents, 4 errors, 0 warnings; left out: 1 reference, 3 values",
    ]


def test_a_bad_document_does_not_stop_the_others(
    make_project: Callable[[Mapping[str, str | bytes]], Path],
    cli: Callable[..., CliRun],
    tmp_path: Path,
) -> None:
    root = make_project(
        {
            "bad.md": "---\ntitle: [unclosed\n---\nText.\n",
            "good.md": "---\ntitle: Good one\ndate: 2024-10-23\n---\nFine.\n",
        }
    )
    run = cli("generate", "--sources", root, "--out", tmp_path / "out")
    assert run.code == 1
    assert (tmp_path / "out" / "explainers" / "good.md").is_file()
    assert not (tmp_path / "out" / "explainers" / "bad.md").exists()
    assert run.err.splitlines()[0].startswith("bad.md:2: front matter")


def test_a_document_left_out_is_still_checked_against_its_own_people(
    make_project: Callable[[Mapping[str, str | bytes]], Path], cli: Callable[..., CliRun]
) -> None:
    """A profile without a name cannot be shown, but its other problems are reported in the
    same run, its references checked against what it defines itself."""
    root = make_project(
        {
            "p.md": "---\nkind: person\nid: jane-doe\naffiliation: acme-corp\n---\nBio.\n",
            "a.md": "---\ntitle: A\ndate: 2024-10-23\n---\nText.\n",
        }
    )
    run = cli("check", "--sources", root)
    assert run.err.splitlines() == [
        "p.md:1: name: is required: a profile without a name cannot be shown; the document is "
        "left out",
        "p.md:4: affiliation: unknown organisation 'acme-corp'; the value is left out",
        "explainer: 1 document, 2 errors, 0 warnings; left out: 1 document",
    ]


def test_a_document_left_out_is_still_compared_for_near_duplicate_names(
    make_project: Callable[[Mapping[str, str | bytes]], Path], cli: Callable[..., CliRun]
) -> None:
    """Every check runs on every document: one left out (its id is taken) still has its
    people compared with everyone's, so a twin is reported in the same run."""
    person = "people:\n  - id: {id}\n    name: Pat Doe\n"
    root = make_project(
        {
            "a.md": "---\nid: same\ntitle: A\ndate: 2024-10-23\n"
            + person.format(id="pat-doe")
            + "---\nA.\n",
            "b.md": "---\nid: same\ntitle: B\ndate: 2024-10-23\n"
            + person.format(id="patrick")
            + "---\nB.\n",
        }
    )
    run = cli("check", "--sources", root)
    assert run.err.splitlines() == [
        "b.md:2: id: id 'same' is already used by a.md; give this document its own id; "
        "the document is left out",
        "b.md:6: warning: 'patrick' has the same name as 'pat-doe' (a.md); if they are one, "
        "use one id",
        "explainer: 1 document, 1 error, 1 warning; left out: 1 document",
    ]
