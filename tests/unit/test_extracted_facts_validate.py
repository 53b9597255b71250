"""Facts the extractors build without a second validation (``model_construct``) are valid facts.

Quotes and roles are built from parts already checked; this holds them to the model:
every fact validates back to an equal fact with the same JSON.
"""

from __future__ import annotations

from pathlib import Path

from factsheet.extract import extract_facts
from factsheet.ingest.files import discover
from factsheet.ingest.ids import source_ids
from factsheet.model import Fact
from factsheet.pipeline import analyse_file

ROOT = Path(__file__).resolve().parents[2]


def test_every_extracted_fact_validates_back_to_itself() -> None:
    found = discover([ROOT / "seeds", ROOT / "tests" / "data" / "gold" / "articles"])
    kinds: set[str] = set()
    for path, source_id in zip(found.files, source_ids(found.files), strict=True):
        outcome = analyse_file(path, source_id, use_cache=False)
        assert outcome.source is not None
        for fact in extract_facts(outcome.source):
            again = Fact.model_validate(fact.model_dump())
            assert again == fact
            assert again.model_dump_json() == fact.model_dump_json()
            kinds.add(fact.kind)
    assert {"quote", "role"} <= kinds
