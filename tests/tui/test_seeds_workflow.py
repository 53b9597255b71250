"""The issue's workflow on the shipped seeds: Emil Michael's title, a note, undo, a confirmed fact, an export."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from factsheet.tui.app import FactsheetApp
from factsheet.tui.filters import open_discrepancy_facts
from tests.tui.fixtures import run_async


@pytest.fixture(scope="module")
def seeds_sheet(seeds_dir: Path):
    from factsheet.pipeline import build_sheet

    return build_sheet([seeds_dir], use_cache=False).sheet


@run_async
async def test_emil_michael_workflow(seeds_sheet, tmp_path: Path) -> None:
    from factsheet.export.toml import load_toml

    review = tmp_path / "seeds.review.toml"
    app = FactsheetApp(sheet=seeds_sheet, review_path=review, editor="tester", export_dir=tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("3")
        pane = app.discrepancies_pane
        for _ in range(len(seeds_sheet.discrepancies)):
            if pane.current is not None and pane.current.kind == "role" and "Emil Michael" in pane.current.subject:
                break
            await pilot.press("down")
        target = pane.current
        assert target is not None and target.kind == "role" and "Emil Michael" in target.subject
        assert len(target.variants) >= 2

        await pilot.press("r", "down", "enter")  # the second variant
        await pilot.pause()
        chosen = target.variants[1].value
        saved = tomllib.loads(review.read_text(encoding="utf-8"))
        assert saved["discrepancies"][target.id]["status"]["resolution"] == chosen

        await pilot.press("n", *"checked his bio", "enter", "u")
        await pilot.pause()
        current = next(d for d in app.sheet.discrepancies if d.id == target.id)
        assert current.note == "" and current.status == "resolved" and current.resolution == chosen

        await pilot.press("1")
        free = next(f for f in app.sheet.facts if f.id not in open_discrepancy_facts(app.sheet))
        assert app.facts_pane.table.select(free.id)
        await pilot.press("c")
        await pilot.pause()
        assert app.sheet.fact(free.id).status == "confirmed"

        app.action_export("toml")
        await pilot.pause()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        exported, _ = load_toml((tmp_path / "factsheet.toml").read_text(encoding="utf-8"))
        assert exported.fact(free.id).status == "confirmed"
        assert next(d for d in exported.discrepancies if d.id == target.id).resolution == chosen
