"""The capitalised-run scan that opens with a character class finds what the plain pattern finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract.speakers import _NAME_TOKEN, _PARTICLE, CAP_SEQ_RE

_PLAIN_RE = re.compile(
    rf"(?=[A-Z])(?<![\w’'])({_NAME_TOKEN}(?:[ \u00a0]+(?:(?:{_PARTICLE})[ \u00a0]+)?{_NAME_TOKEN})*)"
)
"""The pattern as first written: a look-ahead for the capital, then whole name tokens."""

_PIECES = st.sampled_from(
    ["Mr", "Mrs", "Ms", "Reps", "St", "Gov", "Dr", "Jr", "A", "U", "S", "Jane", "Doe", "de", "van", "st.", "the", ".",
     " ", "\u00a0", "\n", "'", "’", "-", "s", "o", "9", "_", ",", '"', "(", "É"]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=25), st.data())
def test_runs_of_capitals_match_the_plain_pattern(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    found = [(m.start(), m.end()) for m in CAP_SEQ_RE.finditer(text, lo, hi)]
    assert found == [(m.start(), m.end()) for m in _PLAIN_RE.finditer(text, lo, hi)]


def test_abbreviations_and_initials() -> None:
    text = "Mrs. Doe met U.S. Rep. J. R. de la Cruz and Reps. O’Neil at St. Paul’s; xMr. Y"
    assert [m.group() for m in CAP_SEQ_RE.finditer(text)] == [m.group() for m in _PLAIN_RE.finditer(text)]
