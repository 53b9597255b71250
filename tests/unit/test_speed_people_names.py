"""The speakers' capitalised-run scan finds what the plain pattern finds.

``speakers.CAP_SEQ_RE`` tries an abbreviation only where a look-ahead sees one's shape
(a capital, lower-case letters, a point), and reads an abbreviation after its first capital
as its rest then the whole word behind ("r(?<=Mr)"). Both are compared here with the pattern
written plainly: every abbreviation tried in full at every word.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract.speakers import _ABBREVIATIONS, _PARTICLE, ABBR, CAP_SEQ_RE

_PLAIN_TOKEN = rf"(?:(?:[A-Z]\.){{2,}}|{ABBR}|[A-Z]\.|[A-Z][\w'’\-]*\w|[A-Z])"
_PLAIN_RE = re.compile(
    rf"(?=[A-Z])(?<![\w’'])({_PLAIN_TOKEN}(?:[ \u00a0]+(?:(?:{_PARTICLE})[ \u00a0]+)?{_PLAIN_TOKEN})*)"
)
"""The pattern with no look-ahead before the abbreviations and each abbreviation written whole."""

_PIECES = st.sampled_from(
    [*_ABBREVIATIONS, "M", "R", "Re", "Cm", "Pre", "r", "rs", "eps", "mdr", "x", "Jane", "Doe", "de", "van", "the",
     ".", ". ", " ", "\u00a0", "\n", "'", "’", "-", "9", "_", ",", "É", "é", "U.S.", "J."]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, max_size=25), st.data())
def test_runs_of_capitals_match_the_plain_pattern(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    found = [(m.start(), m.end()) for m in CAP_SEQ_RE.finditer(text, lo, hi)]
    assert found == [(m.start(), m.end()) for m in _PLAIN_RE.finditer(text, lo, hi)]


def test_every_abbreviation_is_read_whole() -> None:
    for abbr in _ABBREVIATIONS:
        for text in (f"{abbr}. Jane Doe", f"{abbr} Doe", f"x {abbr}.Doe", f"{abbr}s. Doe", f"The {abbr}. Doe"):
            assert [m.span() for m in CAP_SEQ_RE.finditer(text)] == [m.span() for m in _PLAIN_RE.finditer(text)], text
