"""Reconciliation on small articles written here: every kind, agreements and disagreements."""

from __future__ import annotations

import random
from datetime import date

import pytest

from factsheet.model import Anchor, Fact, FactSheet, Source
from factsheet.reconcile import reconcile, source_count


STORY = " More on the Springfield council, the Acme builders and the Harbour bridge."
"""Names every article of one test story shares, so the articles are one story (see reconcile.stories)."""


def src(sid: str, text: str, published: date | None = None, story: str = STORY) -> Source:
    return Source(id=sid, path=f"{sid}.txt", sha256="0" * 64, text=text + story, date=published)


def fact(source: Source, kind: str, exact: str, value: str = "", subject: str = "", nth: int = 1) -> Fact:
    """A fact anchored at the ``nth`` occurrence of ``exact`` in ``source``."""
    start = -1
    for _ in range(nth):
        start = source.text.index(exact, start + 1)
    if kind == "quote":
        value = value or " ".join(exact.split())
    return Fact(
        id=f"{source.id}-{kind}-{start}", kind=kind, text=exact, subject=subject, value=value,  # type: ignore[arg-type]
        evidence=[Anchor.of(source, start, start + len(exact))],
    )


def flagged(sheet: FactSheet, kind: str) -> list:
    return [d for d in sheet.discrepancies if d.kind == kind]


# --- agreement is not a discrepancy ---------------------------------------------------------------


def test_same_money_written_two_ways_is_one_fact_from_two_sources() -> None:
    a = src("a", "The city signed a $200 million contract with the builder.")
    b = src("b", "The builder holds a $200m contract with the city.")
    sheet = reconcile(
        [a, b], [fact(a, "money", "$200 million", "USD 200000000", "contract"),
                 fact(b, "money", "$200m", "USD 200000000", "contract")]
    )
    assert not sheet.discrepancies
    [merged] = sheet.facts
    assert merged.source_ids == ["a", "b"] and source_count(merged) == 2
    assert merged.text == "$200 million" and merged.value == "USD 200000000"


def test_about_a_figure_agrees_with_the_exact_figure() -> None:
    a = src("a", "The firm has a contract worth about $200 million.")
    b = src("b", "The firm has a $200 million contract.")
    sheet = reconcile(
        [a, b], [fact(a, "money", "about $200 million", "~USD 200000000", "contract"),
                 fact(b, "money", "$200 million", "USD 200000000", "contract")]
    )
    assert not sheet.discrepancies
    [merged] = sheet.facts
    assert merged.value == "USD 200000000" and source_count(merged) == 2


def test_title_spellings_and_word_orders_agree() -> None:
    a = src("a", "US Defence Secretary Jo Bloggs spoke. Transport Minister Ann Lee agreed. Chief executive Kim Park left.")
    b = src("b", "Jo Bloggs, the Secretary of Defense, spoke. Ann Lee, Minister of Transport, agreed. CEO Kim Park left.")
    c = src("c", "Secretary Bloggs declined to comment.")
    facts = [
        fact(a, "role", "US Defence Secretary", "US Defence Secretary", "Jo Bloggs"),
        fact(a, "role", "Transport Minister", "Transport Minister", "Ann Lee"),
        fact(a, "role", "Chief executive", "Chief executive", "Kim Park"),
        fact(b, "role", "Secretary of Defense", "Secretary of Defense", "Jo Bloggs"),
        fact(b, "role", "Minister of Transport", "Minister of Transport", "Ann Lee"),
        fact(b, "role", "CEO", "CEO", "Kim Park"),
        fact(c, "role", "Secretary", "Secretary", "Bloggs"),
    ]
    sheet = reconcile([a, b, c], facts)
    assert not sheet.discrepancies
    by_subject = {(f.subject, f.value): f.source_ids for f in sheet.facts}
    assert by_subject[("Jo Bloggs", "US Defence Secretary")] == ["a", "b"]
    assert by_subject[("Ann Lee", "Transport Minister")] == ["a", "b"]
    assert by_subject[("Kim Park", "Chief executive")] == ["a", "b"]
    # a bare title of the surname-only mention is the same person, less precise: kept, not flagged
    assert by_subject[("Jo Bloggs", "Secretary")] == ["c"]


