"""One test per capability of issue 12's attribution and role grammar, asserting exact values
on sentences written for the test (none taken from the labelled sets)."""

from __future__ import annotations

from generator.dates import PartialDate
from generator.extract import Extraction, Gazetteer, extract, reread
from generator.extract.document import analyse
from generator.extract.story import StoryKnowledge, extract_story

DOC = PartialDate(2024, 10, 23)  # a Wednesday


def run(*paragraphs: str) -> Extraction:
    return extract(list(paragraphs), DOC, Gazetteer())


def speakers(result: Extraction) -> list[tuple[str, str | None, str]]:
    names = {e.key: e.name for e in result.entities}
    return [
        (q.text.rstrip(",. "), names.get(q.speaker_key) if q.speaker_key else None, q.confidence)
        for q in result.quotes
    ]


def roles(result: Extraction) -> set[tuple[str, str]]:
    names = {e.key: e.name for e in result.entities}
    return {(names[r.entity_key], r.text) for r in result.roles}


def test_opening_clauses_and_asides_are_skipped() -> None:
    result = run(
        "In a statement on Monday, Mayor Ann Lee said the plan was “dead”.",
        "Tom Reed, who chairs the committee, said it was “premature”.",
    )
    assert speakers(result) == [("dead", "Ann Lee", "high"), ("premature", "Tom Reed", "high")]


def test_coordinated_verbs_share_their_subject() -> None:
    result = run("Senator Ann Lee rejected the report and said it was “deeply flawed”.")
    assert speakers(result) == [("deeply flawed", "Ann Lee", "high")]


def test_an_ing_clause_belongs_to_the_clause_subject_an_organisation_included() -> None:
    result = run(
        "The Harbor Workers Union wrote to ministers on Monday, calling the offer “an insult”."
    )
    assert speakers(result) == [("an insult", "Harbor Workers Union", "high")]


def test_reported_speech_of_a_third_party_is_the_third_partys() -> None:
    result = run("Tom Reed said Governor Ann Lee had called the inquiry “a farce”.")
    assert speakers(result) == [("a farce", "Ann Lee", "high")]


def test_speech_nouns_give_their_owner() -> None:
    result = run(
        "Tom Reed denied the Northfield Workers Union's claim of “reckless cuts”.",
        "Ann Lee dismissed Reed's description of the plan as “modest savings”.",
    )
    assert speakers(result) == [
        ("reckless cuts", "Northfield Workers Union", "high"),
        ("modest savings", "Tom Reed", "high"),
    ]


def test_a_denied_or_negated_saying_has_no_speaker() -> None:
    result = run("Mayor Ann Lee denied saying “never again”. Tom Reed never called it “lonely”.")
    assert speakers(result) == [("never again", None, "low"), ("lonely", None, "low")]


def test_documents_speak_for_their_author_never_their_recipient() -> None:
    result = run(
        "A letter sent to Health Secretary Mark Dunn by the Royal College of Nurses said wards "
        "were “at breaking point”.",
        "The petition, delivered to Dunn by campaigner Lucy Hart, demanded “safe staffing”.",
    )
    assert speakers(result) == [
        ("at breaking point", "Royal College of Nurses", "high"),
        ("safe staffing", None, "low"),
    ]


def test_a_spokesperson_for_a_person_is_unnamed_for_an_organisation_is_it() -> None:
    result = run(
        "A spokesperson for Senator Maria Lee said she was “disappointed”.",
        "Harbor Energy's spokeswoman said the company “welcomes the clarity”.",
    )
    assert speakers(result) == [
        ("disappointed", None, "low"),
        ("welcomes the clarity", "Harbor Energy", "high"),
    ]
    assert result.quotes[0].unnamed == "A spokesperson for Senator Maria Lee"


def test_told_x_makes_x_the_listener() -> None:
    result = run("Ann Lee told Judge Mark Moss that she had acted “in good faith”.")
    assert speakers(result) == [("in good faith", "Ann Lee", "high")]


def test_a_name_inside_an_intervening_clause_is_not_the_subject() -> None:
    result = run(
        "The report, which Councillor Tom Reed commissioned last year, concluded that the "
        "bridge was “beyond repair”."
    )
    assert speakers(result) == [("beyond repair", None, "low")]


def test_a_later_quote_does_not_inherit_across_a_new_subject() -> None:
    result = run(
        "“We will strike,” union leader Sam Okafor said. Critics disagreed. “It is a trap.”"
    )
    assert speakers(result) == [
        ("We will strike", "Sam Okafor", "high"),
        ("It is a trap", None, "low"),
    ]


def test_titles_and_scare_quotes_have_no_speaker() -> None:
    result = run("Mayor Ann Lee said the “war on cars” framing was “tired”, on “Morning Call”.")
    assert speakers(result) == [
        ("war on cars", None, "low"),
        ("tired", "Ann Lee", "high"),
        ("Morning Call", None, "low"),
    ]


def test_a_passive_verb_gives_its_agent_and_never_its_subject() -> None:
    result = run(
        "Mayor Ann Lee was described as “reckless” by Governor Tom Reed.",
        "Reed was called “a liar”.",
    )
    assert speakers(result) == [("reckless", "Tom Reed", "high"), ("a liar", None, "low")]


