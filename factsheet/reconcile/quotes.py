"""Quote wording: near-identical detection, word-level diff and its class.

Two quotes are compared on their folded words (case, punctuation, curly quotes,
British spellings, contractions, common abbreviations and bracketed editorial
insertions do not count). Candidates are found by shared rare word
3-grams (shingles), never by comparing every pair; ``rapidfuzz`` gives a fast
first score and ``difflib`` the word-level alignment.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz.distance import Indel

from factsheet.reconcile import norm

WordingClass = Literal["same", "punctuation/case only", "excerpt", "shortened", "reworded"]
SHINGLE = 3
"""Words per shingle."""
NEAR = 0.6
"""Share of the shorter quote's words that must align for two quotes to be one statement."""
MIN_ALIGNED = 5
"""Aligned words two different quotes need before they are called one statement."""
MIN_WORDS = 6
"""Words the shorter of two differently worded quotes needs: shorter fragments are paraphrase, not quotes to compare."""


_INSERTION = re.compile(r"\([^)]*\)")
"""A parenthetical inside a quote is the writer's aside ("(Libyan leader)"); [brackets] stand for the speaker's words."""
_CONTRACTIONS: dict[str, tuple[str, ...]] = {
    "can't": ("cannot",), "won't": ("will", "not"), "shan't": ("shall", "not"), "let's": ("let", "us"),
    "it's": ("it", "is"), "that's": ("that", "is"), "what's": ("what", "is"), "there's": ("there", "is"),
    "here's": ("here", "is"), "he's": ("he", "is"), "she's": ("she", "is"), "who's": ("who", "is"),
}
_SUFFIXES: tuple[tuple[str, str], ...] = (("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'m", "am"))
ABBREVIATIONS: dict[str, str] = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "pres": "president",
    "dept": "department", "govt": "government", "mr": "mister", "st": "street", "&": "and",
}
"""Abbreviations a quote may be printed with in one outlet and spelled out in another."""


@lru_cache(maxsize=1 << 18)
def quote_words(text: str) -> tuple[str, ...]:
    """The words a speaker said, for comparison: parenthetical asides ("(Libyan leader)") dropped,
    contractions and common abbreviations spelled out."""
    ws = norm.words(_INSERTION.sub(" ", text))
    if "'" not in "".join(ws):  # every contraction and suffix below has an apostrophe
        return tuple(map(ABBREVIATIONS.get, ws, ws)) or norm.words(text)
    out: list[str] = []
    for w in ws:
        if "'" not in w:
            out.append(ABBREVIATIONS.get(w, w))
            continue
        if w in _CONTRACTIONS:
            out.extend(_CONTRACTIONS[w])
            continue
        for suffix, full in _SUFFIXES:
            if w.endswith(suffix) and len(w) > len(suffix):
                out.extend((w[: -len(suffix)], full))
                break
        else:
            out.append(ABBREVIATIONS.get(w, w))
    return tuple(out) or norm.words(text)


def shingles(ws: Sequence[str]) -> set[tuple[str, ...]]:
    """The word 3-grams of ``ws`` (the whole quote when shorter)."""
    if len(ws) < SHINGLE:
        return {tuple(ws)} if ws else set()
    return set(zip(*(ws[i:] for i in range(SHINGLE))))


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
    shorter: int = 0
    """Words in the shorter quote."""

    @property
    def near(self) -> bool:
        """One statement in two wordings (or the same wording)."""
        return self.wording in ("same", "punctuation/case only", "excerpt") or (
            self.aligned >= MIN_ALIGNED and self.share >= NEAR and self.shorter >= MIN_WORDS
        )


def contains(long: Sequence[str], short: Sequence[str]) -> bool:
    """Whether ``short`` is a contiguous run of ``long``."""
    long, short = tuple(long), tuple(short)  # (a tuple is its own tuple: no copy for quote words)
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def compare(a_text: str, b_text: str) -> Comparison:
    """Compare two quotes' wording.

    ``excerpt``: one is a contiguous part of the other (a partial quote);
    ``shortened``: one is the other with words left out inside it; ``reworded``:
    words were changed or added; ``punctuation/case only``: the same words.
    """
    a, b = quote_words(a_text), quote_words(b_text)
    if a == b:
        same = " ".join(a_text.split()) == " ".join(b_text.split())
        return Comparison("same" if same else "punctuation/case only", len(a), 1.0, (("equal", tuple(a), tuple(b)),), len(a))
    shorter = min(len(a), len(b)) or 1
    if len(a) != len(b) and contains(*((a, b) if len(a) > len(b) else (b, a))):
        return Comparison("excerpt", shorter, 1.0, tuple(word_diff(a, b)), shorter)
    # cheap bound first: Indel similarity caps how many words can align
    if Indel.normalized_similarity(a, b) * (len(a) + len(b)) / 2 < MIN_ALIGNED:
        return Comparison("reworded", 0, 0.0, (), shorter)
    ops = word_diff(a, b)
    aligned = sum(len(x) for op, x, _ in ops if op == "equal")
    # words before the first or after the last shared word, on one side only, are context the other left out
    while ops and ops[0][0] in ("delete", "insert"):
        ops.pop(0)
    while ops and ops[-1][0] in ("delete", "insert"):
        ops.pop()
    # "work force" / "workforce": one word written apart or together is spelling, not wording
    ops = [("equal", x, y) if op == "replace" and "".join(x) == "".join(y) else (op, x, y) for op, x, y in ops]
    kinds = {op for op, _, _ in ops if op != "equal"}
    if not kinds:
        return Comparison("punctuation/case only", aligned, aligned / shorter, tuple(ops), shorter)
    wording: WordingClass = "shortened" if kinds <= {"delete"} or kinds <= {"insert"} else "reworded"
    return Comparison(wording, aligned, aligned / shorter, tuple(ops), shorter)


def word_diff(a: Sequence[str], b: Sequence[str]) -> list[DiffOp]:
    """Word-level diff of ``a`` into ``b`` as ``(op, a_words, b_words)`` runs (difflib opcodes)."""
    matcher = difflib.SequenceMatcher(None, list(a), list(b), autojunk=False)
    return [(op, tuple(a[i1:i2]), tuple(b[j1:j2])) for op, i1, i2, j1, j2 in matcher.get_opcodes()]


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
