"""The Sources pane: the articles (title, date, counts) and the selected one's text."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from factsheet.tui.emphasis import EMPHASIS, emphasis
from factsheet.tui.text import join, literal, shorten
from factsheet.tui.widgets.source_view import SourceView

if TYPE_CHECKING:
    from factsheet.model import Anchor, Fact, FactSheet, Source


def source_prompt(source: Source, facts: int, strong: Style, muted: Style) -> Content:
    """Id; title; date, facts and body words."""
    day = source.date.isoformat() if source.date else "no date"
    return join(
        literal(source.id, style=strong),
        "\n",
        literal(shorten(source.title or source.path, 56)),
        "\n",
        literal(f"{day} \u00b7 {facts} facts \u00b7 {source.words('body')} words", style=muted),
    )


class SourcesPane(Horizontal):
    """Source list beside the source view."""

    COMPONENT_CLASSES = set(EMPHASIS)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sheet: FactSheet | None = None
        self._by_source: dict[str, list[Fact]] = {}
        """Facts by source id, built once per load (a scan of every fact cost ~14 ms per source shown)."""

    def compose(self) -> ComposeResult:
        yield OptionList(id="source-list")
        yield SourceView(id="source-view")

    @property
    def view(self) -> SourceView:
        return self.query_one(SourceView)

    @property
    def source_list(self) -> OptionList:
        return self.query_one("#source-list", OptionList)

    def load(self, sheet: FactSheet) -> None:
        """Show ``sheet``'s sources; keeps the selected source and passage."""
        first_load = self.sheet is None
        self.sheet = sheet
        self._by_source = {}
        for fact in sheet.facts:
            for sid in fact.source_ids:
                self._by_source.setdefault(sid, []).append(fact)
        counts = Counter({sid: len(facts) for sid, facts in self._by_source.items()})
        options = self.source_list
        highlighted = options.highlighted
        strong, muted = emphasis(self, "strong"), emphasis(self, "muted")
        options.set_options(Option(source_prompt(s, counts[s.id], strong, muted), id=s.id) for s in sheet.sources)
        if sheet.sources:
            options.highlighted = highlighted if highlighted is not None and not first_load else 0
        if not first_load and self.view.source is not None:
            self.view.refresh_facts(self._facts_of(self.view.source.id))

    def _facts_of(self, source_id: str) -> list[Fact]:
        return self._by_source.get(source_id, [])

    def show_source(self, source_id: str) -> None:
        """Show ``source_id`` in the view (and select it in the list)."""
        assert self.sheet is not None
        if self.view.source is None or self.view.source.id != source_id:
            self.view.show(self.sheet.source(source_id), self._facts_of(source_id))
        index = next((i for i, s in enumerate(self.sheet.sources) if s.id == source_id), None)
        if index is not None and self.source_list.highlighted != index:
            with self.source_list.prevent(OptionList.OptionHighlighted):
                self.source_list.highlighted = index

    def show_passage(self, fact_id: str, anchor: Anchor) -> bool:
        """Show ``anchor``'s source with the passage of ``fact_id`` highlighted and in view."""
        self.show_source(anchor.source)
        return self.view.focus_passage(fact_id, anchor)

    @on(OptionList.OptionHighlighted, "#source-list")
    def _source_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None and self.sheet is not None:
            self.show_source(event.option.id)

    @on(OptionList.OptionSelected, "#source-list")
    def _source_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.view.focus()
