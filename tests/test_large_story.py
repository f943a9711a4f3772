"""Large stories stay light: a page's HTML does not grow with the number of documents
(Material would inline the whole navigation into every page without `navigation.prune`
and the plugin's per-section nav limit)."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_browser import build_site

PEOPLE = 30


def _story(root: Path, articles: int) -> Path:
    for n in range(articles):
        a, b = n % PEOPLE, (n * 7 + 3) % PEOPLE
        people = "".join(
            f"  - id: person-{i}\n    name: Person{i} Surname{i}\n    role: role {i}\n"
            for i in sorted({a, b})
        )
        body = "\n\n".join(
            f"Person{i} Surname{i} spoke about report {n} in paragraph {k}."
            for k, i in enumerate((a, b, a, b))
        )
        path = root / "articles" / f"report-{n:04d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"---\ntitle: Report {n:04d}\ndate: 2024-10-{n % 28 + 1:02d}\noutlet: Outlet\n"
            f"people:\n{people}---\n{body}\n",
            encoding="utf-8",
        )
    return root


@pytest.mark.slow
def test_page_size_does_not_grow_with_the_story(tmp_path: Path) -> None:
    small = build_site(tmp_path / "small", _story(tmp_path / "s", 10))
    large = build_site(tmp_path / "large", _story(tmp_path / "l", 150))
    page = Path("explainers", "report-0001", "index.html")
    small_size = (small / page).stat().st_size
    large_size = (large / page).stat().st_size
    assert large_size < 40_000
    # the nav lists the section's index only, past 40 entries: no growth per document
    assert large_size <= small_size * 1.05, (small_size, large_size)
