"""After a decision the app redraws only what it changed; what it shows is what a full redraw shows."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.kinds import FACT_STATUSES
from factsheet.review import ReviewSession
from factsheet.tui.app import FactsheetApp
from factsheet.tui.filters import (
    SORT_COLUMNS, FactRow, RowOrder, open_discrepancy_facts, parse_query, replace_rows, rows_of, sort_rows,
)
from factsheet.tui.widgets.discrepancies_pane import DiscrepanciesPane
from factsheet.tui.widgets.fact_table import FactTable
from factsheet.tui.widgets.facts_pane import FactsPane
from tests.tui.conftest import screen_text
from tests.tui.fixtures import run_async

SIZE = (110, 32)
REDRAWS = [(FactsheetApp, "refresh_views"), (FactsPane, "load"), (FactsPane, "_apply"), (FactTable, "show"),
           (FactTable, "replace_shown"), (DiscrepanciesPane, "load")]
"""The ways the panes draw: all of them (the first three), rows that moved, rows in place, the list."""


def _spy(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Count the calls of each of :data:`REDRAWS` (by ``Class.method``)."""
    calls: Counter[str] = Counter()
    for cls, name in REDRAWS:
        method = getattr(cls, name)

        def spied(self: object, *args: object, _method: object = method, _name: str = f"{cls.__name__}.{name}",
                  **kwargs: object) -> object:
            calls[_name] += 1
            return _method(self, *args, **kwargs)  # type: ignore[operator]

        monkeypatch.setattr(cls, name, spied)
    return calls


def _shown(app: FactsheetApp) -> tuple[object, ...]:
    """Everything the panes hold and the screen shows."""
    pane, table = app.facts_pane, app.facts_pane.table
    options = app.discrepancies_pane.discrepancy_list
    return (
        screen_text(app),
        list(table.rows), list(pane.all_rows), table.current_id, table.cursor,
        str(pane.query_one("#fact-detail").render()), str(app.query_one("#status").render()),
        [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)], options.highlighted,
    )


def _rows_as_loaded(
    app: FactsheetApp, search: str | None = None, sort: tuple[str | None, bool] | None = None
) -> list[object]:
    """The rows a full redraw shows, with the search and sort given (default: the pane's)."""
    sheet, table = app.sheet, app.facts_pane.table
    assert sheet is not None
    query = parse_query(app.facts_pane.search.value if search is None else search)
    rows = [r for r in rows_of(sheet, open_discrepancy_facts(sheet)) if query.empty or query.matches(r)]
    column, reverse = (table.sort_column, table.sort_reverse) if sort is None else sort
    return list(sort_rows(rows, column, reverse))


@pytest.mark.parametrize(
    ("search", "sort"),
    [
        ("", None),
        ("status:unreviewed", None),
        ("status:confirmed status:rejected", (None, True)),
        ("status:disputed", ("text", True)),
        ("", ("status", False)),
        ("o kind:money kind:role kind:quote", ("status", True)),
    ],
)
@run_async
async def test_decisions_show_what_a_full_redraw_shows(
    make_app, monkeypatch: pytest.MonkeyPatch, search: str, sort: tuple[str | None, bool] | None
) -> None:
    """(A refused call is not redrawn, even when it read another editor's save: as before.)"""
    calls = _spy(monkeypatch)
    app = make_app()
    rng = random.Random(f"{search}{sort}")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.facts_pane.table
        if sort is not None:
            table.sort_by(*sort)
        app.facts_pane.search.value = search
        table.focus()
        await pilot.pause()
        other = ReviewSession.open(app.session.base, app.review_path, "someone else")
        for _ in range(20):
            session, fact_id = app.session, table.current_id
            calls.clear()
            step = rng.choice(["c", "x", "u", "down", "up", "value", "text", "note", "dismiss", "resolve", "other"])
            if step in ("c", "x", "u", "down", "up"):
                await pilot.press(step)
            elif step == "other":  # another editor saves: the next decision applies every decision again
                other.note_fact(rng.choice(other.base.facts).id, "seen")
                d = rng.choice(session.sheet.discrepancies)
                app.decide(step, lambda: session.note_discrepancy(d.id, "mine"))
                assert session.changed is None
            elif step in ("dismiss", "resolve"):
                d = rng.choice(session.sheet.discrepancies)
                call = session.dismiss if step == "dismiss" else lambda i: session.resolve(i, "USD 1")
                app.decide(step, lambda: call(d.id))
            elif fact_id is not None:
                edit = {"value": session.edit_value, "text": session.edit_text, "note": session.note_fact}[step]
                app.decide(step, lambda: edit(fact_id, rng.choice(["A new wording", "zzz", ""])))
            await pilot.pause()
            full = [calls[name] for name in ("FactsheetApp.refresh_views", "FactsPane.load", "FactsPane._apply")]
            assert full == ([1, 1, 1] if step == "other" else [0, 0, 0]), f"{step}: drawn in full only when needed"
            assert list(table.rows) == _rows_as_loaded(app)
            shown = _shown(app)
            app.refresh_views(sources=False)  # what the app drew before it drew only what changed
            await pilot.pause()
            assert _shown(app) == shown, f"after {step}"


