"""Stage 2, validate: one source file's front matter and body against the source schema, into
a `Document` and diagnostics (`document.validate`). The generic field reader (`fields`), the
body rules (`body`), each kind's fields (`kinds`), questions and claims (`qa`) and HTML in
source text (`sanitize`) are its parts. One document at a time; references between documents
are `generator.references`' job."""