def test_same_instant_in_two_zones_agrees_in_winter_and_conflicts_in_summer() -> None:
    """17:01 in New York is 22:01 UTC in February (EST) but 21:01 UTC in July (EDT)."""
    for day, utc_same, utc_other in (("2026-02-27", "22:01", "21:01"), ("2026-07-10", "21:01", "22:01")):
        a = src("a", f"The deadline is 5:01 pm ET on {day}.")
        b = src("b", f"The deadline passes at {utc_same} GMT.")
        c = src("c", f"The deadline passes at {utc_other} GMT.")
        base = fact(a, "time", "5:01 pm ET", f"{day}T17:01 America/New_York", "deadline")
        agree = reconcile([a, b], [base, fact(b, "time", utc_same, f"T{utc_same} UTC", "the deadline")])
        assert not agree.discrepancies, day
        assert [source_count(f) for f in agree.facts] == [2], day
        disagree = reconcile([a, c], [base, fact(c, "time", utc_other, f"T{utc_other} UTC", "deadline")])
        [d] = disagree.discrepancies
        assert d.kind == "time" and d.severity == "high" and "conflict" in d.summary, day


def test_quote_with_other_punctuation_and_case_is_the_same_quote() -> None:
    a = src("a", '"We will not back down, whatever it costs," Roe said.')
    b = src("b", 'Jane Roe said: "we will not back down -- whatever it costs."')
    sheet = reconcile(
        [a, b], [fact(a, "quote", "We will not back down, whatever it costs,", subject="Roe"),
                 fact(b, "quote", "we will not back down -- whatever it costs.", subject="Jane Roe")]
    )
    assert not sheet.discrepancies
    [merged] = sheet.facts
    assert merged.subject == "Jane Roe" and merged.source_ids == ["a", "b"]


def test_partial_quote_joins_the_full_quote() -> None:
    a = src("a", 'Roe said the plan "will cut journeys in half for every commuter in the region."')
    b = src("b", 'Jane Roe said it "will cut journeys in half."')
    sheet = reconcile(
        [a, b], [fact(a, "quote", "will cut journeys in half for every commuter in the region.", subject="Roe"),
                 fact(b, "quote", "will cut journeys in half.", subject="Jane Roe")]
    )
    assert not sheet.discrepancies
    [merged] = sheet.facts
    assert merged.source_ids == ["a", "b"] and "every commuter" in merged.text


def test_body_aliases_are_one_speaker() -> None:
    a = src("a", 'The Pentagon said it "does not comment on ongoing negotiations with vendors."')
    b = src("b", 'The Department of Defense said it "does not comment on ongoing negotiations with vendors".')
    sheet = reconcile(
        [a, b], [fact(a, "quote", "does not comment on ongoing negotiations with vendors.", subject="The Pentagon"),
                 fact(b, "quote", "does not comment on ongoing negotiations with vendors", subject="Department of Defense")]
    )
    assert not sheet.discrepancies
    assert len(sheet.facts) == 1 and source_count(sheet.facts[0]) == 2


def test_one_source_stating_two_values_is_not_a_discrepancy() -> None:
    a = src("a", "The first contract was $5m; a second contract was $9m.")
    b = src("b", "It won a $5m contract.")
    sheet = reconcile(
        [a, b], [fact(a, "money", "$5m", "USD 5000000", "contract"), fact(a, "money", "$9m", "USD 9000000", "contract"),
                 fact(b, "money", "$5m", "USD 5000000", "contract")]
    )
    assert not sheet.discrepancies


def test_weekday_agrees_with_the_date_it_falls_on() -> None:
    a = src("a", "The vote is on Friday.")
    b = src("b", "The vote is on February 27, 2026.")
    c = src("c", "The vote is on Thursday.")
    facts = [fact(a, "date", "Friday", "Friday", "vote"), fact(b, "date", "February 27, 2026", "2026-02-27", "vote")]
    assert not reconcile([a, b], facts).discrepancies
    [d] = reconcile([a, b, c], [*facts, fact(c, "date", "Thursday", "Thursday", "vote")]).discrepancies
    assert d.kind == "date" and {v.value for v in d.variants} == {"Friday", "2026-02-27", "Thursday"}
    assert d.severity == "medium"


