"""The source view highlights only the paragraphs it draws and keeps its layout across pane switches."""

from __future__ import annotations

import hashlib

from factsheet.model import Anchor, Fact, FactSheet, Region, Source
from factsheet.tui.app import FactsheetApp
from tests.tui.fixtures import run_async

SIZE = (100, 30)
PARAGRAPHS = 300


def long_sheet() -> FactSheet:
    """One article of many short paragraphs, one number fact in each."""
    lines = ["Council counts the votes"]
    lines += [f"Ward {i} reported {i * 3} ballots on the second day." for i in range(PARAGRAPHS)]
    text = "\n\n".join(lines) + "\n"
    source = Source(
        id="long", path="long.txt", title=lines[0], sha256=hashlib.sha256(text.encode()).hexdigest(), text=text,
        regions=[Region(start=0, end=len(lines[0]), kind="title"),
                 Region(start=len(lines[0]) + 2, end=len(text) - 1, kind="body")],
    )
    facts: list[Fact] = []
    cursor = 0
    for i in range(PARAGRAPHS):
        needle = f"{i * 3} ballots"
        start = text.index(needle, text.index(f"Ward {i} ", cursor))
        cursor = start + len(needle)
        facts.append(Fact(id=f"n-{i:03d}", kind="number", text=needle, value=str(i * 3),
                          evidence=[Anchor.of(source, start, cursor)]))
    return FactSheet(sources=[source], facts=facts, discrepancies=[])


@run_async
async def test_only_drawn_paragraphs_are_highlighted(make_app) -> None:
    app: FactsheetApp = make_app(long_sheet())
    async with app.run_test(size=SIZE) as pilot:
        app.jump_to_passage("n-250")
        await pilot.pause()
        view = app.sources_pane.view
        assert view.current_fact_id == "n-250"
        top = int(view.scroll_y)
        assert top <= view.current_line < top + view.scrollable_content_region.height
        styled = [i for i, content in enumerate(view._rendered) if content is not None]
        assert 0 < len(styled) < 40  # the paragraphs on screen, not all 301
        assert any(view._paragraphs[i][0] <= view.passages[view.current].start < view._paragraphs[i][1] for i in styled)
        line = view.current_line - top
        assert "250" in "".join(s.text for s in view.render_line(line))
        await pilot.press("pagedown")
        await pilot.pause()
        assert len([c for c in view._rendered if c is not None]) > len(styled)  # newly drawn lines highlighted


@run_async
async def test_pane_switch_keeps_the_wrapped_lines(make_app) -> None:
    app: FactsheetApp = make_app(long_sheet())
    async with app.run_test(size=SIZE) as pilot:
        app.jump_to_passage("n-010")
        await pilot.pause()
        view = app.sources_pane.view
        lines = view._lines
        y = view.scroll_y
        await pilot.press("1", "3", "2")
        await pilot.pause()
        assert view._lines is lines and view.scroll_y == y
        assert view.current_fact_id == "n-010"
