"""The Facts pane: a search box that filters as you type, the facts table and the current fact's detail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Static

from factsheet.tui.filters import (
    FactRow, Query, RowOrder, open_discrepancy_facts, parse_query, replace_rows, row_of, rows_of, set_token,
    sort_rows,
)
from factsheet.tui.emphasis import EMPHASIS, emphasis
from factsheet.tui.text import join, literal, shorten
from factsheet.tui.widgets.fact_table import FactTable

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factsheet.model import Fact, FactSheet


class FactsPane(Vertical):
    """Search, table, detail."""

    COMPONENT_CLASSES = set(EMPHASIS)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sheet: FactSheet | None = None
        self.all_rows: list[FactRow] = []
        self._last: tuple[str, list[FactRow] | None] = ("", None)
        """The last search text and its rows (before sorting), to narrow as the editor types."""
        self._facts: dict[str, Fact] = {}
        self._row_at: dict[str, int] = {}
        """Fact id -> its row in ``all_rows`` (the same place as in the sheet)."""
        self._shown_by: tuple[Query, RowOrder] | None = None
        """The query and order the table's rows were last filtered and sorted with: a search typed or a
        sort picked since is applied when its message is handled, after any decision made meanwhile."""

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="search: words  kind:quote  status:unreviewed  source:ID",
            id="fact-search",
            compact=True,
            select_on_focus=False,
        )
        yield FactTable(id="fact-table")
        yield Static(id="fact-detail")

    @property
    def table(self) -> FactTable:
        return self.query_one(FactTable)

    @property
    def search(self) -> Input:
        return self.query_one("#fact-search", Input)

    def load(self, sheet: FactSheet) -> None:
        """Show ``sheet``'s facts (after a load or a review decision), keeping filter, sort and cursor."""
        same_sources = self.sheet is not None and len(self.sheet.sources) == len(sheet.sources)
        previous = {r.fact_id: r for r in self.all_rows} if same_sources else None
        self.sheet = sheet
        self._facts = {f.id: f for f in sheet.facts}
        self._row_at = {f.id: i for i, f in enumerate(sheet.facts)}
        self.all_rows = rows_of(sheet, open_discrepancy_facts(sheet), previous)
        self._apply()

    def update(self, sheet: FactSheet, facts: Mapping[str, Fact]) -> None:
        """Show ``sheet`` after a decision changed ``facts`` (by id), and nothing else: only their rows are
        built again, and put alone where filtering and sorting every row would put them."""
        if self.sheet is None or self._shown_by is None or len(self._row_at) != len(self.all_rows):
            self.load(sheet)  # not loaded yet, or two facts share an id: rows are not keyed by id
            return
        self.sheet = sheet
        self._facts.update(facts)
        disputed = open_discrepancy_facts(sheet)
        total = len(sheet.sources)
        table = self.table
        changed: list[tuple[FactRow, FactRow]] = []
        for fact_id, fact in facts.items():
            at = self._row_at[fact_id]
            old = self.all_rows[at]
            row = row_of(fact, total, fact_id in disputed, old)
            if row is not old:
                self.all_rows[at] = row
                changed.append((old, row))
        if changed:
            self._last = ("", None)  # the rows kept from the last search are out of date
            self._place(changed, *self._shown_by)
        self._show_detail(table.current_id)

    def _place(self, changed: list[tuple[FactRow, FactRow]], query: Query, order: RowOrder) -> None:
        table = self.table
        placed = replace_rows(table.rows, changed, query, order)
        if placed is None:  # never expected: the rows shown are not those of the query
            self._apply()
        elif placed.moved:
            table.show(placed.rows)  # rows came or went: the cursor stays on its fact, as after filtering all
        else:
            table.replace_shown(placed.rows)

    def _apply(self, *, narrowing: bool = False) -> None:
        text = self.search.value
        query = parse_query(text)
        table = self.table
        base = self.all_rows
        last_text, last_rows = self._last
        plain = not (query.kinds or query.statuses or query.sources) and ":" not in last_text
        if narrowing and plain and last_rows is not None and text.startswith(last_text):
            base = last_rows  # typing on only narrows a words-only search: filter the last result
        rows = base if query.empty else [r for r in base if query.matches(r)]
        self._last = (text, rows)
        self._shown_by = (query, RowOrder(table.sort_column, table.sort_reverse, self._row_at))
        table.show(sort_rows(rows, table.sort_column, table.sort_reverse))
        self._show_detail(table.current_id)

    def set_filter(self, name: str, value: str | None) -> None:
        """Replace the ``name:`` filter of the search (``None`` removes it)."""
        self.search.value = set_token(self.search.value, name, value)

    def clear_filters(self) -> None:
        self.search.value = ""

    @on(Input.Changed, "#fact-search")
    def _search_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._apply(narrowing=True)

    @on(Input.Submitted, "#fact-search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.table.focus()

    @on(FactTable.SortChanged)
    def _sort_changed(self, event: FactTable.SortChanged) -> None:
        event.stop()
        self._apply()

    @on(FactTable.Highlighted)
    def _highlighted(self, event: FactTable.Highlighted) -> None:
        self._show_detail(event.fact_id)

    def on_resize(self, event: events.Resize) -> None:
        """The detail lines are shortened to fit: draw them again once the new width is laid out
        (the first time the pane is shown, it was filled before it had a width)."""
        self.call_after_refresh(lambda: self._show_detail(self.table.current_id))

    def _show_detail(self, fact_id: str | None) -> None:
        detail = self.query_one("#fact-detail", Static)
        shown = len(self.table.rows)
        counts = f"{shown} of {len(self.all_rows)} facts"
        fact = self._facts.get(fact_id) if fact_id else None
        if fact is None:
            detail.update(literal(counts))
            return
        # three rows, one line each, so that the note is never pushed out of sight by a long value
        width = max(20, detail.content_region.width or self.size.width - 2)
        head = shorten(f"{counts} \u00b7 {fact.kind} \u00b7 subject: {fact.subject or chr(0x2014)}", width)
        room = width - len(head) - 3
        parts: list[Content | str] = [
            literal(head),
            literal(" \u00b7 " + shorten(fact.id, room) if room > 4 else "", style=emphasis(self, "muted")),
            "\n", literal("value: "),
            literal(shorten(fact.value, width - 7), style=emphasis(self, "strong")),
            "\n",
        ]
        sources = "sources: " + ", ".join(fact.source_ids)
        if fact.note:
            parts += [literal("note: "), literal(shorten(fact.note, width - 6), style=emphasis(self, "note"))]
            if len(fact.note) + 6 + 3 + len(sources) <= width:
                parts.append(literal("  " + sources))
        else:
            parts.append(literal(shorten(sources, width)))
        detail.update(join(*parts))
