"""The figure and time extractors build their facts' fields and validate them in one call; the facts are
those built one at a time, each with ``Fact(...)`` around ``Anchor.of(...)``."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract.figure_facts import FactMaker
from factsheet.kinds import FACT_KINDS
from factsheet.model import Anchor, Fact, Source, anchor_fields, stable_id

_PREFIX = {"money": "m", "number": "n", "date": "d", "time": "t", "duration": "p"}
_KINDS = [k for k in FACT_KINDS if k in _PREFIX]


def _source(text: str) -> Source:
    return Source(id="src-1", path="a.txt", sha256="0" * 64, text=text)


def _plain(source: Source, calls: list[tuple[str, int, int, str, str]]) -> list[Fact]:
    """One fact per call, built and validated one at a time, the id counting earlier calls with the same key."""
    seen: dict[tuple[str, str, str], int] = {}
    facts = []
    for kind, start, end, value, subject in calls:
        seen[(kind, value, subject)] = seen.get((kind, value, subject), 0) + 1
        count = str(seen[(kind, value, subject)])
        facts.append(
            Fact(
                id=stable_id(_PREFIX[kind], source.id, kind, value, subject, count),
                kind=kind,
                text=source.text[start:end],
                subject=subject,
                value=value,
                evidence=[Anchor.of(source, start, end)],
            )
        )
    return facts


@st.composite
def _calls(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, int, str, str]]]:
    text = draw(st.text(alphabet="ab 1$\n€", max_size=90))
    spans = st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted)
    call = st.tuples(st.sampled_from(_KINDS), spans, st.sampled_from(["1", "2", ""]), st.sampled_from(["", "x"]))
    return text, [(k, a, b, v, s) for k, (a, b), v, s in draw(st.lists(call, max_size=6))]


@settings(max_examples=300, deadline=None)
@given(_calls())
def test_facts_are_those_built_one_at_a_time(case: tuple[str, list[tuple[str, int, int, str, str]]]) -> None:
    text, calls = case
    source = _source(text)
    maker = FactMaker(source)
    for call in calls:
        maker.add(*call)  # type: ignore[arg-type]
    found, expected = maker.facts(), _plain(source, calls)
    assert found == expected
    assert [f.model_fields_set for f in found] == [f.model_fields_set for f in expected]
    assert [a.model_fields_set for f in found for a in f.evidence] == [
        a.model_fields_set for f in expected for a in f.evidence
    ]
    assert [f.model_dump_json() for f in found] == [f.model_dump_json() for f in expected]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120), st.data())
def test_anchor_fields_are_those_of_anchor_of(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    source = _source(text)
    assert Anchor(**anchor_fields(source, start, end)) == Anchor.of(source, start, end)


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2), (4, 6), (6, 6)])
def test_a_span_outside_the_text_has_no_anchor_fields(start: int, end: int) -> None:
    source = _source("a $5")
    message = re.escape(f"span {start}-{end} is outside source 'src-1' (4 characters)")
    with pytest.raises(ValueError, match=message):
        anchor_fields(source, start, end)
    with pytest.raises(ValueError, match=message):
        Anchor.of(source, start, end)
    with pytest.raises(ValueError, match=message):
        FactMaker(source).add("money", start, end, "USD 5")
