"""Resolve partial dates against the article's publication date.

The rules (news in English):

* **A weekday name** ("Friday", "on Friday", "late Friday") is resolved to a date only
  when the publication date is known; otherwise the value stays the capitalised day
  name, never guessed.
  - "next Friday" / "this coming Friday": the first Friday after the publication date;
    "last Friday": the last one before it.
  - The publication day's own name means that day ("said on Tuesday" in a Tuesday paper).
  - Otherwise the tense of its clause (the words before the phrase back to a comma or the
    sentence start) decides: a modal (will, would, shall, 'll) means the coming day (1-6
    days after); "by"/"until" mean the coming day unless the clause has a past word ("The
    ministry had said ... by 5:01 pm Friday" is the past one); else the nearest tense word
    before it (future: due, expected, scheduled; past: said, told, had, was, were, a verb in
    -ed, "earlier") decides; with none before it, the first tense word after it does.
    "earlier/early/late Friday" with no tense word is the past day.
  - With no tense word, the nearer of the two: news uses the day names within the current
    week, so in a Saturday paper "Friday" is yesterday and in a Thursday paper it is tomorrow.
* **A month and day without a year** take the year that puts them nearest the publication
  date (within six months); without a publication date they stay ``--MM-DD``.
"""

from __future__ import annotations

import re
from datetime import date as Date
from datetime import timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_FUTURE = frozenset(
    "will would 'll shall due expected scheduled going next coming upcoming until by".split()
)
_PAST = frozenset(
    """said told had was were did wrote met came went made gave took began sent held left rose fell saw spoke
    struck swept won lost paid brought thought found got earlier ago last previously""".split()
)
_MODALS = frozenset("will would shall won't wouldn't".split())
_NOT_PAST = frozenset("need speed proceed exceed succeed indeed red bed shed hundred seed feed breed".split())
# Each pattern opens with a character class, so ``re`` skips ahead to candidates.
_TOKEN = re.compile(r"[A-Za-z'][A-Za-z']*")
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013\s](?:(?<=[,;:()\u2014\u2013])|(?<=\s)-\s)")  # or " - "
_SENTENCE_END = re.compile(r"[.!?\n](?:(?=\s|$)|(?<=\n))")


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ("Sept.", "February")."""
    return MONTHS[name[:3].lower()]


def year_for(month: int, day: int, published: Date | None) -> Date | None:
    """``month``/``day`` in the year nearest ``published``; ``None`` without a date or when invalid."""
    if published is None:
        return None
    best: Date | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = Date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - published).days) < abs((best - published).days):
            best = candidate
    return best


def _tense_word(word: str) -> str:
    word = word.lower()
    if word in _FUTURE:
        return "future"
    if word in _PAST or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST and word not in _FUTURE):
        return "past"
    return ""


def tense_near(text: str, start: int, end: int) -> str:
    """``"future"``, ``"past"`` or ``""`` for the phrase at ``start``-``end``.

    In the clause before it: a modal (will, would, shall, 'll) means future; "by"/"until"
    means future unless a past word stands in the clause ("had said ... by Friday");
    otherwise the nearest tense word decides. With none before it, the first tense word
    after it in the sentence decides.
    """
    lo = max(0, start - 160)
    before = text[lo:start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    cut = max(cut, max((m.end() for m in _SENTENCE_END.finditer(before)), default=0))
    words = [w.lower() for w in _TOKEN.findall(before[cut:])]
    if any(w in _MODALS or w.endswith("'ll") for w in words):
        return "future"
    tenses = [_tense_word(w) for w in words]
    if any(w in ("by", "until") for w in words):
        return "past" if "past" in tenses else "future"
    for tense in reversed(tenses):
        if tense:
            return tense
    after = text[end : end + 160]
    stop = _SENTENCE_END.search(after)
    for word in _TOKEN.findall(after[: stop.start() if stop else len(after)]):
        tense = _tense_word(word)
        if tense and word.lower() not in ("by", "until", "next", "last", "earlier"):
            return tense
    return ""


def resolve_weekday(
    weekday: int, published: Date | None, *, modifier: str = "", tense: str = ""
) -> Date | None:
    """The date a weekday name (0 = Monday) refers to, by the rules of this module."""
    if published is None:
        return None
    modifier = modifier.lower()
    ahead = (weekday - published.weekday()) % 7
    behind = (published.weekday() - weekday) % 7
    if modifier in ("next", "coming", "this coming"):
        return published + timedelta(days=ahead or 7)
    if modifier == "last":
        return published - timedelta(days=behind or 7)
    if ahead == 0:
        return published
    if tense == "future":
        return published + timedelta(days=ahead)
    if tense == "past" or modifier in ("earlier", "late", "early"):
        return published - timedelta(days=behind)
    return published + timedelta(days=ahead) if ahead < behind else published - timedelta(days=behind)
