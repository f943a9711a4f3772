"""Reuse trick `compiled_templates`: theme templates compiled once per server, not once per
build: a Jinja bytecode cache in memory, which Jinja checks against each template's source
(an edited override is compiled again)."""

from __future__ import annotations

import jinja2


class CompiledTemplates(jinja2.BytecodeCache):
    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def use(self, env: jinja2.Environment) -> None:
        """Give this build's theme environment the cache (`on_env`)."""
        env.bytecode_cache = self

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()
