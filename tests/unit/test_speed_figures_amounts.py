"""The word lists of the figure grammars (number words, currencies, hedges), written as tries, match what
the plain lists of branches match.

``re`` tries the branches of ``a|b|…`` one by one; :func:`~factsheet.extract.amounts.alternation` tests one
letter per level and, where one word starts another, tries the longer first, as a longest-first list does.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract.amounts import CODE, CURRENCY_CODES, CURRENCY_NAMES, HEDGES, NAME, ONES, QUALIFIER, TENS, WORD

_ONE = "|".join(sorted(ONES, key=len, reverse=True))
PLAIN_WORD = rf"(?:(?:{'|'.join(TENS)})(?:-(?:{_ONE}))?|{_ONE})"
PLAIN_NAME = "(?:" + "|".join(sorted(CURRENCY_NAMES, key=len, reverse=True)) + ")"
PLAIN_CODE = "(?:" + "|".join(CURRENCY_CODES) + ")"
PLAIN_QUALIFIER = "(?i:" + "|".join(hedge.replace(" ", r"\s+") for hedge in HEDGES) + ")"

_AFTER = ["", r"\b", "$", r"\s+dozen\b", r"(?:\s+|-)million\b", r"[\s-]?%", r"teen"]
"""What may follow the word in a grammar: the first reading that lets it follow must be the same."""
_PIECES = [
    *ONES, *TENS, *CURRENCY_NAMES, *CURRENCY_CODES, *(w for hedge in HEDGES for w in hedge.split()),
    "-", " ", "  ", "\n", "teen", "ty", "s", "ly", "x", " dozen", "-million", "%",
]  # fmt: skip


def _cased(piece: str) -> st.SearchStrategy[str]:
    return st.sampled_from([piece, piece.upper(), piece.capitalize()])


_texts = st.lists(st.sampled_from(_PIECES).flatmap(_cased), min_size=1, max_size=5).map("".join)


@settings(max_examples=500, deadline=None)
@given(_texts, st.sampled_from(_AFTER))
def test_tries_match_as_the_plain_branches_do(text: str, after: str) -> None:
    for trie, plain in ((WORD, PLAIN_WORD), (NAME, PLAIN_NAME), (CODE, PLAIN_CODE), (QUALIFIER, PLAIN_QUALIFIER)):
        for flags in (0, re.IGNORECASE):
            found = re.match(f"(?:{trie}){after}", text, flags)
            expected = re.match(f"(?:{plain}){after}", text, flags)
            assert (found and found.span()) == (expected and expected.span()), (text, after, plain[:20])


def test_every_word_of_the_lists_is_matched_whole() -> None:
    words = [*ONES, *TENS, *(f"{t}-{o}" for t in TENS for o in ONES)]
    assert all(re.fullmatch(WORD, w) for w in words)
    assert all(re.fullmatch(NAME, w) for w in CURRENCY_NAMES)
    assert all(re.fullmatch(CODE, w) for w in CURRENCY_CODES)
    assert all(re.fullmatch(QUALIFIER, h.replace(" ", " \t ")) for h in HEDGES)