def test_the_one_asked_replies() -> None:
    result = run(
        "Prosecutor David Hale asked Sarah Price why. “Because I was frightened,” she replied."
    )
    assert speakers(result) == [("Because I was frightened", "Sarah Price", "high")]


def test_a_body_named_by_a_description_speaks_as_an_organisation() -> None:
    result = run("The Sudanese government called the attack “a criminal act”.")
    assert speakers(result) == [("a criminal act", "Sudanese government", "high")]
    assert [(e.name, e.kind) for e in result.entities] == [("Sudanese government", "organisation")]


def test_role_grammar() -> None:
    result = run(
        "Environment secretary Tom Reed met Bun Eath, a 27-year-old farmer, and reporter "
        "Jane Moyo of the Valley Courier.",
        "Democratic Governor-elect Ann Lee said Reed was head of the water board.",
    )
    assert roles(result) == {
        ("Tom Reed", "Environment secretary"),
        ("Bun Eath", "farmer"),
        ("Jane Moyo", "reporter of the Valley Courier"),
        ("Jane Moyo", "Valley Courier"),  # her affiliation: a newspaper is a body
        ("Ann Lee", "Democratic Governor-elect"),
        ("Tom Reed", "head of the water board"),
    }


def test_the_story_pass_recognises_a_name_another_document_gives() -> None:
    first = (["Opposition lawmakers Chea Poch and Keo Sarin were stripped of immunity."], DOC)
    later = (["“We will return,” Keo Sarin said from Bangkok."], DOC)
    alone = extract(*later, Gazetteer())
    found = extract_story([first, later], Gazetteer())[1]
    assert speakers(alone) == [("We will return", None, "low")] or alone.entities
    assert speakers(found) == [("We will return", "Keo Sarin", "high")]


def test_the_story_lends_a_name_only_where_a_document_uses_it_in_full() -> None:
    """A head word shared by unrelated names ("Party", "Court") is no evidence: such a
    document is not read again, and a document read again gives what a full reading with
    the larger gazetteer gives (its dates and rule statements kept from the first)."""
    first = (["The Green Party, the Supreme Court and opposition lawmaker Keo Sarin met."], DOC)
    other = (["“No,” the Labour Party said on Monday, as the High Court sat."], DOC)
    later = (["Keo Sarin supporters rallied in Bangkok on Tuesday."], DOC)
    alone = [extract(*doc, Gazetteer()) for doc in (first, other, later)]
    knowledge = StoryKnowledge.of(alone, Gazetteer())
    assert knowledge.gazetteer_for("\n".join(other[0]), alone[1]) is None
    again = knowledge.gazetteer_for("\n".join(later[0]), alone[2])
    assert again is not None and "Keo Sarin" in {e.name for e in again.entities}
    story = extract_story([first, other, later], Gazetteer())
    assert story[:2] == alone[:2]
    assert story[2] == extract(*later, again)
    assert reread(analyse(later[0]), alone[2], again, Gazetteer()) == story[2]


def test_dates_follow_the_tense_of_their_own_clause() -> None:
    result = run(
        "The courts said Wednesday they would not release the couple, arrested Monday.",
        "The vote is expected to take place on Friday.",
    )
    assert [(d.date.text, d.date.iso()) for d in result.dates] == [
        ("Wednesday", "2024-10-23"),
        ("Monday", "2024-10-21"),
        ("Friday", "2024-10-25"),
    ]


def test_a_document_sent_to_someone_is_not_theirs() -> None:
    result = run(
        "The nurses' complaint to Health Minister Dora Vance stated that wards were “unsafe”.",
        "The letter to Judge Ivo Petrov argued that the fine was “excessive”.",
    )
    assert speakers(result) == [("unsafe", None, "low"), ("excessive", None, "low")]


def test_said_a_role_phrase_with_a_place_then_a_name_is_the_name() -> None:
    result = run(
        "“We are ready,” said the party’s Kerala state deputy secretary, Anil Menon.",
        "The talks were “over”, said spokesman for the Polish consulate, Jan Nowak.",
    )
    assert speakers(result) == [
        ("We are ready", "Anil Menon", "high"),
        ("over", "Jan Nowak", "high"),
    ]
    assert "Kerala" not in {e.name for e in result.entities}


def test_a_dateline_is_a_place_whatever_its_separator() -> None:
    for opening in ("KUALA LUMPUR:", "KUALA LUMPUR —", "KUALA LUMPUR (Reuters) -"):
        result = run(f"{opening} The Harbour Authority said on Tuesday the port was “full”.")
        assert [e.name for e in result.entities if e.name != "Reuters"] == ["Harbour Authority"]
        assert speakers(result) == [("full", "Harbour Authority", "high")]


def test_a_progressive_verb_is_its_own_subjects_never_the_listeners() -> None:
    # Round 27: the teller's, as the read sets label "X told the Herald the report confirmed
    # what the family had been saying “…”" (fresh297, some twenty like it); never Reuters.
    result = run(
        "Ann Lee told Reuters the report confirmed what the family had been saying"
        " “from the very first day”."
    )
    assert speakers(result) == [("from the very first day", "Ann Lee", "high")]
