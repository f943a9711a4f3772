"""Pagefind leaves out what Material's search leaves out: a `data-search-exclude` heading and
its section, up to the next heading of the same or a higher level."""

from __future__ import annotations

from generator.search.sections import IGNORE, pagefind_ignore_sections

PAGE = """<h1 id="t">Title</h1>
<p>Intro.</p>
<h2 data-search-exclude="" id="said">Who said what</h2>
<div class="ex-quote"><p>A quote, <a href="#x">linked</a>.</p></div>
<ul>
<li>one</li>
</ul>
<h3 id="sub">A sub-heading</h3>
<p>Still in the section.</p>
<h2 id="next">Key points</h2>
<p>Indexed again.</p>
<hr />
<h2 id="dates" data-search-exclude="">Dates</h2>
<p>Left out.</p>
"""


def _ignored(html: str) -> list[str]:
    return [line.split(">")[0] for line in html.splitlines() if IGNORE in line]


def test_an_excluded_heading_takes_its_section_with_it() -> None:
    marked = pagefind_ignore_sections(PAGE)
    assert _ignored(marked) == [
        '<h2 data-pagefind-ignore="all" data-search-exclude="" id="said"',
        '<div data-pagefind-ignore="all" class="ex-quote"',
        '<ul data-pagefind-ignore="all"',
        '<h3 data-pagefind-ignore="all" id="sub"',
        '<p data-pagefind-ignore="all"',
        '<h2 data-pagefind-ignore="all" id="dates" data-search-exclude=""',
        '<p data-pagefind-ignore="all"',
    ]
    # only attributes were added: the text is the same
    assert marked.replace(IGNORE, "") == PAGE


def test_nested_elements_are_not_marked_one_by_one() -> None:
    marked = pagefind_ignore_sections(PAGE)
    assert "<li>one</li>" in marked
    assert '<a href="#x">' in marked


def test_a_page_without_exclusions_is_unchanged() -> None:
    page = "<h1>T</h1>\n<p>x</p>\n"
    assert pagefind_ignore_sections(page) is page


def test_line_separators_in_the_text_do_not_move_the_marks() -> None:
    """Source text may hold U+2028, form feeds or CRs: the parser counts lines at newlines only."""
    page = "<p>a\u2028b\x0cc\rd\x1ce</p>\n" + PAGE
    marked = pagefind_ignore_sections(page)
    assert marked.replace(IGNORE, "") == page
    assert _ignored(marked) == _ignored(pagefind_ignore_sections(PAGE))
