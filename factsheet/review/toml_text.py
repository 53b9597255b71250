"""Hand-written TOML for files people read and diff: stable, minimal, escaped.

``tomllib`` reads what these functions write. Strings are always basic strings on
one line: backslash, quote, every C0 and C1 control character, DEL, the Unicode
line and paragraph separators, the bidi controls and the invisible zero-width
characters are escaped, so no text can break out of its string or its line, or
reorder or hide what a reader of the file sees.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_NAMED_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_NEEDS_ESCAPE = re.compile('["\\\\\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]')


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED_ESCAPES.get(char) or f"\\u{ord(char):04x}"


def string(value: str) -> str:
    """``value`` as a one-line TOML basic string.

    Raises ``ValueError`` for a lone surrogate, which no TOML (UTF-8) file can hold.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError(f"text holds a character that UTF-8 cannot encode: {error}") from None
    return '"' + _NEEDS_ESCAPE.sub(_escape_char, value) + '"'


def key(name: str) -> str:
    """A key, bare when TOML allows it, quoted otherwise."""
    return name if _BARE_KEY.fullmatch(name) else string(name)


def when(moment: datetime) -> str:
    """An RFC 3339 UTC time, ``2026-02-27T17:01:00Z`` (seconds; microseconds when set)."""
    utc = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    text = utc.isoformat(timespec="microseconds" if utc.microsecond else "seconds")
    return text.removesuffix("+00:00") + "Z"


def value(item: object) -> str:
    """A scalar, a datetime or a flat list of scalars as TOML."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, int):
        return str(item)
    if isinstance(item, str):
        return string(item)
    if isinstance(item, datetime):
        return when(item)
    if isinstance(item, (list, tuple)):
        return "[" + ", ".join(value(x) for x in item) + "]"
    raise TypeError(f"cannot write {type(item).__name__} as TOML")


def inline_table(pairs: dict[str, object]) -> str:
    """``{ a = 1, b = "x" }``."""
    return "{ " + ", ".join(f"{key(k)} = {value(v)}" for k, v in pairs.items()) + " }"


def assignments(pairs: dict[str, object]) -> list[str]:
    """``key = value`` lines, in the order given."""
    return [f"{key(k)} = {value(v)}" for k, v in pairs.items()]