# --- disagreements are flagged ---------------------------------------------------------------------


def test_role_rank_difference_is_flagged_with_sources_and_reason() -> None:
    a = src("a", "The agency's Deputy Secretary for Research and Engineering, Sam Ode, spoke.")
    b = src("b", "Sam Ode, the US Undersecretary for Defense, spoke.")
    sheet = reconcile(
        [a, b], [fact(a, "role", "Deputy Secretary for Research and Engineering", "Deputy Secretary for Research and Engineering", "Sam Ode"),
                 fact(b, "role", "US Undersecretary for Defense", "US Undersecretary for Defense", "Sam Ode")]
    )
    [d] = sheet.discrepancies
    assert d.kind == "role" and d.subject == "Sam Ode" and d.status == "open" and d.severity == "high"
    assert d.summary.startswith("a calls Sam Ode 'Deputy Secretary for Research and Engineering'; b calls Ode 'US Undersecretary")
    assert "rank differs (deputy vs under secretary)" in d.summary
    assert [v.value for v in d.variants] == ["Deputy Secretary for Research and Engineering", "US Undersecretary for Defense"]
    assert all(f.status == "disputed" for f in sheet.facts)
    assert sorted(d.fact_ids) == sorted(f.id for f in sheet.facts)


def test_role_scope_only_difference_is_low() -> None:
    a = src("a", "Deputy Secretary for Research and Engineering Sam Ode spoke.")
    b = src("b", "Deputy Secretary Sam Ode spoke.")
    sheet = reconcile(
        [a, b], [fact(a, "role", "Deputy Secretary for Research and Engineering", "Deputy Secretary for Research and Engineering", "Sam Ode"),
                 fact(b, "role", "Deputy Secretary", "Deputy Secretary", "Sam Ode")]
    )
    [d] = sheet.discrepancies
    assert d.severity == "low" and "only the scope differs" in d.summary


def test_different_offices_of_one_person_are_not_a_discrepancy() -> None:
    a = src("a", "Senator Mo Vance, vice chairman of the Select Committee on Intelligence, spoke.")
    b = src("b", "US Senator Mo Vance spoke.")
    sheet = reconcile(
        [a, b], [fact(a, "role", "vice chairman of the Select Committee on Intelligence", "vice chairman of the Select Committee on Intelligence", "Mo Vance"),
                 fact(b, "role", "US Senator", "US Senator", "Mo Vance")]
    )
    assert not sheet.discrepancies


def test_deadline_hour_and_minute_conflict_and_precision() -> None:
    a = src("a", "They must agree by 5 p.m. on Friday.")
    b = src("b", "The deadline is 5:01 pm (22:01 GMT) Friday.", published=date(2026, 2, 27))
    c = src("c", "Respond by 5:00 PM ET, the deadline says.")
    facts = [
        fact(a, "time", "5 p.m.", "T17", "deadline"),
        fact(b, "time", "5:01 pm", "T17:01", "deadline"),
        fact(b, "time", "22:01 GMT", "T22:01 UTC", "deadline"),
        fact(c, "time", "5:00 PM ET", "T17:00 America/New_York", "deadline"),
    ]
    sheet = reconcile([a, b, c], facts)
    [d] = sheet.discrepancies
    assert d.kind == "time" and d.severity == "medium" and "conflict: 17:01 vs 17:00" in d.summary
    assert {v.value for v in d.variants} == {"T17", "T17:01", "T17:00 America/New_York"}
    five_oh_one = next(f for f in sheet.facts if f.value == "T17:01")
    assert len(five_oh_one.evidence) == 2  # 5:01 pm and 22:01 GMT are one instant
    only_precision = reconcile([a, b], facts[:2])
    [p] = only_precision.discrepancies
    assert p.severity == "low" and "precision only: 17 (hour) vs 17:01" in p.summary


