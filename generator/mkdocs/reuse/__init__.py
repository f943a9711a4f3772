"""Reuse unchanged pages' work across the rebuilds of one `mkdocs serve`: `serve.ServeReuse`
runs the tricks that are switched on, one per module (see serve.py's docstring), each
keeping its values in a `page_cache.PageCache`."""
