"""Emphasis inside a widget's text (strong, muted, note), styled in app.tcss like everything else.

A widget that emphasises words adds :data:`EMPHASIS` to its ``COMPONENT_CLASSES``
and asks :func:`emphasis` for the style; app.tcss says what each looks like.
"""

from __future__ import annotations

from typing import Literal

from textual.dom import DOMNode
from textual.style import Style

EMPHASIS = frozenset({"emphasis--strong", "emphasis--muted", "emphasis--note"})

Emphasis = Literal["strong", "muted", "note"]


def emphasis(node: DOMNode, name: Emphasis) -> Style:
    """The style of emphasis ``name`` as app.tcss defines it for ``node``.

    Only what the rule sets is applied: a colour the rule does not give is left to the
    surrounding text (``Style.from_styles`` would pin the default foreground).
    """
    styles = node.get_component_styles(f"emphasis--{name}")
    text = styles.text_style
    return Style(
        background=styles.background if styles.has_rule("background") else None,
        foreground=styles.color if styles.has_rule("color") else None,
        bold=text.bold or None,
        dim=text.dim or None,
        italic=text.italic or None,
        underline=text.underline or None,
        strike=text.strike or None,
        reverse=text.reverse or None,
    )
