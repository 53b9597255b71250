"""The quote fast paths give what the plain computations give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.reconcile import quotes

_WORDS = st.lists(st.sampled_from(["we", "will", "not", "go"]), max_size=8)


@settings(max_examples=300, deadline=None)
@given(_WORDS, _WORDS, st.booleans())
def test_contains_is_a_contiguous_run_whatever_the_sequence_type(long: list[str], short: list[str], as_tuples: bool) -> None:
    plain = any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))
    a, b = (tuple(long), tuple(short)) if as_tuples else (long, tuple(short))
    assert quotes.contains(a, b) == plain
