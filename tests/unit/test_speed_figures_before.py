"""What the number extractor reads right before a figure, without a backward search where it can tell cheaply.

* ``_word_before`` reads the word before a number's blanks backwards, as the plain pattern's search finds it;
* ``_may_end_code`` lets through every currency code ``_CODE_BEFORE`` finds before digits;
* ``_may_end_word`` with ``_ALTERNATIVES`` lets through every "one or", "2 to" ``_ALTERNATIVE_BEFORE`` finds.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract.amounts import CURRENCY_CODES
from factsheet.extract.numbers import (
    _ALTERNATIVE_BEFORE,
    _ALTERNATIVES,
    _CODE_BEFORE,
    _may_end_code,
    _may_end_word,
    _word_before,
)

_PREV_WORD = re.compile(r"([A-Za-z][\w.'-]*)[ \t]+$")


def _plain_word_before(text: str, n_start: int) -> str:
    if text[n_start - 1 : n_start] not in (" ", "\t", "\n"):
        return ""
    prev = _PREV_WORD.search(text, max(0, n_start - 30), n_start)
    return prev.group(1) if prev else ""


_PIECES = [
    "Route", "route", "No.", "the", "U.S.", "it's", "F-35", "x_y", "é", "Ünal", "٣", "5", "12", "'", ".", "-", "$",
    "(", " ", "  ", "\t", "\n", " \n", "\u00a0", "one", "two", "or", "OR", "and", "to", "ſo", *CURRENCY_CODES[:6],
    "Rs", "Rs.", "usd", "a" * 26,
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_TEXTS)
def test_word_before_is_what_the_pattern_finds(text: str) -> None:
    for pos in range(len(text) + 1):
        assert _word_before(text, pos) == _plain_word_before(text, pos), (text, pos)


@settings(max_examples=800, deadline=None)
@given(_TEXTS, st.integers(0, 8))
def test_code_precheck_lets_through_every_code_the_pattern_reads(text: str, back: int) -> None:
    for pos in range(len(text) + 1):
        floor = max(0, pos - back)
        if _CODE_BEFORE.search(text, max(floor, pos - 4), pos) is not None:
            assert _may_end_code(text, pos), (text, pos)


@settings(max_examples=800, deadline=None)
@given(_TEXTS)
def test_alternative_precheck_lets_through_every_alternative_the_pattern_reads(text: str) -> None:
    for pos in range(len(text) + 1):
        if _ALTERNATIVE_BEFORE.search(text, max(0, pos - 24), pos) is not None:
            assert _may_end_word(text, pos, _ALTERNATIVES, 3), (text, pos)


def test_the_prechecks_do_rule_out_plain_words() -> None:
    assert not _may_end_code("in the ", len("in the "))
    assert _may_end_code("EUR ", len("EUR ")) and _may_end_code("Rs.", 3)
    for text in ("Rs \n", "Rs\n\n"):  # ``$`` before a final newline: the code ends two characters back
        assert _CODE_BEFORE.search(text, 0, len(text)) is not None and _may_end_code(text, len(text))
    assert not _may_end_word("one of the ", len("one of the "), _ALTERNATIVES, 3)
    assert _may_end_word("one or ", len("one or "), _ALTERNATIVES, 3)
