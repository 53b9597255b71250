"""The quick pre-checks that spare a pattern its search never rule out a match the pattern would find.

``dates._may_end_number`` guards ``_NUMBER_BEFORE`` (the number before a duration's unit) and
``numbers._may_end_hedge`` guards ``_QUALIFIER_BEFORE`` (the hedge before a figure); each lists
by hand the words its pattern can end with, so the two must stay in step.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract.amounts import HEDGES, ONES, TENS
from factsheet.extract.dates import _NUMBER_BEFORE, _may_end_number
from factsheet.extract.numbers import _QUALIFIER_BEFORE, _may_end_hedge

_NUMBER_WORDS = [*ONES, *TENS, "hundred", "thousand", "million", "billion", "a", "an", "half", "and a half"]
_OTHER_WORDS = ["the", "last", "for", "some", "x", "ſix", "ſome", "Ab", "past", "12", "1,200", "4.5", "$3", "-"]
_BLANKS = [" ", "  ", "\t", "\n", "-", "\u00a0", ""]


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from([word, word.upper(), word.capitalize()])


_tokens = st.one_of(
    st.sampled_from(_NUMBER_WORDS).flatmap(_cased),
    st.sampled_from(list(HEDGES)).flatmap(_cased),
    st.sampled_from(_OTHER_WORDS),
    st.text(alphabet="abcdeſK0123456789,.", max_size=4),
)
_texts = st.lists(st.tuples(_tokens, st.sampled_from(_BLANKS)), max_size=6).map(
    lambda pairs: "".join(word + blank for word, blank in pairs)
)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_number_precheck_lets_through_every_number_the_pattern_reads(text: str) -> None:
    pos = len(text)
    if _NUMBER_BEFORE.search(text, max(0, pos - 48), pos) is not None:
        assert _may_end_number(text, pos)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_hedge_precheck_lets_through_every_hedge_the_pattern_reads(text: str) -> None:
    pos = len(text)
    if _QUALIFIER_BEFORE.search(text, max(0, pos - 24), pos) is not None:
        assert _may_end_hedge(text, pos)


def test_the_prechecks_do_rule_out_plain_words() -> None:
    assert not _may_end_number("over the last ", len("over the last "))
    assert _may_end_number("for twenty-five ", len("for twenty-five "))
    assert not _may_end_hedge("in the ", len("in the "))
    assert _may_end_hedge("up to ", len("up to "))
