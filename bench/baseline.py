"""The bare-regex baseline the pipeline's speed is measured against.

One compiled pattern per kind, ``finditer`` over the text, no normalisation,
no attribution, no reconciliation: the least work any extractor must do.
"""

from __future__ import annotations

import re

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
PATTERNS: dict[str, re.Pattern[str]] = {
    "money": re.compile(r"[$€£¥]\s?\d[\d,.]*\s?(?:million|billion|trillion|bn|m|k)?\b"),
    "number": re.compile(r"\b\d[\d,]*(?:\.\d+)?%?"),
    "date": re.compile(rf"\b{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"),
    "time": re.compile(r"\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm|AM|PM)"),
    "duration": re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-](?:second|minute|hour|day|week|month|year)s?\b"),
    "quote": re.compile(r"[\"“][^\"“”]{1,2000}[\"”]"),
}


def count_matches(text: str) -> int:
    """Run every baseline pattern over ``text``; the number of matches."""
    return sum(1 for pattern in PATTERNS.values() for _ in pattern.finditer(text))
