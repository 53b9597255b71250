"""A one-line text dialog (edit a value, write a note): returns the text, or ``None`` when cancelled."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from factsheet.tui.text import literal


class TextPrompt(ModalScreen[str | None]):
    """Ask for one line of text; Enter accepts, Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, title: str, value: str = "", *, about: str = "", placeholder: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.value = value
        self.about = about
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(literal(self.title_text), classes="dialog-title")
            if self.about:
                yield Static(literal(self.about, single_line=False), classes="dialog-about")
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")
            yield Static(literal("Enter to save \u00b7 Escape to cancel"), classes="dialog-hint")

    @on(Input.Submitted, "#prompt-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
