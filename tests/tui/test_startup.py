"""The first frame is the loading screen alone; the panes are mounted right after it.

Keys typed ahead of the panes (escape, the command palette) must not reach for them.
"""

from __future__ import annotations

from pathlib import Path

from factsheet.tui.app import FactsheetApp
from tests.tui.conftest import screen_text, until_loaded
from tests.tui.fixtures import bridge_sheet, run_async

SIZE = (100, 30)


def _build_returns_bridge_sheet(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The app's load builds the small bridge sheet instead of reading articles."""
    import factsheet.pipeline as pipeline
    from factsheet.pipeline import BuildResult

    monkeypatch.setattr(pipeline, "build_sheet", lambda paths, **kwargs: BuildResult(bridge_sheet(), problems=[]))


@run_async
async def test_panes_are_mounted_then_the_loaded_sheet_shown(tmp_path: Path, monkeypatch) -> None:
    _build_returns_bridge_sheet(monkeypatch)
    app = FactsheetApp([tmp_path], review_path=tmp_path / "r.toml", editor="tester")
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(app, pilot)
        assert app.panes_mounted and app.session is not None
        assert app.query_one("#panes").display and not app.query_one("#loading").display
        assert [child.id for child in app.screen.children] == ["status", "loading", "panes", "footer"]
        await pilot.pause()
        assert app.focused is app.facts_pane.table
        # the detail lines were first filled while the pane was hidden (no width): drawn again at full width
        await pilot.pause()
        detail = next(line for line in screen_text(app).splitlines() if " of " in line and " facts" in line)
        assert "\u2026" not in detail and "subject:" in detail


@run_async
async def test_keys_typed_before_the_panes_are_mounted(tmp_path: Path, monkeypatch) -> None:
    async def not_yet(self: FactsheetApp) -> None:  # the moment between the first frame and the panes
        return None

    monkeypatch.setattr(FactsheetApp, "_first_load", not_yet)
    app = FactsheetApp([tmp_path], review_path=tmp_path / "r.toml", editor="tester")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.panes_mounted and not app.query("#panes")
        assert "Reading the articles" in screen_text(app)
        await pilot.press("escape", "1", "slash", "c")
        from factsheet.tui.commands import FactsheetCommands

        provider = FactsheetCommands(app.screen)
        assert [hit.text async for hit in provider.discover()] == ["Toggle dark/light theme"]
        assert app.is_running


@run_async
async def test_quit_typed_ahead_of_the_panes(tmp_path: Path) -> None:
    app = FactsheetApp([tmp_path], review_path=tmp_path / "r.toml", editor="tester")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
    assert app.return_code == 0  # and nothing raised, whether or not the panes were mounted in time


@run_async
async def test_help_opened_before_the_panes_are_mounted(tmp_path: Path, monkeypatch) -> None:
    """Help (or the palette) open on top when the panes are mounted and the sheet loads: no crash."""
    _build_returns_bridge_sheet(monkeypatch)
    first_load = FactsheetApp._first_load

    async def help_first(self: FactsheetApp) -> None:
        self.action_help()
        await first_load(self)

    monkeypatch.setattr(FactsheetApp, "_first_load", help_first)
    app = FactsheetApp([tmp_path], review_path=tmp_path / "r.toml", editor="tester")
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(app, pilot)
        assert app.is_running and app.panes_mounted and app.session is not None
        await pilot.press("escape")
        await pilot.pause()
        assert app.query_one("#panes").display and not app.query_one("#loading").display
