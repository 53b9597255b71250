"""The reconcilers' parts: titles, times, figures, quote wording, entities, stories."""

from __future__ import annotations

from datetime import date

import pytest

from factsheet.reconcile import entities, figures, quotes, stories, times, titles


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("US Defence Secretary", "Secretary of Defense"),
        ("U.S. Secretary of Defense", "Defense Secretary"),
        ("Transport Minister", "Minister of Transport"),
        ("Chief executive", "CEO"),
        ("Under-Secretary of State", "Undersecretary of State"),
        ("American Secretary of War", "Defense Secretary"),
        ("Republican National Committee Chairman", "chairman of the Republican National Committee"),
    ],
)
def test_title_variants_have_one_key(a: str, b: str) -> None:
    ta, tb = titles.parse(a), titles.parse(b)
    assert ta and tb and ta.key == tb.key
    assert titles.compare(ta, tb) is None


@pytest.mark.parametrize(
    ("a", "b", "parts", "severity"),
    [
        ("Deputy Secretary for Research and Engineering", "US Undersecretary for Defense", ("rank", "scope"), "high"),
        ("Deputy Secretary", "Secretary", ("rank",), "high"),
        ("Secretary of State", "Secretary of Defense", ("department",), "high"),
        ("Minister for Europe", "Minister for Asia", ("scope",), "medium"),
        ("Deputy Secretary for Research and Engineering", "Deputy Secretary", ("scope",), "low"),
        ("former Deputy Secretary", "Secretary", ("rank", "status"), "high"),
    ],
)
def test_title_differences_name_the_part(a: str, b: str, parts: tuple[str, ...], severity: str) -> None:
    diff = titles.compare(titles.parse(a), titles.parse(b))  # type: ignore[arg-type]
    assert diff is not None and diff.parts == parts and diff.severity == severity


@pytest.mark.parametrize(
    ("a", "b"),
    [("Secretary", "Secretary of Defense"), ("OpenAI CEO", "CEO"), ("US Senator", "vice chairman of the committee"),
     ("former Baptist minister", "Baptist minister"), ("spokesman for Speaker Boehner", "spokesman for House Speaker John Boehner"),
     ("RNC Chairman", "party chairman"), ("Republican National Committee Chairman", "chairman of the RNC")],
)
def test_less_precise_or_other_offices_are_not_differences(a: str, b: str) -> None:
    assert titles.compare(titles.parse(a), titles.parse(b)) is None  # type: ignore[arg-type]


def test_zone_rules_of_the_date_decide_the_instant() -> None:
    ny = times.zone("America/New_York")
    winter, summer = times.parse_time("T22:01 UTC"), times.parse_time("T21:01 UTC")
    assert winter and summer
    assert times.to_wall(winter, ny, date(2026, 1, 15)) == times.Wall(17, 1)
    assert times.to_wall(winter, ny, date(2026, 7, 15)) == times.Wall(18, 1)
    assert times.to_wall(summer, ny, date(2026, 7, 15)) == times.Wall(17, 1)
    # no date anywhere: winter and summer give different answers, so the instant is unknown
    assert times.to_wall(winter, ny, None) is None
    # a date in the value wins over the fallback date
    dated = times.parse_time("2026-07-10T21:01 UTC")
    assert dated and times.to_wall(dated, ny, date(2026, 1, 15)).hour == 17  # type: ignore[union-attr]
    # London: GMT in winter, BST in summer
    london = times.zone("Europe/London")
    noon = times.parse_time("T12:00 UTC")
    assert noon and times.to_wall(noon, london, date(2026, 1, 15)) == times.Wall(12, 0)
    assert times.to_wall(noon, london, date(2026, 7, 15)) == times.Wall(13, 0)


def test_time_values_parse_and_compare() -> None:
    assert times.parse_time("2026-02-27T17:01 -05:00") == times.ClockTime(
        17, 1, times.parse_date("2026-02-27"), "-05:00"
    )
    assert times.parse_time("T25") is None and times.parse_time("T17 Mars/Olympus") is None
    assert times.compare_walls(times.Wall(17, None), times.Wall(17, 1)) == "precision"
    assert times.compare_walls(times.Wall(17, 0), times.Wall(17, 1)) == "conflict"
    assert times.compare_walls(times.Wall(17, 1), times.Wall(18, 1)) == "conflict"
    assert times.compare_walls(times.Wall(17, 1), times.Wall(17, 1)) == "same"