def test_money_conflict_and_near_approximate() -> None:
    a = src("a", "The council awarded a $200 million contract to rebuild the bridge.")
    b = src("b", "The council awarded a $300m contract to rebuild the bridge.")
    c = src("c", "The bridge rebuild contract the council awarded is worth about $205 million.")
    m = [fact(a, "money", "$200 million", "USD 200000000", "contract"), fact(b, "money", "$300m", "USD 300000000", "contract")]
    [d] = reconcile([a, b], m).discrepancies
    assert d.kind == "money" and d.severity == "high" and "a says '$200 million'" in d.summary
    [low] = reconcile([a, c], [m[0], fact(c, "money", "about $205 million", "~USD 205000000", "the contract")]).discrepancies
    assert low.severity == "low"


def test_figures_of_one_noun_in_unrelated_sentences_are_not_compared() -> None:
    a = src("a", "Police said 12 people were arrested outside the stadium.")
    b = src("b", "Organisers said 40,000 people attended the final.")
    sheet = reconcile([a, b], [fact(a, "number", "12", "12", "people"), fact(b, "number", "40,000", "40000", "people")])
    assert not sheet.discrepancies


def test_numbers_conflict_but_different_things_are_not_compared() -> None:
    a = src("a", "The warehouse fire at the docks killed 12 people and injured 40.")
    b = src("b", "The warehouse fire at the docks killed 14 people and injured 40.")
    sheet = reconcile(
        [a, b], [fact(a, "number", "12", "12", "people killed"), fact(a, "number", "40", "40", "injured"),
                 fact(b, "number", "14", "14", "people killed"), fact(b, "number", "40", "40", "injured")]
    )
    [d] = sheet.discrepancies
    assert d.kind == "number" and {v.value for v in d.variants} == {"12", "14"}
    injured = next(f for f in sheet.facts if f.subject == "injured")
    assert source_count(injured) == 2 and injured.status == "unreviewed"


def test_reworded_quote_is_flagged_with_a_word_diff() -> None:
    a = src("a", 'Amy Fox wrote: "We simply cannot, in good conscience, agree to their demands."')
    b = src("b", 'Fox said: "These threats do not change our position: we cannot in good conscience accede to their request."')
    sheet = reconcile(
        [a, b], [fact(a, "quote", "We simply cannot, in good conscience, agree to their demands.", subject="Amy Fox"),
                 fact(b, "quote", "These threats do not change our position: we cannot in good conscience accede to their request.", subject="Fox")]
    )
    [d] = sheet.discrepancies
    assert d.kind == "quote" and d.subject == "Amy Fox" and d.severity == "medium"
    assert "reworded" in d.summary and "'agree' -> 'accede'" in d.summary and "'demands' -> 'request'" in d.summary
    assert len(d.variants) == 2


def test_quote_shortened_inside_is_low() -> None:
    a = src("a", '"We will cut journeys in half for every commuter," Roe said.')
    b = src("b", '"We will cut journeys for every commuter," Roe said.')
    [d] = reconcile(
        [a, b], [fact(a, "quote", "We will cut journeys in half for every commuter,", subject="Jane Roe"),
                 fact(b, "quote", "We will cut journeys for every commuter,", subject="Jane Roe")]
    ).discrepancies
    assert d.kind == "quote" and d.severity == "low" and "shortened" in d.summary


def test_same_words_two_speakers_is_an_attribution_discrepancy() -> None:
    a = src("a", '"The bridge will reopen before the winter storms arrive," said Jane Roe.')
    b = src("b", '"The bridge will reopen before the winter storms arrive," said Tom Hale.')
    sheet = reconcile(
        [a, b], [fact(a, "quote", "The bridge will reopen before the winter storms arrive,", subject="Jane Roe"),
                 fact(b, "quote", "The bridge will reopen before the winter storms arrive,", subject="Tom Hale")]
    )
    [d] = sheet.discrepancies
    assert d.kind == "attribution" and d.severity == "high"
    assert [v.value for v in d.variants] == ["Jane Roe", "Tom Hale"]


