"""The help screen: the keys active where the editor was, then the packaged notes (help.md)."""

from __future__ import annotations

from importlib.resources import files

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from factsheet.tui.emphasis import EMPHASIS, emphasis
from factsheet.tui.text import join, literal


def help_text() -> str:
    """The packaged help.md."""
    return files("factsheet.tui").joinpath("help.md").read_text(encoding="utf-8")


KeyRow = tuple[str, str, str]
"""(key as shown, description, tooltip)."""


class HelpScreen(ModalScreen[None]):
    """Keys (generated from the active bindings) and what a discrepancy and an anchor are."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close", id="help.close"),
    ]

    COMPONENT_CLASSES = set(EMPHASIS)

    def __init__(self, keys: list[KeyRow]) -> None:
        super().__init__(classes="dialog-screen")
        self.keys = keys

    def compose(self) -> ComposeResult:
        from textual.widgets import Markdown  # markdown-it and pygments: ~45 ms, paid when help opens

        with VerticalScroll(id="help", classes="dialog"):
            yield Static(literal("Keys"), classes="dialog-title")
            width = max((len(k) for k, _, _ in self.keys), default=4) + 2
            lines = [
                join(literal(key.ljust(width), style=emphasis(self, "strong")), literal(description),
                     literal(f" \u2014 {tooltip}" if tooltip else "", style=emphasis(self, "muted")))
                for key, description, tooltip in self.keys
            ]
            yield Static(Content("\n").join(lines), id="help-keys")
            yield Markdown(help_text(), id="help-notes")
            yield Static(literal("Escape to close"), classes="dialog-hint")

    def action_close(self) -> None:
        self.dismiss(None)
