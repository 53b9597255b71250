"""Hostile text (markup, ANSI/OSC escapes, NUL, bidi) is shown literally in every pane; the app keeps running."""

from __future__ import annotations

from factsheet.tui.screens.resolve import ResolveScreen
from tests.tui.conftest import screen_text
from tests.tui.fixtures import hostile_sheet, run_async

SIZE = (160, 48)


def assert_inert(text: str) -> None:
    assert "\x1b" not in text and "\x00" not in text and "\u202e" not in text and "\x07" not in text


@run_async
async def test_hostile_text_is_literal_everywhere(make_app) -> None:
    app = make_app(hostile_sheet())
    async with app.run_test(size=SIZE) as pilot:
        facts = screen_text(app)
        assert "[@click=app.quit]boss[/]" in facts  # a subject, not a link that quits
        assert "[bold]we never[/bold] agreed" in facts
        assert "\u241b[31mred\u241b[0m" in facts  # ESC shown as the control picture
        assert_inert(facts)

        await pilot.press("2")
        await pilot.pause()
        sources = screen_text(app)
        assert "Markup test [bold red]x[/] and [@click=app.quit]click me[/]" in sources
        assert "[link=https://evil.example]link[/] [0]" in sources
        assert "\u241b]52;c;aGVsbG8=\u2407" in sources  # OSC 52 clipboard write, made visible
        assert "NUL\u2400" in sources and "\u27e8U+202E\u27e9evil" in sources
        assert "[red]evil[/]" in sources  # the source id
        assert_inert(sources)
        # clicking where the markup says @click=app.quit does not quit
        await pilot.click("#source-view", offset=(30, 0))
        await pilot.press("right_square_bracket", "enter")
        await pilot.pause()
        assert app.is_running

        await pilot.press("3")
        await pilot.pause()
        discrepancies = screen_text(app)
        assert "[bold red]x[/] wording" in discrepancies
        assert "\u241b[31m[/]we [@click=app.quit]did[/]" in discrepancies
        assert_inert(discrepancies)
        await pilot.press("r")
        assert isinstance(app.screen, ResolveScreen)
        assert "[@click=app.quit]did[/]" in screen_text(app)
        await pilot.press("down", "enter")
        await pilot.pause()
        d = app.sheet.discrepancies[0]
        assert d.resolution == "\x1b[31m[/]we [@click=app.quit]did[/]"  # stored as written, shown inert

        await pilot.press("1", "slash", *"[bold]we", "enter")
        await pilot.pause()
        assert [r.fact_id for r in app.facts_pane.table.rows] == ["q-hostile"]
        await pilot.press("question_mark")
        assert_inert(screen_text(app))
        await pilot.press("escape")

        app.action_command_palette()
        await pilot.pause()
        await pilot.press(*"boss")
        await pilot.pause(0.3)
        palette = screen_text(app)
        assert "Person: [@click=app.quit]boss[/]" in palette
        assert_inert(palette)
        await pilot.press("escape")
        assert app.is_running