def test_title_only_speaker_is_the_one_holder_of_that_title() -> None:
    a = src("a", 'Transport Minister Ann Lee said "the trains will run on time from next spring."')
    b = src("b", 'The transport minister said "the trains will run on time from next spring."')
    sheet = reconcile(
        [a, b], [fact(a, "role", "Transport Minister", "Transport Minister", "Ann Lee"),
                 fact(a, "quote", "the trains will run on time from next spring.", subject="Ann Lee"),
                 fact(b, "quote", "the trains will run on time from next spring.", subject="The transport minister")]
    )
    assert not sheet.discrepancies
    quote = next(f for f in sheet.facts if f.kind == "quote")
    assert quote.subject == "Ann Lee" and source_count(quote) == 2


# --- ids and determinism -----------------------------------------------------------------------------


def _corpus() -> tuple[list[Source], list[Fact]]:
    a = src("a", 'Jo Bloggs, Deputy Secretary, said "we will finish the bridge this year" by 5 p.m. for $4m.')
    b = src("b", 'Jo Bloggs, Under Secretary, said "we will complete the bridge this year" by 5:30 pm for $4 million.')
    facts = [
        fact(a, "role", "Deputy Secretary", "Deputy Secretary", "Jo Bloggs"),
        fact(a, "quote", "we will finish the bridge this year", subject="Jo Bloggs"),
        fact(a, "time", "5 p.m.", "T17", "deadline"),
        fact(a, "money", "$4m", "USD 4000000", "cost"),
        fact(b, "role", "Under Secretary", "Under Secretary", "Jo Bloggs"),
        fact(b, "quote", "we will complete the bridge this year", subject="Jo Bloggs"),
        fact(b, "time", "5:30 pm", "T17:30", "deadline"),
        fact(b, "money", "$4 million", "USD 4000000", "cost"),
    ]
    return [a, b], facts


def test_output_does_not_depend_on_input_order() -> None:
    sources, facts = _corpus()
    expected = reconcile(sources, facts).model_dump(mode="json")
    for seed in range(5):
        shuffled = facts[:]
        random.Random(seed).shuffle(shuffled)
        assert reconcile(sources, shuffled).model_dump(mode="json") == expected
    assert {d["kind"] for d in expected["discrepancies"]} == {"role", "quote", "time"}


def test_ids_survive_a_new_source() -> None:
    sources, facts = _corpus()
    before = reconcile(sources, facts)
    c = src("c", "Jo Bloggs, Deputy Secretary, spoke of the $4m cost.")
    after = reconcile([*sources, c], [*facts, fact(c, "role", "Deputy Secretary", "Deputy Secretary", "Jo Bloggs"),
                                       fact(c, "money", "$4m", "USD 4000000", "cost")])
    assert {f.id for f in before.facts} == {f.id for f in after.facts}
    assert {d.id for d in before.discrepancies} == {d.id for d in after.discrepancies}
    cost = next(f for f in after.facts if f.kind == "money")
    assert cost.source_ids == ["a", "b", "c"]
    reordered = reconcile(list(reversed(sources)), facts)
    assert {f.id for f in reordered.facts} == {f.id for f in before.facts}
    assert {d.id for d in reordered.discrepancies} == {d.id for d in before.discrepancies}


def test_articles_of_different_stories_are_not_compared() -> None:
    a = src("a", "The Oakdale school's new roof repairs cost $2m.", story=" Report by the Oakdale school board and Pinewood Roofing.")
    b = src("b", "Hartley Hospital's new roof repairs cost $5m.", story=" Report by the Hartley trust and Northgate Builders.")
    c = src("c", "The Oakdale school roof repairs cost $3m.", story=" Report by the Oakdale school board and Pinewood Roofing for Oakdale.")
    facts = [fact(a, "money", "$2m", "USD 2000000", "roof"), fact(b, "money", "$5m", "USD 5000000", "roof")]
    assert not reconcile([a, b], facts).discrepancies
    [d] = reconcile([a, b, c], [*facts, fact(c, "money", "$3m", "USD 3000000", "roof")]).discrepancies
    assert sorted(v.value for v in d.variants) == ["USD 2000000", "USD 3000000"]


