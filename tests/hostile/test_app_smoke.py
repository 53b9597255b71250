"""The review app on the generated hostile articles (through the real pipeline): it loads, stays inert, keeps running.

The TUI engineer's own test covers every pane on a hand-built hostile sheet;
this smoke runs the app the way an editor would, on files, bad inputs included.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.hostile import checks
from tests.hostile.generate import Case
from tests.hostile.test_verbs import TEXT_CASES

SIZE = (160, 48)
LOAD_SECONDS = 60


def _screen(app: object) -> str:
    """What the terminal shows, as plain text."""
    strips = app.screen._compositor.render_strips()  # type: ignore[attr-defined]
    return "\n".join(strip.text for strip in strips)


def test_app_on_hostile_articles(hostile: tuple[Path, dict[str, Case]], tmp_path: Path) -> None:
    pytest.importorskip("textual")
    from factsheet.tui.app import FactsheetApp

    good, cases = hostile
    bad = [p for name in ("nul_bytes", "hostile_name_empty", "dangling_symlink") for p in cases[name].paths]
    paths = [good, *(p for name in TEXT_CASES for p in cases[name].paths), *bad]
    review = tmp_path / "hostile.review.toml"
    app = FactsheetApp(paths, review_path=review, editor="ed\x1b[31mitor", export_dir=tmp_path / "exports")

    async def drive() -> dict[str, str]:
        screens: dict[str, str] = {}
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(LOAD_SECONDS * 10):
                if app.session is not None:
                    break
                await asyncio.sleep(0.1)
            assert app.session is not None, _screen(app)
            await pilot.pause()
            screens["facts"] = _screen(app)
            for key, pane in (("2", "sources"), ("3", "discrepancies"), ("question_mark", "help")):
                await pilot.press(key)
                await pilot.pause()
                screens[pane] = _screen(app)
                if pane == "help":
                    await pilot.press("escape")
            await pilot.press("1", "x")  # reject the fact under the cursor: saved at once
            await pilot.pause()
            assert app.is_running
        return screens

    screens = asyncio.run(drive())
    assert app.session is not None
    assert len(app.session.sheet.sources) == len(list(good.iterdir())) + sum(cases[n].loads for n in TEXT_CASES)
    assert all(any(str(p) in problem for problem in app.problems) for p in bad)
    for pane, text in screens.items():
        checks.assert_inert(text, f"app {pane} pane")
    assert "[bold red]ALERT[/bold" in screens["sources"]  # the title as typed (the list cuts it short)
    assert review.exists() and app.session.decisions  # the rejection was written
