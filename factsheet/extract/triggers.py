"""Where the figure and time grammars can start: one cached scan per region, shared by numbers and dates.

A scan per grammar cost more than the grammars themselves, so two passes over a region find every place
where a grammar is worth trying: one over digits and currency symbols, one over trigger words. Both
patterns open with a character class, which lets ``re`` skip ahead between candidates in C.

* **digits and symbols**: a currency symbol, or the first digit of a run; look-arounds say which grammars
  it can start (a figure unless it follows a comma or point, a time before "am"/":30"/"GMT", a date before
  a month name or "-"). Look-aheads see only the region, as the grammars matched there do.
* **words**: the number, unit, clock and calendar words, as one trie after a character that is not a
  letter or digit. No word of one kind is the start of a word of another kind, so at a place at most one
  kind can match, the trie finds the longest word, and the word's own ending rule (a number or clock word
  ends there; a unit or calendar word may run on) is checked on what it found.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from factsheet.extract.amounts import ONES, TENS, alternation

FIGURE_WORDS = [w for w in ONES if w != "one"] + list(TENS) + [
    "dozen", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "million", "billion", "trillion",
]  # fmt: skip
COUNT_WORDS = FIGURE_WORDS + [w.capitalize() for w in FIGURE_WORDS]
UNIT_WORDS = "second minute hour day week fortnight month year decade century".split()
CLOCK_WORDS = ["noon", "midday", "midnight"]
CALENDAR_WORDS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split() + [
    day + "day" for day in "Mon Tues Wednes Thurs Fri Satur Sun".split()
]
WORD_KINDS: dict[str, str] = {
    **dict.fromkeys(COUNT_WORDS, "count"),
    **dict.fromkeys(UNIT_WORDS, "unit"),
    **dict.fromkeys(CLOCK_WORDS, "clock"),
    **dict.fromkeys(CALENDAR_WORDS, "calendar"),
}
"""Every trigger word and its kind; counts and clock words must end where the word ends."""
_WHOLE_WORD_KINDS = frozenset(("count", "clock"))

_SYMBOLS = "$£€¥₹₩₽₺₪"
_MARK = (  # after a currency symbol or a digit:
    r"(?<!\d\d)"  # the first digit of a run
    r"(?P<figure>(?<![,.]\d))?"  # not "1,5" or ".5" read from the middle
    r"(?P<time>(?<=\d)(?<![:.,]\d)(?=\d?(?:[:.]\d\d)?\s?[aApP]|\d?:\d|\d{3}\s?(?:GMT|UTC|Z)\b))?"
    r"(?P<date>(?<=\d)(?<![\w-]\d)(?=\d{3}-|\d?(?:st|nd|rd|th)?\s+(?:of\s+)?[JFMASOND]))?"
)
_MARK_RE = re.compile(rf"[\d{_SYMBOLS}]{_MARK}")
_ASCII_MARK_RE = re.compile(rf"[0-9{_SYMBOLS}]{_MARK}")
""":data:`_MARK_RE` for an ASCII region, where ``\\d`` is ``[0-9]``: a class of characters ``re`` tests faster
than the category of every character."""
_WORDS = alternation(WORD_KINDS)
_WORD_RE = re.compile(rf"[^A-Za-z0-9_](?P<word>{_WORDS})")
"""A trigger word after a character that may not be a word character (a non-ASCII letter is checked after)."""
_WORD_AT = re.compile(rf"(?P<word>{_WORDS})")


class Triggers(NamedTuple):
    """Positions in a region where each grammar is tried, in text order."""

    figures: tuple[tuple[int, str], ...]
    """Money and numbers: a digit (not after a comma or point), a currency symbol, a number word; with its text."""
    times: tuple[int, ...]
    dates: tuple[int, ...]
    units: tuple[int, ...]


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches."""
    return char.isalnum() or char == "_"


@lru_cache(maxsize=256)
def triggers(text: str, start: int, end: int) -> Triggers:
    """Where numbers, times, dates and durations can start in ``text[start:end]`` (cached: pure)."""
    figures: list[tuple[int, str]] = []
    times: list[int] = []
    dates: list[int] = []
    units: list[int] = []
    marks = _ASCII_MARK_RE if text.isascii() or text[start:end].isascii() else _MARK_RE
    for m in marks.finditer(text, start, end):
        pos = m.start()
        if m.lastgroup == "figure":  # the common case: a figure only
            figures.append((pos, text[pos]))
            continue
        figure, time, date = m.group("figure", "time", "date")
        if figure is not None:
            figures.append((pos, text[pos]))
        if time is not None:
            times.append(pos)
        if date is not None:
            dates.append(pos)
    words = list(_WORD_RE.finditer(text, start, end))
    if start == 0 or not _is_word_char(text[start - 1]):
        first = _WORD_AT.match(text, start, end)
        words[:0] = [first] if first else []
    for m in words:
        pos, word = m.start("word"), m.group("word")
        if pos > start and text[pos - 1].isalnum():
            continue  # a non-ASCII letter or digit before it (the pattern's class lets those through)
        kind = WORD_KINDS[word]
        after = m.end()
        if kind in _WHOLE_WORD_KINDS and after < end and _is_word_char(text[after]):
            continue  # "tenth", "fourth"
        if kind == "count":
            figures.append((pos, word))
        elif kind == "unit":
            units.append(pos)
        elif kind == "clock":
            times.append(pos)
        elif text[pos - 1 : pos] != "-":  # "mid-May" is no date trigger
            dates.append(pos)
    return Triggers(tuple(sorted(figures)), tuple(sorted(times)), tuple(sorted(dates)), tuple(units))