@pytest.mark.parametrize("kind", ["money", "time", "role"])
def test_empty_subject_is_never_flagged(kind: str) -> None:
    a = src("a", "It was 5 and $5m for the Deputy Secretary.")
    b = src("b", "It was 9 and $9m for the Under Secretary.")
    values = {"money": (("$5m", "USD 5000000"), ("$9m", "USD 9000000")),
              "time": (("5", "T05"), ("9", "T09")),
              "role": (("Deputy Secretary", "Deputy Secretary"), ("Under Secretary", "Under Secretary"))}[kind]
    facts = [fact(a, kind, values[0][0], values[0][1]), fact(b, kind, values[1][0], values[1][1])]
    assert not reconcile([a, b], facts).discrepancies


@pytest.mark.parametrize(
    ("first", "second"),
    [("Timothy Murray", "Tim Murray"), ("Vincent DelGiudice", "Vincent Del Giudice"), ("Paul Lee", "ABC Entertainment Group"),
     ("Jane Roe", "the spokeswoman")],
)
def test_name_variants_bodies_and_descriptions_are_not_other_speakers(first: str, second: str) -> None:
    words = "The bridge will reopen before the winter storms arrive,"
    a = src("a", f'"{words}" said {first}.')
    b = src("b", f'"{words}" said {second}.')
    sheet = reconcile([a, b], [fact(a, "quote", words, subject=first), fact(b, "quote", words, subject=second)])
    assert not sheet.discrepancies


# --- one sentence of a longer quote, reworded elsewhere ------------------------------------------------


ORDER_LONG = ("The council has failed this city for years on the stadium. "
              "Therefore, I order every city department to stop all spending on the stadium project today.")
ORDER_SHORT = "I am ordering EVERY department of the city to STOP all spending on the stadium project. We will not pay for it!"


def test_one_reworded_sentence_of_a_long_quote_is_flagged() -> None:
    a = src("a", f'Mayor Ann Lee said in a statement: "{ORDER_LONG}"')
    b = src("b", f'Lee wrote: "{ORDER_SHORT}"')
    c = src("c", f'The mayor, Ann Lee, wrote: "{ORDER_SHORT}"')
    sheet = reconcile([a, b, c], [fact(a, "quote", ORDER_LONG, subject="Ann Lee"), fact(b, "quote", ORDER_SHORT, subject="Lee"),
                                  fact(c, "quote", ORDER_SHORT, subject="Ann Lee")])
    [d] = sheet.discrepancies
    assert d.kind == "quote" and d.subject == "Ann Lee" and d.severity == "medium"
    # the summary shows the matched sentences, names the sources and gives the word diff of those sentences
    assert d.summary.startswith("a quotes Ann Lee '\u2026Therefore, I order every city department")
    assert "; b, c 'I am ordering EVERY department" in d.summary and "stadium project. \u2026'" in d.summary
    assert "reworded: 'order' -> 'am ordering'; + 'department of the'; - 'department'." in d.summary
    assert "failed this city" not in d.summary and "pay for it" not in d.summary
    assert len(d.variants) == 2 and {f.status for f in sheet.facts} == {"disputed"}


def test_other_statements_of_one_speaker_are_not_flagged() -> None:
    """Shared words in another order, or one sentence quoted alike, are no rewording."""
    a = src("a", '"The city council approved the stadium budget for the project last night. It was a long meeting," Lee said.')
    b = src("b", '"Last night the project vote showed the council cares more about a stadium than the city budget," Lee said.')
    c = src("c", '"It was a long meeting. The city council approved the stadium budget for the project last night," Lee said.')
    d = src("d", '"The city council approved the stadium budget for the project last night. We start work in spring," Lee said.')
    facts = [fact(a, "quote", "The city council approved the stadium budget for the project last night. It was a long meeting,", subject="Ann Lee"),
             fact(b, "quote", "Last night the project vote showed the council cares more about a stadium than the city budget,", subject="Ann Lee")]
    assert not reconcile([a, b], facts).discrepancies
    reordered = fact(c, "quote", "It was a long meeting. The city council approved the stadium budget for the project last night,", subject="Ann Lee")
    assert not reconcile([a, c], [facts[0], reordered]).discrepancies
    overlapping = fact(d, "quote", "The city council approved the stadium budget for the project last night. We start work in spring,", subject="Ann Lee")
    assert not reconcile([a, d], [facts[0], overlapping]).discrepancies


