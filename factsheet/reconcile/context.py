"""The words around a fact: what a subject-less time is about, and what a figure is said of.

Only the surest news-writing cues name a subject: a time or date right after
"by", "before", "no later than" or "until" in a sentence of obligation is a
deadline ("must agree by 5 p.m."), and so is one in a sentence that says
"deadline" or "ultimatum".
Anything else stays empty and is never compared.

A figure's subject is often just a counted noun ("people", "contract"); two
figures about "people" are one measured thing only when their sentences also
share other content words (:func:`context_words`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from factsheet.model import Fact, Source
from factsheet.reconcile import norm

_DEADLINE_CUE = re.compile(r"\b(?:by|before|no later than|until)\s+(?:the\s+)?$", re.IGNORECASE)
_DEADLINE_WORD = re.compile(r"\b(?:deadline|ultimatum)s?\b", re.IGNORECASE)
_OBLIGATION = re.compile(
    r"\b(?:must|required?|requires|ha(?:s|ve|d) to|demand(?:s|ed)?|order(?:s|ed)?|compl(?:y|ied)|respond|threat\w*|"
    r"or face|expires?|warn(?:s|ed)?|ultimatum)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_REACH = 200


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``[start, end)``, at most ``_REACH`` characters either side."""
    lo = max(0, start - _REACH)
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    after = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    return text[before[-1] if before else lo : after.start() if after else min(len(text), end + _REACH)]


def inferred_subject(fact: Fact, sources: dict[str, Source]) -> str:
    """``"deadline"`` for a time or date that the words around it mark as one; else ``""``."""
    if fact.subject or fact.kind not in ("time", "date") or not fact.evidence:
        return fact.subject
    anchor = fact.evidence[0]
    source = sources.get(anchor.source)
    around = _sentence(source.text, anchor.start, anchor.end) if source and source.text else anchor.prefix + anchor.suffix
    if _DEADLINE_WORD.search(around):
        return "deadline"
    # "must agree by 5 p.m.", "threatened to cancel ... if not reached by Friday"; not "by 7 a.m. the fire had spread"
    return "deadline" if _DEADLINE_CUE.search(anchor.prefix) and _OBLIGATION.search(around) else ""


_FUNCTION_WORDS = frozenset(
    """that this these those with from have been were will would could should said says told about than more
    least nearly almost around some their they them there which what when where while also into over after
    before under since just only even other such very most much many among between against during because
    million billion thousand hundred trillion percent dollars dollar pounds euros year years""".split()
)
STEM = 5
"""Letters of a word kept for matching ("agreed", "agreement" -> "agree")."""


def _content(text: str) -> set[str]:
    return {
        w.removesuffix("'s")[:STEM] for w in norm.words(text)
        if len(w) >= 4 and not w[0].isdigit() and w not in _FUNCTION_WORDS
    }


def context_words(fact: Fact, sources: Mapping[str, Source]) -> frozenset[str]:
    """Stems of the content words of the sentences that state ``fact`` (numbers and function words left out)."""
    out: set[str] = set()
    for anchor in fact.evidence:
        source = sources.get(anchor.source)
        text = _sentence(source.text, anchor.start, anchor.end) if source and source.text else anchor.prefix + anchor.suffix
        out |= _content(text)
    return frozenset(out)


def near_words(fact: Fact) -> frozenset[str]:
    """Stems of the content words right beside ``fact`` (its anchors' prefix and suffix, a few words each)."""
    out: set[str] = set()
    for anchor in fact.evidence:
        out |= _content(anchor.prefix + " \x00 " + anchor.suffix)
    return frozenset(out)
