"""The people finder's shortcuts over capitalised runs never change an answer.

``names._TOKEN`` tries its abbreviations only where a look-ahead sees one's shape (a
capital, lower-case letters, a point), ``names._too_many_capitals`` counts a name's
capitals only when it has more than four words, and ``names._token`` builds its tuple
without the named tuple's generated constructor. Each is compared here with the plain
work on generated text.
"""

from __future__ import annotations

import re
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract import names

_PLAIN_TOKEN = names._TOKEN.replace(r"(?=[A-Z][a-z]++\.)", "", 1)
_PLAIN_TAIL = rf"(?<![\w.’'-]){_PLAIN_TOKEN}(?:[ \u00a0]{{1,3}}(?:{names._PARTICLE}[ \u00a0]){{0,2}}{_PLAIN_TOKEN})*+"
_PLAIN_RUN_RE = re.compile(rf"(?=[{names._UPPER}{''.join(sorted({p[0] for p in names._NAME_PREFIXES}))}]){_PLAIN_TAIL}")
"""A capitalised run with every abbreviation tried at every word."""

_PIECES = [
    "Mr.", "Mrs.", "Ms", "Mx.", "Dr.", "Jr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.",
    "Prof.", "Rev.", "Supt.", "Cmdr.", "Maj.", "Cllr.", "Mrx.", "Sr", "St", "M.", "J.", "U.S.", "Jane", "Roe",
    "Roe's", "al-Assad", "van", "de", "the", "said", "Mary-Jane", "O'Neil", "McDonald", "High", "Speed", "Downlink",
    "Packet", "Access", "Élise", "-", ",", ".",
]
_GAPS = [" ", " ", "  ", "\u00a0", ", ", ". ", "\n", "'", ""]

_texts = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), max_size=16).map(
    lambda parts: "".join(word + gap for word, gap in parts)
)


def test_the_plain_pattern_differs_only_by_the_look_ahead() -> None:
    assert _PLAIN_TOKEN != names._TOKEN and names._ABBREV in _PLAIN_TOKEN


@settings(max_examples=1500, deadline=None)
@given(_texts)
def test_runs_match_the_pattern_without_the_look_ahead(text: str) -> None:
    plain = [(m.span(), m.group()) for m in _PLAIN_RUN_RE.finditer(text)]
    assert [(m.span(), m.group()) for m in names._RUN_RE.finditer(text)] == plain
    if names._PREFIX_START_RE.search(text) is None:
        assert [(m.span(), m.group()) for m in names._CAPITAL_RUN_RE.finditer(text)] == plain


def _count_always(toks: list[names._Tok]) -> bool:
    """The plain test: count the capitals of every name."""
    return sum(1 for t in toks if not t.word[0].islower()) > 4


@settings(max_examples=600, deadline=None)
@given(_texts)
def test_capitals_are_counted_only_where_they_can_be_too_many(text: str) -> None:
    text = "said " + text + ", the agency's director, said"
    fast = names.find_people(text)
    with patch.object(names, "_too_many_capitals", _count_always):
        assert fast == names.find_people(text)


def test_a_five_capital_run_is_still_no_person() -> None:
    text = "said High Speed Downlink Packet Access."
    assert names.find_people(text) == []
    assert names._too_many_capitals(names._run_tokens("High Speed Downlink Packet Access", 0))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PIECES), st.integers(0, 1000))
def test_a_token_is_the_named_tuple_its_fields_make(word: str, start: int) -> None:
    """``names._token`` builds the tuple without ``_Tok``'s generated constructor: the same object."""
    bare, possessive, kind = names._read_word(word)
    token = names._token(word, start)
    assert type(token) is names._Tok
    assert token == names._Tok(start, start + len(bare), bare, possessive, kind)
    assert (token.start, token.end, token.word, token.possessive, token.kind) == tuple(token)