def test_dates_compare_by_what_each_states() -> None:
    friday, full, month_day = times.parse_date("Friday"), times.parse_date("2026-02-27"), times.parse_date("--02-27")
    assert friday and full and month_day
    assert times.compare_dates(friday, full) == "precision"
    assert times.compare_dates(month_day, full) == "precision"
    assert times.compare_dates(times.parse_date("Thursday"), full) == "conflict"  # type: ignore[arg-type]
    assert times.compare_dates(times.parse_date("2026-02-28"), full) == "conflict"  # type: ignore[arg-type]
    assert times.parse_date("--02-30") is None and times.parse_date("soon") is None
    # a year or a date the writer did not state is not compared
    inferred_2005, inferred_2007 = times.parse_date("2005-06-20"), times.parse_date("2007-06-20")
    assert inferred_2005 and inferred_2007
    assert times.compare_dates(times.as_written(inferred_2005, "June 20"), times.as_written(inferred_2007, "June 20")) == "same"
    assert times.compare_dates(inferred_2005, times.as_written(inferred_2007, "June 20, 2007")) == "conflict"
    assert times.as_written(full, "Friday") == times.DateValue(None, None, 4)


def test_figures_compare() -> None:
    def money(v: str) -> figures.Amount:
        amount = figures.parse("money", v)
        assert amount
        return amount

    assert money("USD 200000000").key == money("~USD 200000000").key
    assert figures.compare(money("USD 200000000"), money("~USD 205000000")) == "approximate"
    assert figures.compare(money("USD 200000000"), money("USD 205000000")) == "conflict"
    assert figures.compare(money("USD 200000000"), money("EUR 200000000")) == "unrelated"
    hundreds, six_hundred = figures.parse("number", "~100+"), figures.parse("number", "600")
    assert hundreds and six_hundred and figures.compare(hundreds, six_hundred) == "approximate"
    pct, count = figures.parse("number", "12.5%"), figures.parse("number", "12.5")
    assert pct and count and figures.compare(pct, count) == "unrelated"
    six_months, half_year = figures.parse("duration", "P6M"), figures.parse("duration", "P0.5Y")
    assert six_months and half_year and figures.compare(six_months, figures.parse("duration", "P6M")) == "same"  # type: ignore[arg-type]
    assert figures.parse("money", "$200m") is None and figures.parse("duration", "P") is None


def test_quote_wording_classes_and_diff() -> None:
    long = "These threats do not change our position: we cannot in good conscience accede to their request."
    assert quotes.compare("We will go.", "we will go").wording == "punctuation/case only"
    assert quotes.compare("We will go.", "We will go.").wording == "same"
    assert quotes.compare(long, "cannot in good conscience accede").wording == "excerpt"
    cut = quotes.compare("we cannot in good conscience accede to it today", "we cannot accede to it today")
    assert cut.wording == "shortened" and cut.near and quotes.describe(cut.diff) == "- 'in good conscience'"
    reworded = quotes.compare("We simply cannot, in good conscience, agree to their demands.", long)
    assert reworded.wording == "reworded" and reworded.near and reworded.aligned == 7
    assert quotes.describe(reworded.diff) == "- 'simply'; 'agree' -> 'accede'; 'demands' -> 'request'"
    unrelated = quotes.compare("The weather is fine today in the city.", "We cannot agree to their demands.")
    assert not unrelated.near
    assert not quotes.compare("we will go there now", "we will go here now").near  # too short to call a rewording
    assert quotes.compare("Senator Reid respects that, it's true.", "Sen. Reid respects that: it is true").wording == (
        "punctuation/case only"
    )
    assert quotes.compare("We kicked the tyres of the organisation's programmes.", "We kicked the tires of the organization's programs.").wording == "punctuation/case only"
    assert quotes.quote_words("He (Libyan leader Muammar) left [the country]") == ("he", "left", "the", "country")


def test_body_aliases_and_people() -> None:
    assert entities.org("the Pentagon") == entities.org("U.S. Department of Defence") == entities.org("DoD")
    assert entities.org("the War Department") == "US Department of Defense"
    assert entities.org("State Department") != entities.org("Pentagon")
    assert entities.org("Anthropic") is None
    people = entities.People(
        [("a", "Jane Roe"), ("a", "President Tom Hale"), ("b", "Ann Roe"), ("b", "Kim Park"), ("c", "Paul D. Ryan Jr.")]
    )
    assert people.resolve("Hale").display == "Tom Hale"  # type: ignore[union-attr]
    assert people.resolve("Mr. Park").key == "kim park"  # type: ignore[union-attr]
    assert people.resolve("Roe") is None  # two people share the surname: never guessed
    assert people.resolve("Roe", source="b").display == "Ann Roe"  # type: ignore[union-attr]  # ... unless its article names one
    assert people.resolve("Paul Ryan").display == "Paul D. Ryan Jr."  # type: ignore[union-attr]
    people.add_title("|minister|transport", "kim park")
    office = lambda m: (t.office_key if (t := titles.parse(m)) else None)  # noqa: E731
    assert people.resolve("the Transport Minister", office).display == "Kim Park"  # type: ignore[union-attr]
    assert entities.resolve_thing("the Pentagon's deadlines").key == "deadline"


