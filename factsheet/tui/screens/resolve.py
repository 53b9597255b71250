"""Resolve a discrepancy: pick a variant or type a value; returns the value, or ``None``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from factsheet.tui.emphasis import EMPHASIS, emphasis
from factsheet.tui.text import join, literal

if TYPE_CHECKING:
    from factsheet.model import Discrepancy


FIXED_ROWS = 18
"""Rows of the dialog besides the variants: screen margin, border, padding, title, value box, hint."""


class ResolveScreen(ModalScreen[str | None]):
    """Variants in a list (Enter picks one) and an Input for a custom value."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]
    COMPONENT_CLASSES = set(EMPHASIS)

    def __init__(self, discrepancy: Discrepancy) -> None:
        super().__init__(classes="dialog-screen")
        self.discrepancy = discrepancy

    def compose(self) -> ComposeResult:
        d = self.discrepancy
        with Vertical(classes="dialog"):
            yield Static(join(literal("Resolve: "), literal(d.summary or d.subject or d.id)), classes="dialog-title",
                         id="resolve-title")
            yield OptionList(
                *(
                    Option(join(literal(f"{chr(65 + i) if i < 26 else i + 1}  "), literal(v.value),
                                literal(f"  ({len(v.facts)} fact{'s' if len(v.facts) != 1 else ''})", style=emphasis(self, "muted"))),
                           id=str(i))
                    for i, v in enumerate(d.variants)
                ),
                id="resolve-variants",
            )
            yield Input(placeholder="or type the right value and press Enter", id="resolve-custom")
            yield Static(literal("Enter to choose \u00b7 Tab to type a value \u00b7 Escape to cancel"), classes="dialog-hint")

    def on_resize(self, event: events.Resize) -> None:
        """Give the variants what the screen has left, so the value box and the hint always show."""
        self.query_one("#resolve-variants").styles.max_height = max(3, min(12, event.size.height - FIXED_ROWS))

    @on(OptionList.OptionSelected, "#resolve-variants")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = int(event.option.id or 0)
        self.dismiss(self.discrepancy.variants[index].value)

    @on(Input.Submitted, "#resolve-custom")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.dismiss(event.value.strip())
        else:
            self.notify("Type a value, or pick a variant above.", severity="warning")

    def action_cancel(self) -> None:
        self.dismiss(None)
