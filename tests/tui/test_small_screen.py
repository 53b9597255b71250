"""At 80x24 every part of a dialog and of the fact detail that the editor needs is on screen."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from factsheet.tui.app import FactsheetApp
from factsheet.tui.screens.resolve import ResolveScreen
from tests.tui.conftest import screen_text
from tests.tui.fixtures import run_async
from tests.tui.test_workflows import go_to_discrepancy

SIZE = (80, 24)
LONG = "We will not take risks with people's lives, and we will rebuild the bridge stronger than before " * 3


@run_async
async def test_resolve_dialog_fits_with_a_long_summary(make_app) -> None:
    from tests.tui.fixtures import bridge_sheet

    sheet = bridge_sheet()
    d = next(d for d in sheet.discrepancies if d.id == "x-okafor-quote")
    d.summary = LONG
    d.variants[0].value = LONG.strip()
    app: FactsheetApp = make_app(sheet)
    async with app.run_test(size=SIZE) as pilot:
        await go_to_discrepancy(app, pilot, "x-okafor-quote")
        await pilot.press("r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResolveScreen)
        visible = screen.region
        for widget in (screen.query_one(OptionList), screen.query_one(Input), screen.query_one(".dialog-hint")):
            region = widget.region
            assert region.height > 0 and visible.contains_region(region), (widget, region)
            assert screen.find_widget(widget).region == region  # laid out, not clipped away
        assert "Escape to cancel" in screen_text(app)
        await pilot.press("down", "enter")  # the second variant, reachable by keys
        await pilot.pause()
        resolved = next(d for d in app.sheet.discrepancies if d.id == "x-okafor-quote")
        assert resolved.resolution == d.variants[1].value


@run_async
async def test_fact_note_shows_in_the_detail(make_app) -> None:
    app: FactsheetApp = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", *"ask the mayor", "enter")
        await pilot.pause()
        assert app.current_fact() is not None and app.current_fact().note == "ask the mayor"
        assert "note: ask the mayor" in screen_text(app)
