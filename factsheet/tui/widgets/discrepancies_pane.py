"""The Discrepancies pane: the list (severity, status) and the selected one's variants side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.style import Style
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from factsheet.tui.emphasis import EMPHASIS, emphasis
from factsheet.tui.text import join, literal, shorten
from factsheet.tui.widgets.variant_card import VariantCard

if TYPE_CHECKING:
    from factsheet.model import Discrepancy, Fact, FactSheet
    from factsheet.review import Change

SEVERITY_MARK = {"high": "\u25cf high", "medium": "\u25d0 med ", "low": "\u25cb low "}


class DiscrepanciesPane(Vertical):
    """List above, variants below."""

    COMPONENT_CLASSES = {
        "discrepancies--high",
        "discrepancies--medium",
        "discrepancies--low",
        "discrepancies--open",
        "discrepancies--resolved",
        "discrepancies--dismissed",
        *EMPHASIS,
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sheet: FactSheet | None = None
        self._facts: dict[str, Fact] = {}
        self._shown: tuple[str, str] | None = None

    def compose(self) -> ComposeResult:
        yield OptionList(id="discrepancy-list")
        with VerticalScroll(id="discrepancy-detail"):
            yield Static(id="discrepancy-summary")
            yield Horizontal(id="variants")

    @property
    def discrepancy_list(self) -> OptionList:
        return self.query_one("#discrepancy-list", OptionList)

    @property
    def current(self) -> Discrepancy | None:
        """The highlighted discrepancy."""
        option = self.discrepancy_list.highlighted_option
        if option is None or option.id is None or self.sheet is None:
            return None
        return next((d for d in self.sheet.discrepancies if d.id == option.id), None)

    def _style(self, name: str) -> Style:
        return Style.from_styles(self.get_component_styles(f"discrepancies--{name}"))

    def prompt(self, d: Discrepancy) -> Content:
        """One line: severity, status, kind, subject and as much of the summary as fits."""
        width = self.discrepancy_list.size.width or self.app.size.width
        about = f"{d.subject} \u2014 {d.summary}" if d.subject and d.summary else (d.summary or d.subject or d.id)
        return join(
            literal(SEVERITY_MARK.get(d.severity, d.severity), style=self._style(d.severity)),
            literal(f" {d.status:<9} ", style=self._style(d.status)),
            literal(f"{d.kind:<8} "),
            literal(shorten(about, max(20, width - 30))),
        )

    def on_resize(self) -> None:
        if self.sheet is not None:
            self._relabel()

    def _relabel(self) -> None:
        assert self.sheet is not None
        options = self.discrepancy_list
        for d in self.sheet.discrepancies:
            options.replace_option_prompt(d.id, self.prompt(d))

    def load(self, sheet: FactSheet) -> None:
        """Show ``sheet``'s discrepancies; keeps the highlighted one."""
        self._facts = {f.id: f for f in sheet.facts}
        self._list(sheet)

    def _list(self, sheet: FactSheet) -> None:
        self.sheet = sheet
        options = self.discrepancy_list
        highlighted = options.highlighted
        options.set_options(Option(self.prompt(d), id=d.id) for d in sheet.discrepancies)
        if sheet.discrepancies:
            options.highlighted = min(highlighted or 0, len(sheet.discrepancies) - 1)
        self._show(self.current)

    def update(self, sheet: FactSheet, change: Change) -> None:
        """Show ``sheet`` after a decision changed what ``change`` names, and nothing else. A fact decision
        leaves the list as it is (no line of it shows a fact); a discrepancy decision loads it again."""
        if self.sheet is None:
            self.load(sheet)
            return
        self._facts.update(change.facts)
        if change.discrepancies:
            self._list(sheet)
        else:
            self.sheet = sheet
            self._show(self.current)

    def select(self, discrepancy_id: str) -> bool:
        """Highlight ``discrepancy_id``; ``False`` when there is none."""
        assert self.sheet is not None
        for index, d in enumerate(self.sheet.discrepancies):
            if d.id == discrepancy_id:
                self.discrepancy_list.highlighted = index
                self._show(d)
                return True
        return False

    def next_open(self) -> Discrepancy | None:
        """Highlight the next open discrepancy after the current one (wrapping)."""
        if self.sheet is None or not self.sheet.discrepancies:
            return None
        items = self.sheet.discrepancies
        start = self.discrepancy_list.highlighted or 0
        for step in range(1, len(items) + 1):
            d = items[(start + step) % len(items)]
            if d.status == "open":
                self.select(d.id)
                return d
        return None

    @on(OptionList.OptionHighlighted, "#discrepancy-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show(self.current)

    @on(OptionList.OptionSelected, "#discrepancy-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        cards = self.query(VariantCard)
        if cards:
            cards.first().focus()

    def _show(self, d: Discrepancy | None) -> None:
        summary = self.query_one("#discrepancy-summary", Static)
        variants = self.query_one("#variants", Horizontal)
        if d is None:
            self._shown = None
            summary.update(literal("No discrepancies: the sources agree." if self.sheet else ""))
            variants.remove_children()
            return
        key = (d.id, d.model_dump_json())
        if key == self._shown:
            return
        self._shown = key
        lines: list[Content | str] = [
            literal(d.summary or d.kind, style=emphasis(self, "strong")),
            "\n", literal(f"{d.kind} \u00b7 {d.severity} \u00b7 {d.status}"),
        ]
        if d.subject:
            lines.append(literal(" \u00b7 subject: "))
            lines.append(literal(d.subject))
        if d.resolution:
            lines += ["\n", literal("resolved as: ")]
            lines.append(literal(d.resolution, style=emphasis(self, "strong")))
        if d.note:
            lines += ["\n", literal("note: ")]
            lines.append(literal(d.note, style=emphasis(self, "note")))
        summary.update(join(*lines))
        summary.set_class(d.status == "open", "-open")
        summary.set_class(d.status == "resolved", "-resolved")
        summary.set_class(d.status == "dismissed", "-dismissed")
        variants.remove_children()
        variants.mount_all(VariantCard(d, i, self._facts) for i in range(len(d.variants)))
