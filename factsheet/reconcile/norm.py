"""Text folding shared by the reconcilers: case, accents, punctuation, spelling."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
# The dots of "u.s." and "u.s": the pattern starts with its literal dot so the engine jumps from dot to dot.
_ABBREV_DOT = re.compile(r"\.(?:(?<=\b[a-z]\.)(?=[a-z]\b\.?)|(?<=\b[a-z]\.[a-z]\.))")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")

SPELLING: dict[str, str] = {
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    "labour": "labor", "honour": "honor", "colour": "color", "favour": "favor", "behaviour": "behavior",
    "neighbour": "neighbor", "rumour": "rumor", "humour": "humor", "harbour": "harbor", "endeavour": "endeavor",
    "programme": "program", "organisation": "organization", "organise": "organize", "realise": "realize",
    "recognise": "recognize", "criticise": "criticize", "apologise": "apologize", "authorise": "authorize",
    "analyse": "analyze", "centre": "center", "theatre": "theater", "metre": "meter", "litre": "liter",
    "tyre": "tire", "grey": "gray", "cheque": "check", "jewellery": "jewelry", "travelled": "traveled",
    "travelling": "traveling", "cancelled": "canceled", "cancelling": "canceling", "judgement": "judgment",
    "ageing": "aging", "catalogue": "catalog", "dialogue": "dialog", "manoeuvre": "maneuver",
}
"""British spellings folded to one form (a plural "-s" too), so spelling never makes two values differ."""


@lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Lower case, accents dropped, apostrophes and quote marks straightened."""
    text = text.translate(_APOSTROPHES)
    if text.isascii():  # ASCII is its own NFKD form and has no combining marks
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


@lru_cache(maxsize=1 << 18)
def words(text: str) -> tuple[str, ...]:
    """The words of ``text``, folded: ``"U.S. Defence"`` -> ``("us", "defense")``."""
    folded = fold(text)
    if "." in folded:
        folded = _ABBREV_DOT.sub("", folded)
    found = _WORD.findall(folded)
    return tuple(map(_SPELLED.get, found, found))  # each word in its one spelling, else as it is


def _spelled(word: str) -> str:
    """``word`` in its one spelling; a plural ("tyres") or possessive ("organisation's") too."""
    stem, possessive = (word[:-2], "'s") if word.endswith("'s") else (word, "")
    if stem in SPELLING:
        return SPELLING[stem] + possessive
    if stem.endswith("s") and stem[:-1] in SPELLING:
        return SPELLING[stem[:-1]] + "s" + possessive
    return word


def key(text: str) -> str:
    """One comparable string for ``text``: its folded words joined by spaces."""
    return " ".join(words(text))


_SPELLED: dict[str, str] = {
    form: _spelled(form) for british in SPELLING for form in (british, british + "s", british + "'s", british + "s's")
}
"""Every word :func:`_spelled` changes, with its one spelling (any other word it leaves as it is)."""
