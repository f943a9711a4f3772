"""One test per extraction pattern, asserting exact values."""

from __future__ import annotations

from generator.dates import PartialDate
from generator.extract import Extraction, Gazetteer, KnownEntity, KnownRule, extract

DOC = PartialDate(2024, 10, 23)  # a Wednesday


def run(*paragraphs: str, gazetteer: Gazetteer | None = None) -> Extraction:
    return extract(list(paragraphs), DOC, gazetteer or Gazetteer())


def people(result: Extraction) -> dict[str, str]:
    return {e.name: e.kind for e in result.entities}


def roles(result: Extraction) -> set[tuple[str, str, str]]:
    names = {e.key: e.name for e in result.entities}
    return {(names[r.entity_key], r.text, r.relation) for r in result.roles}


def speakers(result: Extraction) -> list[tuple[str, str | None, str]]:
    names = {e.key: e.name for e in result.entities}
    return [
        (q.text, names.get(q.speaker_key) if q.speaker_key else None, q.confidence)
        for q in result.quotes
    ]


def test_title_premodifier() -> None:
    result = run("British Prime Minister Keir Starmer met voters. Starmer said little.")
    assert people(result) == {"Keir Starmer": "person"}
    assert roles(result) == {("Keir Starmer", "British Prime Minister", "role")}
    assert [m.text for m in result.mentions] == ["Keir Starmer", "Starmer"]


def test_lowercase_role_premodifier() -> None:
    result = run("It angered Republican presidential candidate Donald Trump yesterday.")
    assert roles(result) == {("Donald Trump", "Republican presidential candidate", "role")}


def test_title_with_of_phrase() -> None:
    result = run("A post by Labour Director of Operations Sofia Patel went viral.")
    assert roles(result) == {("Sofia Patel", "Labour Director of Operations", "role")}


def test_appositive_before_and_after() -> None:
    result = run(
        "Officials, including the prime minister’s new chief of staff, Morgan McSweeney, went.",
        "Maria Lopez, the council's chief executive, said it was over.",
    )
    assert roles(result) == {
        ("Morgan McSweeney", "the prime minister’s new chief of staff", "role"),
        ("Maria Lopez", "the council's chief executive", "role"),
    }


def test_possessive_affiliation() -> None:
    result = run("Reporting from London, Al Jazeera’s Jonah Hull said it was over.")
    assert people(result) == {"Al Jazeera": "organisation", "Jonah Hull": "person"}
    assert roles(result) == {("Jonah Hull", "Al Jazeera", "affiliation")}


def test_short_forms_and_honorifics_link() -> None:
    result = run(
        "Health Secretary Wes Streeting spoke.",
        "Mr Streeting left.",
        "Sir Keir Starmer came.",
        "Sir Keir stayed.",
    )
    forms = {e.name: e.surface_forms for e in result.entities}
    assert forms == {
        "Wes Streeting": ("Wes Streeting", "Streeting"),
        "Keir Starmer": ("Keir Starmer", "Keir"),
    }


def test_places_months_and_adjectives_are_not_people() -> None:
    result = run(
        "Voters in Hartlepool voted in November. Republican voters travelled to the United "
        "States on Wednesday to see the White House."
    )
    assert people(result) == {}


def test_organisations() -> None:
    result = run(
        "Trump’s team filed a complaint with the Federal Election Commission about the "
        "Harris campaign, said Donald Trump.",
        "Democratic candidate Kamala Harris did not reply.",
    )
    assert people(result) == {
        "Donald Trump": "person",
        "Kamala Harris": "person",
        "Federal Election Commission": "organisation",
    }  # a candidate's campaign with no name of its own is no body (GUIDE.md)


def test_gazetteer_gives_id_and_alias() -> None:
    gazetteer = Gazetteer(
        (KnownEntity("labour-party", "Labour Party", "organisation", ("Labour",)),)
    )
    result = run("Labour officials travelled.", gazetteer=gazetteer)
    assert [(e.key, e.name, e.known) for e in result.entities] == [
        ("labour-party", "Labour Party", True)
    ]


def test_quote_said_after() -> None:
    result = run("Chair Ann Lee spoke. “We are ready,” Lee said. “Very ready.”")
    assert speakers(result) == [
        ("We are ready,", "Ann Lee", "high"),
        ("Very ready.", "Ann Lee", "high"),
    ]


def test_quote_said_name_after_verb() -> None:
    result = run('"It is simple," said Ellen Weintraub, a commissioner at the FEC.')
    assert speakers(result)[0] == ("It is simple,", "Ellen Weintraub", "high")


def test_reported_partial_quote() -> None:
    result = run("Labour leader Keir Starmer said he had “a good relationship” with them.")
    assert speakers(result) == [("a good relationship", "Keir Starmer", "high")]


def test_pronoun_from_previous_sentence_subject() -> None:
    result = run(
        "Republican Senator Mark Delaney disagreed.",
        "“This bill is a gift,” he told reporters.",
    )
    assert speakers(result) == [("This bill is a gift,", "Mark Delaney", "high")]


