"""The backward sentence-start search gives what a forward scan over the sentence ends gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract.attribution import _ABBREV_BEFORE_DOT, _MAX_SENTENCE, _SENTENCE_END_RE, sentence_start


def _forward_sentence_start(text: str, lo: int, pos: int) -> int:
    """The plain way: every sentence end from ``lo`` on, the last one ending by ``pos``."""
    lo = max(lo, pos - _MAX_SENTENCE)
    start = lo
    for m in _SENTENCE_END_RE.finditer(text, lo, min(len(text), pos + 2)):
        if m.end() > pos:
            break
        if text[m.start()] == "." and _ABBREV_BEFORE_DOT.search(text, max(lo, m.start() - 8), m.start() + 1):
            continue
        start = m.end()
    return start


_PIECES = st.sampled_from(
    [" ", "\n", ".", "..", "!", "?", "…", '"', "“", "”", "’", ")", "(", "A", "Doe", "said", "Mr", "U.S", "Jan", "3", ","]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.data())
def test_sentence_start_matches_the_forward_scan(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    pos = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, pos))
    assert sentence_start(text, lo, pos) == _forward_sentence_start(text, lo, pos)


def test_a_run_of_stops_is_read_from_its_first_stop() -> None:
    text = "Mr.. Doe said"  # "Mr." is an abbreviation, so the run ".." ends no sentence
    assert sentence_start(text, 0, len(text)) == _forward_sentence_start(text, 0, len(text)) == 0


def test_sentence_start_looks_back_a_long_sentence_at_most() -> None:
    text = "Done. " + "word " * 200 + "end"
    pos = len(text)
    assert sentence_start(text, 0, pos) == _forward_sentence_start(text, 0, pos) == pos - _MAX_SENTENCE
