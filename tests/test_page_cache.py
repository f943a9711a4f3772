"""generator/mkdocs/reuse/page_cache.py, and bench/serve_probe.py, which measures the
plugin's reuse: its rebuild that reuses unchanged pages must write the same site as a full
rebuild."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import serve_probe
from generator.mkdocs.reuse.page_cache import PageCache, digest


def test_digest_keeps_part_boundaries() -> None:
    assert digest("ab", "c") != digest("a", "bc")
    assert digest("a", "b") == digest("a", "b")
    assert digest("") != digest()


def test_hits_misses_and_forgetting_what_the_last_build_did_not_use() -> None:
    cache: PageCache[str] = PageCache()
    cache.start_build()
    cache.put("a", "A")
    cache.put("b", "B")
    assert (cache.get("a"), cache.get("c")) == ("A", None)
    assert (cache.hits, cache.misses) == (1, 1)
    cache.start_build()  # both were used (put) in the last build
    assert cache.get("a") == "A"
    cache.start_build()  # only "a" was used
    assert (len(cache), cache.get("b"), cache.hits) == (1, None, 0)


@pytest.mark.slow
def test_cached_rebuild_writes_the_same_site_as_a_full_one(tmp_path: Path) -> None:
    report = serve_probe.probe(30, tmp_path)
    html_hits, html_misses, output_hits, output_misses, search_hits, _ = report["hits"]
    assert report["differences"] == []
    assert html_hits > 0 and output_hits > 0 and search_hits > 0
    assert html_misses < html_hits and output_misses < output_hits
