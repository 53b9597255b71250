"""The shipped seeds: titles, the date of 001, and the boilerplate of 000 and 003."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factsheet.ingest import load_sources
from factsheet.model import Source


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, Source]:
    result = load_sources([seeds_dir])
    assert result.problems == []
    return {s.id[:3]: s for s in result.sources}


def kind_at(source: Source, needle: str) -> str:
    at = source.text.index(needle)
    return next(r.kind for r in source.regions if r.start <= at < r.end)


def test_four_seeds_with_titles(seeds: dict[str, Source]) -> None:
    assert sorted(seeds) == ["000", "001", "002", "003"]
    for source in seeds.values():
        assert source.title.strip()
        assert source.words("body") > 300
    assert seeds["003"].title.startswith("Anthropic Defies Pentagon")


def test_001_date_and_dateline(seeds: dict[str, Source]) -> None:
    assert seeds["001"].date == date(2026, 2, 28)
    assert seeds["001"].dateline.startswith("WASHINGTON")
    assert kind_at(seeds["001"], "WASHINGTON") == "dateline"
    assert kind_at(seeds["001"], "OpenAI said yesterday") == "body"


def test_000_title_repeat_and_risk_warning(seeds: dict[str, Source]) -> None:
    source = seeds["000"]
    assert [r.kind for r in source.regions[:2]] == ["title", "title"]
    assert kind_at(source, "Risk Warning") == "boilerplate"
    assert kind_at(source, "This article does not constitute") == "boilerplate"
    assert kind_at(source, "The compliance dispute") == "body"


def test_003_methodology_and_table_are_boilerplate(seeds: dict[str, Source]) -> None:
    source = seeds["003"]
    text = source.text
    box = text.index("How we covered this story")
    assert all(r.kind == "boilerplate" for r in source.regions if r.end > box)
    assert kind_at(source, "| Signal on this page") == "boilerplate"
    assert kind_at(source, "Key Takeaways") == "boilerplate"
    assert kind_at(source, "- 1The Pentagon") == "boilerplate"
    assert kind_at(source, "The Pentagon has set a Friday") == "body"
    body = " ".join(text[r.start : r.end] for r in source.body_regions())
    assert "Verified by N sources" not in body and "|" not in body


def test_regions_and_sentences_lie_in_the_text(seeds: dict[str, Source]) -> None:
    for source in seeds.values():
        n = len(source.text)
        previous = 0
        for region in source.regions:
            assert previous <= region.start < region.end <= n
            previous = region.end
        bodies = source.body_regions()
        for span in source.sentences:
            assert any(r.start <= span.start and span.end <= r.end for r in bodies)
        assert len(source.sentences) >= 20
