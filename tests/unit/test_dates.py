"""Date, time and duration extraction: small articles written here, traps, and the seeds."""

from __future__ import annotations

import re
from datetime import date as Date
from datetime import timedelta
from pathlib import Path

import pytest

from factsheet.extract.amounts import ONES, TENS
from factsheet.extract.calendar import resolve_weekday, tense_near, year_for
from factsheet.extract.dates import extract_dates, triggers
from factsheet.extract.zones import utc_offset, zone_value
from factsheet.model import Fact, Source
from tests.helpers import body_source

SATURDAY = Date(2026, 2, 28)
THURSDAY = Date(2026, 1, 15)


def make_source(text: str, published: Date | None = None, source_id: str = "t") -> Source:
    """A source whose whole text is body."""
    return body_source(text, source_id, date=published)


def found(text: str, published: Date | None = None) -> list[tuple[str, str, str]]:
    """(kind, text, value) of every date, time and duration in ``text``."""
    return [(f.kind, f.text, f.value) for f in extract_dates(make_source(text, published))]


def value_of(text: str, phrase: str, published: Date | None = None) -> str:
    matches = [f.value for f in extract_dates(make_source(text, published)) if f.text == phrase]
    assert len(matches) == 1, found(text, published)
    return matches[0]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("On Friday, February 27th, the order came.", "Friday, February 27th", "--02-27"),
        ("WASHINGTON said on Feb 28 it agreed.", "Feb 28", "--02-28"),
        ("He wrote a January 9 memo.", "January 9", "--01-09"),
        ("The filing is dated 2026-02-28.", "2026-02-28", "2026-02-28"),
        ("The crash happened on 3 March 2025.", "3 March 2025", "2025-03-03"),
        ("It was signed on Feb. 28, 2026, in public.", "Feb. 28, 2026", "2026-02-28"),
        ("Prices peaked in October 2024.", "October 2024", "2024-10"),
        ("The talks ended on Friday.", "Friday", "Friday"),
    ],
)
def test_dates_without_publication_date(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase) == value


def test_month_day_takes_the_nearest_year() -> None:
    assert value_of("He wrote a January 9 memo.", "January 9", SATURDAY) == "2026-01-09"
    assert value_of("The vote is on December 30.", "December 30", Date(2026, 1, 3)) == "2025-12-30"
    assert year_for(2, 29, Date(2024, 3, 1)) == Date(2024, 2, 29)
    assert year_for(2, 29, Date(2026, 3, 1)) is None


@pytest.mark.parametrize(
    ("sentence", "phrase", "published", "value"),
    [
        # A Saturday paper: past-tense "Friday" and "Thursday" are this week's.
        ("Altman told employees Thursday that he agreed.", "Thursday", SATURDAY, "2026-02-26"),
        ("Anthropic said so in a statement earlier Friday.", "Friday", SATURDAY, "2026-02-27"),
        ("Jeffries added in his statement late Friday.", "Friday", SATURDAY, "2026-02-27"),
        # A Thursday paper: a future "Friday" is tomorrow.
        ("The mayor said schools would stay closed on Friday.", "Friday", THURSDAY, "2026-01-16"),
        ("Crews swept the valley Wednesday night.", "Wednesday night", THURSDAY, "2026-01-14"),
        ("The company said on Thursday it would cut jobs.", "Thursday", THURSDAY, "2026-01-15"),
        ("The council meets next Monday.", "next Monday", THURSDAY, "2026-01-19"),
        ("The council met last Thursday.", "last Thursday", THURSDAY, "2026-01-08"),
        ("Forecasters expect a break in the weather on Saturday.", "Saturday", THURSDAY, "2026-01-17"),
    ],
)
def test_weekdays_resolve_against_the_publication_date(
    sentence: str, phrase: str, published: Date, value: str
) -> None:
    assert value_of(sentence, phrase, published) == value


