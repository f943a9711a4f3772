"""Search at scale (issue 15): Pagefind's chunked static index over a built site.

`pagefind` runs the Pagefind binary (from the `pagefind-bin` wheel) on a site folder and
swaps the new index in; `sections` marks the sections that Material's search leaves out
(`data-search-exclude` headings) so Pagefind leaves them out too. The browser side is in
templates/theme (partials/explainer-search.html, assets/javascripts/explainer-search.js).
Nothing here imports MkDocs: any engine's output can be indexed."""