def test_a_reworded_sentence_of_another_speaker_is_not_a_rewording() -> None:
    a = src("a", f'Mayor Ann Lee said: "{ORDER_LONG}"')
    b = src("b", f'Tom Hale wrote: "{ORDER_SHORT}"')
    sheet = reconcile([a, b], [fact(a, "quote", ORDER_LONG, subject="Ann Lee"), fact(b, "quote", ORDER_SHORT, subject="Tom Hale")])
    assert not [d for d in sheet.discrepancies if d.kind == "quote"]


# --- stable ids: a new article with a third variant ------------------------------------------------------


THIRD_WORDINGS = [
    "Therefore, I order each city department to stop every bit of spending on the stadium project at once.",
    "I have ordered all departments of the city to halt spending on the stadium project.",
    "Every city department is ordered to stop spending on the stadium project now.",
    "Accordingly, I order each department of the city to stop spending money on the stadium project.",
]


def test_discrepancy_and_fact_ids_survive_a_new_article_with_a_third_variant() -> None:
    """The third variant's fact id sorts before the others' (the old rule took the smallest fact id)."""
    a = src("a", f'Mayor Ann Lee said in a statement: "{ORDER_LONG}" Lee is Mayor of the city.')
    b = src("b", f'Lee wrote: "{ORDER_SHORT}" The deadline is 5 p.m. and the Mayor is Ann Lee.')
    facts = [fact(a, "quote", ORDER_LONG, subject="Ann Lee"), fact(b, "quote", ORDER_SHORT, subject="Lee"),
             fact(a, "role", "Mayor", "Mayor", "Ann Lee"), fact(b, "time", "5 p.m.", "T17", "deadline")]
    before = reconcile([a, b], facts)
    [quote] = before.discrepancies
    lowest = False
    for n, wording in enumerate(THIRD_WORDINGS):
        c = src(f"c{n}", f'"{wording}" the mayor, Ann Lee, said. The deadline is 6 p.m.')
        after = reconcile([c, a, b], [*facts, fact(c, "quote", wording, subject="Ann Lee"),
                                      fact(c, "time", "6 p.m.", "T18", "deadline")])
        [again] = [d for d in after.discrepancies if d.kind == "quote"]
        assert again.id == quote.id, wording
        assert len(again.variants) == 3, wording
        new = {f.id for f in after.facts} - {f.id for f in before.facts}
        assert {f.id for f in before.facts} <= {f.id for f in after.facts}, wording  # facts that did not change keep theirs
        assert len(new) == 2, wording  # the third wording and the 6 p.m. deadline
        lowest |= min(new) < min(f.id for f in before.facts if f.kind == "quote")
        # a deadline disputed only once c arrives gets an id from what is disputed, whatever the source order
        [deadline] = [d for d in after.discrepancies if d.kind == "time"]
        reordered = reconcile([a, b, c], list(reversed([*facts, fact(c, "time", "6 p.m.", "T18", "deadline")])))
        assert [d.id for d in reordered.discrepancies if d.kind == "time"] == [deadline.id]
    assert lowest  # at least one new variant's fact id sorted first, and the discrepancy id did not follow it


def test_one_id_in_two_stories_goes_to_the_earliest_source() -> None:
    story_x = " Report on the Oakdale school board and Pinewood Roofing."
    story_y = " Report on the Hartley trust and Northgate Builders."
    a = src("a", "The deadline is 5 p.m.", story=story_x)
    b = src("b", "The deadline is 6 p.m.", story=story_x)
    c = src("c", "The deadline is 9 a.m.", story=story_y)
    d = src("d", "The deadline is 10 a.m.", story=story_y)
    facts = [fact(a, "time", "5 p.m.", "T17", "deadline"), fact(b, "time", "6 p.m.", "T18", "deadline"),
             fact(c, "time", "9 a.m.", "T09", "deadline"), fact(d, "time", "10 a.m.", "T10", "deadline")]
    alone = reconcile([a, b], facts[:2]).discrepancies[0].id
    both = reconcile([d, c, b, a], facts).discrepancies
    assert len(both) == 2 and len({x.id for x in both}) == 2
    assert next(x.id for x in both if "'5 p.m.'" in x.summary) == alone
