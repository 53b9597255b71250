"""Ask where to export: returns an :class:`ExportRequest`, or ``None`` when cancelled."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Static

from factsheet.tui.text import literal

FORMAT_NAMES = {"toml": "TOML", "md": "Markdown"}


@dataclass(frozen=True)
class ExportRequest:
    """What the editor asked to export; the App runs the headless renderer."""

    format: str
    """``toml`` or ``md``."""
    path: Path
    curated: bool = False
    """Confirmed facts only."""


class ExportScreen(ModalScreen[ExportRequest | None]):
    """A path Input (pre-filled) and a 'confirmed facts only' checkbox."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, fmt: str, path: Path) -> None:
        super().__init__(classes="dialog-screen")
        self.fmt = fmt
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(literal(f"Export {FORMAT_NAMES.get(self.fmt, self.fmt)}"), classes="dialog-title")
            yield Input(value=str(self.path), id="export-path")
            yield Checkbox("confirmed facts only", id="export-curated")
            yield Static(literal("Enter to write \u00b7 Escape to cancel"), classes="dialog-hint")

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.notify("Give a file to write.", severity="warning")
            return
        curated = self.query_one("#export-curated", Checkbox).value
        self.dismiss(ExportRequest(self.fmt, Path(event.value.strip()).expanduser(), curated))

    def action_cancel(self) -> None:
        self.dismiss(None)