def test_weekday_rule_edges() -> None:
    monday = Date(2026, 3, 2)
    assert resolve_weekday(4, monday, tense="future") == Date(2026, 3, 6)
    assert resolve_weekday(4, monday, tense="past") == Date(2026, 2, 27)
    assert resolve_weekday(0, monday) == monday
    assert resolve_weekday(4, None) is None
    for weekday in range(7):
        nearest = resolve_weekday(weekday, monday)
        assert nearest is not None and abs((nearest - monday).days) <= 3 and nearest.weekday() == weekday
    text = "The Pentagon had said it must agree by Friday."
    assert tense_near(text, text.index("Friday"), text.index("Friday") + 6) == "past"
    text = "Employees have until Friday to sign up."
    assert tense_near(text, text.index("Friday"), text.index("Friday") + 6) == "future"


@pytest.mark.parametrize(
    ("sentence", "phrase", "published", "value"),
    [
        ("The deadline was 5 p.m. on Friday.", "5 p.m. on Friday", None, "T17"),
        ("It had to comply by 5:01 pm (22:01 GMT) Friday.", "5:01 pm (22:01 GMT) Friday", SATURDAY,
         "2026-02-27T17:01 -05:00"),
        ("Anthropic must respond by 5:00 PM ET.", "5:00 PM ET", None, "T17:00 America/New_York"),
        ("The Pentagon set a Friday 5 p.m. deadline.", "Friday 5 p.m.", None, "T17"),
        ("Shares fell by 09:30 BST.", "09:30 BST", None, "T09:30 +01:00"),
        ("The judge spoke at 10:00 JST (01:00 GMT).", "10:00 JST (01:00 GMT)", None, "T10:00 +09:00"),
        ("The governor declared an emergency at noon.", "noon", None, "T12"),
        ("The hotline is staffed until midnight.", "midnight", None, "T00"),
        ("The meeting starts at 7 p.m. on June 23.", "7 p.m. on June 23", Date(2026, 6, 10), "2026-06-23T19"),
        ("The broadcast ran until 1215 GMT.", "1215 GMT", None, "T12:15 UTC"),
        ("Staff met at 9 a.m. PT.", "9 a.m. PT", None, "T09 America/Los_Angeles"),
        ("Trading resumed at 14:30 CET.", "14:30 CET", None, "T14:30 +01:00"),
        ("The vote came at 11.45pm.", "11.45pm", None, "T23:45"),
        ("They met at 3:30 in the afternoon.", "3:30 in the afternoon", None, "T15:30"),
        ("Polls close at 10pm UK time.", "10pm UK time", None, "T22 Europe/London"),
    ],
)
def test_clock_times(sentence: str, phrase: str, published: Date | None, value: str) -> None:
    assert value_of(sentence, phrase, published) == value


def test_time_with_a_date_is_one_fact() -> None:
    facts = found("The Pentagon had said it must comply by 5:01 pm (22:01 GMT) Friday.", SATURDAY)
    assert [kind for kind, _, _ in facts] == ["time"]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Trump granted a six-month transition period.", "six-month", "P6M"),
        ("Nearly 24 hours passed.", "Nearly 24 hours", "~PT24H"),
        ("It came two days after the meeting.", "two days", "P2D"),
        ("The weeks-long feud continued.", "weeks-long", "~P1W"),
        ("He will stay for an 18-month transition.", "18-month", "P18M"),
        ("The city has not raised taxes in a decade.", "a decade", "P10Y"),
        ("It lasted just over an hour.", "just over an hour", "~PT1H"),
        ("Talks have run for months.", "for months", "~P1M"),
        ("The hearing lasted about 40 minutes.", "about 40 minutes", "~PT40M"),
        ("Workers get 16 weeks of severance.", "16 weeks", "P16W"),
        ("It will cost £180m over three years.", "three years", "P3Y"),
        ("A year-long inquiry ended.", "year-long", "P1Y"),
        ("It underspent by 22 per cent over the past decade.", "past decade", "P10Y"),
        ("Prices fell in the past year.", "past year", "P1Y"),
        ("It will need aid over the next decade.", "next decade", "P10Y"),
        ("He kicked a field goal with 1:12 left in overtime.", "1:12", "PT1M12S"),
        ("They trailed with 0:45 to play.", "0:45", "PT45S"),
        ("The leader had 1:02:30 remaining on the clock.", "1:02:30", "PT1H2M30S"),
    ],
)
def test_durations(sentence: str, phrase: str, value: str) -> None:
    values = {text: val for kind, text, val in found(sentence) if kind == "duration"}
    matches = [val for text, val in values.items() if phrase in text]
    assert matches == [value], values


