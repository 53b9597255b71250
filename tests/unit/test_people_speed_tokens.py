"""The shortcuts of the people finder read words exactly as the plain patterns do.

``names._run_tokens`` splits a capitalised run at spaces instead of matching each
word again, and ``names.WORD_RE`` opens its dotted branches with a look-ahead; both
must give the very words (and spans) of the patterns they stand for.
"""

from __future__ import annotations

import random
import re

from factsheet.extract import names

_PLAIN_TOKEN_RE = re.compile(rf"{names._PARTICLE}(?=[ \u00a0])|{names._TOKEN}")
"""One word of a run, matched on its own (what the run's words used to be read with)."""

_PLAIN_WORD_RE = re.compile(
    rf"(?:[A-Za-z]\.){{2,}}|(?:[a-z]+-)?{names._ABBREV}|[{names._UPPER}]\.(?=[ \u00a0]?[{names._UPPER}])"
    r"|[\w’'&-]+|[^\w\s]"
)
"""The word pattern without its look-ahead."""

_PIECES = [
    "Jane", "Roe", "Roe's", "Roes'", "Mr.", "Dr.", "J.", "U.S.", "van", "de", "al-Assad", "O'Neil", "McDonald",
    "said", "the", "Élise", "Mary-Jane", "BBC", "Jr.", "of", "Sen.", "ex-Gov.", "bin", "Le", "St.", "’s", ",", ".",
]
_GAPS = [" ", "  ", "\u00a0", ", ", ". ", "\n", " (", "' "]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 12))) for _ in range(count)
    ]


def test_run_words_are_the_words_of_the_plain_token_pattern() -> None:
    for text in _texts(7, 3000):
        for m in names._RUN_RE.finditer(text):
            plain = [names._token(w.group(), w.start()) for w in _PLAIN_TOKEN_RE.finditer(text, m.start(), m.end())]
            assert names._run_tokens(m.group(), m.start()) == plain, (text, m.group())


def test_word_pattern_matches_the_plain_alternation() -> None:
    for text in _texts(11, 3000):
        for start in range(0, len(text), 5):
            end = min(len(text), start + 40)
            got = [(w.span(), w.group()) for w in names.WORD_RE.finditer(text, start, end)]
            assert got == [(w.span(), w.group()) for w in _PLAIN_WORD_RE.finditer(text, start, end)], text


def test_near_kind_agrees_with_the_lexicon_helpers() -> None:
    for word in ["of", "of.", "The", "the", "and", "spokeswoman", "Mr.", "Dr", "said", ",", ".", "Secretary"]:
        kind = names._near_kind(word)
        last = word.rstrip(".") or word
        assert kind.of_any == (word.lower() in names._OF_ANY)
        assert kind.ends_of_any == (last.lower() in names._OF_ANY)
        assert kind.honorific == names.is_honorific(word)
        assert kind.may_end_title == (
            last[0].isupper() or last.lower() in names._OF_INNER or names.is_title_word(word)
        )