@run_async
async def test_a_plain_decision_redraws_its_row_in_place_and_nothing_else(
    make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Confirm, undo, reject a fact that no filter, sort or open discrepancy moves: its row is replaced
    where it stands; nothing is drawn in full."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        sheet, table = app.session.sheet, app.facts_pane.table
        behind = open_discrepancy_facts(sheet)
        fact = next(f for f in sheet.facts if f.status == "unreviewed" and f.id not in behind)
        table.focus()
        assert table.select(fact.id)
        await pilot.pause()
        calls = _spy(monkeypatch)
        for key, status in [("c", "confirmed"), ("u", "unreviewed"), ("x", "rejected")]:
            await pilot.press(key)
            await pilot.pause()
            assert app.session.sheet.fact(fact.id).status == status
            assert (table.current_id, table.rows[table.cursor].status) == (fact.id, status)
        assert calls == Counter({"FactTable.replace_shown": 3})


@pytest.mark.parametrize("pending", ["search", "sort"])
@run_async
async def test_a_decision_made_before_a_new_search_or_sort_is_applied_keeps_the_rows_as_shown(
    make_app, pending: str
) -> None:
    """The rows shown were filtered and sorted with the last search and sort applied: a decision places
    its row by those; the search typed or the sort picked meanwhile is applied when its message is handled."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        pane, session = app.facts_pane, app.session
        fact = next(f for f in session.sheet.facts if f.status == "unreviewed")
        if pending == "search":
            pane.search.value = "status:unreviewed"  # Input.Changed not handled yet
        else:
            pane.table.sort_by("status", True)  # SortChanged not handled yet
        assert app.decide("rejected", lambda: session.reject(fact.id))
        assert list(pane.table.rows) == _rows_as_loaded(app, "", (None, False))
        await pilot.pause()
        assert list(pane.table.rows) == _rows_as_loaded(app)


ROW_EDITS = st.lists(st.tuples(st.integers(0, 11), st.sampled_from(FACT_STATUSES), st.sampled_from(["b", "a", "c"])),
                     min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    column=st.sampled_from([None, *SORT_COLUMNS]), reverse=st.booleans(),
    search=st.sampled_from(["", "status:unreviewed", "status:confirmed status:disputed", "a", "kind:quote b"]),
    edits=st.lists(ROW_EDITS, min_size=1, max_size=6),
)
def test_rows_placed_alone_are_where_filtering_and_sorting_all_rows_puts_them(
    column: str | None, reverse: bool, search: str, edits: list[list[tuple[int, str, str]]]
) -> None:
    kinds = ["quote", "money", "role"]
    all_rows = [
        FactRow(fact_id=f"f-{i}", kind=kinds[i % 3], subject=f"s{i % 4}", text="b", value="", sources="1/1",
                source_count=1 + i % 2, source_ids=frozenset({"a"}), status="unreviewed", disputed=i % 5 == 0,
                haystack="b")
        for i in range(12)
    ]
    query = parse_query(search)
    order = RowOrder(column, reverse, {r.fact_id: i for i, r in enumerate(all_rows)})

    def filtered() -> list[FactRow]:
        return sort_rows([r for r in all_rows if query.empty or query.matches(r)], column, reverse)

    shown = filtered()
    for batch in edits:  # one decision changes one row, or the rows behind one discrepancy
        changed = []
        for place, status, text in batch:
            old = all_rows[place]
            if any(new.fact_id == old.fact_id for _, new in changed):
                continue
            all_rows[place] = replace(old, status=status, text=text, haystack=text)
            changed.append((old, all_rows[place]))
        placed = replace_rows(shown, changed, query, order)
        assert placed is not None
        assert placed.rows == filtered()
        matched = [(query.empty or query.matches(old), query.empty or query.matches(new)) for old, new in changed]
        in_place = all(
            (was, now) == (False, False) or (was and now and order.key(old) == order.key(new))
            for (was, now), (old, new) in zip(matched, changed, strict=True)
        )
        assert placed.moved != in_place, "replaced in place exactly when no row came, went or changed its sort key"
        shown = placed.rows


def test_rows_not_those_of_the_query_are_refused() -> None:
    rows = [FactRow(fact_id=f"f-{i}", kind="quote", subject="", text="t", value="", sources="1/1", source_count=1,
                    source_ids=frozenset(), status="unreviewed", disputed=False, haystack="t") for i in range(3)]
    order = RowOrder(None, False, {r.fact_id: i for i, r in enumerate(rows)})
    changed = [(rows[1], replace(rows[1], status="confirmed"))]
    assert replace_rows([rows[0], rows[2]], changed, parse_query(""), order) is None


@run_async
async def test_another_editors_save_read_by_a_refused_call_is_drawn_with_the_next_decision(make_app) -> None:
    """As before decisions were drawn alone: the refusal draws nothing, the next decision draws it all."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        session = app.session
        other = ReviewSession.open(session.base, app.review_path, "someone else")
        other.reject("q-okafor-a")
        shown = _shown(app)
        assert not app.decide("refused", lambda: session.confirm("m-cost-40"))  # behind the open x-cost
        await pilot.pause()
        assert session.sheet.fact("q-okafor-a").status == "rejected", "the refusal read the other editor's save"
        assert _shown(app)[1:] == shown[1:], "and drew nothing (the screen shows only the error)"
        assert app.decide("noted", lambda: session.note_fact("t-briefing", "mine"))
        await pilot.pause()
        drawn = _shown(app)
        assert "rejected" in str(drawn[1])
        app.refresh_views(sources=False)
        await pilot.pause()
        assert _shown(app) == drawn