def test_subjects_name_the_event() -> None:
    source = make_source(
        "Trump granted a six-month transition period. Hegseth wrote a January 9 memo. "
        "The Pentagon's deadline for a reply is 5:01 pm. The shop opens at 9 a.m."
    )
    subjects = {f.text: f.subject for f in extract_dates(source)}
    assert subjects == {"six-month": "transition period", "January 9": "memo", "5:01 pm": "deadline", "9 a.m.": ""}


@pytest.mark.parametrize(
    "sentence",
    [
        "We said it may rain in may.",
        "The firm holds a $200m contract and 1The list marker.",
        "It costs £350m a year, $310 a year for homeowners.",
        "A 16-year-old and a 45 years old man met on a second round.",
        "Black Friday sales and Sheffield Wednesday fans and The Sunday Times.",
        "Sales rose 8.45% and the score was 3:1.",
        "One day he will see; he voted for her four years ago.",
        "She was March-ing with Mar-a-Lago guests.",
        "Sales were up on last year and down on last week; the next day, it rained.",
        "Crashes rose in the past day and at the last minute; the 8:15 left on time.",
    ],
)
def test_traps_yield_no_times(sentence: str) -> None:
    assert found(sentence) == []


def test_anchors_and_stable_ids() -> None:
    text = "On Friday the firm met for two days; on Friday it met again at 5 p.m."
    first = extract_dates(make_source(text, SATURDAY))
    second = extract_dates(make_source(text, SATURDAY))
    assert [f.id for f in first] == [f.id for f in second]
    assert len({f.id for f in first}) == len(first)
    for fact in first:
        anchor = fact.evidence[0]
        assert text[anchor.start : anchor.end] == fact.text


def test_zones() -> None:
    assert zone_value("ET") == "America/New_York"
    assert zone_value("GMT") == "UTC"
    assert zone_value("Eastern Standard Time") == "-05:00"
    assert utc_offset("America/New_York", Date(2026, 2, 27)) == timedelta(hours=-5)
    assert utc_offset("America/New_York", Date(2026, 7, 1)) == timedelta(hours=-4)
    assert utc_offset("+09:00") == timedelta(hours=9)
    assert utc_offset("America/New_York") is None


def _seed_facts(seeds_dir: Path) -> dict[str, list[Fact]]:
    from factsheet.ingest import read_source

    return {p.stem: extract_dates(read_source(p, p.stem)) for p in sorted(seeds_dir.glob("*.txt"))}