def test_stories_join_sources_that_share_people_or_names() -> None:
    ids = [f"s{i}" for i in range(6)]
    people = [("s0", "jane roe"), ("s1", "jane roe"), ("s1", "tom hale"), ("s2", "tom hale")]
    texts = {
        "s3": "Talks at the Acme plant with Zenith and the Orion union went on.",
        "s4": "Workers at the Acme plant, Zenith staff and the Orion union met.",
        "s5": "Flooding hit the Riverside estate and Marsh Lane, said the Wexford council.",
    }
    story = stories.stories(ids, people, texts)
    assert story["s0"] == story["s1"] == story["s2"] == "s0"
    assert story["s3"] == story["s4"] == "s3"
    assert story["s5"] == "s5"
    assert stories.proper_names("On Friday the Pentagon said. Anthropic replied, Claude") == {"pentagon", "claude"}


def test_one_shared_name_does_not_chain_stories() -> None:
    ids = ["a1", "a2", "b1", "b2"]
    texts = {
        "a1": "The storm hit Dover, said the Kent council and Harbour Lines.",
        "a2": "In the storm Dover, the Kent council and Harbour Lines counted losses.",
        "b1": "The Kent cricket club, with Canterbury and Lord's, named a captain.",
        "b2": "The Kent cricket club named Canterbury's captain at Lord's.",
    }
    story = stories.stories(ids, [], texts)
    assert story["a1"] == story["a2"] != story["b1"] == story["b2"]


@pytest.mark.parametrize(
    ("text", "exact", "subject"),
    [
        ("The firm must agree by 5 p.m. on Friday or lose the deal.", "5 p.m.", "deadline"),
        ("He threatened to cancel it if no deal was reached by 5 p.m. on Friday.", "5 p.m.", "deadline"),
        ("The Friday 5 p.m. deadline stands.", "5 p.m.", "deadline"),
        ("By 7 a.m. the fire had spread to the docks.", "7 a.m.", ""),
        ("The fire had spread to the docks by 7 a.m. on Monday.", "7 a.m.", ""),
    ],
)
def test_subject_less_times_are_deadlines_only_on_sure_cues(text: str, exact: str, subject: str) -> None:
    from factsheet.model import Anchor, Fact, Source
    from factsheet.reconcile.context import inferred_subject

    source = Source(id="a", path="a.txt", sha256="0" * 64, text=text)
    start = text.index(exact)
    fact = Fact(id="t", kind="time", text=exact, value="T17", evidence=[Anchor.of(source, start, start + len(exact))])
    assert inferred_subject(fact, {"a": source}) == subject


def test_quote_sentences_stems_and_matches() -> None:
    from factsheet.reconcile import sentences

    assert sentences.split("I met Mr. Smith in the U.S. Senate. He left! Then? \u201cNo.\u201d") == [
        "I met Mr. Smith in the U.S. Senate.", "He left!", "Then?", "\u201cNo.\u201d"]
    assert [sentences.stem(w) for w in ("agencies", "agency", "directing", "direct", "ceased", "cease", "stopped")] == [
        "agency", "agency", "direct", "direct", "ceas", "ceas", "stop"]
    assert sentences.content("We will STOP all the spending on it!") == ("stop", "spend")
    same = sentences.match("Therefore, I order every city department to stop all spending on the stadium.",
                           "I am ordering EVERY department of the city to STOP all spending on the stadium project.")
    assert same.one_statement and same.shared == 5  # order, department (or city), stop, spend, stadium
    shuffled = sentences.match("The city council approved the stadium budget for the project last night.",
                               "Last night the project vote showed the council cares more about a stadium than the city budget.")
    assert not shuffled.one_statement and shuffled.shared < sentences.MIN_SHARED  # same words, another order
    stretch = sentences.overlap("We lost. We will go to court over the stadium budget for sure. Thanks.",
                                "Hello all. We are going to court over the stadium budget, for sure. Bye.")
    assert stretch == sentences.Overlap("We will go to court over the stadium budget for sure.",
                                        "We are going to court over the stadium budget, for sure.")
    assert sentences.overlap("It rained all day.", "We will go to court over the stadium budget.") is None
