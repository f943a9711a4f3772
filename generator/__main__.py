"""`python -m generator` is the `explainer` command."""

from generator.cli import main

raise SystemExit(main())
