"""Explainer: source documents about a news story in, an explainer site out.

One folder per stage: read → schema (validate) → references → story (with extract) → plan
→ render → write. The core never imports MkDocs; the plugin (`generator.mkdocs.plugin`)
and the CLI (`generator.cli`) are thin adapters around it, and `generator.build` runs the
stages for both.
"""

__version__ = "0.1.0"
