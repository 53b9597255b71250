"""Make article text inert in Markdown: it can never become structure.

:func:`inline` turns any string into one line of CommonMark that renders as the
same characters and nothing else:

* every whitespace run (newlines, tabs, Unicode line separators) becomes one space,
  so text cannot end a line, start a block or make a hard break;
* other control, bidi and zero-width characters become visible placeholders
  (:func:`factsheet.safe_text.visible`);
* ``<``, ``>`` and ``&`` become HTML entities (no raw HTML, no autolink, no entity);
* the ASCII punctuation CommonMark gives a meaning in the middle of a line is
  backslash-escaped: ``\\ ` * _ [ ] { } | ~``, plus ``!`` ``(`` ``)`` ``:`` never need it
  once ``[`` and ``<`` are escaped;
* a start that would open a block if the text began a line (``#``, ``-``, ``+``,
  ``=``, ``1.``, ``1)``) is escaped too, so the result is safe anywhere on a line.
"""

from __future__ import annotations

import re

from factsheet.safe_text import visible

_SPACES = re.compile(r"\s+")
_SPECIAL = re.compile(r"[\\`*_\[\]{}|~<>&]")
_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
_BLOCK_START = re.compile(r"^(?:[#+=-]|\d{1,9}[.)])")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _ENTITIES.get(char) or "\\" + char


def inline(text: str) -> str:
    """``text`` as inert single-line Markdown (see the module docstring)."""
    flat = _SPACES.sub(" ", text).strip()
    safe = _SPECIAL.sub(_escape, visible(flat, single_line=True))
    start = _BLOCK_START.match(safe)
    if start:
        marker = start.group()
        safe = (marker[:-1] + "\\" + marker[-1]) + safe[len(marker) :]
    return safe
