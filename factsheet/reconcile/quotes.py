"""Quote wording: near-identical detection, word-level diff and its class.

Two quotes are compared on their folded words (case, punctuation, curly quotes
and British spellings do not count). Candidates are found by shared rare word
3-grams (shingles), never by comparing every pair; ``rapidfuzz`` gives a fast
first score and ``difflib`` the word-level alignment.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz.distance import Indel

from factsheet.reconcile import norm

WordingClass = Literal["same", "punctuation/case only", "excerpt", "shortened", "reworded"]
SHINGLE = 3
"""Words per shingle."""
NEAR = 0.6
"""Share of the shorter quote's words that must align for two quotes to be one statement."""
MIN_ALIGNED = 4
"""Aligned words two different quotes need before they are called one statement."""


def shingles(ws: Sequence[str]) -> set[tuple[str, ...]]:
    """The word 3-grams of ``ws`` (the whole quote when shorter)."""
    if len(ws) < SHINGLE:
        return {tuple(ws)} if ws else set()
    return {tuple(ws[i : i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1)}


DiffOp = tuple[Literal["equal", "delete", "insert", "replace"], tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class Comparison:
    """How quote ``b`` relates to quote ``a``."""

    wording: WordingClass
    aligned: int
    """Words the two share, in order."""
    share: float
    """``aligned`` over the shorter quote's length."""
    diff: tuple[DiffOp, ...]
    """Word-level diff of ``a``'s matching window against ``b``."""

    @property
    def near(self) -> bool:
        """One statement in two wordings (or the same wording)."""
        return self.wording in ("same", "punctuation/case only", "excerpt") or (
            self.aligned >= MIN_ALIGNED and self.share >= NEAR
        )


def contains(long: Sequence[str], short: Sequence[str]) -> bool:
    """Whether ``short`` is a contiguous run of ``long``."""
    n = len(short)
    return any(list(long[i : i + n]) == list(short) for i in range(len(long) - n + 1))


def compare(a_text: str, b_text: str) -> Comparison:
    """Compare two quotes' wording.

    ``excerpt``: one is a contiguous part of the other (a partial quote);
    ``shortened``: one is the other with words left out inside it; ``reworded``:
    words were changed or added; ``punctuation/case only``: the same words.
    """
    a, b = norm.words(a_text), norm.words(b_text)
    if a == b:
        same = " ".join(a_text.split()) == " ".join(b_text.split())
        return Comparison("same" if same else "punctuation/case only", len(a), 1.0, (("equal", tuple(a), tuple(b)),))
    shorter = min(len(a), len(b)) or 1
    if len(a) != len(b) and contains(*((a, b) if len(a) > len(b) else (b, a))):
        return Comparison("excerpt", shorter, 1.0, tuple(word_diff(a, b)))
    # cheap bound first: Indel similarity caps how many words can align
    if Indel.normalized_similarity(a, b) * (len(a) + len(b)) / 2 < MIN_ALIGNED:
        return Comparison("reworded", 0, 0.0, ())
    ops = word_diff(a, b)
    aligned = sum(len(x) for op, x, _ in ops if op == "equal")
    # words before the first or after the last shared word, on one side only, are context the other left out
    while ops and ops[0][0] in ("delete", "insert"):
        ops.pop(0)
    while ops and ops[-1][0] in ("delete", "insert"):
        ops.pop()
    kinds = {op for op, _, _ in ops if op != "equal"}
    wording: WordingClass = "shortened" if kinds <= {"delete"} or kinds <= {"insert"} else "reworded"
    return Comparison(wording, aligned, aligned / shorter, tuple(ops))


def word_diff(a: Sequence[str], b: Sequence[str]) -> list[DiffOp]:
    """Word-level diff of ``a`` into ``b`` as ``(op, a_words, b_words)`` runs (difflib opcodes)."""
    matcher = difflib.SequenceMatcher(None, list(a), list(b), autojunk=False)
    return [(op, tuple(a[i1:i2]), tuple(b[j1:j2])) for op, i1, i2, j1, j2 in matcher.get_opcodes()]  # type: ignore[misc]


def describe(diff: Sequence[DiffOp]) -> str:
    """A short reading of a diff: ``"'accede' -> 'agree'; + 'simply'"``."""
    parts: list[str] = []
    for op, a, b in diff:
        if op == "replace":
            parts.append(f"'{' '.join(a)}' -> '{' '.join(b)}'")
        elif op == "delete":
            parts.append(f"- '{' '.join(a)}'")
        elif op == "insert":
            parts.append(f"+ '{' '.join(b)}'")
    return "; ".join(parts)
