"""The real-news labels (issue 12): well-formed, faithful to the texts they label, split by
the documented rule; and the evaluator's answer when the shared corpus is not there."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.dates import parse_date
from generator.extract.evaluate import main
from generator.extract.labelled import find_corpus, load

HERE = Path(__file__).parent
REAL = HERE / "real"
FOLDERS = [REAL / "dev", REAL / "heldout"]
LABELS = sorted(p for folder in FOLDERS for p in folder.glob("*.labels.yaml"))
# a quoted stretch: double quotes, or single quotes that are not apostrophes
SPAN = re.compile(r"\"[^\"]*\"|“[^”]*”|(?<![\w])'[^']+'(?!\w)|(?<![\w])‘[^’]+’(?!\w)")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for curly, straight in (("“", '"'), ("”", '"'), ("’", "'"), ("‘", "'")):
        text = text.replace(curly, straight)
    return " ".join(text.casefold().split())


def _split_module() -> Any:
    spec = importlib.util.spec_from_file_location("real_split", REAL / "split.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_real_article_is_labelled_once_and_the_split_follows_its_rule() -> None:
    names = [p.name for p in LABELS]
    assert len(names) == len(set(names)) == 41
    where = {p.name: p.parent.name for p in LABELS}
    assert where == _split_module().split(names)


def test_label_files_are_well_formed() -> None:
    problems = []
    for path in LABELS:
        labels = yaml.safe_load(path.read_text(encoding="utf-8"))
        people = {p["name"]: p["kind"] for p in labels["people"]}
        problems += [f"{path.name}: kind {k}" for k in people.values() if k not in KINDS]
        for role in labels["roles"]:
            if people.get(role["name"]) != "person":
                problems.append(f"{path.name}: role for {role['name']!r}, not a labelled person")
            if role.get("relation", "role") not in ("role", "affiliation"):
                problems.append(f"{path.name}: relation {role['relation']!r}")
        for quote in labels["quotes"]:
            speaker = quote["speaker"]
            if speaker is not None and speaker not in people:
                problems.append(f"{path.name}: speaker {speaker!r} is not a labelled name")
            if not isinstance(quote.get("paragraph"), int):
                problems.append(f"{path.name}: quote {quote['text']!r} has no paragraph")
        for date in labels["dates"]:
            iso = str(date["iso"])
            if parse_date(iso).iso() != iso:
                problems.append(f"{path.name}: date {iso!r} is not ISO at its precision")
    assert problems == []


KINDS = ("person", "organisation")


def test_labels_agree_with_the_texts_they_label() -> None:
    """Every quote prefix is in its paragraph, every quoted stretch of a text is labelled,
    every name, alias, single-piece role and date wording occurs in the text."""
    if find_corpus(yaml.safe_load(LABELS[0].read_text(encoding="utf-8"))["corpus"]) is None:
        pytest.skip("the shared real-news corpus is not beside this checkout")
    loaded = load(FOLDERS)
    assert loaded.problems == []
    assert len(loaded.docs) == len(LABELS)
    problems: list[str] = []
    for doc in loaded.docs:
        paras = [_norm(p) for p in doc.paragraphs]
        text = " ".join(paras)
        labels = doc.labels
        quotes = labels["quotes"]
        for quote in quotes:
            if _norm(quote["text"]) not in paras[quote["paragraph"] - 1]:
                problems.append(f"{doc.name}: {quote['text']!r} not in ¶{quote['paragraph']}")
        for number, para in enumerate(doc.paragraphs, 1):
            for span in SPAN.finditer(para):
                inner = _norm(span.group()[1:-1])
                here = [q for q in quotes if q["paragraph"] == number]
                if not any(_norm(q["text"]) in inner for q in here):
                    problems.append(f"{doc.name}: ¶{number} {span.group()[:40]!r} unlabelled")
        for person in labels["people"]:
            for form in (person["name"], *(person.get("aliases") or ())):
                if _norm(form) not in text:
                    problems.append(f"{doc.name}: name {form!r} not in the text")
        for date in labels["dates"]:
            if _norm(str(date["text"])) not in text:
                problems.append(f"{doc.name}: date wording {date['text']!r} not in the text")
    assert problems == []


def test_missing_corpus_is_one_diagnostic_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "dev"
    folder.mkdir()
    (folder / "gone.labels.yaml").write_text(
        "corpus: ../no-such-shared/corpus/real-news/gone.txt\npeople: []\nquotes: []\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert main([str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[0].startswith(
        "dev/gone.labels.yaml:1: corpus file not found: ../no-such-shared/corpus/real-news/gone.txt"
    )
    assert "Traceback" not in err


def test_unreadable_labels_are_reported_and_the_others_still_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "good.txt").write_text("---\ndate: 2024-10-23\n---\nAnn Lee said “yes”.\n")
    (folder / "good.labels.yaml").write_text(
        "people: [{name: Ann Lee, kind: person}]\nquotes: [{text: yes, speaker: Ann Lee}]\n"
    )
    (folder / "bad.labels.yaml").write_text("corpus: x.txt\npeople: [unclosed\n")
    monkeypatch.chdir(tmp_path)
    assert main([str(folder)]) == 2
    out, err = capsys.readouterr()
    assert err.startswith("set/bad.labels.yaml:3: not valid YAML")
    assert "documents                                   1" in out


def _good_and_bad(tmp_path: Path, body: str, good: str, bad: str) -> Path:
    """A folder `set` of two texts with `body`, one labelled `good`, one `bad`; the working
    directory is `tmp_path`, so diagnostics name "set/bad.labels.yaml"."""
    folder = tmp_path / "set"
    folder.mkdir()
    for name, labels in (("good", good), ("bad", bad)):
        (folder / f"{name}.txt").write_text(f"---\ndate: 2024-10-23\n---\n{body}\n")
        (folder / f"{name}.labels.yaml").write_text(labels)
    return folder


def test_a_label_without_a_required_key_is_reported_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _good_and_bad(
        tmp_path,
        "Ann Lee said “yes” on Monday.",
        "people: [{name: Ann Lee, kind: person}]\nquotes: [{text: yes, speaker: Ann Lee}]\n",
        "people:\n  - {name: Ann Lee, kind: person}\ndates:\n"
        "  - {text: Monday, iso: 2024-10-21}\n  - {text: Monday, date: 2024-10-21}\n",
    )
    monkeypatch.chdir(tmp_path)
    assert main([str(folder)]) == 2
    out, err = capsys.readouterr()
    assert err.splitlines()[0] == "set/bad.labels.yaml:5: dates entry lacks iso"
    assert "Traceback" not in err
    assert "documents                                   1" in out


def test_a_label_cut_at_an_unquoted_comma_is_reported_not_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """YAML reads "{text: answers, not slogans, speaker: …}" as text "answers" and a key
    "not slogans": a label silently cut short. The evaluator names it and scores the rest."""
    folder = _good_and_bad(
        tmp_path,
        "Ann Lee said she wanted “answers, not slogans”.",
        "people: [{name: Ann Lee, kind: person}]\n"
        'quotes: [{text: "answers, not slogans", speaker: Ann Lee}]\n',
        "people:\n  - {name: Ann Lee, kind: person}\nquotes:\n"
        "  - {text: answers, not slogans, speaker: Ann Lee}\n",
    )
    monkeypatch.chdir(tmp_path)
    assert main([str(folder)]) == 2
    out, err = capsys.readouterr()
    assert err.splitlines()[0] == (
        "set/bad.labels.yaml:4: quotes entry has an unknown key 'not slogans'"
        " (a comma ends an unquoted value: quote it)"
    )
    assert "documents                                   1" in out
    assert "quote → speaker correct                     1.000  (1 of 1 quotes)" in out


# Floors a little below the measured figures (tests/extraction/README.md, "After issue 12"):
# they keep the extractor from sliding back; noise in one label must not flip them. The
# held-out set is never scored by a test.
DEV_FLOORS = [
    "--min-people-f1", "0.95",
    "--min-quote-accuracy", "0.96",
    "--min-named-share", "0.90",
    "--min-roles-recall", "0.95",
    "--min-roles-precision", "0.95",
    "--min-dates", "0.95",
    "--max-misattributions", "0",
]  # fmt: skip
# The trap set grew on 2026-11-30 to 42 texts (383 quotes, 0.977 measured, the misses
# "speaker unclear"), then to 51 (436 quotes, 0.975): 0.97 holds it; misattributions stay 0.
# On 2026-12-01 (eighth round) it holds 98 texts, 827 quotes, 0.970 (802): the floor moves to
# 0.965 because round8_fourth keeps two quotes we still leave unclear ("The ministry has
# rejected such criticism. In a statement, it said …", the ministry only an object before).
# Tenth round: 142 texts, 1,119 quotes, 0.962 (1,076): the floor moves to 0.96 because
# round11_third keeps three quotes unclear (a letter's unnamed writer, "the reporter", guessed
# as the brother who speaks of her; a reported subject's coordinated verb).
# Eleventh round: 153 texts, 1,164 quotes, 0.961 (1,119); round11_twentysecond leaves two
# unclear ("The company added" after a body named in an appositive; "It rejected …, finding").
# Twelfth round: 159 texts, 1,182 quotes, 0.961 (1,136).
# Thirteenth round: 162 texts, 1,199 quotes, 0.962 (1,153).
# Fourteenth round: 168 texts, 1,236 quotes, 0.960 (1,187); round14_fifth keeps one quote
# unclear (a nickname's quotation marks still cut "in what … Ramon “Monching” Villaruel called").
# Fifteenth round: 174 texts, 1,282 quotes, 0.962 (1,233).
# Sixteenth round: 177 texts, 1,303 quotes, 0.965 (1,257); round11_third and round7_late no
# longer guess a role description ("the reporter") as the sentence's subject, who holds
# another office.
# Seventeenth round: 181 texts, 1,335 quotes, 0.961 (1,283); round17_second keeps three quotes
# unclear (a pronoun after a person of unknown gender, a compared description, a letter's
# writer named only by an office), round17_third two (a body named only with a possessive).
# Eighteenth round: 186 texts, 1,384 quotes, 0.961 (1,330); round18_first keeps one quote
# unclear (", leaving him “a pariah”" after a subordinate clause), round18_second one ("the
# sovereign fund", a body named only by a description); round12_second was relabelled with
# the guide's signed-statement rule.
# Nineteenth round: 192 texts, 1,423 quotes, 0.959 (1,364); round19_first keeps one quote
# unclear ("The port director said", a description no name in the text fits), round19_second
# one ("the deputy governor" after "Deputy Governor X": not resolved), round19_fifth one ("X
# sued …. The complaint, filed …, says": a complaint's filer named only by "sued"),
# round19_sixth two ("Reacting, the agency, in a statement signed by its head …, said"; a
# one-word name never given in full). The quote floor went from 0.96 to 0.955 with these 39
# harder quotes; the misattribution floor stays 0.
# Twentieth round: 197 texts, 1,467 quotes, 0.960 (1,409); round20_first keeps one quote
# unclear ("The pipeline agency had, in a letter … to X, warned": an agency named only by a
# description, guessed low).
# Twenty-first round: 201 texts, 1,491 quotes, 0.959 (1,430); round21_first keeps one quote
# unclear ("The state engineer whose office inspected the X told": an engineer named only by
# a description, guessed low), round21_second two ("a reply from the company describing":
# the company not resolved; "X asked Y whether …. He said": X or Y, guessed low).
# Twenty-second round: 209 texts, 1,565 quotes, 0.962 (1,505); round22_first, _second and
# _names (the cut of a name's span: a list of portfolios, "to" inside a body's name, "TD for
# X County", "MS", initials, "Broad-based") are all right; round22_third (10 quotes: 3 right
# and 3 confidently wrong on 3f28f63; a "whose" clause before ", which", a letter "giving it N
# days to “…”", "chief of staff, lawyer Z", "“…,” while X urged") is all right; round22_fourth
# (a pronoun for a reported clause's subject, "found X's pledge to … “…”", "a statement from X
# welcoming … and pledging", "had written … and would brief … “…”", "the “…” that the charter
# guarantees") is 7 of 7 right (2 right, 5 confidently wrong on 3f28f63); round22_fifth (14
# quotes: 5 right and 9 unclear on 3f28f63; "the Speaker, Rt. Hon. X, described", "at which
# X described the storm, which …, as", "by reminding … that", "referred to Y as “the …”", "a
# message from X, sent …, read simply:", "…, and that" after a subordinate "that", "Her
# review, titled “…,” called … and said", "“with my own …,” as the law requires") is all right;
# round22_sixth (13 quotes, 3 right and 10 unclear on 3f28f63: "with the … chair …, X,
# saying", "X, usually a safe vote for …, who", "has spent … decade warning", "a vote that X,
# who …, hailed as", "… parents who “…”", "a review by the consultancy X", "In its report,
# published on …,", "Ms. X's lead … in which she", "to make pilotage rules “…”", "“a …”
# required by law") is 13 of 13; round22_seventh ("X said that … managers had been warned …
# in an audit. The audit described": never X) is 2 of 2 (1 confidently wrong on 3f28f63).
# Twenty-third round: round23_names_orgs (13 quotes, none right and 10 confidently wrong on
# 6f7963a; the cut of a body's name: "the EU Delegation to X", "the U.N. … Mission in X",
# "… Local 3170", "… Lodge 88 says", "Union No. 4 of X", "the Nurses in Practice Network",
# "des", "ni", "the A, B and C Office", "His Majesty's Inspectorate of X", "Commission of
# Inquiry on X", "the A and B Cell") is 13 of 13.
# round23_names_people (a person's name with a role glued on or cut off:
# "acting Comptroller X Y", "Claimant X Y", "Kaumātua X Y", "Lieutenant-Colonel X Y",
# "Commissioners X Y and Z W", "country director for Niger X Y", "for A and B X Y",
# "Minister of State for Older People X Y", "Commissioner Sindh X Y", "Mrs Justice X", "X of
# Y Z (YZ)") is 11 of 11 right (1 right, 8 confidently wrong on 6f7963a).
# round23_names_kinds (6 quotes, all right on 6f7963a too; its kinds: "X's team, A B, said",
# "its biggest lender, A B, said", "Cllr X Y (A B) said", "A B said in a statement that it
# had", "A B housing spokeswoman X Y", with "a spokesman for the … union, X Y," a person) has
# every kind and affiliation right (5 kinds and 1 affiliation wrong on 6f7963a).
# round23_m18 (16 quotes: 4 right, 8 confidently wrong and 4 unclear on
# 6f7963a; "MEP X of the centre-left Y, whose …, calling", "Transit for X" no short form of
# "Transit Riders Union", "a proclamation read on broadcaster X said", "whose chair, X, wrote
# to Y … to say", "…, while Y told reporters … and that “…”", "a report from Z, which
# described … as “…”, “…”", "citing … a survey that found", "on the scale proposed would
# mean", "wrote to X last week warning", "X, a … developer that has promised") is 16 of 16.
# round23_names_bodies (bodies named by one capitalised word, by the
# grammar around them: "told the X", "a letter to the X", "the X reported", "Speaking in the
# X", "X MP A B … X said") is 5 of 5 and finds its 5 bodies (2 right, 3 unclear, none found
# on 6f7963a).
# Twenty-fourth round: round24_names (8 quotes: 3 right, 5 unclear on 6d13353; "Analysts at X
# said in a note", "economists at X, a think tank …, said", "a trend that analysts at X
# called" are X's; "An analyst at X", "Analysts at X and Y" and a word doubted in "have long
# questioned whether it was ever “…”" stay unclear) is 8 of 8.
# round24_nocue (7 quotes: 3 right, the 4 with a speaker unclear on
# 6d133537; ", finding that …", "after finding “…”", "X held that …", ", holding that …",
# with the near-misses "held that … “…” …, as required by the … statute" (the law's), "held
# that the lender had introduced a monthly “…”" (a name) and "X and Y …, with one finding
# that" (unclear)) is 7 of 7.
# round24_bodies (6 quotes: a plain "the company said" paragraphs after
# the one firm named, the other bodies outlets — "(Reuters)", "told Radio Calder" — is that
# firm's; unclear after "A rival company" and after a second firm) is 6 of 6 with 4 of 4
# shown (3 of the firm's only low guesses on 6d13353).
# round24_withheld (6 quotes: 1 right, 5 unclear on the round's base;
# "a rise its chairwoman, X, described as", "a route that Councillor X, the leader of …,
# called" (a relative clause's subject, not a reduced passive), "X, dubbed “…” in the
# press, resigned" (unclear), "told in a letter from the trust that", "“by Friday”" and
# "“in November”" (a time is no title)) is 6 of 6.
# round24_documents (9 quotes: 3 right and 6 unclear on the round's
# base; "The audit, released … by X, found …. The report described", "The inquiry was led by
# X …. The report also said", "a report by the state Office of Y …. The report called", "an
# audit released … by the Kelso City auditor general, X. The 40-page report found", "X said
# the cooperative had written to Y …. The letter, sent on Friday, said", "X sued Y, accusing
# it of … what the lawsuit calls", "Z said the review confirmed …. “…,” she said"; unclear:
# "a review, commissioned by the council …. The report said", a second, unsigned letter) is
# 9 of 9.
# round24_persons (9 quotes: 3 right, 6 unclear on the round's base;
# an opening paragraph's "X's housing commissioner …, calling “…”" named in the next one;
# a person by age alone: "“…,” the 58-year-old said" after a paragraph naming a body, then
# one person; "The 51-year-old, a retired engineer from Port Elmsley, said"; "In a letter to
# the premier, X, the 47-year-old wrote"; "said the 39-year-old mother of two"; "raised to an
# A. “…,” she said"; near misses: two people before, "The 54-year-old neighbour, X, told") is
# 9 of 9. business_forms' first quotation is now the judge named in its second paragraph.
# round24_pronouns (9 quotes: 2 right, 3 confidently wrong and 4
# unclear before it; "a notice to X over a speech in which he described", "X's veto …, a
# fight over what she has called", "its director, X, …, a move he has described as", "When
# harbour master X signed …, he described", "But he stopped short of …, saying", "But X
# rejected the suggestion that …, saying"; unclear: "Mr A and Mr B over a meeting in which
# he called", "a neighbour of Mr X had seen the accused …, and that he had told") is 9 of 9.
# round24_mis (8 quotes: 2 right and 6 confidently wrong on 6d13353;
# "said the operator had … and had told colleagues he “…”", "his client had … and had
# herself described", "the agency's own inspectors had flagged … as “…”", "newspapers had
# framed … as", "tenants she visited … had described"; near misses "the bank had … but had
# concluded" and "had treated … as", the reporter's) is 8 of 8.
# Second wave (3c6409e is the first wave's code): round24b_itbodies (3 quotes: 0 of 2
# named shown on 3c6409e, both guesses;
# "The union disputes …. In a statement …, it said", "The company rejects …. In a
# written response, it said"; near miss: two firms fined, "The company … it said" stays
# unclear) is 2 of 2 named right, 0 mis.
# round24b_subjects (11 quotes: 8 right, 3 unclear on 3c6409e; a nickname quoted inside
# a name before the verb: 'Senator X "Tess" Y, said', 'Governor X "Boyet" Y, in a statement
# …, said', 'chief executive, X "Sam" Y, told'; near misses: two nicknamed senators
# coordinated stay unclear, the nicknames have no speaker) is 11 of 11.
# round24b_names2 (5 quotes: 2 right and 3 unclear on 3c6409e; a body named short as
# the subject of "said" after its full name, "Northern Ferrow said", "Saint Aldric said",
# "Velmoric said"; near misses "Dravian said" after two Dravian bodies and "Upper Brackley
# said" after "Upper Brackley University") is 5 of 5.
# round24b_nocue2 (10 quotes: 3 right, the 7 with a speaker unclear on 3c6409e;
# "“…?” X asked at one point." / "asked during the hearing. “…”", "Y “…,” X said by phone,
# adding", "“…,” spokesman X said in an emailed statement", "“…,” state transport minister X
# told reporters in Z", a quotation paragraph after "X said the …"; unclear: that paragraph
# naming a second person, "Y asked. X said she was not sure. “…”") is 10 of 10.
# round24b_descpersons (4 quotes: 1 right (a guess), 0 shown on 3c6409e; "The Fenland
# Drainage Board opposed …. The minister called" with a Chief Minister beside the Water
# Minister, "An engineer …, who asked not to be named, said …. Y, X's predecessor, said the
# minister had himself called"; near misses two judges for "the judge" and "the minister
# said" after an unnamed engineer, unclear) is 3 of 4, shown 2 of 2, 0 mis.
# round24b_mis2 (4 quotes: 2 right, 1 confidently wrong and 1 unclear on 3c6409e; "her
# then supervisor, X, told her to “…”", "his then manager, X, had warned him that …";
# near misses "his then employer told him" (unclear) and "Then, she said, she was “…”")
# is 4 of 4.
# round24b_docs (7 quotes: 4 right, the 3 of "X said …. A spokeswoman for the yard /
# spokesperson for the regulator / spokesman for the station said" unclear on 3c6409e;
# near misses "Councillor X said the Agency had …. A company spokesman" and "The Alliance
# and the Trust both …. A spokesman for the group", unclear) is 7 of 7.
# Twenty-fifth round: round25_roles (12 roles, 4 found on the round's base; "X, whose
# chairman, Y,", "incumbent President X", "an analyst at X & Y in Z", "chief operating
# officer", "Judge X of the Y Court" against "Mayor X, of …,", "her son X", "Counsel
# assisting the inquiry, X,", "X, SC,"; near misses "a lawyer representing tenants" and
# "The judge said" after two judges, a low guess) has 12 of 12 roles, quotes 5 of 6, 0 mis.
# round25_names (11 quotes: 3 right, 6 confidently wrong and 2 unclear
# on 14c19fc; "the Senate Committee on Justice and …", "the Royal Commission into Elder …",
# "the X Pilots, Riggers and Stevedores Union", "The Community and Rural Workers Union", "The
# Civic Harvest party … said" (the party is "Civic Harvest"), "told The Lantern and Mirror",
# "the Centre for Transparency in Forestry", "the Regional Office of the High Commissioner
# for …", "Oduya, Wekesa & Co Advocates"; near misses "The Treasury and the Revenue Board
# said" and "the doctor" after two doctors, unclear) is 11 of 11, people F1 0.39 → 1.0.
# round25_mis (9 quotes: 5 right and 3 confidently wrong on 14c19fc; "Section 12 of the X
# Act, under which a bidder … “…”", "the X Order, 2011, which requires notice “…”" (no
# one's), "said the director, X, had told him … and asked him to “…”"; near misses "state
# law gives every tenant “…”" and "had signed … and accused the board of", the reporter's)
# is 9 of 9.
# round25_bodies (5 quotes: 3 right, 2 unclear on 14c19fc; "in a move
# the company said", "fined … by the Central Bank of X for what the regulator called", "She
# said the union had warned" after "X, general secretary of Kiln Workers Local 88"; near
# miss: two central banks for "the regulator", unclear) is 5 of 5, 0 mis.
# round25_persons (9 quotes: 1 right and 2 confidently wrong on
# 14c19fc; "A state judge … what she called" named "Justice X" next, "A spokeswoman for the
# mayor, X," beside "Mayor Y", "the Chief Press Secretary to the Governor, Mr X,", "An
# attorney for the B family, X,", "A spokesperson for Greyhaven" / "A Greyhaven spokesman"
# after "Greyhaven Care Services", "the 61-year-old" after "X told reporters he would ask Y";
# near misses "A spokeswoman for the attorney general, X," with no attorney general named,
# "A spokesperson for Whitfield") is 8 of 9, 0 mis (the last near miss a low guess).
# round25_documents (7 quotes: 1 right, 6 unclear on 14c19fc; "X sued
# Y …. The 58-page complaint, filed in …, alleges", "X filed a lawsuit …. The complaint,
# filed in …, says", "the Supreme Court of V halted …, ruling that …. “…,” the ruling
# stated", "In a 52-page report …, X said …, and, the report said, “…”", "a report by X"
# three paragraphs before "The report … said" (a guess); near misses "The complaint
# alleges that Z Ltd. rejected …, often citing “…”" (Z the guess) and two courts that
# "ruled that" (unclear)) is 7 of 7, 0 mis; 2 of 6 shown (a suit a paragraph back is a guess).
# round25_withheld (9 quotes: 3 right, 6 unclear on the round's base;
# inside a reported clause, an adjunct of a passive verb of saying ("had been warned “as
# early as April”", "informed … “with barely an hour's notice”", "told … only “three days
# before …”", "told by “a well-placed official”") or a second predicate ("warned … and
# “chose to …”", "warned … but had chosen to “…”") is the reporter's; what was told stays
# unclear) is 9 of 9.
# round25_pronouns (8 quotes: 2 right, 6 unclear on the round's base;
# an "-ing" clause after a verb of writing or sending and a time phrase is the writer's: "X
# had written to … on April 12 warning", "… in 2027 warning", "she had written to … in
# September warning", "a letter X sent to … in August warning", "a letter it sent to …",
# "a letter from X on 4 June warning"; unclear: "the chairman had … and had written to …
# explaining", "A letter sent to … warning") is 8 of 8.
# round25b_names2 (5 quotes, 7 people: people F1 0.71 on the round's base, 1.0 now; "X,
# director of Coastal Renters United," and "who was chief executive of Marram Bay Ferries"
# name the body, no person "Renters United"; "director of Coastal Works Alan Creedy said"
# keeps the person; "he" after two men a low guess) is 4 of 5.
# round25b_withheld2 (7 quotes: 3 right, 4 unclear on the round's base; a portfolio title
# holding "and" whose first part was read as a body is one titled person ("Local Government
# and Public Works Minister X told", "Conflict of Interest and Ethics Commissioner X said");
# unclear: a person, a firm or "The … Ministry" before "and") is 7 of 7, 0 mis.
# round25b_mis2 (6 quotes: 1 right and 5 confidently wrong on the round's base; an acronym
# that is a title's initials, "Chief Electoral Commissioner X … the CEC said", is X; a person
# a body's name describes is not the body: "A former Bureau of Port Security (BPS) examiner
# told", "The chief executive of Bord X has told" and "A member of the party's Y, CEB, who
# spoke on condition of anonymity, told" unclear, "X, co-founder of the campaign group Y,
# whose son …, said" X's; near miss "The chief executive of Z, Anya Pell, said") is 6 of 6.
# round25b_nocue (7 quotes: 2 right, 5 unclear on 34db7c7; "X put it to the witness
# (during cross-examination) that … “…”" is X's; a finding closing a long sentence ("…, the
# Harbour Safety Authority has found.", "…, a review by the Office of Rural Audit has
# found.", "…, Coroner X has found.") is the finder's; unclear: "It was put to the witness
# that …", "…, the inspectors have found.") is 7 of 7.
# round25b_roles2 (7 roles, 2 found on the wave's base (code_w1); "Prof X" and "Prof. X" give
# the honorific as a role ("Dr X" does not), "at the time" after a role is left out; 6
# quotes, 5 right on both, the near miss "The professor later said" after two professors
# a low guess) is 7 of 7 roles, 5 of 6 quotes, 0 mis.
# round25b_pronouns2 (5 quotes: 0 shown and 1 confidently wrong on the round's base;
# "it" hanging on a sentence whose main subject is a body and whose other bodies are objects
# is that body: "X fined supplier Y … for what it called", "X said it had turned down an
# approach from Y that it said"; "Mr W" after two people named W gives neither a gender;
# near miss "X said a rival regulator had fined Y for what it called", a low guess) is 4 of
# 5, 3 of 3 shown, 0 mis.
# round25b_descriptions2 (5 quotes: 1 right, 4 unclear on the first wave's code; a bench
# speaks for its court: "the bench observed" and "a three-judge bench led by Chief Justice X
# said" after "The X High Court … halted …, citing guidelines issued by the Supreme Court";
# unclear: "a single bench of Justice X") is 4 of 5.
# round25b_documents2 (9 quotes: 3 right and 1 confidently wrong on the second wave's
# base; "In a … report released …, titled “…”, the tribunal said", "In its recommendation,
# dated … and published …, the board said", "In that letter, seen by X, the ministry said",
# "the presidency" after "The Maltese presidency of …", "In his 41-page judgment, Justice X
# observed …. “…,” the ruling read"; near misses "the decision read" after "set aside a
# decision by the Board" (unclear, was the Board) and "X and the mayor said") is 9 of 9, 0 mis.
# Twenty-sixth round: round26_descriptions (5 quotes: 3 right, 2 unclear on the round's
# base; "A spokesman for the company" when the only other body that could be a firm is
# described as another kind, "Tessmark, the industry regulator,"; "A company spokeswoman
# said", whose own "A company" brings in no other firm; near miss "A company spokesman"
# after "X and Y were both charged", unclear) is 5 of 5, 0 mis.
# round26_names2 (10 quotes, 9 people: 8 right, 1 confidently wrong and
# people F1 0.67 on the round's base; portfolios and sides are no bodies: "Local Government
# Minister X", "Lands Cabinet Secretary X", "Senate Minority Leader X", "Police Public
# Relations Officer", "Head of Corporate Communications", "Adviser … on Media and
# Publicity", "The Minister of Water Resources"; near misses a spokesperson for the titled
# minister (no one) and "the minister" after two ministers, a low guess) is 8 of 10, 0 mis,
# people F1 1.0 ("The police spokesperson" after the Police PRO: unclear, was a body).
# round26_nocue (8 quotes: 2 right, 6 unclear on the round's base; the
# words of an order are the orderer's: "Justice X barred the board from … “…”", "ordered the
# trust to publish … “…”", "directed the registrar, Mr Y, to “…”", "an injunction
# restraining the quarry, its contractors and “…” from", "made it clear that the licence
# “…”"; near misses "ordered X to refund customers who had been sold “…”" (unclear), "said
# the tribunal had ordered … “…”" (the sayer's), a passive order (no one's)) is 7 of 8, 0 mis.
# round26_bodies (6 quotes: 2 right, 2 unclear on the round's base;
# "the company" is the one firm named so far beside a constabulary, a ship "MV …" and a
# board, with "&" in its name; "the regulator", "the bank" are the one body the text called
# so: "the water regulator, Aquastat,", "The private bank Maison Corvel"; near misses "the
# company" after two firms, "the watchdog" after two bodies called so) is 5 of 6, 0 mis.
# round26_pronouns (5 quotes: 2 right, 0 shown on the round's base;
# "it" for a document whose maker is named: "The review, written by X …, found …. It
# concluded “…”", "The Harbour Users Forum report, sent to …, surveyed …. It said … and it
# listed …"; near misses "The … report, commissioned by X,", "written by X and Y", unclear)
# is 5 of 5, 3 of 3 shown, 0 mis.
# round26_names1 (5 quotes: 3 right, 2 unclear on the round's base; one
# word that names a body by what only a body does or has, "X said in a statement on Tuesday
# evening that it “…”", "Shares in X fell …. X said its lawyers were “…”"; near misses "X said
# it would" beside two bodies named "X …", "Brannock said it had been “…”" after "Mayor Elsa
# Brannock", "neighbouring Ostrelia said it would" beside "the Ostrelian …") is 5 of 5, 0 mis.
# round26_withheld (12 quotes: 5 right, 7 unclear on the round's base;
# after a negated "comment" in a reported clause, the reporter's: "X said it would not
# comment on “…”", "would not comment further “while …”", "told reporters the drivers would
# not call off the strike “until …”"; a passive's adjunct in a report
# holding a quoted word: "said the committee was “united” and that X would be confirmed “with
# …”"; a letter's sender given by a role and a name: "told in a letter from the agency's chief
# engineer, X, that", "in a letter on Friday from X, …, that"; a slogan is its campaigner's;
# unclear: "said Councillor X would not comment", no reporter, two senders, "protesters
# marched under the slogan") is 12 of 12, 0 mis.
# round26_mis (14 quotes: 8 right and 6 confidently wrong on the round's base; "said A, but
# X told reporters B and that C": X's; "had been told was “…”" before another participle's
# "by"; "for “…”, a verdict his party condemned as “…”"; "moved … and told by a manager
# that"; "in a move unions called"; "breached the ban on candidates holding “…”"; near misses
# "said A and that B", "had rung … and told staff", "breached the ban, calling it") is 14 of
# 14, 0 mis.
# round26b_withheld2 (7 quotes: 4 right, 3 unclear on the round's base; a term's marker
# ("the idea of", "the notion of", "known as") names only the quotation right after it, so a
# second one in the clause is the speaker's: "argued that the idea of the “…” had “…”", "the
# scheme, known as “…,” was “…”"; the marked quotations stay no one's) is 7 of 7, 0 mis.
# round26b_pronouns2 (5 quotes: 1 right, 0 shown on the round's base; an "-ing" clause
# opening the sentence is the main clause's subject's, "Arguing that … “…”, board chair X
# told", "Describing … as “…”, the Guild said"; a capitalised modifier is no opening phrase,
# "Planning officer X approved …, calling", "Harbour-based haulier X welcomed …, saying";
# near miss two people after "Calling the vote “…”,": unclear) is 5 of 5, 4 of 4 shown, 0 mis.
# round26b_bodies2 (3 quotes: 1 right, 2 unclear on the second wave's base; "the
# commission", "the bank" for a body whose name gives its kind in its own language, "An
# Coimisiún Pleanála", "the Banco Ribeira Sul (BRS)"; near miss "the commission" after two
# commissions named in Spanish and Italian, unclear) is 3 of 3 (the bank a low guess), 0 mis.
# round26b_names3 (7 quotes, 8 people: 6 right and people F1 0.73 on the round's base; things
# that are no bodies: "by 1115 GMT", "an FIR against", "an ATM for", "Parliament Buildings",
# "Government House", "MV Isle of Brenna"; with them gone "A company spokeswoman" is the one
# firm's; near misses "A company spokesperson" beside "Tarrow Port Workers Local 12" (no firm)
# and "An EU official", unclear) is 7 of 7, people F1 1.0, 0 mis.
# round26b_descriptions2 (7 quotes: 3 right, 1 confidently wrong and 3 unclear on the round's
# base; a report brought in with no author, "An independent review of X has found “…”",
# "after an audit found “…”", whose next mention names its maker, "The review, carried out
# by the consultancy Y", "The audit, led by retired engineer Z,"; "a Harbour Safety Authority
# (HSA) report …. The report said"; "carried out over six months by X"; unclear: "A second
# review found “…”" before "A report by W", a study "written by economists A and B") is 7
# of 7, 0 mis.
# round26b_mis2 (7 quotes: 5 right and 2 confidently wrong on the round's base; "said the
# treasurer had told the committee that he regarded … “…”", "said that the chancellor had told
# a meeting … and that he intended … “…”": a described teller's, so unclear; near misses
# "…, and that she left", "a contractor had cut … and that she was", "an answer she called")
# is 7 of 7, 0 mis.
# round26b_subjects (7 quotes: 2 right, 5 unclear and people F1 0.22 on the round's base;
# a title glued to its holder's name: "Leader of the Opposition in the Regional Assembly X Y",
# "Opposition Spokesman on National Security X Y", "Leader of opposition in the KRC X Y",
# "Minister of State at the Department of Fisheries X Y … Y said", "district secretary for
# Kelloway Mrs X Y"; near misses "Chair of Brightwater Tenants Union X Y", "A spokesman for
# the Senate Liberal Caucus", right before and after) is 7 of 7, 0 mis, people F1 0.95.
# round26c_mis3 (5 quotes: 2 right and 3 confidently wrong on the round's base; the object of
# "recorded"/"records" whose subject is a written record, "the autopsy report recorded “…”",
# "a ward note timed at 4.15am recorded the words “…”", "the custody log records “…”": the
# record's, so unclear; near misses "said she had recorded “…”", "said his team had recorded
# “…”", the speaker's) is 5 of 5, 0 mis.
# round26c_passive (4 quotes: 2 right, 2 unclear on the third wave's base; an active naming
# verb in an object relative whose subject is named, "in a report that its lead author, the
# senior inspector X, described as “…”", "a pledge that X, a budget research firm, called
# “…”": X's; near misses "had been described as “…” in a survey", "the scheme, described as
# “…” in the press, would end" stay unclear) → 4 right, 0 mis.
# round26c_hes (6 quotes: 4 right, 2 unclear on the round's base; "The letter also described
# …, a verdict that Mr. X disputed …. “…,” he said": the one person that sentence names, not
# the letter nor the body that wrote it; near miss "a claim that both men rejected. “…,” he
# said" after two men, unclear) is 6 of 6, 0 mis.
# round26c_coordinated (11 quotes: 7 right, 4 unclear on the round's base; a verb joined by
# "and"/"but" to the main clause: "X dismissed that account as “…” and said", "rejected that
# offer as “…” and said" ("that" after a verb is no relative pronoun), "told reporters that
# closing the yard “…,” but added", "a plan of closing depots that lose money “…,” but
# acknowledged" (the quotation's comma ends the clause); near misses unnamed lawyers, unclear,
# and "said the inspector, X, had met … and told them", X's) is 11 of 11, 0 mis.
# round26c_party (5 quotes: 2 right, 3 unclear on the third wave's base; "the party" for
# the one body named right after "opposition"/"ruling"/"governing": "The opposition X ….
# “…,” the party said", "In a statement signed by Y, its general secretary, the party
# described … as “…”"; near misses "Its spokesman, Z, said the party would table a motion …
# demanding … “…”" and "W … told local radio that the party had written … “…”", the party
# inside a person's reported clause, kept from the party) is 4 of 5, 0 mis.
# round26c_names4 (4 quotes, 4 people: 2 right, 2 confidently wrong and people F1 0.22 on the
# round's base; a firm's legal form in brackets before "Ltd"/"Limited": "X (Pvt) Ltd, which …,
# said", "X (Private) Limited, which …, said", "X (Pty) Ltd, whose director …"; near miss "a
# report found four invoices from X (Pvt) Ltd … The report said", unclear) is 4 of 4, 0 mis,
# people F1 1.0.
# round26d_andfirms (6 quotes: 2 right, 3 confidently wrong on the round's base; a
# description that fits two bodies named together: "X and rival Y both raised … “…,” the
# company said", "X Ltd, along with Y Ltd, won …", "X said …. Later, X and Y agreed to merge.
# “…,” the company said", unclear; "X and the Gas Workers Union signed … the company said",
# the one firm; near misses "the bank" when only one is a bank and a firm named alone after
# the pair, kept) is 6 of 6, 0 mis.
# round26d_deputies (5 quotes: 2 right and 3 confidently wrong on the round's base; "she
# said" after a sentence whose subject joins two people the pronoun fits by "and", "Ms X and
# her deputy, Ms Y, met …", "Mr X and councillor Mr Y walked …", "Ms X, the minister, and her
# adviser Ms Y toured …": either may speak, so unclear, labelled no one's; near misses an owner
# "Ms X's chief of staff, Ms Y", and a man and a woman, sure) → 2 right, 3 unclear, 0 mis.
# Twenty-seventh round: round27_bodies (7 quotes: 4 right, 3 confidently wrong on the
# round's base; a plain "the company" after "X sued Y.", "X signed a pact with Y.", "X was
# sued by Y.": either firm may be meant, unclear, labelled no one's; near misses a public
# body acted on ("sued the Ministry of Transport"), the subject speaking in the sentence
# before, and an owner ("rejected Y's offer"), all the subject's) → 7 right, 0 mis.
# round27_misnone (11 quotes: 6 right and 5 confidently wrong on the round's base; words no one
# says after a named speaker's verb: "£2.1 million said to have been “…”", "in what staff call
# “…”", "under the title “…”", "booked for “…”", "was graded as “…”", and the second of
# "“incomplete” or “not eligible”" after a first left unclear; near misses a mayor's two words
# joined by "or" and "what the Rail Workers Union has called “…”", kept) is 11 of 11, 0 mis.
# round27_pronouns (7 quotes: 3 right, 2 confidently wrong on the
# round's base; "it" after "The trust denies the claims." (a verb the clause reader took for
# a noun), the body; "Hollis had been “…”, she told the Gazette", the closing pronoun never
# surely the reported clause's subject, the one who spoke before a guess; "X said …, a
# comparison Ms Y rejected. “…,” she said", Y a guess; near misses "Ms Hollis had “…”, he
# said", the man who spoke before, shown, and "The trust" beside a second body, a guess) is
# 7 of 7, 4 shown, 0 mis.
# round27_miswrong (8 quotes: 4 right and 4 confidently wrong on the round's base; an "-ing"
# word only a letter's writer does, after a comma, inside someone else's report: "said the
# union had also written to the ministry, accusing …", "confirmed the X Party had written to
# …, asking for a hearing '…'", "said the Y Agency had written to …, in January, warning",
# "a letter the tenants' association sent to …, warning of": the writer's; "described a
# letter …, promising “…”, as “…”": the describer's; near miss "a letter the health board
# sent …, promising “…”" with no board named, unclear) is 8 of 8, 0 mis.
# round27_nocue (12 quotes: 3 right, 9 unclear on the round's base;
# a document opening its sentence with an aside naming its maker, "The audit, by X, found",
# "The inquiry, led by X and published …, found", "But a study by X, tabled …, found", "The
# survey, released … by X (FHB), examined … and found", "A review of …, carried out by a
# former chief paramedic, Dr X, has found a service in which": the maker's; "Y has been fined
# by X after the regulator's investigation found", "X has detained … after its inspectors
# found": X's; ", according to a report by X that …" and "according to its chief executive,
# X" far after the quotation: X's; near misses "commissioned by X and obtained by Y", "X has
# sued Y after the regulator's investigation found", "according to the council's own
# inspection report", unclear) is 12 of 12, 0 mis.
# round27_names1 (7 quotes, 11 people: 3 right, 1 confidently wrong and
# people F1 0.71 on the round's base; a party's initials in brackets after a titled person,
# "Cllr X (SNP)", "Ms Y (PPF)", "Finance Minister Z (FDP)": the person is found and "she said"
# after is hers; a seat in that bracket, "Mr X (Ado III)", "Ms Y (Kestrel Bay GRC)", is no one;
# near misses a body's own initials "The X Workers Union (XWU) said", kept, and "she said"
# after two councillors, unclear) is 7 of 7, 0 mis, people F1 1.0.
# round27_persons (5 quotes: 3 right, 2 unclear on the round's base; the name a spokesperson
# speaks for read as a body: "A spokesman for the Northern Freight Workers Conference said"
# ("the" before a name of two words or more, no title in it), "A spokeswoman for Eastmark Fish
# Processors said" after "…, the largest private operator" (its own words read as a body's);
# near misses "A spokesperson for Ingrid Solheim" and "for the Ostby family", unclear) is 5
# of 5, 0 mis, people F1 1.0.
# round27_withheld (7 quotes: 2 right, 4 unclear and 1 confidently wrong on the round's base;
# a passive "told"/"assured" joined by "and" to a verb of asking or writing: "had asked the X
# Board for … and was told they were “…”", "had written to the X Authority twice demanding …
# and had been told", "raised her concerns with chief executive Y … and was told", "complained
# to the agency … and was assured": the one asked; near misses "wrote to the X Council and the
# Y Board", "was told by a clerk", and "complained to the agency" after two agencies, unclear,
# never the complainer) is 7 of 7, 0 mis.
# round27_miswrong2 (8 quotes: 4 right and 4 confidently wrong on the round's base; "a
# two-member bench comprising judicial member X and accountant member Y said": the bench,
# never Y (unnamed here: no one's); "The order, signed by chairperson X and three members,
# said": no one author; "Mr Mwangi's deputy, Esther Njeri, … said she had described": the
# "Mr" is the owner's, so Njeri's; "Prosecutor X KC told the court …. “…,” she said": X;
# near miss "Mr M's deputy, Ms N, and his adviser, Ms W, toured …. “…,” she said", two women
# joined, a guess) is 7 of 8 right (the near miss a low guess), 0 mis.
# round27_documents (7 quotes: 3 right, 4 unclear on the round's base; "the complaint" after
# a suit whose filer an earlier sentence names with another suit noun, "The lawsuit, filed
# … by X, names …. The complaint says", "The proposed class action, filed … by X, says ….
# “…,” the complaint says": X's; "the memo" and "the letter" after "according to a memo X
# sent to drivers", "a letter Y sent to the firm": the maker's; near misses two suits with
# two filers in one sentence, and "a letter he showed to reporters", unclear) is 7 of 7, 0 mis.
# round27_bodies2 (4 quotes: 1 right, 1 confidently wrong on the
# round's base; "the company" is the one firm named so far leaving out a market its shares
# trade on ("on the DSE", "the Dornbay Stock Exchange"), a unit ("its Head of Corporate
# Affairs"), an analyst's or a lawyer's firm and a campaign group; near miss "a lawyer for Y":
# Y a second firm, unclear, labelled no one's) → 4 right, 0 mis.
# round27_names2 (8 quotes, 11 people: 7 right, 0 mis and people F1 0.55 on the round's
# base; bodies found as persons: "X, the Danish drugmaker that …", "X, the largest private
# operator at the port, which said", "X, Poland's third-largest carrier", "managing director
# of X, who …" (the director's "who"), "fined the regional weekly X €20,000" against "who
# writes for X" and "X published"; near misses "a 34-year-old … retailer", "a crane operator
# who …", persons, and "the company" after "X sued Y", unclear) is 8 of 8, 0 mis, F1 1.0.
# round27_asides (10 quotes: 3 right, 7 unclear on the round's base; a subject set off from
# its "said" by a long aside: "X district council, which has warned that it may – in effect
# – …, said", "X, a Denver, Colorado-based company that holds …, said", "The Office of the
# X (OAG), in its latest annual report on …, said", "The special rapporteur, Danish jurist
# X, said", "“…,” state Sen. X, a Democrat from Trenton who wrote the bill, said", "The
# inspection, conducted by a watchdog, the X Board, and published …, said"; "said X, an
# analyst at Y, who reckons … “…”": X's; near misses "The survey, commissioned by X, said"
# and "a point X's counsel, Y, stressed" after a charter's words, unclear) is 10 of 10, 0 mis.
# round27_names3 (8 quotes: 2 right, 6 unclear on the round's base; a
# body lost inside its own description: "A spokesperson for the City of Marrowfield said",
# "the Town of Kessick Point" (one council's name, not split at "of"); "Brennock Terminals,
# the largest private operator", "Ostwald Infocomm, the market leader" (a rank only a body
# has, not a person's role) before "A company spokesman said"; "a letter from Glenmorra Ferry
# Assets chief executive Iona Baird" ("from" governs the whole phrase: no place); "Talvik
# spokesperson Renate Holm said" opening its sentence after "after Talvik sent …"; near misses
# "Pieter Vos, the largest shareholder in …" (a person) and "Vestmark, the world's
# second-largest cod producer" (a country, unclear)) is 8 of 8, 0 mis, people F1 1.0.
# round27_mis3 (6 quotes: 2 right and 4 confidently wrong on the round's base; "what
# he/she called “…”" in a clause another person reports, "Defence lawyer X said Mr Y had
# ignored what he called", "X KC told the jury that Ms Y had hidden … from what she called":
# either may be meant, unclear (labelled no one's); "Ms X … said Mr Y had ignored what she
# called": X's; near misses "said the council had rejected what he called" and "Ms Y told
# reporters that she had acted … and that she would fight what she called": kept) is 6 of
# 6, 0 mis.
# round27_withheld2 (4 quotes: 2 right, 2 unclear on the round's base; a quoted word after
# "a" inside a named speaker's reported clause, "told the inquiry … that a “stopgap” repair
# was", "said drivers … had been handed a “rushed” timetable": the teller's; near misses "the
# operator's talk of a “surge” plan" and "runs a “buddy” scheme", unclear) is 4 of 4, 0 mis.
# round27_documents2 (8 quotes: 3 right, 5 unclear on the round's base;
# a document in a clause a named speaker reports bears the speaker out, "said the inspection
# report described “…”" (no "as"), "said in a statement that the review had confirmed what
# tenants had been saying “…”", "told the Ledger the findings confirmed “…”": the speaker's; a
# document in an "in" adjunct of its maker's verb, "had recommended refusal in a report that
# described …", "said in a statement, which described …": the maker's; near misses "the
# letter described the kitchens as “…”", "confirmed what the chief executive, X, had called
# “…”" (X's) and "was named in a report that described her as", kept) is 8 of 8, 0 mis.
# round19_fourth's "told the BBC the review confirmed what parents had been “…”" relabelled
# the teller's, as the read sets label the form (some twenty times, fresh448 among them).
# round27_names4 (13 quotes, 15 people: 12 right, 1 confidently wrong and people F1 0.45 on
# the round's base; bodies described right before the name, "The news portal X said", "US
# short seller X", "Proxy adviser X urged", "Brokerage X said", "takeover of smaller rival
# X", "a review by consultants X, who"; "the charity X said police had …" beside "a
# coordinator with X"; "Mohd Hafiz said" after "Mohd Hafiz Rashid"; near misses "Fund manager
# X, 52," and "beating rival X", persons, and "the news portal said" after two portals,
# unclear) is 13 of 13, 0 mis, F1 1.0.
# Twenty-eighth round (15 trap texts, 117 quotes: on the round's start 65 right and 27
# confidently wrong; at its end 109 right and none wrong):
# round28_bodies (6 quotes: 5 right, 1 unclear on the round's base; a verb joined by
# "but"/"and" to its clause's first verb, whose subject is a name after a body's role, "Its
# chair, X, called it “…”, but said “…”"; near misses: a first verb inside a "when" clause,
# and two bodies joined in a "because" clause, unclear) is 6 of 6, 0 mis.
# round28_nocue (4 quotes: 1 right, 3 unclear on the round's base; "has found a district
# landlord “…”" and "found a regional health board responsible for “…”" are the finder's,
# "The statement read in part, “…”" the statement's maker's, a guess the risk model holds
# back; near miss "has found a buyer since the “…” period": no one's). Now 4 right, 0 mis.
# round28_miswrong (8 quotes: 4 right and 4 confidently wrong on the round's base; "what
# she called" in a clause another person reports whose subject has a role apposed before it,
# "Ms X said her deputy, Mary Y, had rejected what she called", "X told the court that his
# client, Y, had rejected what he called": unclear (labelled no one's); "The X Union and the Y
# Trust, which both oppose …, said" and "X and its rival Y have both cut prices. “…,” a
# company spokesman said": unclear; near misses "Mr X said his deputy, Ms Y, had turned down
# what she called" (Y's), "told the tribunal that his client had refused what he called" (the
# teller's), "X said it had rejected the bid from Y. … a company spokeswoman said" (X's) and
# a union and one firm before "a company spokesman said" (the firm's)) is 8 of 8, 0 mis.
# round28_names1 (7 quotes, 9 people: 6 right, 1 confidently wrong and people F1 0.63 on the
# round's base; "Corbel Ridge Minerals of Flagstaff, Arizona, said", "made by Tamsin
# Pharmaceuticals of Derby" (a firm ending in its trade, then its town); "after the
# Inspector-General of Ports (IGP) flagged “…”" inside a person's written reply (the office
# spelled by its initials is a body, the finder); "Lisbon fund manager Marés Capital" (the
# place is no body); near misses "Greyhaven said" after two Greyhaven firms, unclear, and "the
# Chief Mines Inspector (CMI) in Boise, Arlo Penhallow, said", a person) is 7 of 7, 0 mis.
# round28_documents (9 quotes: 1 right, 1 confidently wrong on the round's base; "X wrote to Y
# asking …, in a letter that described … as “…”" (the writer's, never Y's); "a report prepared
# by its consultant, X. The report called"; "In its latest report, released in August, the
# agency said …. The report warned"; "A report published in March by X found that …, and
# described … as “…”"; "In a letter to Mayor X dated …, Councillor Y said … what the letter
# called “…”" (Y's, never X's); near misses "by its auditors, A and B", "found that the
# minister, Y, had misled … and described", and three signers of "In a letter to Mayor X …"
# (their letter, not the earlier one: unclear) is 8 of 9, 0 mis.
# round28_misnone (11 quotes: 6 right and 5 confidently wrong on the round's base; a speaker
# kept unnamed on purpose, "A lawyer acting for the firm, who asked not to be named, said",
# "An aide to the mayor, who was not authorised to speak to reporters, said Marrow regarded
# … as “…”", "a senior official in the ministry, who spoke on condition of anonymity, said":
# the unnamed source's, not the firm, the mayor or the ministry; the agent of a passive
# verb of telling who is one unnamed person, "was informed by a manager he did not name
# that", "described by one supervisor as": no one named; near misses "A company
# spokesperson, who asked not to be named, said" (the firm), "said Marrow had told
# councillors the fine was “…”" (Marrow), "told by Ewan Dorrance" (Dorrance) and an unnamed
# source reporting an unnamed manager, unclear) is 11 of 11, 0 mis.
# round28_roles (5 quotes, 8 roles: 4 right and roles 2 of 8 on the round's base; a long
# role phrase before its holder's name as an appositive, "The Executive Director of the X
# Centre for Water Policy, Y,", "the Special Adviser to the Governor on Media, Y,", "the
# death in office of the sitting MP, Mr Y,", "X Shipping’s chief financial officer, Y,",
# "The General Secretary of the X Union (AFWU), Y,"; "Y, the WHO representative in Z,";
# near miss "The official later said" after a chairwoman and her deputy, a low guess) is 4
# of 5, roles 8 of 8, 0 mis.
# round28_withheld (5 quotes: 2 right, 3 unclear on the round's base; after "but"/"while"
# past a passive verb of telling inside a named speaker's report, "said members had been told
# … , but what they got was “…”", "… while “the damp is still …”", "… but were “not …”", the
# speaker's; near misses "told the boiler was old but “perfectly safe to run”" and "warned
# that …, but that “…”": no one's) is 5 of 5, 0 mis.
# round28_sentences (10 quotes: 6 right and 1 confidently wrong on the round's base;
# sentences no longer split after a title written short before a name, "Deputy Dist. Atty.
# X", "Ald. X, 17th,", "His counsel, Barr. X,", "Engr. X", after "a.m."/"p.m." before a
# weekday, a month or a time zone, or inside "& Co. Advocates,"; "said through its lawyer,
# Atty. X, that": X's; near misses "at 11 p.m. Residents … called" and "Judge Tomas Barr.
# Lawyers for … called", unclear) is 10 of 10, 0 mis.
# round28_mis2 (15 quotes: 5 right and 10 confidently wrong on the round's base; "the port
# authority" after a "Port Workers Union" (the Authority), "had met with the board and had
# written to Mayor X asking him to “…”" (not X), a second signer in "signed by its National
# President, X, and National Secretary, Mrs Y, the association said", "which said" after a
# person, "delegations led by X and his counterpart, Y, had agreed", "one Varadist MP", "a
# levy its chief sponsor called", ", quoting a 1966 ruling" after a closing cue, "said the
# firm had recalled all stock “…”"; near miss "with Mayor X warning" stays X's) is 10 of 15,
# 0 mis (the rest unclear).
# round28_names2 (7 quotes, 8 people: 4 right, 0 confidently wrong and people F1 0.77 on the
# round's base; a firm named by one word: "Marevik shares fell 6 percent", "Trellaby CEO Oona
# Mertens said", "the chief executive of Quillon, said" (its later "Marevik said", "Trellaby
# called it", "Quillon added" are the firm's); near misses "Ostrand shares rose … Ostrand
# said" after two Ostrand firms, unclear, and "the chairperson of Busoga", no body) is 7 of 7,
# 0 mis, people F1 1.00.
# round28_descriptions (7 quotes: 3 right, 4 unclear on the round's base; a body the text
# itself described as what a later description names it, "the Marrow Street Forum, a group
# of shopkeepers …. The group said", "X, a coalition of parents' associations, … her group
# had warned", "The Kestrel Riders (KR) union said …. The union has said", the opening's
# "with their union accusing" for the document's one union named later; near miss two
# bodies described as groups in one sentence, then "The group said", unclear) is 7 of 7,
# 0 mis.
# round28_roles2 (7 quotes, 8 roles: 6 right, 1 mis and roles 3 of 8 on the round's
# merged base; a role held "for" someone before its holder's name, "A spokesman for the
# mayor, Y," (not the mayor), "Counsel for the petitioner, Y,"; "Appearing for the second
# petitioner, Advocate Y" (no petitioner); role nouns the vocabulary lacked, "a primary
# school principal", "a forklift operator at the depot", "The court-appointed monitor, Y,";
# near miss "The governor later said" after "A spokeswoman for the governor, Y," names no
# governor, a low guess, confidently Y's on the base) is 6 of 7, roles 8 of 8, 0 mis.
# round28_names3 (10 quotes, 10 people: 10 right and people F1 0.80 on the round's base, with
# 5 extra names; a currency's code before its amount, "NZ$48 million", "75 million CFA
# francs"; a prison by its prefix or last words, "HMP Kelderwick", "Harlow Vale Correctional
# Centre"; a place by a last word no person's name ends with, "Ondeko State", "Mangarua Dam";
# near misses "The Council of State said", "Kessel State said it would", "KWRT 9 said": bodies
# kept) is 10 of 10, people F1 1.00, 0 mis.
# weekday, a month or a time zone, or inside "& Co. Advocates,"; near misses "at 11 p.m.
# Residents … called" and "Judge Tomas Barr. Lawyers for … called", unclear) is 9 of 9, 0
# mis.
# round28_mis3 (6 quotes: 2 right and 4 confidently wrong on the round's base; an "-ing"
# clause after an appositive whose reduced relative clause has its own subject, ", a decision
# the ferry operators challenged …, describing it as “…”" (no one's) and ", a ruling X
# appealed …, calling it “…”" (X, unclear); "said senior port officials had been warned …
# but had dismissed the warnings as “…”" (no one's); "X plans to close Y, which it bought …"
# no longer takes "it" for the sentence's subject, so "a spokeswoman said" after it is X's;
# near misses "she had been warned … but had dismissed …" (hers) and "A and B met. “…,” a
# spokesman said" (unclear)) is 6 of 6, 0 mis.
# Twenty-ninth round (16 trap texts, 108 quotes: on the round's start 53 right and 20
# confidently wrong; at its end 107 right and none wrong):
# round29_documents (8 quotes: 2 right, 6 unclear on the round's base; an "-ing" clause after
# a sentence whose document sits in an "in" adjunct or before a noun in "-ing" ("In a letter
# to the planning board dated May 3, X opposed …, saying “…”", "X, in a communique issued
# after an emergency meeting …, backed …, warning", "In a statement issued shortly after the
# ruling, X welcomed …, saying"): the main clause's subject; "X passed a motion describing",
# "X has adopted a resolution demanding": X; near misses "the town board approved a report
# saying" (no one named) and a joint statement of two bodies (unclear)) is 8 of 8, 0 mis.
# round29_withheld (7 quotes: 2 right, 5 unclear on the round's base; the noun "dispute"
# read as the verb of denial, "said a long dispute could leave … “…”", "land disputes in
# Kessin Valley “…”", "the tax dispute was “…”", and "denied" meaning "withheld", "had been
# denied “any real say”", "had denied Corvin Tull “a fair hearing”": the reporter's; near
# misses "the allegation had been denied “in the strongest terms”" and "The X Trust disputes
# “the figures” that …", unclear) is 7 of 7, 0 mis.
# round29_bodies (3 quotes, 3 people: 1 right, 2 unclear and people F1 0.50 on the round's
# base; a body the text described but never named speaks by a plain description: "the
# country's farm ministry said …. The ministry said", "Tarnia's central bank raised …. In a
# statement, the bank said"; the near miss "the Velmoran government met Kesland's government
# …. The government said" stays unclear): 3 right, 0 mis, people F1 1.00 after.
# round29_miswrong (7 quotes: 4 right and 3 confidently wrong on the round's base; "the
# company said" after a Panel (a public body, no company) is the firm's, not the Panel's; "A
# former assistant secretary at the X Agency told …" is no voice of the Agency (unclear);
# "told the committee that at a briefing in Oldport in May 2028, Y, then chief of staff to
# …, had said … and asked her to “…”" is Y's; near misses "A spokeswoman at the X Agency
# said" (the Agency's) and "that at the same briefing she had raised … and asked them to"
# (the reporter's)) is 7 of 7, 0 mis.
# round29_pronouns (8 quotes: 5 right and 3 unclear on the round's base; a quotation whose
# closing comma sits inside its marks, then "warning that" (", “…,” warning that …" is the
# participle, not the noun "a warning that"): the clause's subject, a person or a body; near
# miss "Ms A and Mr B said the plan was “…,” warning that" (two people joined, unclear)) is
# 8 of 8, 0 mis.
# round29_names1 (6 quotes, 6 people: 6 right, 0 mis and people F1 0.75 on the round's base,
# with 4 extra names; a wire dateline with accented capitals, "MAROUÉ, VESTRALIA —"; a place
# after "in" before ", who", "A Western diplomat in Kessa Danvo, who asked not to be named";
# a law by its last word, "the Coastal Safety Code", "the Constitution", "the Harbour Works
# Act (HWA)"; near misses "Tomas Brennick of Halvard Law", "the Vestralian Anti-Fraud
# Commission Act" before "The Vestralian Anti-Fraud Commission (VAFC) said", "a complaint
# from Harriet Vole, who said": names kept) is 6 of 6, people F1 1.00, 0 mis.
# round29_misnone (5 quotes: 3 right and 2 confidently wrong on the round's base; a reported
# clause whose subject is people the text leaves unnamed and whose own verb of telling governs
# the quotation, "said young men he works with … described being stopped as '…'" and "told the
# panel that in May 2024 a senior engineer, whom she declined to name, told her to “…”" (no
# one's); near misses "said he had told residents … “…”" and "said drivers were warned “…”"
# (the reporter's)) is 5 of 5, 0 mis.
# round29_names2 (8 quotes, 11 people: 5 right, 2 confidently wrong and people F1 0.47 on the
# round's base; a title's possessive inside a body's name, "the Dunmore Magistrate's Court",
# "The Sheriff's Department said"; a plural in "-men", "The Tarrow Fishermen's Association
# said"; an ampersand between capitalised words, "Haddon & Pryce said"; a name before a
# member's or an analyst's role and a person's name, "Clann Nua councillor X", "Harrow Ridge
# Research analyst Y"; near misses "Independent councillor Z" (no body) and "the firm" after
# two firms with an ampersand, unclear) is 8 of 8, people F1 1.00, 0 mis.
# round29_persons (6 quotes: 2 right, 4 unclear on the round's base; "A trade ministry
# spokesperson", "An Ostrelian foreign ministry spokesperson", "A health board spokeswoman"
# after the one health board named: the body the two plain words before the noun name; "the
# mother of three said" after the one person its paragraph named; near misses "A senior
# ministry spokesman" and "the father of two" after a paragraph naming a judge (unclear)) is
# 6 of 6, 0 mis.
# round29_subjects (7 quotes: 3 right, 4 unclear on the round's base; a titled person whose
# portfolio opens with an "-ing" word and "and", "Fishing and Ports Minister X defended …,
# telling “…”" (X's: the "-ing" word is the title's, not an opening participle phrase); a
# body named with its seat before an aside, "But the Embassy of X in Portvell, in a statement
# on Friday, rejected …, insisting “…”" (the embassy's); near misses "Minister X and Trade
# Minister Y toured …, telling" and "The embassies of X and Y in Portvell, in a joint notice
# …, warning" (unclear)) is 7 of 7, 0 mis.
# round29_nocue (4 quotes: 2 right and 2 unclear on the round's base; a speech noun whose
# possessor is a description, taken by a verb of disputing: "rejected the company's claim
# that the offer was “…”" (the one firm, named paragraphs before), "dismissed the Norvish
# government's description of the dam as “…”" (the government the phrase names); near miss
# "disputed the company's claim …" after two firms named together, unclear) is 4 of 4, 0 mis.
# round29_withheld2 (8 quotes: 2 right, 6 unclear on the round's base; a verb phrase before
# "under the X Act" read as a law's words, "would “not hesitate to step in” under …", "has
# “ignored every warning …” under …", "urged both unions to “settle …” under …"; "did not
# dispute the invoices but had “…”" read as a denied claim; a naming verb in an object
# relative, "a claim that counsel assisting the inquiry, X, described as “…”", "…, figures
# its director, X, hailed as “…”": the speaker's; near misses "breached its “duty of care”
# under the Y Act" and "did not dispute that its tenants had been “…”, and", unclear) is 8
# of 8, 0 mis.
# round29_bodies2 (5 quotes: 4 right, 1 unclear on the round's base; a body the opening
# round29_bodies2 (6 quotes: 4 right, 2 unclear on the round's base; a body the opening
# paragraph gives by "a"/"an" and names later, "A Tasmanian planning tribunal has overturned
# …, ruling that … “…”" for the Resource and Planning Appeals Tribunal named next; "In a
# letter …, a copy of which was seen by reporters, the tribunal said “…”", the subject past
# the aside; near miss "after an independent heritage review found the design would do
# “…”" in the lede's sentence, unclear) is 6 of 6, 0 mis.
# round29_miswrong2 (5 quotes: 3 right and 2 confidently wrong on the round's base; a
# "he" opening a relative clause after a reported clause, "The report … says former finance
# director X, who left …, signed invoices from a supplier run by a neighbour whom he
# described as “…”" (X, not the auditor named the sentence before), "Y said Z had been
# questioned over a speech in which he described" (either man, unclear); near misses "Ms X
# said Mr Y had hired a consultant whom she described" and "X said the council had hired a
# consultant whom she described" keep X) is 4 of 5, 0 mis (the unclear one a low guess).
# round29_names3 (6 quotes, 7 people: 4 right and 2 confidently wrong, people F1 0.62 on the
# round's base; "(Bloomberg) -- …": the agency alone in brackets before a dash, an
# organisation, and not the firm "the company" stands for; a run titled by its first word
# alone, "Patient Voice Westmark, which represents …", "advocacy group Elder Rights Kelderon":
# a body's whole name, and so wherever the same words stand; near misses "Councillor X Y,
# who chairs …" (a titled person) and "A and the charity B wrote … One of them later said"
# (unclear)) is 6 of 6, people F1 1.00, 0 mis.
# round29_misnone2 (14 quotes: 5 right and 9 confidently wrong on the round's base; words a
# binding text holds, "where the enterprise agreement required “…”", "the land plan, adopted
# in 2020, designates the valley for “…”", "the chamber's rules of procedure allowed …
# “…”", "Article 9 of the draft, which defines …", "the national tenancy code, which entitles
# …", "the amendments, which … and let the premier … “…”", "the statutory “…”", "the legal
# test of “…”" (no one's); ", even as their unions accused his office of “…”" and "a former
# senior engineer with the authority, who said" / "a retired inspector at the X Authority,
# who said" (unnamed, not the mayor or the authority); near misses "the settlement allowed
# the town “to …”", "the plan, which bans …, had turned its members into “…”", "Selma
# Okoro, an engineer with the authority, who said" (the speaker's)) is 14 of 14, 0 mis.
# Thirtieth round (7 trap texts, 58 quotes: on the round's start 40 right and 12
# confidently wrong; at its end 58 right and none wrong):
# round30_pronouns (5 quotes: 3 right, 2 unclear on the round's base; "the 61-year-old
# said" opening a paragraph after one that named two people, neither given an age: the one
# that paragraph has as subject or speaker ("X … told the meeting that he had written to
# council leader Y", "X … said … and thanked councillor Y"); near miss after a paragraph
# with two speakers (unclear)) is 5 of 5, 0 mis.
# round30_names2 (7 quotes, 11 people: 7 right, people F1 0.84 on the round's base; a body
# named once after "the" as a role's employer, "convener of the X", "a researcher with the
# X", "director of the X at Y": an organisation; near misses "who lives beside the X Canal
# Basin" (no role: no body) and "Both A and B … one of them later said" (unclear)) is 7 of 7,
# people F1 1.00, 0 mis.
# round30_bodies (6 quotes: 3 right, 3 unclear on the round's base; a body named right
# before a noun of what a body is as a whole, "the PWK union said", "The opposition Renewal
# Front party, whose leader … accused …, said" (the name's body itself when no body named
# before holds both the name and the noun); a firm described by its town and its state's
# "-based", "The Corrow, Tandria-based company said" (the firm named the sentence before);
# near miss "the EU commission said" (a body of the EU, named nowhere: unclear)) is 6 of 6,
# 0 mis.
# round30_misnone (12 quotes: 7 right and 5 confidently wrong on the round's base; "under a
# contract that required operators to “…”", "pointing to a 2023 … study that found … was
# running “…”", "which a county audit published in May found had “…”", "officials had
# indicated as late as June that the permit was “…”", "an internal inspection note had
# flagged “…”" (no one's); near misses "The X Authority said an inspection … had found “…”",
# "said in a report that describes the ward as “…”", "published a review that found “…”"
# (the speaker's)) is 12 of 12, 0 mis.
# round30_extent (7 quotes, 5 people: 3 right and 3 confidently wrong, people F1 0.20 on the
# round's base; a body named by a common word and "for" ("Nurses for a Greener Lowmere,
# which …, said", "Transport for Westbury said … A TfW spokeswoman"), "Friends of <Name>"
# inside a sentence, a person "of the <Name> party" (the person and the party, not one
# organisation); near misses "Appearing for the Crown, counsel said" and "One of them said"
# after "Negotiators for Westbury and Lowmere" (unclear)) is 7 of 7, people F1 1.00, 0 mis.
# round30_miswrong (12 quotes: 8 right and 4 confidently wrong on the round's base; a second
# "that" clause set off by a comma, ", and that"/", but that", after a reported clause whose
# own subject assured, promised or warned someone "that …" ("said the X Harbour Board had
# assured residents that the seawall was “…”, and that she would press for a survey “…”"):
# the outer speaker's, not the inner teller's; "who" after a body's aside when the body
# names a person's role ("Dora Pelling, director of the X Trust, a housing charity, who
# said"): the person; near misses without the comma ("had told staff that the rota was “…”
# and that nobody would be asked to “…”": the inner teller's), with a teller of its own
# ("…, but that a depot supervisor had ordered him to “…”": no one's) and "which" after
# such an aside (the body's)) is 12 of 12, 0 mis.
# round30_names1 (8 quotes, 12 people: 8 right, people F1 0.56 on the round's base, six
# people read as bodies; persons a body's mark beside them made bodies: ", which" after a
# person named with a role ("The 2027 trial of former transport minister X, which ended"), an
# appositive body after a titled name ("In a statement signed by its General Secretary, Mr X,
# the Y Union described", "In a letter to Mayor X, a group of residents warned"), a role's
# holder after its comma ("His lawyer, X Corvation,", "One of the defence lawyers, X,"),
# "Property developer X Y … Mr Y said"; near misses "its statutory auditor, Quill Barrow &
# Associates," and "The incumbent Teleno, which" (firms), the residents' warning (unclear))
# is 8 of 8, people F1 1.00, 0 mis.
# Thirty-first round:
# round31_misnone (7 quotes: 4 right and 3 confidently wrong on the round's base; the names
# of charges after a charge noun and "including" ("to take plea on four counts, including
# “…” and “…”": no one's, the second joined by "and" too); "members of" a body as a
# clause's subject, uncounted, past a possessive name and the body's bracketed initials
# ("members of the Harbour Council's Finance Committee (HFC) described … as “…”": many
# unnamed people, never the committee); near misses "described the charges as “…”" (the
# lawyer's), the committee itself "in a statement" (the committee's), a named member of it
# and her uncued later quotation (hers)) is 7 of 7, 0 mis.
# round31_extent (10 quotes, 13 people: 5 right and 4 confidently wrong, people F1 0.52 on
# the round's base; a title's object that is a body, then its holder's name with no comma,
# past a possessor, a lowercase adjective or a bracket ("Chairperson of Parliament's Budget
# Committee Temba Halloran said", "Deputy Director (Operations) of the Harbour Commission
# Ysolde Marran told"): the body, then the person, even when the document never uses the
# name alone; a party's member alone after "the" ("The Republican added"): a person
# described, no party's name; a place's government or police named by the place ("The KRT
# government said", "a Dunmere police spokesperson said"): the place's body, never the
# place; near misses "the police said" with no police named (unclear), "The Republican
# Party said" (the party), "the TWA union said" (TWA), "Chairman of the Public Accounts
# Committee Peter Molewa said" (split so already)) is 10 of 10, people F1 0.89, 0 mis.
# round31_miswrong (11 quotes: 6 right and 5 confidently wrong on the round's base; a role
# "of"/"on" a body named after a possessive, "The president of Velmora's Supreme Audit
# Chamber (SAC), X, has accused", "the ranking member on Parliament's X Committee, Mr Y,
# described", "The chairperson of the Tarrow Assembly's X Committee (PAC), Mrs Z, said" (the
# body is the preposition's object: the named holder speaks, not the body); a purpose "to
# warn" after "said it had written to the harbour master, X, on Friday" (the writer's, not
# the one written to); near misses "told Parliament's X Committee that" (the teller), "A
# spokesperson for Velmora's Finance Ministry said" (the ministry), "In Velmora's Senate,
# opposition leader X said" (X), "said a pilot had written to him … to say" (no one named))
# is 11 of 11, 0 mis (two roles missed on the base and now).
# round31_orgs (9 quotes, 11 people: 9 right, people F1 0.78 on the round's base, four
# organisations missed; a body of two words or more named only after "the" as an
# interview's listener or a document's reader ("told the Dunmarra Examiner that", "In a
# statement to the Coastal Weekly Courier,", "A leaked report seen by the Northern Ledger
# found": no person takes "the"), a parliament by its one word after a preposition of place
# ("Speaking in Parliament on Wednesday"), an outlet opened by initials after "told" ("told
# KBR Wales she had"); near misses "told the Prime Minister" (a title), "told the Orla Byrne
# show" (a show: neither a body nor a person) and "in Parliament Square" (a place)) is 9 of 9,
# people F1 1.00, 0 mis.
# round31_persons (10 quotes: 6 right, 2 of 7 named speakers shown on the round's base; a
# person the text describes, then names only by the name given to the reporter, "A taxi
# driver who gave his name only as Anselm said", "One driver, who gave his name only as
# Teodor, called", "“…,” one woman, who gave her name only as Greta, told", "A baker who
# asked to be identified only as Rufin told … “…,” he said", "a fruit seller who gave her
# name only as X said …. “…,” she said": the named person; near misses "who asked not to be
# named" and "who gave only her first name," with no name (unclear), and the name given in
# the clause of another's object ("Imelda Strand, who met a trader who gave his name only as
# Piet on Monday, said": Strand's; "Osric Vale said a stallholder who gave her name only as
# Mirela had complained …, and said": Vale's)) is 10 of 10, 6 of 7 shown, 0 mis.
# round31_bodies (8 quotes: 3 right, 5 unclear on the round's base; a body's quotation shown
# unclear: "the water company said" after "Pennine Water" (a firm's description whose
# modifiers are all words of the one firm's name), "A spokesperson for the combined
# authority said" (the object of "for" runs on past a participle used as an adjective), "…
# after a report by the Care Quality Commission (CQC), published in March, rated" (the
# clause after "after" past its subject's initials in brackets and an aside), "In its
# submission to the regulator, made public on Thursday, the operator said"; kept: "Tarn
# Water was fined …. The water company said"; near misses "Another water company said" and
# "The statement, issued after the minister, X, met the families, said" (unclear)) is 8 of
# 8, 0 mis.
# Thirty-second round:
# round32_asclauses (10 quotes: 8 right and 2 confidently wrong on the round's base; a
# quotation closed with no comma by an as-clause ending on its verb of saying ("insisting
# that the wall … was not “a paper wall” as the petitioners alleged."): the as-clause's
# subject's words, unclear when unnamed, never the sentence's subject; a second quotation
# after a bare as-verb's own quotation and "and" with a finite verb ("had heard Councillor X
# dismiss the repairs as “…” at a meeting in May and were “…”": "were" joins "had heard",
# not "dismiss", so the words are the reporter's); near misses ", as she put it" (the
# speaker herself), finite as-verbs joined by "and said" / "and warned" (one subject for
# both), and a chant "as the chairman put the first witness on the stand" (a time clause))
# is 10 of 10, 0 mis.
# round32_orgspeak (6 quotes: 4 right, 1 of 3 named speakers shown on the round's base; a
# closing reporting clause whose subject is a plain "the <noun>" after an "of" phrase and
# an aside (`"…" of the bribe, £40,000 in cash, in a cafe, the bureau said`, `"…" of timber,
# in a single year, the company said in its annual report`): the subject was read back
# across the commas as one phrase with the "of" phrase and found nobody; it is now read as
# the same description opening a sentence would be (the one bureau, the one company named
# in the paragraph); near misses "the company said" after two firms named in one sentence
# (unclear), "the minister said" (the minister named, as before) and "the company's
# lawyers said" (unnamed people: unclear)) is 6 of 6, 3 of 3 shown, 0 mis.
# round32_clauses (10 quotes: 5 right and 3 confidently wrong on the round's base; a quotation
# inside a subordinate or relative clause with its own subject and verb of saying, shown with
# the main clause's: "…, after its chief finance officer, X, warned that … “…”" (the role
# set off by a subordinator, not after a verb), "granted an adjournment after the
# prosecuting counsel, X, told …", "a date Y's lawyer, X, said he would use to “…”" (a
# possessive name before the role), "…, where Ms X's report said … “…” and described … as
# “…”" (a verb joined by "and" inside the clause: its speaker's); "X said, after the auditor
# warned of a shortfall, that “…”" (the "that" after the aside: X's); near misses "The
# statement, issued after the minister, X, met the staff, said" (unclear: the "aside" is X's
# own predicate), "X walked out after the officer spoke, and called …" (a comma before "and":
# X's); contact relatives naming no one, "a proposal one of them described as “…”", "a
# decision the then chief executive of the trust described as “…”" (unclear)) is 10 of 10,
# 0 mis.
# round32_pronouns (11 quotes: 8 right and 2 confidently wrong on the round's base; a "she"
# after a sentence whose subject's gender the text does not give while a person of that
# gender stands in it ("Sgt X … sat beside his wife, Brona. Speaking outside afterwards, she
# said": Brona, a guess, never X for sure); a "she" after a sentence whose subject is a body
# and which names one person of her gender besides a man ("heard from Petra Quayle, whose
# father, Ambrose Quayle, …. She said": Petra, a guess, as Ms Dunstan spoke just before);
# a speaker only guessed never a sure antecedent of the next "“…,” she said"; near misses
# "the ombudsman X said …. The report found that Fane's adviser, Y, sent …. She directed"
# (X), "Councillor X said …. She said" (X, sure) and "Mr X, whose daughter, Ella, …, said
# …. “…,” he said" (X, sure)) is 11 of 11, 8 shown, 0 mis.
# round32_orgsfound (8 quotes, 8 people: 8 right, people F1 0.75 on the round's base, with
# "Apr" a person and two venues and no outlet; a hospital named only where something
# happened to a patient ("died at X Hospital", "had been taken to X Hospital"): a building,
# unless another mention makes it a body ("X Hospital said in a statement"); a venue named
# for its use ("the Tarrowby Arts Centre", "Fennick Community Hall"): a building; a month's
# short form before a day ("the health minister Apr. 9"): a date; a one-word outlet as the
# reader of a document ("The figures, seen by Tidewire,"): a body, as after "told"; near
# misses "Nurses at Kelsbury Hospital" and "Kelsbury Hospital said" (the hospital a body),
# "The Fennick Legal Rights Centre said" (a body named "Centre")) is 8 of 8, people F1
# 1.00, 0 mis.
# round32_descriptions (8 quotes: 5 right and 3 confidently wrong on the round's base; a
# place before a kind noun with a relative aside, "The Dunholt university, which has …
# students, … described … as “…”" after Marlow Vale University and the Dunholt Courier: the
# one university named, never the outlet sharing the place's word (two universities:
# unclear); "A lawyer for the company, speaking on condition of anonymity, said" (no one
# named); "The 60-page review, made public by the state government on Thursday, found" (who
# makes a document public is not its author: unclear); near misses "seen by the Dunholt
# Courier, the vice-chancellor, X, said" (hers), "A spokesperson for Brackwater Freight said"
# and "A lawyer for Brackwater Freight said the firm would" (the firm) and a councillor's
# words (his)) is 8 of 8, 0 mis.
# Thirty-third round:
# round33_bodyfound (8 quotes: 7 right, people F1 0.824 on the round's base, with "Executive
# Yuan", "Legislative Yuan" and "Harbour Inquiry" never found and the Executive Yuan's
# quotation unclear; a name ending on the head of a body's name that the lexicon lacked
# ("the Executive Yuan yesterday accused … of “…”", "the Minority Caucus walked out",
# "Velmora Motor said", "the Kestrel Bay Coast Guard said", "the
# Harbour Inquiry"): a body (`body_heads`) when no mention of it says a person; near misses
# people whose name ends on such a word, by a role in apposition ("Hsu Yuan, a fisheries
# researcher, said", "Daniel Guard, a harbour pilot, said": people, as before) and a person
# who sits on the inquiry (hers)) is 8 of 8, people F1 1.000, 0 mis.
# round33_kindnouns (6 quotes: 2 right, 2 of 6 shown on the round's base; "the utility
# said" and "the carrier called" for a body named before whose name's words say its trade
# ("Harrowby Power & Light", "Teal Coast Airways"): the one body named so far that fits
# the noun, never a public body or a group with such a word in its name (an Energy
# Regulatory Commission, an Air Transport Association, a Water Users Group); near misses
# the utility as the object of a lawyer's words (hers), the commission speaking by name,
# and a second utility named as the subject of the sentence before (that one, not the
# first)) is 6 of 6, 5 shown (the first utility, named three paragraphs back after the
# commission, is a guess), 0 mis.
# round33_documents (9 quotes: 3 right, 0 of 6 named speakers shown on the round's base; a
# document whose author the text gives, shown as "speaker unclear": "a report from chief
# operating officer X to the board's committee …. The report describes … as “…”" (lowercase
# role words after "from"/"by" title the person: X's, never the committee's); a lede "X has
# found that …, according to an audit published on …" (the finder wrote it, so "The audit,
# sent to Y and to Z, said" is X's, never Y's or Z's); an inverted "“…,” read the letter,
# signed by branch secretary Dr Y." after "the union insisted in a letter to Z that …" (the
# union's: the signer only signs) and "“…,” read the judgment, penned by Justice W." (W's);
# near misses "A separate report to finance director V … The report called …" (a report
# brought in with a recipient and no author: unclear, never the earlier report's X),
# "…, according to a report published on Monday" with no finder (unclear) and "“…,” read
# the banner" (not a document: unclear)) is 9 of 9, 6 of 6 shown, 0 mis.
# round33_persons (8 quotes, 8 people: 4 right, 1 confidently wrong, 3 persons missed on
# the round's base; a full name followed, with no comma, by the rank of senior counsel and
# named once ("Marguerite Ellwood KC, counsel for …, said", "Tobias Quennell SC, counsel for
# …, told", "Osagie Ibekwe SAN, who appeared for …, described … as"): the rank is a
# person's, and the name is the verb's subject past the rank and its aside (not when the
# name is itself set off by commas: "counsel assisting, X SC, the 61-year-old said"); an
# "-ing" clause joined by "and" to a passive aside with its "by" agent after a noun ("put it
# to the director that a report, commissioned by the council and warning of “…”"): the
# report's words, never the sentence's subject (counsel); near misses "Liberal Democrat MP
# Petra Halvorsen said" (a party's seat), "Conrad Whitlow, KC, countered" (the rank between
# commas), "The director, X, speaking slowly and choosing his words, said" ("-ing" joined to
# "-ing": X's) and "The tribunal's chair, Ingrid Sorvald, said") is 8 of 8, people F1 1.00,
# 0 mis.
# round33_commonbodies (11 quotes: 5 right, 2 of 8 named speakers shown on the round's
# base; a police force named by its place's or its nation's word and a lowercase "police",
# the word no name the text gives ("Corvath police said", "Lanorian police, who …, said",
# "the Fellmoor police said", "what the Fellmoor police called"): the force, an
# organisation named so, when the document capitalises the word inside a sentence
# somewhere ("Constable X of Corvath police"); "The presidential office said": the head of
# state's office, a body named so; near misses "Riot police", "Local police described … as"
# (a capital only because the sentence opens there: unclear), a spokesperson named for the
# force (his), a family's words and "A senior official in the presidential office" (unclear))
# is 11 of 11, 8 of 8 shown, 0 mis.
# round33_clauses (8 quotes: 5 right, 4 of 5 named speakers shown and 3 confidently wrong on
# the round's base; a candidate's campaign with no name of its own ("Varrow's campaign said in
# a statement the mayor “…”", "The Tessaro campaign called the flyers “…”") was shown as a body
# "Varrow campaign": it is now "speaker unclear" with the campaign as its unnamed speaker, as
# the guide's rule "A candidate's campaign" says, and "X campaign" is no longer an
# organisation; "Draganov's team, Koruna Velo, said" was read as "Draganov campaign": a name
# right after "X's team," is the team's own; near misses "Tessaro's campaign manager, Jolene
# Marsh, said" (hers), a committee with a name of its own (Neighbours for Varrow, a body), "Her
# campaign later described … as “…”" (unclear, as before) and the candidates' own words) is
# 8 of 8, 5 of 5 shown, 0 mis.
# Thirty-fourth round:
# round34_bodyfound (11 quotes: 7 right, 6 of 10 named speakers shown on the round's base; a
# second "-ing" clause joined by "and" inside an absolute "with" phrase, after a name's
# bracketed letters or party ("with the Calder Dockers Union (CDU) accusing … of “…” and the
# Ministry of Ports insisting …“…”", "with the firm that won the work accusing the Port
# Calder Authority (PCA) of … “…” and the PCA insisting", "with Councillor Ana Lisle
# (Greens) calling … and the Shipping Federation insisting"): the bracket no longer ends the
# walk back to "with", so the clause is its own subject's; ", leaving the Harbour Relief
# Agency warning that … “…”" is the Agency's, as "with the Agency warning" is; near misses
# "met X (PCA) and Y on Wednesday, urging them to “…”" (the mayor's), a pilot's report
# naming two bracketed bodies (his) and ", leaving the room in silence and calling" (no
# name: the negotiator's)) is 11 of 11, 10 of 10 shown, 0 mis.
# round34_bodynames (11 quotes: 5 right, 5 of 11 shown, people F1 0.667 on the round's
# base, with the three committees and the two prefectures never found; a body named by a
# capitalised house and its subject fields coordinated with "and" (commas before it, as a
# list) in front of its head noun ("the Senedd health and social care committee said", "by
# the Lords communications and media committee, which said", "The Commons environment, food
# and rural affairs committee said"): the lowercase fields are one modifier (`field_lists`),
# so the body speaks under its whole name; a French prefecture named by its department
# before the lowercase noun or after "of" ("The Vendée prefecture said", "the prefecture of
# Haute-Lys said"): the place's body, as "Wessex police" is; near misses such a committee in
# a person's role ("the chair of the Senedd economy and trade committee, said") or as the
# listener ("told the Commons work and pensions committee that": the teller's), a role noun
# before "and" ("the BBC producer and health committee adviser, said"), "The Senedd and the
# finance committee" (no list of fields) and the prefect's words "outside the prefecture"
# (his)) is 11 of 11, 11 shown, people F1 0.957, 0 mis.
# round34_persons (8 quotes: 4 right, 2 of 6 named speakers shown, 1 confidently wrong on the
# round's base; quotations of a named person shown as "speaker unclear": a lead's
# office-holder described with an abbreviation ("The U.N. envoy for … warned", named
# "Special Envoy X" in the next paragraph: `lead_roles` now reads "u.n."); an "-ing" verb
# after "and" closing the "that" clause of an "-ing" verb after a comma (", ruling that the
# agency had likely exceeded its powers and calling the fee “…”": the ruler's, where the base
# gave it to a body named earlier); a plural reporting word before "had"/"has" or ", which"
# opening a reported clause ("warned that previous inquiry reports had been left “…”",
# "conceded that network charges, which …, remained “…”": a noun, so the outer verb speaks);
# near misses a former envoy (a role held before: unclear), a progressive clause ("that Mr
# Haskin was touring the depots and calling the offer “…”": Haskin's) and a relative clause
# whose object is missing ("a rise the ministry reports has been “…”": the ministry's verb,
# unclear)) is 8 of 8, 6 of 6 shown, 0 mis.
# round34_texts (12 quotes: 3 right and 8 confidently wrong on the round's base; a law's own
# words shown as the sentence's speaker's: "told the judges that the charter vests “…”", "The
# statute that created the board in 2018 allows it to police “…”" (a law with a relative
# clause of its own), "powers which the constitution reserves for “…”", "licence conditions,
# which under a government sub-decree prohibit dredging “…”", "the provision of the Water Act
# under which … if the holder “…”" (no comma), "the county charter's guarantee of “…”", "“…”,
# the legal threshold for intervention"; a claim of unnamed people ("from families who claim
# they were “…”": "claim" after "who" is a verb); and an unnamed source's view ("A source
# close to the mayor said she regarded the audit as “…”"): no one's; near misses the second
# "and that" clause (the speaker's), "as its charter allows, because the findings were “…”"
# (the speaker's) and "A person familiar with the talks said Finance Minister X had warned
# the board that …" (X's)) is 12 of 12, 3 of 3 shown, 0 mis.
# round34_dates (6 quotes, 10 dates: quotes 6 of 6, dates 4 of 10 on the round's base; a
# bare month whose clause is told in the past by a verb that is not the nearest word
# ("established by the regional council in September", "took evidence from more than 30
# witnesses between August and October", "had opened an investigation after a routine audit
# in October") went to the nearest month, a year ahead; a month after a verb of intent and
# its infinitive ("pledged to spend heavily to win back the council in April") went a year
# back; a weekday the clause schedules ("Hearings resume on Monday", "has given the
# contractor until Friday") went to the last one (`tense.past`, `tense.scheduled`); near
# misses a limit in a past clause ("had gathered 4,000 signatures by Tuesday": the last
# Tuesday), a past event in a future sentence ("would publish the letter it received on
# Sunday"), a past verb that looks ahead ("warned of further strikes in August") and a month
# that dates a noun ("blocked the levy from appearing on the November ballot")) is 6 of 6,
# dates 10 of 10, 0 mis.
# round34_clauses (11 quotes: 7 right, 7 of 10 named speakers shown and 3 confidently wrong on
# the round's base; "In a letter to the Prime Minister, Sir X, released …, the 47-year-old
# insisted" was the recipient's: a title before the recipient's name hid the "to" from
# `ages`, so the age now stands for the writer named before; "Standards Commissioner Y has
# found that Z broke the code when he lobbied …, describing his conduct as “…”" was Z's: who
# judges "his/her/their conduct (actions, behaviour, handling …)" after a verb of finding is
# the finder (`participle_cues`); "The province's conflict of interest commissioner has found
# that … when she pushed …, calling her conduct “…”" was the "when" clause's subject: a
# description whose last word is a role still speaks (`subordinate.no_speaker`), so it is
# unclear; "In a statement signed by her press aide, S, the embattled Speaker said …,
# adding: “…”" was unclear: an "-ed" word between an article and a noun is an adjective,
# not the clause's verb (`rows.attributive`), so the Speaker's (a guess); near misses "X, a
# retired vet who stood on …, came third … and said" (his: no adjective before "who"), the
# recipient speaking by name later, "…, W, sent on May 9, the union warned" (an irregular
# participle closing the aside, as "released" did), a titled name that speaks after a
# fronted phrase, "…, Lord U, seen by this newspaper, …, T, said" (T's) and
# "An audit found that X had missed …, while telling customers" (X's, as before)) is 11 of
# 11, 9 of 10 shown, 0 mis.
# round34_missweep (12 quotes: 7 right, 7 shown, 5 confidently wrong on the round's base; a
# body's statement signed by an officer whose title carries its department after a comma
# ("X, in a statement signed by its General Manager, Public Affairs, Mrs Y, dismissed … as
# “…”", "its Chairman, House Committee on Information, Mr Y,"): the department was read as
# the body that spoke; it is part of the title, and the statement the body's
# (`signer_departments`); "through its lawyer, Mr Y of Y & Partners, dismissed" (a named
# proxy with his firm) and an "-ing" clause after "X, through its publicity secretary, Y,
# said …, insisting that “…”" (the proxy's, as the main verb's); near misses a plain
# officer's title and two signers (the body's), a person whose own title carries a department
# ("Mrs Y, Chairman, House Committee on Health, said": hers), a named spokesman after
# "through" (his) and "Governor X, through his press secretary Y, blamed …, saying “…”"
# (a person's proxy: the governor's, as the labels give it)) is 12 of 12, 12 shown, 0 mis.
# round34_charges (12 quotes: 7 right, 6 of 8 named speakers shown and 4 confidently wrong on
# the round's base; a quotation inside a charge someone else made: "found the two broadcasts
# carried imputations that Mr X had “…” and had “…”" (no one's: what the articles meant,
# never the judge's, the second too, its "and had" going on with the noun's "that" clause),
# and "Under cross-examination by Y, …, Z conceded … but rejected her suggestion that …
# “…”" (no one rejects their own suggestion: "her" is the one other person of her gender the
# paragraph has named, here Y, a possessor too: "… Ms W's account. The deputy chair, V, …,
# rejected her suggestion that she had been “…”": W's; with two, unclear); "rejected the
# consumer group's description of them as “…”" with only "Kestrel Media Group" named (the
# lowercase kind word is in neither its name nor its roles: unclear, never that group); near
# misses "Justice X said the imputations were “…”" (hers), "Councillor U accused the
# broadcaster of “…”" (his) and "Mr V said her resignation letter had been “…”" (his)) is
# 12 of 12, 7 of 8 shown (the lawyer's suggestion is low on risk), 0 mis.
# Thirty-fifth round:
# round35_orgtails (8 quotes: 4 right, 4 of 8 named speakers shown, people F1 0.640 on the
# round's base, the four bodies cut short; a body's name whose "and" joins a field the text
# also writes in lower case ("Marsh-Indigenous Relations and Coastal Affairs Korvania said" in
# a text about "a coastal reserve", "The Local Government and Ports Committee said" in one
# about "small ports": `joined_bodies.field_joined`), a list of fields after "for" ("The
# Office for Radio, Television and Print Licensing said", as after "of" and "on") and a part
# of a body after an article ("The Anti-Fraud Division of the High Court said": "division",
# "bench", "section", "branch") are one name each, and the body speaks under it; near misses
# two people whose second given name is a common word the text also uses, one of them named
# alone later ("Sam Okoro and Faith Mbeki … Mbeki said": two), a person whose family name is
# such a part's word with no article before it ("Maya Branch of the Harbour Users Forum
# said": hers) and two bodies joined by "and the") is 8 of 8, 8 shown, 0 mis.
# round35_kinds (9 quotes: 7 right, 7 of 9 shown, 2 confidently wrong, people F1 0.667 on the
# round's base; names found as the wrong kind or with a description inside: a body whose
# name opens on its kind in its own language ("Fondazione Murgella, said it would back “…”":
# found as a person; `body_heads`, also "Banca …", "Groupe …", "Parti …", "… Éireann",
# "… Cymru", "Raj Bhavan"), a name ending on a common word its article writes in lowercase
# ("Tandem Rides, which runs shared rides": `name_kinds.named_by_common_word`) and a
# description compound before a name ("Mother-of-three Dana Whitlock said “…”": she was
# "Mother-of-three Dana Whitlock", confidently wrong twice; `name_titles.described_compound`);
# near misses a hyphenated given name with no linking word ("Anne-marie Okonjo Watts") and a
# solicitor whose surname the article writes in lowercase ("Janet Wills, who drafts wills":
# a person, the model far from a body)) is 9 of 9, 9 of 9 shown, people F1 1.000, 0 mis.
# round35_terms (12 quotes: 7 right, 7 of 7 named speakers shown and 5 confidently wrong on the
# round's base; quoted words that are no one's speech: a short quoted compound noun right
# before the noun it classifies, after a determiner, a possessor, a number or a preposition
# ("calling on supporters to observe a “dead city” protest", "had lived with a “waking watch”
# fire patrol", "had invoked the “urgent notification” process", "would ask … for “good
# offices” mediation") names a kind of thing inside the writer's noun phrase
# (`kind_modifiers`), and so does a name after "dubbed (the)" ("the housing bill, dubbed the
# “rent roulette” law by tenants": 54 of 54 such read quotations are no one's); near misses
# that stay the speaker's: an evaluative modifier ("a “high” risk", "“serious and systemic”
# failings"), a whole noun phrase ("were “a gift” the company could not afford"), a quantity
# ("“more than forty” complaints"), a name the speaker gives ("what he called a “paper
# shield” policy", "described the new levy as a “cash grab” tax") and "would “do nothing for
# families”" after the dubbed name) is 12 of 12, 7 of 7 shown, 0 mis.
# round35_subjects (12 quotes: 9 right, 9 shown, 2 confidently wrong on the round's base;
# "the statement added" after a sentence whose subject speaks "in a statement signed by" an
# aide or officer ("Reacting, X, in a statement signed by his Special Adviser on Media, Mr.
# Y, described … as “…” and said he had instructed his lawyers to “…”. “…,” the statement
# added"): the base gave the later words to the signer Y whenever that sentence had two
# speakers noted (here a guess for "he"); they are the speaker of that sentence's first
# quotation after the statement, and unknown when it has none, never the signer
# (`signed_vehicles`, the guide's signed statement); "he" there is X, the subject before the
# signed aside (the base took an earlier man); a body that reports its own officer's act
# ("The Congress also said its chairman, W, had written to the commission on Thursday
# proposing “…”"): the body's wording, as the guide's ICRC rule has it (`own_officers`: a
# person named after "its <role>," right after a body's "said (that)"); near misses a
# body's statement signed by its Publicity Secretary (the body's), "X said in a statement
# that …. “…,” the statement added" (X's), "The registrar, Mr. Z, said in a statement signed
# by him that … “…”" (his) and "Z said the tribunal's chairman, Justice V, had described the
# petition as “…”" (V's: a person reports another's words)) is 12 of 12, 12 shown, 0 mis.
# round35_orgdefs (6 quotes: 5 right, 3 of 5 named speakers shown on the round's base; a
# description by a specific kind noun paragraphs after the one body of the story it fits,
# with only bodies of other kinds named since ("dismissed the union's claim that … “…”" after
# "the Crane Operators' Alliance", a union by its name; "the regulator said" after "The Port
# Safety Commission"): `story_kinds` names it sure when the noun is no word any body is called
# ("the group"), the body was named in full before and no unnamed body of the kind was
# brought in ("A second union, representing …"); near misses the description as a recipient
# ("wrote back to the union … that “…”": the writer's) and a plural ("Two other unions at the
# port said": no one named)) is 6 of 6, 5 of 5 shown, 0 mis.
# round35_persons (12 quotes: 5 right, 2 of 9 named speakers shown, 0 mis on the round's
# base; quotations of a named person shown as "speaker unclear": a thing that "suggested"
# in a clause a named speaker reports ("said the figures suggested that hiring was “…”":
# the speaker's reading, as "the report confirmed" already was), an outer "suggested" over
# a document's "described" ("Mr X suggested that the evidence described “…”") and a second
# ", and that" clause whose document describes ("…, and that the auditor's evidence
# described “…”": the outer speaker's); an "-ed" word between a possessive and a noun that
# takes its own verb in a clause a verb of saying reports ("said Y's repeated refusals were
# “…”", "wrote that the council's stated aim … was “…”": an adjective, so the outer verb
# speaks); a document "read" with the quotation after it telling how ("said she had read
# the report “with a heavy heart”", "wrote that the lower court had read the clause “as if
# …”": the reporter's words, where the base left it unclear); near misses a person who
# "had suggested" (Dr Z's), a documentary that "suggested" in a body's complaint and "the
# report described the scheme as “…”" (no named author: unclear), and "read out a letter
# from his sister: “…”" (the letter's, unnamed)) is 12 of 12, 9 of 9 shown, 0 mis.
# round35_dates (7 quotes, 7 dates: quotes 7 of 7, 6 of 6 shown, dates 0 of 7 on the round's
# base; a bare year that no listed preposition introduced was never a date: a year that
# modifies a noun after a possessive or an adjective ("Kelmarsh Water's own 2029 inspection
# report", "after a bruising 2031"), after "through" and "since at least" ("fully funded
# through 2034", "since at least 2027" inside a quote: it names a year), now is one unless
# it is part of a name, a fiscal year, a number or a time (`year_contexts`); "mid-2033";
# "by the end of the year" and "before Christmas" in the narrative (the document's year,
# that year's 25 December by the clause's tense, `calendar_days`); near misses a year in a
# law's or a strategy's name ("the Water Industry Act 2014", "Horizon 2040"), "the 2030/31
# financial year", "about 2000 households", "by Christmas" and "the end of the month"
# inside a quote (the speaker's now) and "the Christmas recess" (a festival after a
# determiner)) is 7 of 7, 6 of 6 shown, dates 7 of 7, 0 mis.
# round35_orgdocs (7 quotes: 4 right, 3 of 6 named speakers shown on the round's base; a
# body speaking through its ruling or report, shown as "speaker unclear": "the decision",
# "the ruling" or "the judgment" told with an act of deciding before it ("X has fined Y ….
# The decision, published …, found …", "the Z annulled the result …. The judgment
# describes …"): the one that decided is its author (`document_acts`: an active act with
# its object; "dismissed", "rejected" and "refused" only on a case brought, "dismissed the
# petition", never "dismissed the claims as"); and ", and it described …" joined to a
# clause whose subject is the report, nothing between its verb and the "it" that could be
# "it" instead ("The 41-page report, addressed to X and signed by Y, found that Holt
# approved …, and it described …": the report's maker, `document_its`); near misses a
# decision that another body quashed ("quashed a decision by X …. The decision said":
# either's, unclear; an act in the pluperfect, "The High Court had dismissed their
# application", is an earlier ruling and passed over) and a person speaking of "the
# decision" ("said the decision was “…”": hers)) is 7 of 7, 6 of 6 shown, 0 mis.
# Thirty-sixth round:
# round36_orgreports (8 quotes: 5 right, 5 of 8 shown, 0 mis on the round's base; a body's
# document whose "written" stands between its possessor and its noun ("The board's written
# decision, released after a two-day hearing, said …", "The commission's written judgment
# described … as “…”"): `speech.VERB_FORMS` counts "written" finite ("X had written, “…”"),
# so the phrase lost its head and the body's words were "speaker unclear"; before a noun,
# after no auxiliary, it is an adjective and leaves the row (`written_adjectives`); near
# misses "written" as a verb ("who had written to the board", "he had written letters
# “…”": the writer's) and a document the speaker only describes ("said the owner's written
# submission was “…”": hers)) is 8 of 8, 8 of 8 shown, 0 mis.
# round36_orgclauses (9 quotes: 6 right, 4 of 7 named speakers shown, 0 mis on the round's
# base; an "-ing" clause after a comma that ends a clause whose verb acts on a document an
# earlier "-ing" word describes ("The X Court struck down key parts of a ministry decree
# restricting street protests, ruling that the new rules were “…”", "set aside the Revenue
# Authority's (RA) order freezing the accounts of Y, calling the freeze “…”", "rejected a
# petition opposing the closure, describing it as “…”"): the base chained the later "-ing"
# word to the earlier one and gave the words to the document (unclear); they are the clause
# subject's (`document_participles._acted_on`: a finite verb other than a verb of saying
# governs the document, read back over its noun phrase, an "of" phrase and bracketed
# letters); near misses a letter a body published ("published a letter … opposing the rent
# rise, saying": the body's, as before), a memo's words in its own relative clause, a body's
# report in a "whose" aside, a document in a clause a verb of saying reports ("said a
# council report backing the closure, warning of “…”, had been kept from residents": the
# report's, unnamed) and a document with its own author ("submitted a now-deleted post by
# the X Trust opposing the eviction, saying …": the Trust's, still chained)) is 9 of 9, 7 of
# 7 shown, 0 mis.
# round36_persons (9 quotes: 5 right, 2 of 6 named speakers shown, 0 mis on the round's
# base; a quotation inside the clause a named speaker reports whose nearest reporting verb
# words nothing there and has a thing or a body described for subject ("Sheriff X said in
# an interview that the county board had notified deputies “…”", "X says the authority
# welcomes the findings and will “…”", "X told reporters the two delegations had agreed to
# meet again “…”", "said the bus companies had instead proposed a scheme under which
# drivers could earn “…”"): the base left them "speaker unclear", they are the outer
# speaker's (`outer_reporters`); near misses people described with a verb of wording
# ("critics had called the rota “…”", "residents had demanded “…”": unnamed), a passive
# whose agent is unnamed ("had been told by managers that … “…”") and the speaker's own
# fragments ("said the embassy “remains open” and that staff would be “kept safe”")) is
# 9 of 9, 6 of 6 shown, 0 mis.
# round36_subjects (6 quotes: 5 right, 5 of 6 shown on the round's base; a verb joined by
# "and had" inside a clause a finding reports shares that clause's subject by its tense, also
# past one adverb and when the subject is a description ("The panel found that the governor
# had ignored its warnings and had once told a clerk she was “…”": the governor, resolved,
# not the panel; `reported_pluperfects`); near misses a simple past after "and" (the
# reporter's: "said the company had offered … and described …", "said the company had
# ignored its letters and called …"), a body reporting itself ("Dalton Freight said it had
# cut … and had told"), a named person after "found that" ("Lena Osei, the harbour master,
# had … and had told") and a body's own "which it called") is 6 of 6, 5 of 6 shown, 0 mis.
# Not in the text, measured on the read sets: a naming "it" ("a failure it described as",
# "earning what it called") whose one body before it opens a clause another reports ("the
# authority said an audit had found that Kerbside allowed …") is no sure sign of that body:
# unclear (`reported_its`); a time phrase between a verb of writing and its "to" ("wrote
# Tuesday to the heads of … associations, urging them to “…”", "in March asking") no longer
# hides the writer (`purpose_clauses`: a month or weekday is no verb).
# round36_lonenames (5 quotes, 8 names: quotes 5 of 5, 5 shown, people F1 0.769 on the
# round's base, the three bodies missed; a capitalised word after "the" that is the subject
# of a clause's own verb mid-sentence, a finite verb, an auxiliary or a modal ("said the
# Treasury had expected", "the Crown had walked away", "the Greens had run out"), names a
# body (`lone_bodies`; not at a sentence's start, where "The Tánaiste has said" is an
# office's holder); near misses a body named only by its kind ("the Government had", "the
# State had": the labels' capitalised descriptions, no names) and a place the text puts
# things across ("Growers across the Plains … the Plains had seen")) is 5 of 5, 5 shown,
# people F1 1.000, 0 mis.
# round36_extents (7 quotes: 6 right, 6 of 7 named speakers shown, people F1 0.824 on the
# round's base; two names joined by "and" inside one capitalised run were one organisation:
# a body, "and the", then another body of two words or more with its own head word ("has
# written to the Ministry of Public Health and the Council of County Executives, warning of
# “…”"), and two names the text also writes on their own, whole or by their first word ("the
# merger of Orrin Mobile and Tarnfield Telecom" … "Orrin said", "Tarnfield said it was “…”":
# unclear, as Tarnfield was no name found) are two (`named_apart`); and a letter written to
# two such bodies still hosts the "-ing" clause after them (`purpose_clauses`: an "and"
# between two names is no clause's); near misses "the Competition and Markets Authority"
# (neither part named alone) and "the Department of Agriculture, Food and the Marine" (a
# list of portfolios; "the Marine" no body)) is 7 of 7, 7 of 7 shown, people F1 1.000, 0 mis.
# round36_terms (11 quotes: 6 right, 6 of 6 named speakers shown and 5 confidently wrong on
# the round's base; a bare quoted noun phrase after the writer's own determiner and
# modifiers names a thing, no one's words, whatever verb of saying governs the clause ("had
# been running an informal “warming room”", "hundreds of unarmed “fare ambassadors”", "the
# state's annual “cost growth benchmark”", "a flawed “income matching” method", "the
# long-stalled “platform fairness act” should be passed": `premodified_terms`); near misses
# that stay the speaker's: a whole noun phrase after a naming verb ("calling the plan “a
# matter of …”", "called the original proposal “a half-measure …”"), evaluative words and a
# verb phrase after a noun ("the company “ignores the reality …”"); "a national “day of
# solidarity”", the union's in the read labels, is taken too and labelled `confident:
# false`) is 11 of 11, 5 of 6 shown, 0 mis.
TRAP_FLOORS = [
    "--max-misattributions", "0",
    "--min-quote-accuracy", "0.955",
    "--min-named-share", "0.90",
]  # fmt: skip


# The blind dev set (tests/extraction/blind/README.md): 0.982 quote, 0.955 shown, 0
# misattributions, people F1 0.972, roles 0.873 / 0.932 when these floors were set.
BLIND_FLOORS = [
    "--max-misattributions", "0",
    "--min-quote-accuracy", "0.94",
    "--min-named-share", "0.90",
    "--min-people-f1", "0.95",
    "--min-roles-recall", "0.85",
    "--min-roles-precision", "0.90",
]  # fmt: skip


def test_blind_dev_set_keeps_its_floors() -> None:
    assert main([str(HERE / "blind" / "dev"), *BLIND_FLOORS]) == 0


# The blind sets that were scored once and then read and tuned on (held-out, fresh, fresh2,
# fresh3, fresh4; tests/extraction/blind/README.md): together 0.970 quote, 0.930 shown, 0
# misattributions, people F1 0.956, roles 0.830 / 0.949 when these floors were set
# (2026-11-30). fresh5 is not here: it is the last clean measure, scored once.
# Every blind set scored once and then read and tuned on (tests/extraction/blind/README.md):
# 156 articles, 1,731 quotations, measured 0.969 / 0.951 / 0 / people F1 0.946 / roles
# 0.833 / 0.945 on 2026-11-30 (fourth round); 292 articles, 3,252 quotations, 0.970 / 0.953
# / 0 / 0.952 / 0.861 / 0.954 in the sixth round, then 332 articles, 3,666 quotations, 0.970
# / 0.952 / 0 / 0.951 / 0.862 / 0.954 at its end; in the seventh round (2026-12-01) with
# the sets read since (fresh34, 35, 49–55, 58, 60–65, 68, 71) 476 articles, 5,183
# quotations, 0.961 / 0.943 / 0 / 0.947 / 0.859 / 0.954 at the round's end; in the eighth
# round (2026-12-01), with the sets read since (fresh36, 48, 56, 57, 66, 67, 72–79, 84–88,
# 90, 91, 97, 98; fresh89, 96 and 99 keep labelling-choice misattributions and stay out),
# 660 articles, 7,133 quotations, 0.951 / 0.931 / 0 / 0.941 / 0.862 / 0.953, then with
# fresh100–104, 109 and 110 716 articles, 7,688 quotations, 0.949 / 0.928 / 0 / 0.939 /
# 0.858 / 0.950 at the round's end (the floors moved from 0.955 / 0.93 / 0.94 because the
# added sets are harder, not because any quotation got worse: every set was compared with
# the code before each change); in the ninth round (2026-12-01), with the sets read since
# that have no confident misattribution left (fresh80, 82, 113, 114, 116–118, 124–126,
# 128, 129, 131, 132, 134, 135), 844 articles, 9,191 quotations, 0.948 / 0.927 / 0 / 0.936
# / 0.861 / 0.950; with the round's clean and after-freeze sets left with none once read
# and fixed (fresh122, 138, 139), 868 articles, 9,482 quotations, 0.947 / 0.925 / 0 / 0.936
# / 0.862 / 0.951; at the round's end (with fresh120, 141, 142) 892 articles, 9,786
# quotations, 0.947 / 0.924 / 0 / 0.937 / 0.861 / 0.950 (the shown floor moved from 0.925:
# the added sets are harder, no quotation got worse); with fresh143, 900 articles, 9,889
# quotations, 0.947 / 0.923 / 0 / 0.937 / 0.862 / 0.951. In the tenth round, with the
# read sets left with none (fresh144–146, 150, 152, 155, 157, 158, 162, 164, 167–170, 176,
# 180, 181, 183), 1,044 articles, 11,626 quotations, 0.944 / 0.918 / 0 / 0.936 / 0.860 /
# 0.951: the quote and shown floors move to 0.94 and 0.915 (the added sets are harder; every
# set was compared with the code before each change, none lost a quotation). Later in the
# round, with fresh193, 201–203, 208–211, 218, 219 and 222 (read after their one scoring,
# none left), 1,132 articles, 12,706 quotations: 0.942 / 0.916 / 0 / 0.936 / 0.859 / 0.950;
# with fresh232 and 233, 1,148 articles, 12,906 quotations: 0.942 / 0.915 / 0 / 0.936 / 0.857
# / 0.949; with the second measure's sets left with none after it was read (fresh191, 198,
# 204, 213), 1,180 articles, 13,293 quotations: 0.940 / 0.914 / 0 / 0.936 / 0.857 / 0.949,
# so the quote and shown floors move to 0.935 and 0.91 (the added sets are harder; none
# lost a quotation). In the eleventh round, with the read sets left with none (fresh171,
# 225, 240, 243, 248, 249, 251, 256, 258, 259, 261, 263), 1,276 articles, 14,453
# quotations: 0.937 / 0.910 / 0 / 0.936 / 0.853 / 0.948; the shown floor moves to 0.905 to
# keep a margin (the added sets are harder; none lost a quotation). In the twelfth round,
# with the read sets left with none (fresh149, 229, 252, 266, 268, 269), 1,324 articles,
# 15,051 quotations: 0.936 / 0.909 / 0 / 0.935 / 0.849 / 0.948; the people F1 and roles
# recall floors move to 0.93 and 0.845 (the added sets are harder; every change of the
# round was compared set by set: no person, role or quotation found before was lost, and
# one set gained an extra organisation, "U.N. refugee agency"). In the thirteenth round
# (the name-kind model and six forms), with fresh281 and 286 (the measure's sets left with
# none once read), 1,340 articles, 15,240 quotations: 0.937 / 0.910 / 0 / 0.943 / 0.850 /
# 0.950; the people F1 floor moves to 0.94 (three read sets lost one quotation each to the
# model, each right before only by a shared short form or an accidental person). In the
# fifteenth round, with the eight sets of its three measures left with none once read
# (fresh312, 316, 317, 318, 324, 327, 329, 331), 1,428 articles, 16,337 quotations: 0.934 /
# 0.906 / 0 / 0.942 / 0.849 / 0.951; the quote floor moves to 0.93 (the added sets are
# harder, 0.886 together; no read set lost a quotation in the round).
# Sixteenth round: fresh343 joins, 1,436 articles, 16,425 quotations: 0.935 / 0.907 / 0 /
# 0.942 / 0.850 / 0.951 (one read quotation lost in the round, fresh55's right low guess made
# for a wrong reason).
# Seventeenth round: the risk model holds back attributions at risk 0.25 or more
# (`attribution_risk.HOLD`); on these sets, tuned until none is wrong, that hides 0.9% of
# right ones: 0.935 / 0.898 / 0 / 0.943 / 0.850 / 0.951. The named-share floor moves to 0.895.
# A clean set is never scored by a test, and a tuned set whose one confident "misattribution" is a
# labelling convention the guide leaves open (fresh27, 31, 33, 44, 59, 69, 70; fresh36 and
# fresh48 keep one each) stays out.
_TUNED = (*range(2, 27), 28, 29, 30, 32, *range(34, 36), *range(37, 44), 45, 46, 47)
_TUNED += (*range(49, 56), 58, *range(60, 66), 68, 71)
_TUNED += (36, 48, 56, 57, 66, 67, *range(72, 80), *range(84, 89), 90, 91, 97, 98)  # eighth
_TUNED += (*range(100, 105), 109, 110)  # eighth round, later
_TUNED += (80, 82, 113, 114, 116, 117, 118, 124, 125, 126, 128, 129, 131, 132, 134, 135)  # ninth
_TUNED += (122, 138, 139, 120, 141, 142, 143)  # ninth round, read after their one scoring
_TUNED += (144, 145, 146, 152, 155, 157, 158, 164, 167, 168, 169, 170)  # tenth round: read,
_TUNED += (150, 162, 176, 180, 181, 183)  # no misattribution left
_TUNED += (193, 201, 202, 203, 208, 209, 210, 211, 218, 219, 222, 232, 233)  # later
_TUNED += (191, 198, 204, 213)  # the tenth round's second measure, read after it
_TUNED += (171, 225, 240, 243, 248, 249, 251, 256, 258, 259, 261, 263)  # eleventh round
_TUNED += (149, 229, 252, 266, 268, 269)  # twelfth round: none left once read and fixed
_TUNED += (281, 286)  # thirteenth round's measure, read after its one scoring: none left
_TUNED += (296, 300, 301)  # fourteenth round's first measure: none left once read and fixed
_TUNED += (312, 316, 317, 318, 324, 327, 329, 331)  # fifteenth round's measures: none left
_TUNED += (343,)  # sixteenth round's measures: the one set none is left in once read
SPENT_BLIND = ["heldout", "fresh", *(f"fresh{n}" for n in _TUNED)]
SPENT_FLOORS = [
    "--max-misattributions", "0",
    "--min-quote-accuracy", "0.93",
    "--min-named-share", "0.895",
    "--min-people-f1", "0.94",
    "--min-roles-recall", "0.845",
    "--min-roles-precision", "0.945",
]  # fmt: skip


def test_spent_blind_sets_keep_their_floors() -> None:
    folders = [str(HERE / "blind" / name) for name in SPENT_BLIND]
    assert main([*folders, *SPENT_FLOORS]) == 0


def test_dev_set_keeps_its_floors() -> None:
    if find_corpus(yaml.safe_load(LABELS[0].read_text(encoding="utf-8"))["corpus"]) is None:
        pytest.skip("the shared real-news corpus is not beside this checkout")
    assert main([str(REAL / "dev"), *DEV_FLOORS]) == 0


def test_traps_keep_their_floors() -> None:
    assert main([str(HERE / "traps"), *TRAP_FLOORS]) == 0
