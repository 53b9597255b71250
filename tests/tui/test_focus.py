"""Focus: `/` from any pane lands in the search box, and letters typed there never reach review keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from factsheet.tui.app import FactsheetApp
from tests.tui.fixtures import run_async

SIZE = (100, 30)


@pytest.mark.parametrize("pane_key", ["1", "2", "3"])
@run_async
async def test_slash_from_any_pane_types_into_search(make_app, pane_key: str) -> None:
    app: FactsheetApp = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(pane_key)
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        assert app.pane == "facts"
        assert app.focused is app.facts_pane.search
        await pilot.press(*"abc", *"zzq")  # c confirms, x rejects, q quits: none may fire
        await pilot.pause()
        assert app.is_running
        assert app.facts_pane.search.value == "abczzq"
        assert app.focused is app.facts_pane.search
        assert not Path(app.review_path).exists() or "confirmed" not in Path(app.review_path).read_text()
        assert all(f.status == "unreviewed" for f in app.sheet.facts)


@run_async
async def test_review_keys_refused_while_an_input_has_focus(make_app) -> None:
    app: FactsheetApp = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.focused, Input)
        for action in ("confirm", "reject", "undo", "note", "edit_value"):
            assert not app.check_action(action, ())
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is app.facts_pane.table
        assert app.check_action("confirm", ())


@run_async
async def test_footer_offers_no_letter_keys_while_typing(make_app) -> None:
    from textual.widgets._footer import FooterKey

    app: FactsheetApp = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert {"Quit", "Help"} <= {k.description for k in app.query(FooterKey)}
        await pilot.press("n")  # the note prompt: letters go into its box
        await pilot.pause()
        await pilot.pause()
        shown = {k.description for k in app.query(FooterKey)}
        assert not shown & {"Quit", "Help"}
        await pilot.press(*"q?", "enter")
        await pilot.pause()
        assert app.is_running and app.current_fact().note == "q?"
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
