"""Golden exports of the seeds, and the shipped ``exports/`` kept current.

Regenerate after a deliberate change to extraction or rendering with
``FACTSHEET_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/unit/test_export_golden.py`` (golden files) and
``factsheet export seeds`` (the shipped exports), then review the diff.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from factsheet.export.markdown import render_markdown
from factsheet.export.select import for_export
from factsheet.export.toml import dump_toml, load_toml
from factsheet.model import FactSheet
from factsheet.pipeline import build_sheet
from factsheet.review import ReviewSession, default_review_path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "golden"
GENERATED = datetime(2026, 2, 28, 12, 0, tzinfo=UTC)
UPDATE = os.environ.get("FACTSHEET_UPDATE_GOLDEN") == "1"
HINT = "run FACTSHEET_UPDATE_GOLDEN=1 pytest tests/unit/test_export_golden.py if the change is deliberate"


@pytest.fixture(scope="module")
def seeds_sheet() -> FactSheet:
    cwd = Path.cwd()
    os.chdir(ROOT)  # relative paths, as `factsheet export seeds` records them
    try:
        result = build_sheet([Path("seeds")], use_cache=False)
    finally:
        os.chdir(cwd)
    assert len(result.sheet.sources) == 4 and result.sheet.facts
    return result.sheet


def _check(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, f"{name} differs from the golden file: {HINT}"


def test_seeds_markdown_matches_golden(seeds_sheet: FactSheet) -> None:
    markdown = render_markdown(for_export(seeds_sheet, curated=False), GENERATED, all_facts=seeds_sheet)
    _check("seeds.md", markdown)
    tokens = MarkdownIt("commonmark").use(footnote_plugin).parse(markdown)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
    assert not kinds & {"html_block", "html_inline", "link_open", "image", "code_block", "fence", "hr"}
    refs = set(re.findall(r"\[\^(\d+)\](?!:)", markdown))
    defined = set(re.findall(r"^\[\^(\d+)\]:", markdown, flags=re.MULTILINE))
    assert refs == defined, "every footnote cited is defined, and every one defined is cited"


def test_seeds_toml_matches_golden_and_round_trips(seeds_sheet: FactSheet) -> None:
    text = dump_toml(seeds_sheet, GENERATED)
    _check("seeds.toml", text)
    loaded, generated = load_toml(text)
    assert generated == GENERATED and loaded.model_dump() == seeds_sheet.model_dump()


def test_shipped_exports_hold_the_current_seeds_sheet(seeds_sheet: FactSheet) -> None:
    session = ReviewSession.open(seeds_sheet, default_review_path([ROOT / "seeds"]), "test")
    hint = "run 'factsheet export seeds' and commit exports/"
    shipped, generated = load_toml((ROOT / "exports" / "factsheet.toml").read_text(encoding="utf-8"))
    assert shipped.model_dump() == for_export(session.sheet, curated=False).model_dump(), hint
    markdown = (ROOT / "exports" / "factsheet.md").read_text(encoding="utf-8")
    expected = render_markdown(for_export(session.sheet, curated=False), generated, all_facts=session.sheet)
    assert markdown == expected, hint