def test_cataphoric_pronoun_is_low() -> None:
    result = run(
        "Al Jazeera’s Jonah Hull said the statement would be scrutinised.",
        "“Volunteers go every time,” he said. “They pay for themselves,” Keir Starmer said.",
    )
    assert speakers(result) == [
        ("Volunteers go every time,", "Keir Starmer", "low"),
        ("They pay for themselves,", "Keir Starmer", "high"),
    ]


def test_continued_quote_across_paragraphs() -> None:
    result = run(
        "Chairman Brian Fletcher spoke. “We have to follow the law,” he said. “But it hurts.",
        "“If we refuse, we lose on appeal.”",
    )
    assert speakers(result)[-1] == ("If we refuse, we lose on appeal.", "Brian Fletcher", "high")


def test_a_paragraph_of_quotation_after_its_speakers_last_words() -> None:
    """ "“…,” Lee said." then a paragraph that is only a quotation: Lee goes on (shown);
    with another person named after Lee's cue, it stays unclear, Lee the guess."""
    result = run("“We will appeal,” Ann Cole said.", "“This is not over.”")
    assert speakers(result)[-1] == ("This is not over.", "Ann Cole", "high")
    result = run("“We will appeal,” Ann Cole said. Tom Reed disagreed.", "“It is over.”")
    assert speakers(result)[-1] == ("It is over.", "Ann Cole", "low")


def test_nested_quote_stays_inside() -> None:
    result = run("Mr Wes Streeting told MPs: \"When I said 'broken', I meant it.\"")
    assert [q.text for q in result.quotes] == ["When I said 'broken', I meant it."]


def test_unbalanced_quote_stops_at_paragraph_end() -> None:
    result = run("Candidate Jill Mortimer said she was “delighted.", "Turnout was low.")
    assert [(q.text, q.span.paragraph) for q in result.quotes] == [("delighted.", 1)]


def test_unclear_speaker_is_none() -> None:
    result = run("The weather was bad.", "“Nobody knows,” a spokesperson said.")
    assert speakers(result) == [("Nobody knows,", None, "low")]


def test_unresolved_subject_is_not_guessed() -> None:
    result = run(
        "Keir Starmer said he had “a good relationship” with him, a day after the former "
        "president’s campaign accused Labour of “interference”."
    )
    assert speakers(result)[1] == ("interference", None, "low")


def test_saying_and_termed() -> None:
    result = run(
        "Republican candidate Donald Trump’s team filed a complaint with the Federal Election "
        "Commission over what it "
        "termed “illegal contributions”."
    )
    assert speakers(result) == [("illegal contributions", None, "low")]
    assert result.quotes[0].unnamed == "Donald Trump’s team"  # the campaign, unnamed


def test_rule_statement_linked() -> None:
    gazetteer = Gazetteer(
        rules=(KnownRule("52-usc-30121", "Foreign nationals", "", ("US rules",)),)
    )
    result = run(
        "According to US rules, foreigners can volunteer but cannot donate. It rained.",
        gazetteer=gazetteer,
    )
    assert [(r.text, r.rule_id, r.confidence) for r in result.rule_statements] == [
        (
            "According to US rules, foreigners can volunteer but cannot donate.",
            "52-usc-30121",
            "high",
        )
    ]


def test_attribution_is_not_a_rule() -> None:
    assert run("According to the commission, the group took payments.").rule_statements == ()


def test_relative_dates() -> None:
    result = run(
        "He spoke on Wednesday, a day after the row. They met last month and will meet again "
        "in November. It was yesterday. Games resume next Saturday. It began in 2016."
    )
    assert [(d.date.text, d.date.iso()) for d in result.dates] == [
        ("Wednesday", "2024-10-23"),
        ("a day after", "2024-10-22"),
        ("last month", "2024-09"),
        ("November", "2024-11"),
        ("yesterday", "2024-10-22"),
        ("next Saturday", "2024-10-26"),
        ("2016", "2016"),
    ]
    assert result.dates[0].sentence == "He spoke on Wednesday, a day after the row."


def test_absolute_dates() -> None:
    result = run("On 23 October 2024, October 24, 2024, 2024-10-25 and in December 2019.")
    assert [d.date.iso() for d in result.dates] == [
        "2024-10-23",
        "2024-10-24",
        "2024-10-25",
        "2019-12",
    ]


def test_week_keeps_certain_precision() -> None:
    # next week is 28 October - 3 November: only the year is certain; last week is 14-20 October
    result = run("They will meet next week.", "It was announced last week.")
    assert [(d.date.iso(), d.confidence) for d in result.dates] == [
        ("2024", "low"),
        ("2024-10", "low"),
    ]


def test_no_doc_date_keeps_only_absolute_dates() -> None:
    result = extract(["On Wednesday, 23 October 2024, it rained."], None, Gazetteer())
    assert [d.date.iso() for d in result.dates] == ["2024-10-23"]
