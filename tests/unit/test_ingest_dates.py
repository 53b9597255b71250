"""Full dates in date lines, bylines and datelines."""

from __future__ import annotations

from datetime import date

import pytest

from factsheet.ingest.dates import find_full_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date 2026-02-28", date(2026, 2, 28)),
        ("Published: 2012.08.08 09:01 AM", date(2012, 8, 8)),
        ("February 28, 2026", date(2026, 2, 28)),
        ("Feb. 28, 2026", date(2026, 2, 28)),
        ("Sept 8, 2010", date(2010, 9, 8)),
        ("WEDNESDAY, APRIL 24TH, 2013 AT 10:40 AM", date(2013, 4, 24)),
        ("28th February 2026", date(2026, 2, 28)),
        ("Updated: 09 Sep 2013 11:25 GMT", date(2013, 9, 9)),
        ("11/30/09 05:40 PM ET", date(2009, 11, 30)),
        ("Last updated 13:26 14/09/2013", date(2013, 9, 14)),
    ],
)
def test_full_dates(text: str, expected: date) -> None:
    found = find_full_date(text)
    assert found is not None and found[0] == expected
    assert text[found[1] : found[2]].strip()


@pytest.mark.parametrize("text", ["Feb 28", "2026-13-01", "February 30, 2026", "at 5:01 pm Friday", "in 2026"])
def test_no_full_date(text: str) -> None:
    assert find_full_date(text) is None


def test_first_valid_date_wins() -> None:
    found = find_full_date("February 30, 2026 or rather March 1, 2026")
    assert found is not None and found[0] == date(2026, 3, 1)
