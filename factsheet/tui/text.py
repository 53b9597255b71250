"""The one way source-derived strings reach the screen: as literal text.

Article text, titles, subjects, values and notes are untrusted. ``Static``,
``Label`` and ``OptionList`` parse Textual markup in plain strings, and
``DataTable`` cells parse Rich markup, so every such string goes through
:func:`literal` (a Textual ``Content``) or :func:`literal_rich` (a Rich ``Text``)
and is never interpolated into markup. Control, bidi and zero-width characters
become visible placeholders (:func:`factsheet.safe_text.visible`).
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.style import Style

from factsheet.safe_text import visible


def clean(value: str, *, single_line: bool = True) -> str:
    """``value`` with control characters made visible (line breaks too when ``single_line``)."""
    return visible(value, single_line=single_line)


def literal(value: str, *, single_line: bool = True, style: Style | str = "") -> Content:
    """``value`` as literal ``Content``: no markup parsed, control characters visible."""
    content = Content(clean(value, single_line=single_line))
    return content.stylize(style) if style else content


def literal_rich(value: str, *, style: str = "") -> Text:
    """``value`` as a literal Rich ``Text`` (for Rich renderables and DataTable-like cells)."""
    return Text(clean(value), style=style, end="", no_wrap=True)


def join(*parts: Content | str, separator: str = "") -> Content:
    """Concatenate literal pieces; plain ``str`` parts must be our own constant text."""
    pieces = [p if isinstance(p, Content) else Content(p) for p in parts]
    return Content(separator).join(pieces)


def shorten(value: str, limit: int) -> str:
    """``value`` cut to ``limit`` characters with an ellipsis (whitespace collapsed)."""
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: max(0, limit - 1)] + "\u2026"
