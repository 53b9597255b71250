"""Make article text inert in Markdown: it can never become structure.

:func:`inline` turns any string into one line of CommonMark that renders as the
same characters and nothing else:

* every whitespace run (newlines, tabs, Unicode line separators) becomes one space,
  so text cannot end a line, start a block or make a hard break;
* other control, bidi and zero-width characters become visible placeholders
  (:func:`factsheet.safe_text.visible`); a lone surrogate (never in decoded text,
  and no UTF-8 file can hold one) becomes U+FFFD;
* ``<``, ``>`` and ``&`` become HTML entities (no raw HTML, no autolink, no entity);
* the ASCII punctuation CommonMark gives a meaning in the middle of a line is
  backslash-escaped: ``\\ ` * [ ] { } | ~`` and ``_`` (except inside a word, where
  CommonMark ignores it: ``New_York``); ``!`` ``(`` ``)`` ``:`` never need it once
  ``[`` and ``<`` are escaped;
* a start that would open a block if the text began a line (``#``, ``-``, ``+``,
  ``=``, ``1.``, ``1)``) is escaped too, so the result is safe anywhere on a line.

Outside CommonMark: a renderer with GitHub's *extended autolinks* turns bare
``www.`` / ``https://`` text into links after parsing, whatever the escaping; the
text shown stays the same characters.
"""

from __future__ import annotations

import re

from factsheet.safe_text import visible

_SPACES = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPECIAL = re.compile(r"[\\`*\[\]{}|~<>&]|_+")
_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
_BLOCK_START = re.compile(r"^(?:[#+=-]|\d{1,9}[.)])")


def _escape(match: re.Match[str]) -> str:
    found = match.group()
    if found[0] == "_":
        text, start, end = match.string, match.start(), match.end()
        if 0 < start and end < len(text) and text[start - 1].isalnum() and text[end].isalnum():
            return found  # intraword: CommonMark never opens or closes emphasis here (snake_case, New_York)
        return "\\_" * len(found)
    return _ENTITIES.get(found) or "\\" + found


def inline(text: str, *, mid_line: bool = False) -> str:
    """``text`` as inert single-line Markdown (see the module docstring).

    ``mid_line`` skips the escaping of a block-opening start, for text placed after
    other characters on its line (it cannot open a block there).
    """
    flat = _SURROGATE.sub("\ufffd", _SPACES.sub(" ", text).strip())
    safe = _SPECIAL.sub(_escape, visible(flat, single_line=True))
    start = None if mid_line else _BLOCK_START.match(safe)
    if start:
        marker = start.group()
        safe = (marker[:-1] + "\\" + marker[-1]) + safe[len(marker) :]
    return safe
