"""Game-clock readings are matched only where the trigger scan marks a time; they are those a scan of the
whole region finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract.dates import _GAME_CLOCK_TIME, _game_clocks
from factsheet.extract.triggers import triggers

_PIECES = [
    "1", "12", "0", "45", "9", ":", "::", ".", ",", " ", "\n", "The ", "the ", " left", " to play", " to go",
    " remaining", " on the clock", " of the clock", " left on the clock", "5", "٣", "pm", "a", "x", "-",
    "1:12", "0:45", "12:30:05", "10:05", ":07", "٣:٤٥", "1:60",
]  # fmt: skip


def _plain(text: str, start: int, end: int) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in _GAME_CLOCK_TIME.finditer(text, start, end)]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), st.integers(0, 5), st.integers(0, 5))
def test_clocks_at_time_triggers_are_the_clocks_of_the_region(text: str, cut_start: int, cut_end: int) -> None:
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    found = _game_clocks(text, end, triggers(text, start, end).times)
    expected = _plain(text, start, end)
    assert [(a, b) for a, b, *_ in found] == [(a, b) for a, b, _ in expected], (text, start, end)


def test_a_game_clock_is_found() -> None:
    text = "with 1:12 left, and 0:45 to play; the 8:15 left"
    assert [value for *_, value, _ in _game_clocks(text, len(text), triggers(text, 0, len(text)).times)] == [
        "PT1M12S",
        "PT45S",
    ]
