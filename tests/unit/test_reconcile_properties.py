"""Properties of reconcile on generated facts: it never raises, loses no passage, and is deterministic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.model import Anchor, Fact, Source
from factsheet.reconcile import reconcile

KINDS = ("quote", "role", "money", "number", "date", "time", "duration")
VALUES = {
    "quote": st.text(min_size=0, max_size=60),
    "role": st.sampled_from(["Deputy Secretary", "Under Secretary of Defence", "CEO", "former mayor of X", "", "[b]"]),
    "money": st.sampled_from(["USD 200000000", "~USD 200000000", "EUR 5", "USD 0", "USD 99999999999999999999", "junk"]),
    "number": st.sampled_from(["800", "~800", "~100+", "12.5%", "0", "-3", "x"]),
    "date": st.sampled_from(["2026-02-27", "--02-27", "--02-30", "Friday", "0001-01-01", "9999-12-31", "soon"]),
    "time": st.sampled_from(["T17", "T17:01", "9999-12-31T23:59 Pacific/Kiritimati", "0001-01-01T00:00 UTC", "T22:01 UTC",
                             "T17:00 America/New_York", "T25", "T17 Nowhere/City"]),
    "duration": st.sampled_from(["P6M", "~P1W", "PT24H", "P", "P0D"]),
}
SUBJECTS = st.sampled_from(["", "deadline", "Jane Roe", "Roe", "the Pentagon", "DoD", "people", "[bold]x", "\x1b[31m"])


@st.composite
def corpora(draw: st.DrawFn) -> tuple[list[Source], list[Fact]]:
    texts = draw(st.lists(st.text(min_size=1, max_size=80), min_size=1, max_size=4))
    sources = [Source(id=f"s{i}", path=f"s{i}.txt", sha256="0" * 64, text=t) for i, t in enumerate(texts)]
    facts: list[Fact] = []
    for n in range(draw(st.integers(0, 12))):
        source = draw(st.sampled_from(sources))
        start = draw(st.integers(0, len(source.text)))
        end = draw(st.integers(start, len(source.text)))
        kind = draw(st.sampled_from(KINDS))
        facts.append(Fact(id=f"f{n}", kind=kind, text=source.text[start:end], subject=draw(SUBJECTS),
                          value=draw(VALUES[kind]), evidence=[Anchor.of(source, start, end)]))
    return sources, facts


@settings(max_examples=150, deadline=None)
@given(corpora())
def test_reconcile_never_raises_and_keeps_every_passage(corpus: tuple[list[Source], list[Fact]]) -> None:
    sources, facts = corpus
    sheet = reconcile(sources, facts)
    passages_in = {(a.source, a.start, a.end) for f in facts for a in f.evidence}
    passages_out = [(a.source, a.start, a.end) for f in sheet.facts for a in f.evidence]
    assert set(passages_out) >= passages_in
    assert len({f.id for f in sheet.facts}) == len(sheet.facts)
    assert len({d.id for d in sheet.discrepancies}) == len(sheet.discrepancies)
    known = {f.id for f in sheet.facts}
    assert all(fid in known for d in sheet.discrepancies for fid in d.fact_ids)
    assert reconcile(sources, list(reversed(facts))).model_dump(mode="json") == sheet.model_dump(mode="json")
