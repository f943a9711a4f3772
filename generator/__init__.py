"""Explainer: source documents about a news story in, an explainer site out.

The core (read → validate → model → plan → render) never imports MkDocs; the plugin
(`generator.mkdocs.plugin`) and the CLI (`generator.cli`) are thin adapters around it.
"""

__version__ = "0.1.0"
