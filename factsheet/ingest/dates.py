"""Full dates as articles state them in date lines, bylines and datelines."""

from __future__ import annotations

import re
from datetime import date as Date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_FULL = re.compile(
    rf"\b(?P<iso>(?P<iy>(?:19|20)\d\d)(?P<sep>[-./])(?P<im>0[1-9]|1[0-2])(?P=sep)(?P<id>0[1-9]|[12]\d|3[01]))\b"
    rf"|\b(?P<m1>{MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>(?:19|20)\d\d)\b"
    rf"|\b(?P<d2>{_DAY})\s+(?P<m2>{MONTH}),?\s+(?P<y2>(?:19|20)\d\d)\b"
    rf"|\b(?P<um>0?[1-9]|[12]\d|3[01])/(?P<ud>0?[1-9]|[12]\d|3[01])/(?P<uy>(?:19|20)\d\d|\d\d)\b",
    re.IGNORECASE,
)


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _day(text: str) -> int:
    return int(text.rstrip("stndrhSTNDRH"))


def _make(year: int, month: int, day: int) -> Date | None:
    try:
        return Date(year, month, day)
    except ValueError:
        return None


def find_full_date(text: str) -> tuple[Date, int, int] | None:
    """The first valid full date in ``text`` with its span: ISO, "Feb. 28, 2026", "28 February 2026", "2/28/2026"."""
    for match in _FULL.finditer(text):
        g = match.groupdict()
        if g["iso"]:
            found = _make(int(g["iy"]), int(g["im"]), int(g["id"]))
        elif g["m1"]:
            found = _make(int(g["y1"]), _month(g["m1"]), _day(g["d1"]))
        elif g["m2"]:
            found = _make(int(g["y2"]), _month(g["m2"]), _day(g["d2"]))
        else:
            year = int(g["uy"])
            if year < 100:
                year += 2000 if year < 70 else 1900
            first, second = int(g["um"]), int(g["ud"])
            found = _make(year, first, second) if first <= 12 else _make(year, second, first)  # 14/09/2013
        if found is not None:
            return found, match.start(), match.end()
    return None
