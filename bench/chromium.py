"""Debian's Chromium, as the benchmarks and the browser tests launch it (never downloaded:
`make chromium` installs the system package). `EXPLAINER_CHROMIUM` points elsewhere."""

from __future__ import annotations

import os
from pathlib import Path

CHROMIUM = Path(os.environ.get("EXPLAINER_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
