"""The trigger scan's ASCII pattern finds what the general one finds, and only ASCII regions take it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract.triggers import _ASCII_MARK_RE, _MARK_RE, triggers

_ASCII = st.text(st.sampled_from("0123456789 ,.:-$apmAPMGTJFstndrhof\n"), max_size=40)


def _marks(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[tuple[int, int], ...]]:
    return [m.regs for m in pattern.finditer(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(_ASCII, st.integers(0, 40), st.integers(0, 40))
def test_ascii_marks_are_the_general_marks(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    assert _marks(_ASCII_MARK_RE, text, start, end) == _marks(_MARK_RE, text, start, end)


def test_other_digits_start_figures_outside_ascii() -> None:
    text = "Some ٣ and ५ and 7"
    assert [p for p, _ in triggers(text, 0, len(text)).figures] == [5, 11, 17]
    assert [p for p, _ in triggers(text, 9, len(text)).figures] == [11, 17]  # a non-ASCII region of the text
