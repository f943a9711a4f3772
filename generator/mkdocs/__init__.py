"""The MkDocs adapter: the only place that imports MkDocs or Material (a test checks it).

`plugin` is the `explainer` plugin (pages as in-memory files); `nav` the story's navigation;
`problems` the problems page and banner under `mkdocs serve`; `reuse/` reuses unchanged
pages' work across the rebuilds of one server, one switchable trick per module."""
