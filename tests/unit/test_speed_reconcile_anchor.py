"""An anchor checks itself once, when it is validated; a fact takes the anchors it is handed as they are, and the
sheet's check is the gate: it refuses an anchor built without validation that does not fit its source, or, for
a source without text, that is not consistent in itself."""

from __future__ import annotations

import json
import re

import pytest
from pydantic import ValidationError

from factsheet import model
from factsheet.model import Anchor, Fact, FactSheet, Source

TEXT = "We will go, Jo Bloggs said."


def _source(text: str) -> Source:
    return Source(id="s1", path="s1.txt", sha256="0" * 64, text=text)


def _fact(anchor: Anchor) -> Fact:
    return Fact(id="q-1", kind="quote", text="We will", evidence=[anchor])


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, str]]:
    """The anchors whose consistency is checked, as they are checked."""
    seen: list[tuple[int, int, str]] = []
    check = model._inconsistency

    def counting(start: int, end: int, exact: str) -> str | None:
        seen.append((start, end, exact))
        return check(start, end, exact)

    monkeypatch.setattr(model, "_inconsistency", counting)
    return seen


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
    with pytest.raises(ValidationError, match=re.escape(message)):
        Fact.model_validate({"id": "q-1", "kind": "quote", "text": "", "evidence": [{"source": "s1", **fields}]})


def test_an_invalid_field_is_reported_alone() -> None:
    with pytest.raises(ValidationError) as error:
        Anchor(source="s1", start=-1, end=2, exact="ab")
    assert [e["loc"] for e in error.value.errors()] == [("start",)]


def test_an_anchor_is_checked_once_when_built_and_not_again_by_its_fact_or_sheet(
    checks: list[tuple[int, int, str]],
) -> None:
    source = _source(TEXT)
    anchor = Anchor.of(source, 0, 7)
    assert checks == [(0, 7, "We will")]
    fact = _fact(anchor)
    sheet = FactSheet.model_validate({"sources": [source], "facts": [fact.model_dump() | {"evidence": [anchor]}]})
    FactSheet(sources=[source], facts=[fact])
    assert checks == [(0, 7, "We will")]  # (an "after" validator on the anchor would run once per fact and sheet)
    assert sheet.facts[0].evidence[0] is anchor


def _unvalidated(start: int, end: int, exact: str) -> Anchor:
    return Anchor.model_construct(source="s1", start=start, end=end, exact=exact, prefix="", suffix="")


UNVALIDATED = {
    "ends before it starts": _unvalidated(5, 3, ""),
    "length differs": _unvalidated(0, 9, "We will"),
    "copied with a new end": Anchor.of(_source(TEXT), 0, 2).model_copy(update={"end": 5}),
    "starts before the text": _unvalidated(-6, -1, "said."),
}


@pytest.mark.parametrize("anchor", UNVALIDATED.values(), ids=UNVALIDATED.keys())
def test_a_fact_takes_an_anchor_built_without_validation_as_it_is(anchor: Anchor) -> None:
    assert _fact(anchor).evidence[0] is anchor  # pydantic's design: the sheet is the gate


@pytest.mark.parametrize("anchor", UNVALIDATED.values(), ids=UNVALIDATED.keys())
def test_a_sheet_refuses_an_inconsistent_anchor_built_without_validation(anchor: Anchor) -> None:
    problem = anchor.inconsistency()
    assert problem is not None
    assert anchor.mismatch(TEXT) == problem
    for text in (TEXT, ""):  # a source with its text, and one without (a sheet read back from a file)
        with pytest.raises(ValidationError, match=re.escape(f"fact q-1: {problem}")):
            FactSheet(sources=[_source(text)], facts=[_fact(anchor)])
    with pytest.raises(ValidationError, match=re.escape(f"fact q-1: {problem}")):
        FactSheet(facts=[_fact(anchor)])  # a sheet with no sources


def test_a_negative_start_does_not_fit_though_the_text_ends_with_the_exact_text() -> None:
    anchor = _unvalidated(-3, 0, "llo")
    assert anchor.mismatch("hello") == "anchor -3-0 of source 's1': anchor start -3 is negative"


def test_a_consistent_anchor_passes_a_source_without_text_and_fits_one_with_its_text() -> None:
    anchor = Anchor.of(_source(TEXT), 12, 21)
    for text in (TEXT, ""):
        assert FactSheet(sources=[_source(text)], facts=[_fact(anchor)]).facts[0].evidence == [anchor]
    moved = _unvalidated(0, 9, "Jo Bloggs")
    assert moved.inconsistency() is None
    assert moved.mismatch(TEXT) == (
        "anchor 0-9 of source 's1': exact text 'Jo Bloggs' is not the source's text there ('We will g')"
    )
