"""Fixtures for the app's tests: an app on a hand-built sheet with its own review file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factsheet.model import FactSheet
from tests.tui.fixtures import bridge_sheet


@pytest.fixture(autouse=True)
def isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No editor's keymap or theme leaks into a test; animations off as in a default run."""
    monkeypatch.setenv("FACTSHEET_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("TEXTUAL_ANIMATIONS", raising=False)


@pytest.fixture
def make_app(tmp_path: Path) -> Callable[..., object]:
    """``make_app(sheet=None)`` -> a FactsheetApp on ``sheet`` (default: the bridge sheet), review file in tmp."""
    from factsheet.tui.app import FactsheetApp

    def make(sheet: FactSheet | None = None, **kwargs: object) -> FactsheetApp:
        return FactsheetApp(
            sheet=sheet if sheet is not None else bridge_sheet(),
            review_path=tmp_path / "corpus.review.toml",
            editor="tester",
            export_dir=tmp_path / "exports",
            **kwargs,  # type: ignore[arg-type]
        )

    return make


def screen_text(app: object) -> str:
    """What the terminal shows, as plain text (one line per row)."""
    strips = app.screen._compositor.render_strips()  # type: ignore[attr-defined]
    return "\n".join(strip.text for strip in strips)


async def until_loaded(app: object, pilot: object) -> None:
    """Let the app's load worker run until its sheet is shown or its failure is (a few rounds at most)."""
    for _ in range(50):
        await app.workers.wait_for_complete()  # type: ignore[attr-defined]
        await pilot.pause()  # type: ignore[attr-defined]
        if app.session is not None or app.load_error:  # type: ignore[attr-defined]
            return
