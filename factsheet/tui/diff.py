"""Word-level difference between two wordings (no Textual): what a variant adds and drops."""

from __future__ import annotations

import difflib
import string
from typing import Literal

Change = Literal["same", "added", "dropped"]


_PUNCTUATION = string.punctuation + "\u201c\u201d\u2018\u2019\u2026\u2014\u2013"


def _key(word: str) -> str:
    """What two words must share to count as the same: case and surrounding punctuation ignored."""
    return word.strip(_PUNCTUATION).casefold() or word


def word_diff(base: str, other: str) -> list[tuple[str, Change]]:
    """Words of ``other`` against ``base``: kept, added, and ``base``'s words it dropped (in place)."""
    a, b = base.split(), other.split()
    matcher = difflib.SequenceMatcher(a=[_key(w) for w in a], b=[_key(w) for w in b], autojunk=False)
    out: list[tuple[str, Change]] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            out.extend((w, "same") for w in b[b0:b1])
            continue
        if tag in ("replace", "delete"):
            out.extend((w, "dropped") for w in a[a0:a1])
        if tag in ("replace", "insert"):
            out.extend((w, "added") for w in b[b0:b1])
    return out