def _utc_hour(value: str, on: Date) -> int | None:
    """Hour in UTC of a time value with a zone, or the bare hour when it has none."""
    clock, _, zone = value.partition(" ")
    hour = int(clock.split("T")[1][:2])
    if not zone:
        return hour
    offset = utc_offset(zone, on)
    assert offset is not None
    return (hour - int(offset.total_seconds() // 3600)) % 24


def test_seed_deadlines_are_comparable(seeds_dir: Path) -> None:
    facts = _seed_facts(seeds_dir)
    deadlines = [f for fs in facts.values() for f in fs if f.kind == "time"]
    assert len(deadlines) >= 4
    friday = Date(2026, 2, 27)
    local_hours = {int(f.value.split("T")[1][:2]) for f in deadlines}
    assert local_hours == {17}
    zoned = [f for f in deadlines if " " in f.value]
    assert {_utc_hour(f.value, friday) for f in zoned} == {22}
    dated = [f.value for f in deadlines if f.value.startswith("2026-")]
    assert dated and all(v.startswith("2026-02-27T17") for v in dated)


def test_seed_durations(seeds_dir: Path) -> None:
    facts = _seed_facts(seeds_dir)
    phaseouts = {f.value for fs in facts.values() for f in fs if f.kind == "duration" and f.text == "six-month"}
    assert phaseouts == {"P6M"}


def test_seed_extraction_is_deterministic(seeds_dir: Path) -> None:
    first, second = _seed_facts(seeds_dir), _seed_facts(seeds_dir)
    assert {k: [f.model_dump() for f in v] for k, v in first.items()} == {
        k: [f.model_dump() for f in v] for k, v in second.items()
    }


@pytest.mark.corpus
def test_real_news_invariants(corpus_dir: Path) -> None:
    """On real articles: anchors fit, figures never sit inside times or dates, two runs agree."""
    from factsheet.extract.numbers import extract_numbers
    from factsheet.ingest import read_source

    paths = sorted((corpus_dir / "clusters").glob("basil-*/*.txt"))[:60]
    if not paths:
        pytest.skip("no BASIL clusters in the corpus")
    for path in paths:
        source = read_source(path, path.stem)
        temporal = extract_dates(source)
        figures = extract_numbers(source)
        spans = [(f.evidence[0].start, f.evidence[0].end) for f in temporal if f.kind != "duration"]
        for fact in temporal + figures:
            anchor = fact.evidence[0]
            assert anchor.mismatch(source.text) is None
            assert any(r.start <= anchor.start and anchor.end <= r.end for r in source.body_regions())
        for fact in figures:
            a = fact.evidence[0]
            assert not any(s < a.end and a.start < e for s, e in spans), (path.name, fact.text)
        assert [f.id for f in extract_dates(source)] == [f.id for f in temporal]


def test_shared_triggers_are_each_grammars_own_scan() -> None:
    """The shared two-pass trigger scan finds exactly what a scan per grammar (written plainly) finds."""
    words = "|".join(
        sorted([w for w in ONES if w != "one"] + list(TENS), key=len, reverse=True)
        + "dozens dozen scores hundreds thousands millions billions million billion trillion".split()
    )
    figure = re.compile(rf"(?<![\d,.])\d|[$£€¥₹₩₽₺₪]|\b(?:{words}|{words.title()})\b")
    time = re.compile(r"(?<![\d:.,])\d(?=\d?(?:[:.]\d\d)?\s?[aApP]|\d?:\d|\d{3}\s?(?:GMT|UTC|Z)\b)|\b(?:noon|midday|midnight)\b")
    day = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    date = re.compile(
        rf"(?<![\w-])(?:\d(?=\d{{3}}-|\d?(?:st|nd|rd|th)?\s+(?:of\s+)?[JFMASOND])|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|{day})"
    )
    unit = re.compile(r"\b(?:second|minute|hour|day|week|fortnight|month|year|decade|century)")
    text = (
        "On Monday, 5 March 2026-03-01 at 5:30pm (0100 GMT) twenty-five Dozen people paid $1,200 and £3.5bn; "
        "Twelve hours, three-month decades, at noon. Twenty Mayors met Sept. 4th, non-Friday 12,50 1.5 x2 "
        "midnight-ish Thousands of seconds, 24/7, mid-day, Sevenoaks, sixty, 31st of Dec, yearly, ²5 ٣ £"
    )
    found = triggers(text, 0, len(text))
    assert found.figures == tuple((m.start(), m.group()) for m in figure.finditer(text))
    assert found.times == tuple(m.start() for m in time.finditer(text))
    assert found.dates == tuple(m.start() for m in date.finditer(text))
    assert found.units == tuple(m.start() for m in unit.finditer(text))
    assert len(found.figures) > 15 and found.times and found.dates and found.units
