"""Garbage collection tuning: the sheet is frozen once per load, and a reload or exit unfreezes it."""

from __future__ import annotations

import gc
import weakref

from factsheet.tui.app import FactsheetApp
from tests.tui.fixtures import run_async

SIZE = (100, 30)


class Cycle:
    """An object only the cycle collector can free."""

    def __init__(self) -> None:
        self.me = self


@run_async
async def test_decisions_and_jumps_freeze_nothing_more(make_app) -> None:
    app: FactsheetApp = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        frozen = gc.get_freeze_count()
        assert frozen > 0  # the loaded sheet is out of the collector's way
        await pilot.press("slash", *"vehicles", "enter", "c", "x", "u", "enter", "1", "enter", "2", "3")
        await pilot.pause()
        assert gc.get_freeze_count() <= frozen  # (frozen objects freed by reference counting leave the count)
    assert gc.get_freeze_count() == 0  # exit gives every object back to the collector


@run_async
async def test_reload_collects_what_the_last_load_froze(make_app) -> None:
    app: FactsheetApp = make_app()
    probe = Cycle()
    alive = weakref.ref(probe)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"vehicles", "enter", "c")  # a decision, then garbage left by the first load
        await pilot.pause()
        del probe
        app.action_reload()
        await pilot.pause()
        assert alive() is None
        assert gc.get_freeze_count() > 0
        assert app.sheet is not None and app.sheet.fact("n-vehicles").status == "confirmed"
