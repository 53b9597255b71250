"""An anchor checks itself once, when built; a sheet handed built anchors checks only that they fit their sources."""

from __future__ import annotations

import json
import re

import pytest
from pydantic import ValidationError

from factsheet.model import Anchor, Fact, FactSheet, Source


def _source(text: str) -> Source:
    return Source(id="s1", path="s1.txt", sha256="0" * 64, text=text)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"start": 5, "end": 3, "exact": ""}, "anchor end 3 is before its start 5"),
        ({"start": 0, "end": 2, "exact": "abc"}, "anchor exact text has 3 characters but spans 2 (0-2)"),
    ],
)
def test_an_inconsistent_anchor_is_refused_when_built(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        Anchor(source="s1", **fields)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=re.escape(message)):
        Anchor.model_validate_json(json.dumps({"source": "s1", **fields}))


def test_an_invalid_field_is_reported_alone() -> None:
    with pytest.raises(ValidationError) as error:
        Anchor(source="s1", start=-1, end=2, exact="ab")
    assert [e["loc"] for e in error.value.errors()] == [("start",)]


def test_a_sheet_keeps_the_anchors_it_is_handed() -> None:
    source = _source("We will go, Jo Bloggs said.")
    anchor = Anchor.of(source, 0, 7)
    fact = Fact(id="q-1", kind="quote", text="We will", evidence=[anchor])
    sheet = FactSheet.model_validate({"sources": [source], "facts": [fact.model_dump() | {"evidence": [anchor]}]})
    assert sheet.facts[0].evidence[0] is anchor


@pytest.mark.parametrize(
    "anchor",
    [
        Anchor.model_construct(source="s1", start=5, end=3, exact="", prefix="", suffix=""),  # ends before it starts
        Anchor.model_construct(source="s1", start=0, end=9, exact="We will", prefix="", suffix=""),  # length differs
    ],
)
def test_a_sheet_refuses_an_anchor_built_without_validation_that_is_inconsistent(anchor: Anchor) -> None:
    source = _source("We will go, Jo Bloggs said.")
    fact = Fact.model_construct(id="q-1", kind="quote", text="We will", subject="", value="", evidence=[anchor],
                                status="unreviewed", note="")
    with pytest.raises(ValidationError, match="is not the source's text there"):
        FactSheet(sources=[source], facts=[fact])
