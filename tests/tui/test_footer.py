"""The footer shows each pane's keys and is rebuilt only when they change (a pane switch stays cheap)."""

from __future__ import annotations

from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from factsheet.tui.app import FactsheetApp
from tests.tui.fixtures import run_async

SIZE = (160, 30)


def footer_keys(app: FactsheetApp) -> list[FooterKey]:
    return list(app.query_one(Footer).query(FooterKey))


@run_async
async def test_footer_follows_the_pane_and_is_not_rebuilt_for_nothing(make_app) -> None:
    app: FactsheetApp = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        facts_keys = footer_keys(app)
        assert "confirm" in {k.action for k in facts_keys}
        await pilot.press("3")
        await pilot.pause()
        actions = {k.action for k in footer_keys(app)}
        assert "resolve" in actions and "confirm" not in actions
        await pilot.press("1")
        await pilot.pause()
        first = footer_keys(app)
        assert "confirm" in {k.action for k in first}
        app.refresh_bindings()  # nothing the footer shows has changed
        app.facts_pane.table.focus()
        await pilot.pause()
        await pilot.pause()
        assert footer_keys(app) == first and all(a is b for a, b in zip(footer_keys(app), first))
