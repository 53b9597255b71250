"""Where digits start a figure, the count alternative alone gives :data:`~factsheet.extract.numbers.CORE_RE`'s
match unless a sum's, percentage's or dozen's tail follows the run of digits; then the whole pattern is matched.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract.numbers import CORE_RE, _match_figure

_PIECES = [
    "1", "12", "300", "2004", "1,200", "4.5", "1,25,000", "0.5", ",", ".", " ", "  ", "-", "\n", "%", " %",
    " per cent", " percent", " pct", " percentage points", " dozen", " million", "-million", " billion", "m", "bn",
    " m", " k", " dollars", " US dollars", " Australian dollars", " USD", " euros", " pounds", " cents", " yen",
    " workers", " people", " of", " a", "$", "£", "EUR ", "Rs", "a", "two", "١٢", "x", "'",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=9).map("".join), st.integers(0, 6))
def test_figure_matches_are_the_core_pattern_matches(text: str, cut: int) -> None:
    end = len(text) - min(cut, len(text))  # a region may end before the text does
    for start in range(end):
        if not text[start].isdigit():
            continue
        found, expected = _match_figure(text, start, end), CORE_RE.match(text, start, end)
        if expected is None:
            assert found is None, (text, start)
            continue
        assert found is not None, (text, start)
        assert (found.span(), found.lastgroup) == (expected.span(), expected.lastgroup), (text, start)
        groups = {**dict.fromkeys(CORE_RE.groupindex), **found.groupdict()}
        assert groups == expected.groupdict(), (text, start)
        assert {g: found.span(g) for g in found.groupdict()} == {g: expected.span(g) for g in found.groupdict()}
