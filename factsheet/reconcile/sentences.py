"""Sentence alignment of two quotes: one sentence of a long quote that rewords another outlet's.

Outlets quote different stretches of one statement, so two quotes of a speaker
may share only one sentence, and that sentence may be reworded ("I direct all
federal agencies to immediately cease use of ..." / "I am directing every
Federal Agency ... to immediately cease all use of ..."). Whole-quote wording
compares them as different statements; here each quote is split into
sentences, every sentence is reduced to its content-word stems (case-folded
words without function words, lightly stemmed), and the best-matching pair of
sentences is taken as one statement when

* they share at least :data:`MIN_SHARED` content stems in the same order (the
  longest common subsequence, ``rapidfuzz.distance.LCSseq``: a short sentence is
  matched against the best window of a long one),
* those cover at least :data:`COVER` of the shorter sentence's content stems, and
* ``rapidfuzz``'s token-set ratio of the two stem lists is at least :data:`MIN_RATIO`.

The matched sentences are then compared word by word (:func:`quotes.compare`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from factsheet.reconcile import quotes

MIN_SHARED = 5
"""Content stems two sentences must share, in order, to be one statement."""
COVER = 0.6
"""Share of the shorter sentence's content stems the shared ones must be."""
MIN_RATIO = 80.0
"""Least ``rapidfuzz.fuzz.token_set_ratio`` (0-100) of the two sentences' content stems."""
STEM_CHARS = 7
"""Letters of a stem kept ("government" and "governments" -> "governm")."""

FUNCTION_WORDS = frozenset(
    """a an the and or but nor so yet for of to in on at by with from into onto upon about above below over under
    after before during since until than then as if because while though although whether that this these those
    there here where when which who whom whose what why how i me my mine we us our ours you your yours he him his
    she her hers it its they them their theirs myself ourselves yourself himself herself itself themselves
    is am are was were be been being have has had having do does did doing will would shall should can could may
    might must ought not no nor never cannot also just only very too more most much many some any all each every
    both either neither other another such own same again further once out up down off through between against
    among around s t said says say saying told tell tells going gonna get got let really well now oh""".split()
)
"""Words that say nothing about what a sentence is about (they still count in the word-level diff)."""

_BREAK = re.compile(r"[.!?\u2026]+[\"'\u2019\u201d)\]]*\s+(?=[\"'\u2018\u201c(\[]*[A-Z0-9])")
_ABBREVIATED = re.compile(r"(?:\b[A-Za-z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|No|vs)\.$")


def spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of a quote's text (abbreviations such as "U.S." or "Mr." end none)."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _BREAK.finditer(text):
        if _ABBREVIATED.search(text[start : m.start() + 1]):
            continue
        out.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip())) for a, b in out]


def split(text: str) -> list[str]:
    """The sentences of a quote's text."""
    return [text[a:b] for a, b in spans(text)]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light stem: ``"agencies"`` -> ``"agency"``, ``"directing"`` -> ``"direct"``, ``"ceased"`` -> ``"ceas"``."""
    w = word.removesuffix("'s").replace("'", "")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("sses", "ches", "shes", "xes", "zes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # "stopped" -> "stop"
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]  # "cease", "ceased", "ceasing" -> "ceas"
    return w[:STEM_CHARS]


@lru_cache(maxsize=1 << 16)
def content(text: str) -> tuple[str, ...]:
    """The content-word stems of ``text``, in order (function words and bare numbers left out)."""
    return tuple([stem(w) for w in quotes.quote_words(text) if w not in FUNCTION_WORDS and not w.isdigit() and len(w) > 1])


@dataclass(frozen=True)
class Match:
    """The best-matching sentences of two quotes and how alike they are."""

    a: str
    """The sentence of the first quote, as written."""
    b: str
    """The sentence of the second quote, as written."""
    shared: int
    """Content stems the two share in the same order (their longest common subsequence)."""
    cover: float
    """``shared`` over the number of content stems of the shorter sentence."""
    ratio: float
    """``rapidfuzz.fuzz.token_set_ratio`` of the two sentences' content stems (0-100)."""

    @property
    def one_statement(self) -> bool:
        """Whether the two sentences say one thing (see the module docstring)."""
        return self.shared >= MIN_SHARED and self.cover >= COVER and self.ratio >= MIN_RATIO


def match(a: str, b: str) -> Match:
    """How alike two sentences are."""
    ca, cb = content(a), content(b)
    if not ca or not cb:
        return Match(a, b, 0, 0.0, 0.0)
    shared = LCSseq.similarity(ca, cb)
    cover = shared / min(len(ca), len(cb))
    ratio = fuzz.token_set_ratio(" ".join(ca), " ".join(cb)) if shared >= MIN_SHARED else 0.0
    return Match(a, b, shared, cover, ratio)


@dataclass(frozen=True)
class Overlap:
    """The stretches of two quotes that say one thing: from the first to the last sentence matched."""

    a: str
    b: str


MAX_PAIRS = 400
"""Sentence pairs compared at most per pair of quotes (longer quotes are compared whole)."""


def overlap(a_text: str, b_text: str) -> Overlap | None:
    """The stretches of ``a_text`` and ``b_text`` whose sentences match in order, else ``None``.

    Sentences match when they are one statement (:meth:`Match.one_statement`) or
    near-identical wordings (:attr:`quotes.Comparison.near`); each sentence of
    ``a_text`` takes the first sentence of ``b_text`` after the last one matched.
    """
    sa, sb = spans(a_text), spans(b_text)
    if not sa or not sb or len(sa) * len(sb) > MAX_PAIRS:
        return None
    pairs: list[tuple[int, int]] = []
    for i, (a0, a1) in enumerate(sa):
        for j in range(pairs[-1][1] + 1 if pairs else 0, len(sb)):
            x, y = a_text[a0:a1], b_text[sb[j][0] : sb[j][1]]
            if match(x, y).one_statement or quotes.compare(x, y).near:
                pairs.append((i, j))
                break
    if not pairs:
        return None
    (i0, j0), (i1, j1) = pairs[0], pairs[-1]
    return Overlap(a_text[sa[i0][0] : sa[i1][1]], b_text[sb[j0][0] : sb[j1][1]])


KEY_STEMS = 3
"""Content stems in a quote discrepancy's key."""


def key_stems(texts: list[str], count: int = KEY_STEMS) -> tuple[str, ...]:
    """What several wordings of one statement are about: the ``count`` earliest-sorting content stems
    that all of ``texts`` share; when they share none, those that most of them share."""
    held: dict[str, int] = {}
    distinct = list(dict.fromkeys(texts))
    for text in distinct:
        for w in set(content(text)):
            held[w] = held.get(w, 0) + 1
    most = max(held.values(), default=0)
    return tuple(sorted(w for w, n in held.items() if n == most)[:count])
