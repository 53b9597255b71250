"""What a time or date is about when extraction left its subject empty.

Only the surest news-writing cues: a time or date right after "by", "before",
"no later than" or "until" is a deadline ("must agree by 5 p.m."), and so is one
in a sentence that says "deadline" or "ultimatum". Anything else stays empty and
is never compared.
"""

from __future__ import annotations

import re

from factsheet.model import Fact, Source

_DEADLINE_CUE = re.compile(r"\b(?:by|before|no later than|until)\s+(?:the\s+)?$", re.IGNORECASE)
_DEADLINE_WORD = re.compile(r"\b(?:deadline|ultimatum)s?\b", re.IGNORECASE)
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
    if _DEADLINE_CUE.search(anchor.prefix):
        return "deadline"
    source = sources.get(anchor.source)
    around = _sentence(source.text, anchor.start, anchor.end) if source and source.text else anchor.prefix + anchor.suffix
    return "deadline" if _DEADLINE_WORD.search(around) else ""
