"""The shared trigger scan: the word trie's premise, and region edges."""

from __future__ import annotations

import re

from factsheet.extract.triggers import WORD_KINDS, triggers


def test_no_word_of_one_kind_starts_a_word_of_another() -> None:
    """The premise of one trie for all kinds: at a place at most one kind can match."""
    for word, kind in WORD_KINDS.items():
        for other, other_kind in WORD_KINDS.items():
            if kind != other_kind:
                assert not other.startswith(word), (word, other)


def _plain(text: str, start: int, end: int) -> list[int]:
    """Word triggers as a plain scan of ``text[:end]`` finds them (each kind with its own ending rule)."""
    words = "|".join(sorted(WORD_KINDS, key=len, reverse=True))
    pattern = re.compile(rf"\b(?:{words})")
    found = []
    for m in pattern.finditer(text[:end], start):
        kind = WORD_KINDS[m.group()]
        whole = re.match(r"\w", text[m.end() : end]) is None
        after_hyphen = text[m.start() - 1 : m.start()] == "-"
        if (kind in ("count", "clock") and not whole) or (kind == "calendar" and after_hyphen):
            continue
        found.append(m.start())
    return found


def test_word_triggers_at_region_edges_and_after_non_ascii_letters() -> None:
    text = "Twelve-day x, éten (ten) mid-May Monday tenth noon's May—Friday 5twelve _two ¿Two"
    for start in range(len(text)):
        for end in (len(text), len(text) - 5, min(start + 8, len(text))):
            if end < start:
                continue
            found = triggers(text, start, end)
            counts = {p for p, w in found.figures if w[0].isalpha()}
            words = sorted(counts | set(found.times) | set(found.dates) | set(found.units))
            assert words == _plain(text, start, end), (start, end)


def test_digits_start_figures_times_and_dates() -> None:
    text = "On 5 March at 5:30pm, 1,200 and 3.5 rose; $4 and 2026-03-01 at 0100 GMT"
    found = triggers(text, 0, len(text))
    figures = [text[p : p + 3] for p, _ in found.figures]
    assert figures[:6] == ["5 M", "5:3", "30p", "1,2", "3.5", "$4 "]  # not "200" or "5" read from the middle
    assert [text[p : p + 4] for p in found.times] == ["5:30", "4 an", "01 a", "0100"]  # "4 a(nd)": a loose test
    assert [text[p : p + 4] for p in found.dates] == ["5 Ma", "Marc", "2026"]
