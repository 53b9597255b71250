"""Pilot-driven workflows: navigate, decide, undo, jump, export; asserting on state and files written."""

from __future__ import annotations

import tomllib
from pathlib import Path

from factsheet.tui.app import FactsheetApp
from factsheet.tui.screens.export import ExportScreen
from factsheet.tui.screens.help import HelpScreen
from factsheet.tui.screens.resolve import ResolveScreen
from tests.tui.conftest import until_loaded
from tests.tui.fixtures import run_async

SIZE = (100, 30)


def review_file(app: FactsheetApp) -> dict:
    return tomllib.loads(Path(app.review_path).read_text(encoding="utf-8"))


async def go_to_discrepancy(app: FactsheetApp, pilot, discrepancy_id: str) -> None:
    await pilot.press("3")
    pane = app.discrepancies_pane
    for _ in range(len(app.sheet.discrepancies)):
        if pane.current is not None and pane.current.id == discrepancy_id:
            return
        await pilot.press("down")
    raise AssertionError(f"{discrepancy_id} not reached")


@run_async
async def test_resolve_role_discrepancy_note_and_undo(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await go_to_discrepancy(app, pilot, "x-mensah-role")
        await pilot.press("r")
        assert isinstance(app.screen, ResolveScreen)
        await pilot.press("down", "enter")  # variant B
        await pilot.pause()
        d = next(d for d in app.sheet.discrepancies if d.id == "x-mensah-role")
        assert (d.status, d.resolution) == ("resolved", "Deputy transport commissioner")
        saved = review_file(app)["discrepancies"]["x-mensah-role"]["status"]
        assert saved["resolution"] == "Deputy transport commissioner"
        assert app.session.progress().discrepancies_open == 2

        await pilot.press("n")
        await pilot.press(*"called city hall")
        await pilot.press("enter")
        await pilot.pause()
        assert next(d for d in app.sheet.discrepancies if d.id == "x-mensah-role").note == "called city hall"
        assert review_file(app)["discrepancies"]["x-mensah-role"]["note"]["value"] == "called city hall"

        await pilot.press("u")
        await pilot.pause()
        d = next(d for d in app.sheet.discrepancies if d.id == "x-mensah-role")
        assert d.note == "" and d.status == "resolved"
        history = review_file(app)["history"]
        assert history[-1]["action"] == "undo"


@run_async
async def test_resolve_with_typed_value(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await go_to_discrepancy(app, pilot, "x-cost")
        await pilot.press("r", "tab", *"USD 42000000", "enter")
        await pilot.pause()
        d = next(d for d in app.sheet.discrepancies if d.id == "x-cost")
        assert d.resolution == "USD 42000000"


@run_async
async def test_confirm_fact_and_blocked_confirm(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"vehicles", "enter")
        await pilot.pause()
        table = app.facts_pane.table
        assert [r.fact_id for r in table.rows] == ["n-vehicles"]
        await pilot.press("c")
        await pilot.pause()
        assert app.sheet.fact("n-vehicles").status == "confirmed"
        assert review_file(app)["facts"]["n-vehicles"]["status"]["value"] == "confirmed"
        assert "facts reviewed 1/12" in str(app.query_one("#status").render())

        # a fact behind an open discrepancy cannot be confirmed: a notification, not a crash
        app.facts_pane.clear_filters()
        await pilot.pause()
        assert table.select("m-cost-40")
        await pilot.press("c")
        await pilot.pause()
        assert app.sheet.fact("m-cost-40").status == "unreviewed"
        assert any(n.severity == "error" for n in app._notifications)
        assert app.is_running


@run_async
async def test_reject_edit_value_and_note_fact(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        table = app.facts_pane.table
        assert table.select("t-briefing")
        await pilot.press("e", *["backspace"] * 10, *"T09:00", "enter")
        await pilot.pause()
        assert app.sheet.fact("t-briefing").value == "T09:00"
        await pilot.press("n", *"on camera", "enter")
        await pilot.pause()
        assert app.sheet.fact("t-briefing").note == "on camera"
        await pilot.press("x")
        await pilot.pause()
        assert app.sheet.fact("t-briefing").status == "rejected"
        await pilot.press("u")
        await pilot.pause()
        assert app.sheet.fact("t-briefing").status == "unreviewed"


@run_async
async def test_search_filters_and_sort(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        table = app.facts_pane.table
        await pilot.press("slash", *"kind:role")
        await pilot.pause()
        assert {r.kind for r in table.rows} == {"role"} and len(table.rows) == 3
        await pilot.press(*" mensah")
        await pilot.pause()
        assert [r.fact_id for r in table.rows] == ["r-mensah-a", "r-mensah-b"]
        app.facts_pane.clear_filters()
        app.filter_facts("source", "gamma")
        await pilot.pause()
        assert all("gamma" in r.source_ids for r in table.rows) and len(table.rows) == 4
        app.facts_pane.clear_filters()
        await pilot.pause()
        table.sort_by("sources", reverse=True)
        await pilot.pause()
        assert table.rows[0].fact_id == "d-closure"  # the only fact all three sources state


@run_async
async def test_jump_fact_to_passage_and_back(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert app.facts_pane.table.select("p-detour")
        await pilot.press("enter")
        await pilot.pause()
        assert app.pane == "sources"
        view = app.sources_pane.view
        assert view.source is not None and view.source.id == "alpha"
        assert view.current_fact_id == "p-detour"
        passage = view.passages[view.current]
        assert view.source.text[passage.start : passage.end] == "20 minutes"
        await pilot.press("right_square_bracket")
        moved_to = view.current_fact_id
        await pilot.press("enter")
        await pilot.pause()
        assert app.pane == "facts"
        assert app.facts_pane.table.current_id == moved_to != "p-detour"


@run_async
async def test_jump_from_variant_to_passage(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await go_to_discrepancy(app, pilot, "x-okafor-quote")
        await pilot.press("enter")  # into the variant cards
        await pilot.pause()
        await pilot.press("tab")  # second card
        await pilot.press("enter")
        await pilot.pause()
        assert app.pane == "sources"
        view = app.sources_pane.view
        assert view.source.id == "beta" and view.current_fact_id == "q-okafor-b"


@run_async
async def test_next_open_discrepancy_skips_resolved(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await go_to_discrepancy(app, pilot, "x-mensah-role")
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert app.discrepancies_pane.current.id == "x-cost"


@run_async
async def test_export_toml_and_markdown(make_app, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.facts_pane.table.select("n-vehicles")
        await pilot.press("c")
        app.action_export("toml")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        written = tmp_path / "exports" / "factsheet.toml"
        data = tomllib.loads(written.read_text(encoding="utf-8"))
        assert app.last_export == written
        assert "n-vehicles" in written.read_text(encoding="utf-8") and data

        app.action_export("md")
        await pilot.pause()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert (tmp_path / "exports" / "factsheet.md").read_text(encoding="utf-8").startswith("#")


@run_async
async def test_help_lists_active_bindings(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        descriptions = {d for _, d, _ in app.screen.keys}
        assert {"Confirm", "Reject", "Undo", "Help", "Passage"} <= descriptions
        await pilot.press("c")  # review keys do nothing under the help screen
        assert app.sheet.fact(app.facts_pane.table.current_id).status == "unreviewed"
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@run_async
async def test_command_palette_entries(make_app) -> None:
    from factsheet.tui.commands import FactsheetCommands

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        provider = FactsheetCommands(app.screen)
        titles = [hit.text async for hit in provider.search("export toml")]
        assert titles[0] == "Export TOML"
        hits = [hit async for hit in provider.search("mensah")]
        person = next(h for h in hits if h.text.startswith("Person: Daniel Mensah"))
        person.command()
        await pilot.pause()
        assert {r.fact_id for r in app.facts_pane.table.rows} == {"r-mensah-a", "r-mensah-b"}
        discovered = [hit.text async for hit in provider.discover()]
        assert "Next open discrepancy" in discovered and "Reload" in discovered


@run_async
async def test_mouse_click_selects_row_and_tab(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        table = app.facts_pane.table
        await pilot.click(table, offset=(2, 3))  # header is line 0: third fact
        assert table.current_id == app.sheet.facts[2].id
        await pilot.click("#--content-tab-discrepancies")
        assert app.pane == "discrepancies"


@run_async
async def test_loading_worker_and_failure(tmp_path: Path, monkeypatch) -> None:
    import factsheet.pipeline as pipeline
    from factsheet.pipeline import BuildResult
    from tests.tui.fixtures import bridge_sheet

    def fake_build(paths, *, jobs=1, use_cache=True, progress=None):
        for done in range(1, 4):
            progress(done, 3)
        return BuildResult(bridge_sheet(), problems=["broken.txt: not UTF-8"])

    monkeypatch.setattr(pipeline, "build_sheet", fake_build)
    app = FactsheetApp([tmp_path], review_path=tmp_path / "r.toml", editor="tester")
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(app, pilot)
        assert app.session is not None and len(app.sheet.facts) == 12
        assert app.problems == ["broken.txt: not UTF-8"]
        first = app.session
        app.action_reload()
        assert app.session is None  # no decisions while rebuilding
        await until_loaded(app, pilot)
        assert app.session is not None and app.session is not first and app.query_one("#panes").display

    def failing_build(paths, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(pipeline, "build_sheet", failing_build)
    app = FactsheetApp([tmp_path], review_path=tmp_path / "r.toml", editor="tester")
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(app, pilot)
        assert app.session is None and app.is_running
        assert "disk on fire" in str(app.query_one("#loading-label").render())


@run_async
async def test_click_on_a_passage_selects_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        view = app.sources_pane.view
        target = next(i for i, p in enumerate(view.passages) if p.fact_id == "n-vehicles" and p.anchor.source == "alpha")
        passage = view.passages[target]
        line = view._line_of(passage.start)
        text = view._lines[line].plain
        column = text.index("12,000")
        await pilot.click(view, offset=(column + 1 + view.styles.padding.left, line - int(view.scroll_y)))
        await pilot.pause()
        assert view.current_fact_id == "n-vehicles"
        await pilot.press("enter")
        assert app.pane == "facts" and app.facts_pane.table.current_id == "n-vehicles"


@run_async
async def test_broken_review_file_is_shown_and_quits_with_status_2(make_app, tmp_path: Path) -> None:
    (tmp_path / "corpus.review.toml").write_text('schema = "factsheet-review/1"\n[[[broken\n', encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.session is None and app.load_error and "corpus.review.toml" in app.load_error
        assert not app.query_one("#panes").display
        await pilot.press("c", "3", "q")  # review keys do nothing without a session
    assert app.return_code == 2
    assert (tmp_path / "corpus.review.toml").read_text(encoding="utf-8").endswith("[[[broken\n")  # untouched


@run_async
async def test_keymap_file_remaps_a_binding_by_id(make_app, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "keymap.toml").write_text('[keys]\n"review.confirm" = "y"\n"review.undo" = 5\n', encoding="utf-8")
    monkeypatch.setenv("FACTSHEET_CONFIG_DIR", str(tmp_path))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert app.facts_pane.table.select("n-vehicles")
        await pilot.press("c")  # no longer confirm
        await pilot.pause()
        assert app.sheet.fact("n-vehicles").status == "unreviewed"
        await pilot.press("y")
        await pilot.pause()
        assert app.sheet.fact("n-vehicles").status == "confirmed"
        assert any("review.undo" in n.message for n in app._notifications)  # the bad entry is reported
