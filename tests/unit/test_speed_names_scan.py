"""The people finder's fast scan finds exactly the runs of the full run pattern.

``names._runs`` uses a capitals-only pattern unless a hyphenated name prefix
("al-", "bin-", "van-") may start a run; both must give the same matches.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract import names

_PIECES = [
    "Jane", "Roe", "Roe's", "al-Assad", "bin-Laden", "van-Dyke", "de-Gaulle", "abu-Bakr", "xal-Assad", "Bal-Harbour",
    "pro-European", "al-", "al-assad", "el-Sisi", "ibn-Saud", "al", "Mr.", "J.", "U.S.", "the", "said", "van", "de",
    "Mary-Jane", "O'Neil", "’s", "-", ",", ".",
]
_GAPS = [" ", "  ", "\u00a0", ", ", ". ", "\n", "-", "'", ""]

_texts = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), max_size=14).map(
    lambda parts: "".join(word + gap for word, gap in parts)
)


@settings(max_examples=600, deadline=None)
@given(_texts, st.integers(0, 20), st.integers(0, 20))
def test_fast_scan_finds_the_runs_of_the_full_pattern(text: str, cut_lo: int, cut_hi: int) -> None:
    lo, hi = min(cut_lo, len(text)), max(min(len(text) - cut_hi, len(text)), 0)
    expected = [(m.span(), m.group()) for m in names._RUN_RE.finditer(text, lo, hi)]
    assert [(m.span(), m.group()) for m in names._runs(text, lo, hi)] == expected


def test_the_capitals_pattern_is_used_where_no_prefix_stands() -> None:
    assert names._PREFIX_START_RE.search("Jane Roe met Mary-Jane O'Neil") is None
    for text in ("Bashar al-Assad", "al-Assad said", "Osama bin-Laden", "a van-Dyke print"):
        assert names._PREFIX_START_RE.search(text) is not None, text


def _pieces_cut_at_periods_too(text: str, m: re.Match[str]) -> list[list[names._Tok]]:
    """The plain way: cut after a possessive and before a period that is not part of its word."""
    pieces: list[list[names._Tok]] = []
    piece: list[names._Tok] = []
    for t in names._run_tokens(m.group(), m.start()):
        piece.append(t)
        if t.possessive or (text.startswith(".", t.end) and not t.word.endswith(".")):
            pieces.append(piece)
            piece = []
    if piece:
        pieces.append(piece)
    return pieces


@settings(max_examples=600, deadline=None)
@given(_texts)
def test_runs_are_cut_where_the_plain_way_cuts_them(text: str) -> None:
    for m in names._RUN_RE.finditer(text):
        assert names._run_pieces(m.group(), m.start()) == _pieces_cut_at_periods_too(text, m), m.group()
