"""The status line: review progress (facts reviewed n/N, discrepancies open) and the active filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from factsheet.tui.emphasis import EMPHASIS, emphasis
from factsheet.tui.text import join, literal, shorten

if TYPE_CHECKING:
    from factsheet.review import Progress


class StatusLine(Static):
    """One line at the top of the main screen."""

    COMPONENT_CLASSES = set(EMPHASIS)

    def show(self, progress: Progress | None, *, editor: str = "", note: str = "") -> None:
        """Show ``progress``; ``note`` is a short state like ``loading 2/4``."""
        if progress is None:
            self.update(literal(f"factsheet \u00b7 {note}" if note else "factsheet"))
            return
        parts = [
            literal("factsheet \u00b7 "),
            literal(f"facts reviewed {progress.facts_reviewed}/{progress.facts_total}", style=emphasis(self, "strong")),
            literal(" \u00b7 "),
            literal(f"discrepancies open {progress.discrepancies_open}/{progress.discrepancies_total}", style=emphasis(self, "strong")),
        ]
        if editor:
            parts.append(literal(f" \u00b7 {shorten(editor, 20)}"))
        if note:
            parts.append(literal(f" \u00b7 {note}"))
        self.update(join(*parts))
        self.set_class(progress.discrepancies_open > 0, "-open")
