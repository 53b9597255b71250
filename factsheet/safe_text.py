"""Make untrusted article text safe to show: control characters become visible.

Terminal control sequences (ANSI CSI/OSC), NUL and other C0/C1 controls, and the
bidi overrides and isolates that reorder what is shown, are replaced by visible
placeholders, so a terminal never acts on them. Line breaks and tabs are kept
unless ``single_line`` is set.
"""

from __future__ import annotations

import re

_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_ZERO_WIDTH = "\u200b\u2060\ufeff"  # ZWJ/ZWNJ stay: emoji and scripts need them
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + _ZERO_WIDTH + "]")
_CONTROL_SINGLE_LINE = re.compile("[\x00-\x1f\x7f-\x9f" + _BIDI + _ZERO_WIDTH + "]")


def _placeholder(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control pictures": ␀ ␁ ... ␛ ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\u27e8U+{code:04X}\u27e9"  # ⟨U+202E⟩


def visible(text: str, *, single_line: bool = False) -> str:
    """``text`` with every control, bidi and zero-width character made visible."""
    pattern = _CONTROL_SINGLE_LINE if single_line else _CONTROL
    return pattern.sub(_placeholder, text)
