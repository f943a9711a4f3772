"""Stage 4, resolve: the checked documents into one `Story` (`assemble.build_story`).

`model` holds the frozen entities every stage shares; `extraction` runs the text extractor
(`generator.extract`) over the articles, in process, cached or in parallel; `enrich` folds
what it found into the story (curated front matter always wins); `link` finds known names in
paragraphs for backlinks and links."""
