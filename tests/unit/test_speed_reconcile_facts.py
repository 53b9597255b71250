"""Merged facts are validated by the sheet in one pass: each is the fact ``Fact(...)`` builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from factsheet.model import Anchor, Fact, Source
from factsheet.pipeline import build_sheet
from factsheet.reconcile import reconcile

ROOT = Path(__file__).resolve().parents[2]


def test_every_merged_fact_validates_back_to_itself() -> None:
    sheet = build_sheet([ROOT / "seeds", ROOT / "tests" / "data" / "gold" / "articles"], use_cache=False).sheet
    assert any(f.status == "disputed" for f in sheet.facts)
    assert any(len(f.evidence) > 1 for f in sheet.facts)
    for fact in sheet.facts:
        again = Fact.model_validate(fact.model_dump())
        assert again == fact
        assert again.model_dump_json() == fact.model_dump_json()
        assert fact.model_fields_set == set(Fact.model_fields)


def _source(text: str) -> Source:
    return Source(id="s1", path="s1.txt", sha256="0" * 64, text=text)


def _quote(anchor: Anchor) -> Fact:
    return Fact.model_construct(id="q-1", kind="quote", text=anchor.exact, subject="Jo Bloggs", value=anchor.exact,
                                evidence=[anchor])


@pytest.mark.parametrize(
    "anchor",
    [
        Anchor.model_construct(source="s1", start=0, end=5, exact="We wo", prefix="", suffix=""),  # text differs
        Anchor.model_construct(source="s1", start=0, end=9, exact="We will", prefix="", suffix=""),  # length differs
        Anchor.model_construct(source="s1", start=30, end=37, exact="We will", prefix="", suffix=""),  # past the end
        Anchor.model_construct(source="s9", start=0, end=7, exact="We will", prefix="", suffix=""),  # no such source
    ],
)
def test_the_sheet_still_refuses_an_anchor_that_does_not_fit(anchor: Anchor) -> None:
    with pytest.raises(ValueError):
        reconcile([_source("We will go, Jo Bloggs said.")], [_quote(anchor)])


def test_an_anchor_that_fits_is_accepted() -> None:
    source = _source("We will go, Jo Bloggs said.")
    sheet = reconcile([source], [_quote(Anchor.of(source, 0, 7))])
    assert [a.exact for f in sheet.facts for a in f.evidence] == ["We will"]
