"""schema.org JSON-LD: the right type per page kind, valid JSON, and escaped so that source
text cannot end the script element it is printed in."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path

import frontmatter
import pytest
from site_browser import build_site
from support import SEEDS

from generator.build import generate
from generator.render.jsonld import script_json

HOSTILE = """---
title: "Breaking </title></script><script>alert(1)</script> & <b>more</b>"
date: 2024-10-23
outlet: "The <Times> & 'Co'"
people:
  - id: jane-doe
    name: "Jane </SCRIPT> Doe"
    role: "a <!-- comment"
---
Jane </SCRIPT> Doe spoke.
"""


def _meta(path: str, root: Path = SEEDS) -> dict[str, object]:
    text = dict(generate(root).pages)[path]
    return frontmatter.loads(text).metadata


def test_explainer_is_a_news_article() -> None:
    data = _meta("explainers/starmer-labour-volunteers.md")["jsonld"]
    assert isinstance(data, dict)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"].startswith("UK PM Starmer responds")
    assert data["datePublished"] == "2024-10-23"
    assert data["publisher"] == {"@type": "Organization", "name": "Al Jazeera"}
    assert {"@type": "Person", "name": "Keir Starmer"} in data["mentions"]
    assert {
        "@type": "Legislation",
        "name": "Ban on foreign money in US elections",
        "legislationIdentifier": "52 U.S.C. § 30121",
    } in data["citation"]


def test_people_organisations_and_rules() -> None:
    person = _meta("who/keir-starmer.md")["jsonld"]
    assert person == {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": "Keir Starmer",
        "alternateName": ["Starmer"],
        "description": "British Prime Minister",
        "jobTitle": ["British Prime Minister"],
        "affiliation": {"@type": "Organization", "name": "Labour Party"},
    }
    org = _meta("who/federal-election-commission.md")["jsonld"]
    assert isinstance(org, dict)
    assert (org["@type"], org["url"]) == ("Organization", "https://www.fec.gov/")
    rule = _meta("rules/52-usc-30121.md")["jsonld"]
    assert isinstance(rule, dict)
    assert rule["@type"] == "Legislation"
    assert rule["legislationIdentifier"] == "52 U.S.C. § 30121"
    assert rule["legislationPassedBy"] == {
        "@type": "Organization",
        "name": "United States Congress",
    }
    assert "jsonld" not in _meta("index.md")


def test_script_json_escapes_markup() -> None:
    text = script_json({"a": "</script><!-- & 'x' \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "'" not in text
    assert json.loads(text) == {"a": "</script><!-- & 'x' \u2028"}


@pytest.mark.slow
def test_built_page_keeps_hostile_text_inside_the_script(
    make_project: Callable[[Mapping[str, str]], Path], tmp_path: Path
) -> None:
    root = make_project({"a.md": HOSTILE})
    site = build_site(tmp_path / "site", root)
    html = (site / "explainers" / "a" / "index.html").read_text(encoding="utf-8")
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    assert "<" not in blocks[0] and ">" not in blocks[0] and "&" not in blocks[0]
    data = json.loads(blocks[0])
    assert data["headline"] == "Breaking </title></script><script>alert(1)</script> & <b>more</b>"
    assert data["publisher"]["name"] == "The <Times> & 'Co'"
    assert "<script>alert(1)" not in html
    person = (site / "who" / "jane-doe" / "index.html").read_text(encoding="utf-8")
    block = re.findall(r'<script type="application/ld\+json">(.*?)</script>', person, re.S)
    assert json.loads(block[0])["name"] == "Jane </SCRIPT> Doe"
