"""Turn untrusted strings into literal rich ``Text`` for command-line tables."""

from __future__ import annotations

from rich.text import Text

from factsheet.safe_text import visible


def literal(value: str, *, style: str = "") -> Text:
    """``value`` as plain text: no markup parsed, control characters made visible."""
    return Text(visible(value, single_line=True), style=style)
