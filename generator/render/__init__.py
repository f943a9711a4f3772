"""Stage 6, render: data into text. Planned pages into Markdown through the templates
(`markdown`), with every value escaped for where it lands (`escape`) and schema.org data
(`jsonld`); the story into feeds (`feed`) and into its JSON export (`export`)."""
