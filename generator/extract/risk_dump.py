"""Record what one commit's code showed on labelled folders, for `fit_risk`.

Run by its path, from a directory holding an older commit's `generator/` package:
`python …/risk_dump.py FOLDER…` writes one JSON line per labelled quotation that code showed
with a named speaker: the `risk_record` records (loaded by path from beside this file, so
the record is today's) and whether the labelled speaker is the one shown. It uses only
what every commit since the blind measures began has: `labelled.load`,
`story.extract_story` and `scoring.matcher` / `quote_for`.
"""

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

sys.path.insert(0, ".")


def _record_module() -> ModuleType:
    path = Path(__file__).with_name("risk_record.py")
    spec = importlib.util.spec_from_file_location("risk_record_today", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(folders: list[str]) -> None:
    from generator.extract.labelled import load
    from generator.extract.scoring import matcher, quote_for
    from generator.extract.story import extract_story

    records = _record_module().records
    for folder in folders:
        loaded = load([Path(folder)])
        found = extract_story([(d.paragraphs, d.date) for d in loaded.docs], loaded.gazetteer)
        for doc, extraction in zip(loaded.docs, found, strict=True):
            matches = matcher(doc, extraction)
            rows = records(doc.paragraphs, extraction)
            for label in doc.labels.get("quotes") or []:
                index = quote_for(label, extraction.quotes)
                if index not in rows:
                    continue
                row = dict(rows[index])
                row["wrong"] = not matches(row["speaker"], label.get("speaker"))
                row["where"] = f"{Path(folder).name}/{doc.name}"
                print(json.dumps(row, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
