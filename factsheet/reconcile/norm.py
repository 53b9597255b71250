"""Text folding shared by the reconcilers: case, accents, punctuation, spelling."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
_ABBREV_DOT = re.compile(r"(?<=\b[a-z])\.(?=[a-z]\b\.?)|(?<=\b[a-z]\.[a-z])\.")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")

SPELLING: dict[str, str] = {
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "labour": "labor",
    "honour": "honor",
    "programme": "program",
    "organisation": "organization",
    "centre": "center",
}
"""British spellings folded to one form, so spelling never makes two values differ."""


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents dropped, apostrophes and quote marks straightened."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """The words of ``text``, folded: ``"U.S. Defence"`` -> ``("us", "defense")``."""
    folded = _ABBREV_DOT.sub("", fold(text))
    return tuple(SPELLING.get(w, w) for w in _WORD.findall(folded))


def key(text: str) -> str:
    """One comparable string for ``text``: its folded words joined by spaces."""
    return " ".join(words(text))
