"""The feeds (Atom and JSON Feed) and the home page's what's new: front-matter dates only;
each feed is parsed back to check it is valid."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from generator.build import generate

NS = {"a": "http://www.w3.org/2005/Atom"}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
FILES = {
    "old.md": "---\ntitle: The first report\ndate: 2024-10-01\noutlet: Daily\n---\nText.\n",
    "new.md": "---\ntitle: A <later> & odd report\ndate: 2024-10-20\n"
    "summary: What it says.\n---\nText.\n",
    "fixed.md": "---\ntitle: A corrected report\ndate: 2024-09-01\nupdated: 2024-10-25\n"
    "---\nText.\n",
    "undated.md": "---\ntitle: No date\n---\nText.\n",
    "rule.md": "---\nkind: rule\nid: a-rule\ntitle: A rule\ncitation: R 1\n---\nRule.\n",
}


def test_atom_feed_parses_and_lists_documents_newest_first(
    make_project: Callable[[dict[str, str]], Path],
) -> None:
    feeds = dict(generate(make_project(FILES)).feeds)
    feed = ET.fromstring(feeds["feed.xml"].encode())
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    assert feed.findtext("a:updated", namespaces=NS) == "2024-10-25T00:00:00Z"
    assert feed.find("a:link[@rel='self']", NS).get("href") == "feed.xml"  # type: ignore[union-attr]
    entries = feed.findall("a:entry", NS)
    assert [e.findtext("a:title", namespaces=NS) for e in entries] == [
        "Updated: A corrected report",
        "A <later> & odd report",
        "The first report",
    ]
    for entry in entries:
        for tag in ("id", "title", "updated", "published"):
            assert entry.findtext(f"a:{tag}", namespaces=NS)
        assert RFC3339.match(entry.findtext("a:updated", namespaces=NS) or "")
    assert entries[0].find("a:link", NS).get("href") == "explainers/fixed/"  # type: ignore[union-attr]
    assert entries[0].findtext("a:published", namespaces=NS) == "2024-09-01T00:00:00Z"
    assert len({e.findtext("a:id", namespaces=NS) for e in entries}) == 3


def test_json_feed_parses_with_absolute_links_when_the_site_has_an_address(
    make_project: Callable[[dict[str, str]], Path],
) -> None:
    feeds = dict(generate(make_project(FILES), site_url="https://example.org/story").feeds)
    feed = json.loads(feeds["feed.json"])
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == "https://example.org/story/feed.json"
    assert [(i["id"], i["date_modified"]) for i in feed["items"]] == [
        ("https://example.org/story/explainers/fixed/", "2024-10-25T00:00:00Z"),
        ("https://example.org/story/explainers/new/", "2024-10-20T00:00:00Z"),
        ("https://example.org/story/explainers/old/", "2024-10-01T00:00:00Z"),
    ]
    assert feed["items"][1]["summary"] == "What it says."
    atom = ET.fromstring(
        dict(generate(make_project(FILES), site_url="https://example.org/story").feeds)["feed.xml"]
    )
    assert atom.findtext("a:id", namespaces=NS) == "https://example.org/story/"


def test_feeds_are_deterministic(make_project: Callable[[dict[str, str]], Path]) -> None:
    root = make_project(FILES)
    assert generate(root).feeds == generate(root).feeds


def test_home_page_shows_whats_new_and_links_the_feeds(
    make_project: Callable[[dict[str, str]], Path],
) -> None:
    home = dict(generate(make_project(FILES)).pages)["index.md"]
    news = home.split("## What's new")[1].split("##")[0]
    assert news.index("A corrected report") < news.index("odd report") < news.index("first report")
    assert "25 October 2024 (updated)" in news
    assert "[Atom feed](feed.xml) · [JSON Feed](feed.json)" in news


def test_who_and_rules_show_when_a_source_last_touched_them(
    make_project: Callable[[dict[str, str]], Path],
) -> None:
    files = {
        "a.md": "---\ntitle: Early\ndate: 2024-01-05\npeople:\n  - id: jo\n    name: Jo Bloggs\n"
        "rules: [a-rule]\n---\nJo Bloggs spoke.\n",
        "b.md": "---\ntitle: Later\ndate: 2024-02-01\nupdated: 2024-03-09\n---\nJo Bloggs again.\n",
        "rule.md": FILES["rule.md"],
    }
    pages = dict(generate(make_project(files)).pages)
    assert "Latest source: [<bdi>Later</bdi>](<../explainers/b.md>" in pages["who/jo.md"]
    assert "9 March 2024." in pages["who/jo.md"]
