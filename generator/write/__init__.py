"""Stage 7, write (for `explainer generate`): rendered pages into a folder, only what changed,
atomically, never touching what we did not write (`folder`)."""
