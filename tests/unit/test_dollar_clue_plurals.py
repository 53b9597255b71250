"""The locale scan for a bare "$" accepts a plural only where the clue is a dollar ("Australian dollars")."""

from __future__ import annotations

from factsheet.extract.amounts import local_dollar
from factsheet.extract.numbers import extract_numbers
from tests.helpers import body_source


def test_a_plural_that_is_not_a_dollar_clue_is_no_clue() -> None:
    # "AEST"/"Sydney" are Australian clues; "AESTs" and "Sydneys" are no clue at all (and must not crash)
    assert local_dollar("The clinic charged $1,200 for two AESTs and three Sydneys.") == "USD"
    assert local_dollar("Five CTs cost the hospital $900 each.") == "USD"


def test_dollars_in_the_plural_are_still_a_marker() -> None:
    # in an Australian story a bare "$" is Australian, unless the article names Australian dollars
    # explicitly (a marker: then its bare "$" are US dollars); the plural must count as that marker
    base = "Officials in Sydney and Brisbane said the fund lent $2 million, AEST reports."
    assert local_dollar(base) == "AUD"
    assert local_dollar(base + " It holds 40 million Australian dollars.") == "USD"


def test_an_article_with_such_plurals_extracts_its_money() -> None:
    source = body_source("The clinic charged $1,200 for two AESTs, its director said on Monday.")
    values = [f.value for f in extract_numbers(source) if f.kind == "money"]
    assert values and values[0].startswith("USD")
