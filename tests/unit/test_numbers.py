"""Money and number extraction: small articles written here, traps, and the seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factsheet.extract.amounts import alternation, format_decimal, parse_amount, qualifier_mark
from factsheet.extract.numbers import extract_numbers
from factsheet.model import Fact, Region, Source
from tests.helpers import body_source


def make_source(text: str, source_id: str = "t", **extra: object) -> Source:
    """A source whose whole text is body."""
    return body_source(text, source_id, **extra)


def figures(text: str) -> list[tuple[str, str, str, str]]:
    """(kind, text, value, subject) of every figure in ``text``."""
    return [(f.kind, f.text, f.value, f.subject) for f in extract_numbers(make_source(text))]


def values(text: str) -> dict[str, str]:
    return {f.text: f.value for f in extract_numbers(make_source(text))}


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        ("The Pentagon signed a $200 million contract.", "$200 million", "USD 200000000"),
        ("It holds a $200m contract.", "$200m", "USD 200000000"),
        ("It is valued at $380 billion.", "$380 billion", "USD 380000000000"),
        ("The unit was sold for €4.5m in cash.", "€4.5m", "EUR 4500000"),
        ("The wind business fetched £1.2bn.", "£1.2bn", "GBP 1200000000"),
        ("The deal is worth $4.5bn, bankers said.", "$4.5bn", "USD 4500000000"),
        ("Shares were priced at €38.50 each.", "€38.50", "EUR 38.5"),
        ("Investors paid US$5m for the stake.", "US$5m", "USD 5000000"),
        ("The court awarded 1.8 billion yen in damages.", "1.8 billion yen", "JPY 1800000000"),
        ("Tickets cost 22 euro cents.", "22 euro cents", "EUR 0.22"),
        ("A fine of EUR 4.5bn was imposed.", "EUR 4.5bn", "EUR 4500000000"),
        ("The state will pump 154m naira into subsidies.", "154m naira", "NGN 154000000"),
        ("It exported $1.2bn-worth of beans.", "$1.2bn", "USD 1200000000"),
        ("The province will spend $5.2-billion on transit.", "$5.2-billion", "USD 5200000000"),
        ("The miner paid $US1.2 billion for the mine.", "$US1.2 billion", "USD 1200000000"),
        ("The state set aside Rs 500 crore for roads.", "Rs 500 crore", "INR 5000000000"),
        ("It earned 1.33bn Australian dollars.", "1.33bn Australian dollars", "AUD 1330000000"),
        ("It raised 40 million Hong Kong dollars.", "40 million Hong Kong dollars", "HKD 40000000"),
        ("It paid 2m US dollars.", "2m US dollars", "USD 2000000"),
    ],
)
def test_money_values(sentence: str, figure: str, value: str) -> None:
    assert values(sentence).get(figure) == value


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        ("It has signed a contract worth about $200 million.", "about $200 million", "~USD 200000000"),
        ("Staff could be paid up to £300m more.", "up to £300m", "~GBP 300000000"),
        ("The company will cut about 800 workers.", "about 800", "~800"),
        ("More than 40,000 homes lost power.", "More than 40,000", "40000+"),
        ("Turnout was more than 3%.", "more than 3%", "3%+"),
        ("Nearly 200 residents attended.", "Nearly 200", "~200"),
        ("Hundreds of employees signed the letter.", "Hundreds", "~100+"),
        ("Tens of thousands of people marched.", "Tens of thousands", "~10000+"),
    ],
)
def test_hedged_figures(sentence: str, figure: str, value: str) -> None:
    assert values(sentence).get(figure) == value


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "subject"),
    [
        ("Twelve workers were hurt.", "Twelve", "12", "workers"),
        ("'Twelve families slept here,' he said.", "Twelve", "12", "families"),
        ("‘Seven people died,’ she said.", "Seven", "7", "people"),
        ("About two dozen people spoke.", "About two dozen", "~24", "people"),
        ("Half a dozen trucks waited.", "Half a dozen", "6", "trucks"),
        ("The firm has 1.5 million paying customers.", "1.5 million", "1500000", "customers"),
        ("The firm employs 9,600 people in Britain.", "9,600", "9600", "people"),
        ("Roughly 400 of the cuts fall in Scotland.", "Roughly 400", "~400", "cuts"),
        ("The court rejected claims for two of the victims.", "two", "2", "victims"),
        ("Revenue rose 12.5% last year.", "12.5%", "12.5%", ""),
        ("Overtime rose 18 percent.", "18 percent", "18%", ""),
        ("A 50-percent stake changed hands.", "50-percent", "50%", "stake"),
        ("It was about 15 per cent below.", "about 15 per cent", "~15%", ""),
        ("Rates rose by 3 percentage points.", "3 percentage points", "3pp", ""),
        ("The terminal serves 50m passengers a year.", "50m", "50000000", "passengers"),
    ],
)
def test_counts_and_percentages(sentence: str, figure: str, value: str, subject: str) -> None:
    found = {text: (val, subj) for _, text, val, subj in figures(sentence)}
    assert found.get(figure) == (value, subject)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Anthropic holds a $200 million contract with the Pentagon.", "contract"),
        ("The company is valued at $380 billion.", "valuation"),
        ("It signed a contract with the military worth about $200 million.", "contract"),
        ("It raised money at a $4.5bn valuation.", "valuation"),
        ("The group will raise €2bn of new debt.", "debt"),
        ("The council approved a $48.6 million budget for the year.", "budget"),
        ("The regulator fined the bank £40m on Monday.", "fine"),
        ("Brussels fined Acme €2bn for abuse.", "fine"),
        ("The miner posted a rise in underlying net profit to $3bn.", "net profit"),
        ("Revenue from services rose 8% year-on-year to $4bn.", "revenue"),
        ("Acme's revenue rose to $4bn last year.", "revenue"),
        ("It said overseas revenue climbed to €900m.", "overseas revenue"),
        ("The average annual salary at the mill had risen to $52,000.", "salary"),
        ("The board declared an interim dividend of £1.20 a share.", "dividend"),
        ("Staff get a one-off bonus of €500 each.", "bonus"),
        ("Analysts lifted their target price to $95.", "target price"),
        ("The bridge is £80m over budget.", "overspend"),
        ("The agency will withhold €50m in incentive payments.", "incentive payments"),
        ("The final drew an estimated $3 million in visitor spending.", "visitor spending"),
        ("A voluntary flood relief scheme worth $20 million opens in May.", "relief scheme"),
        ("It will use cash and the rest, about $40m, through bonds.", "bonds"),
        ("Creditors are owed £40m of invoices that remain unpaid.", "invoices"),
        ("The cost could balloon to $9bn.", ""),
        ("Shares of the airline fell 65 cents to $14.35.", "shares"),
    ],
)
def test_money_subjects(sentence: str, subject: str) -> None:
    money = [f for f in extract_numbers(make_source(sentence)) if f.kind == "money"]
    assert [f.subject for f in money] == [subject]


@pytest.mark.parametrize(
    "sentence",
    [
        "Key Facts\n- 1The Pentagon has set a deadline.\n- 2Anthropic refuses.",
        "We will meet, and the talks may go on.",
        "It was one of the largest deals, and no one objected.",
        "The Pentagon set a deadline of 5 p.m. on Friday.",
        "The memo is dated January 9, and the vote was on 14 July 2025.",
        "The hearing lasted 24 hours over two days in 2023.",
        "Impact scoring uses a 1-10 scale; the council voted 5-2.",
        "Call 555-867-5309 or (212) 555-0199 for details.",
        "The F-35 and the Boeing 737 flew over Route 9.",
        "Louis XIV ruled; the 2nd Battalion marched at 09:30 BST.",
        "The two companies said that the 1990s were different; N≥2 and N=1.",
        "Coverage runs 24/7 and 9/11 changed everything.",
        "It is the world's number two economy, with two-thirds of sales abroad.",
        "He voted for her four years ago.",
        "The phone ships in early '09 with timestamp=\"1449075600\".",
        "7 “Broad City” Star Asked Actors To Audition",
        "Police were called to 40 East Fifth Avenue and 10 Downing Street.",
        "A 180-pound man weighing 180 pounds was seen.",
        "He kicked a field goal with 1:12 left and 0:45 to play.",
    ],
)
def test_traps_yield_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_range_shares_its_scale() -> None:
    found = values("The offer is between $140 and $150 million; fees run $5 to $7.")
    assert found == {"$140": "USD 140000000", "$150 million": "USD 150000000", "$5": "USD 5", "$7": "USD 7"}


def test_money_in_brackets_is_a_second_fact() -> None:
    found = values("The company agreed to pay €4.5bn ($4.9bn) in cash.")
    assert found == {"€4.5bn": "EUR 4500000000", "$4.9bn": "USD 4900000000"}


def test_anchors_point_at_the_figure() -> None:
    text = "Intro line.\n\nThe city will cut 150 jobs and save $2.1 million."
    source = make_source(text)
    for fact in extract_numbers(source):
        anchor = fact.evidence[0]
        assert text[anchor.start : anchor.end] == fact.text == anchor.exact
        assert anchor.source == "t"


def test_only_body_regions_are_read() -> None:
    text = "Firm cuts 1,200 jobs\n\nThe firm said it would cut 1,200 jobs."
    body_start = text.index("The firm")
    source = Source(
        id="t",
        path="t.txt",
        sha256="0" * 64,
        text=text,
        regions=[Region(kind="title", start=0, end=body_start - 2), Region(kind="body", start=body_start, end=len(text))],
    )
    facts = extract_numbers(source)
    assert [f.evidence[0].start for f in facts] == [text.index("1,200", body_start)]


def test_ids_are_stable_and_distinct() -> None:
    text = "It paid $5m in May and another $5m in June; 40 staff left."
    first, second = extract_numbers(make_source(text)), extract_numbers(make_source(text))
    assert [f.id for f in first] == [f.id for f in second]
    assert len({f.id for f in first}) == len(first) == 3
    other = extract_numbers(make_source(text, source_id="other"))
    assert not {f.id for f in first} & {f.id for f in other}


def test_amount_helpers() -> None:
    assert parse_amount("twenty-five") == 25
    assert parse_amount("1,200", "bn") == 1_200_000_000_000
    assert format_decimal(parse_amount("4.5", "million")) == "4500000"  # type: ignore[arg-type]
    assert qualifier_mark("more than") == "+"
    assert qualifier_mark("about") == "~"
    assert qualifier_mark("") == ""



def article_values(text: str, dateline: str = "") -> dict[str, str]:
    """Money values of a whole small article (title and body), its dateline place given."""
    source = make_source(text, dateline=dateline)
    return {f.text: f.value for f in extract_numbers(source) if f.kind == "money"}


@pytest.mark.parametrize(
    ("text", "dateline", "currency"),
    [
        ("PERTH — The state will spend $2 billion on rail, the Western Australia premier said.", "PERTH", "AUD"),
        ("Grants open at 9am AEST; households can claim $5,000 each.", "", "AUD"),
        ("OTTAWA — Ontario will add $3 billion for transit in Toronto.", "OTTAWA", "CAD"),
        ("Ministers met at 10am NZST and agreed a $40 million fund for Auckland.", "", "NZD"),
        ("HONG KONG — The tycoon paid $9 billion for the tower in Kowloon.", "HONG KONG", "HKD"),
        ("Qantas, the Australian airline based in Sydney, bought jets for $4 billion.", "", "USD"),
        ("LONDON — The Toronto bank paid $2 billion for a Canada rival.", "LONDON", "USD"),
        ("SYDNEY — Profit rose to A$800 million, or $550 million, the miner said.", "SYDNEY", "USD"),
        ("SYDNEY — Sales rose to 3bn Australian dollars, or $2 billion.", "SYDNEY", "USD"),
        ("SYDNEY — The fight starts at 7 p.m. ET in New York; tickets cost $90.", "SYDNEY", "USD"),
    ],
)
def test_a_bare_dollar_follows_the_articles_locale(text: str, dateline: str, currency: str) -> None:
    found = [v for t, v in article_values(text, dateline).items() if t.lstrip("~").startswith("$")]
    assert found and {v.split()[0] for v in found} == {currency}


def test_explicit_dollar_markers_keep_their_currency() -> None:
    text = "BRISBANE — Queensland paid US$30 million and C$5 million; the rest, $70 million, came at 9am AEST."
    assert article_values(text, "BRISBANE") == {
        "US$30 million": "USD 30000000",
        "C$5 million": "CAD 5000000",
        "$70 million": "AUD 70000000",
    }


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        ("The average wage rose to ₹2,40,000 a year.", "₹2,40,000", "INR 240000"),
        ("The flat sold for Rs 1,25,00,000 last week.", "Rs 1,25,00,000", "INR 12500000"),
        ("Net profit rose to ₹412 crore.", "₹412 crore", "INR 4120000000"),
        ("It set aside ₹75 lakh for training.", "₹75 lakh", "INR 7500000"),
        ("It will borrow about Rs 700 crore.", "about Rs 700 crore", "~INR 7000000000"),
        ("A levy of INR 3,50,000 applies.", "INR 3,50,000", "INR 350000"),
        ("Sales were $1,234,567 in May.", "$1,234,567", "USD 1234567"),
    ],
)
def test_indian_amounts(sentence: str, figure: str, value: str) -> None:
    assert values(sentence).get(figure) == value


def test_lakh_counts_and_indian_grouped_counts() -> None:
    found = {text: (val, subj) for _, text, val, subj in figures("Its 1.2 lakh workers and 3,20,000 farmers gain.")}
    assert found == {"1.2 lakh": ("120000", "workers"), "3,20,000": ("320000", "farmers")}


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "subject"),
    [
        ("Mendes kicked a 46-yard field goal to win it.", "46-yard", "46", "yard"),
        ("They rallied from a 17-point deficit.", "17-point", "17", "point"),
        ("The council named a 25-man squad.", "25-man", "25", "man"),
        ("The cost of the eight ships had risen.", "eight", "8", "ships"),
        ("All four contestants stayed.", "four", "4", "contestants"),
        ("He has won nine of his last 10 starts.", "nine", "9", "starts"),
        ("Harrisburg scored 20 unanswered points.", "20", "20", "points"),
    ],
)
def test_unit_adjectives_and_counts_after_determiners(sentence: str, figure: str, value: str, subject: str) -> None:
    found = {text: (val, subj) for _, text, val, subj in figures(sentence)}
    assert found.get(figure) == (value, subject)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Dublin-based firm sold 50-odd games rated 18-rated by censors.",
        "The two firms said the three would meet.",
        "She signed a six-month deal and a 12-week review.",
        "A 31-year-old man was held.",
    ],
)
def test_no_counts_in_hyphen_and_determiner_traps(sentence: str) -> None:
    assert [f for f in figures(sentence) if f[0] == "number"] == []

def _seed_facts(seeds_dir: Path) -> dict[str, list[Fact]]:
    from factsheet.ingest import read_source

    return {p.stem: extract_numbers(read_source(p, p.stem)) for p in sorted(seeds_dir.glob("*.txt"))}


def test_seed_contract_figures_agree(seeds_dir: Path) -> None:
    facts = _seed_facts(seeds_dir)
    contracts = [
        f.value.lstrip("~")
        for fs in facts.values()
        for f in fs
        if f.kind == "money" and f.subject == "contract"
    ]
    assert set(contracts) == {"USD 200000000"}
    assert len(contracts) >= 3  # "$200 million contract", "worth about $200 million", "$200m contract"
    assert any(f.value == "USD 380000000000" and f.subject == "valuation" for fs in facts.values() for f in fs)


def test_seed_list_markers_yield_no_numbers(seeds_dir: Path) -> None:
    facts = _seed_facts(seeds_dir)
    key_facts = [f for fs in facts.values() for f in fs if f.evidence[0].prefix.endswith("- ")]
    assert key_facts == []


def test_seed_extraction_is_deterministic(seeds_dir: Path) -> None:
    first, second = _seed_facts(seeds_dir), _seed_facts(seeds_dir)
    assert {k: [f.model_dump() for f in v] for k, v in first.items()} == {
        k: [f.model_dump() for f in v] for k, v in second.items()
    }


@pytest.mark.parametrize(
    "text",
    ["1" * 20000, "$" * 20000, "1,000," * 3000, "about " * 3000, "12:30:" * 3000, "tens of hundreds of " * 1000],
)
def test_pathological_input_is_linear_and_safe(text: str) -> None:
    import time

    from factsheet.extract.dates import extract_dates

    source = make_source(text)
    started = time.process_time()
    extract_numbers(source)
    extract_dates(source)
    assert time.process_time() - started < 2.0


def test_alternation_trie_matches_like_a_longest_first_list() -> None:
    words = ["two", "twelve", "twenty", "ten", "t", "A$", "AU$", "New Zealand", "New", "ab.c"]
    trie = re.compile(r"\b" + alternation(words))
    listed = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")")
    text = "two twelve twentyone tens t tw A$ AU$5 New Zealand New Zeal abxc ab.c tWo"
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in listed.finditer(text)]
    assert trie.fullmatch("tw") is None and trie.fullmatch("abxc") is None
