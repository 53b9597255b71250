"""Time-zone words of news copy -> the model's zone suffix (IANA name or UTC offset).

A generic region name that does not say whether summer time applies ("ET",
"Pacific time") maps to its IANA zone, so the offset follows the date; a specific
abbreviation ("EST", "BST", "CET", "JST") maps to its fixed UTC offset; GMT, UTC
and Z map to ``"UTC"``. Zone rules come from :mod:`zoneinfo` (with ``tzdata``).
"""

from __future__ import annotations

import re
from datetime import date as Date
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ZONES: dict[str, str] = {
    "ET": "America/New_York", "EASTERN": "America/New_York", "EASTERN TIME": "America/New_York",
    "CT": "America/Chicago", "CENTRAL TIME": "America/Chicago",
    "MT": "America/Denver", "MOUNTAIN TIME": "America/Denver",
    "PT": "America/Los_Angeles", "PACIFIC": "America/Los_Angeles", "PACIFIC TIME": "America/Los_Angeles",
    "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00",
    "PST": "-08:00", "PDT": "-07:00", "AKST": "-09:00", "AKDT": "-08:00", "HST": "-10:00",
    "GMT": "UTC", "UTC": "UTC", "Z": "UTC",
    "BST": "+01:00", "IST": "+05:30", "WET": "+00:00", "WEST": "+01:00", "CET": "+01:00", "CEST": "+02:00",
    "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00", "GST": "+04:00", "PKT": "+05:00", "SGT": "+08:00",
    "HKT": "+08:00", "AWST": "+08:00", "JST": "+09:00", "KST": "+09:00", "ACST": "+09:30", "AEST": "+10:00",
    "AEDT": "+11:00", "NZST": "+12:00", "NZDT": "+13:00",
}  # fmt: skip

_NAMED = r"(?:Eastern|Pacific|Central|Mountain)(?:\s+(?:[Tt]ime|[Ss]tandard\s+[Tt]ime|[Dd]aylight\s+[Tt]ime))?"
ZONE = (
    r"(?:" + "|".join(sorted((k for k in ZONES if k.isalpha() and k.isupper() and " " not in k), key=len, reverse=True))
    + r"|" + _NAMED + r")\b"
)  # fmt: skip
"""Regular-expression fragment matching a zone word (case-sensitive abbreviations)."""

_OFFSET = re.compile(r"^([+-])(\d\d):(\d\d)$")


def zone_value(word: str) -> str:
    """The model's zone suffix for a zone word ("ET" -> "America/New_York", "BST" -> "+01:00")."""
    key = " ".join(word.split()).upper()
    if key in ZONES:
        return ZONES[key]
    region = key.split()[0]
    if "STANDARD" in key or "DAYLIGHT" in key:
        standard = {"EASTERN": -5, "CENTRAL": -6, "MOUNTAIN": -7, "PACIFIC": -8}[region]
        return offset_text((standard + ("DAYLIGHT" in key)) * 60)
    return ZONES[region]


def offset_text(minutes: int) -> str:
    """A UTC offset in minutes as ``"+01:00"`` / ``"-05:00"``; zero is ``"UTC"``."""
    if minutes == 0:
        return "UTC"
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def utc_offset(zone: str, on: Date | None = None, hour: int = 12) -> timedelta | None:
    """The offset from UTC of a zone suffix (``"UTC"``, ``"+01:00"``, an IANA name).

    An IANA zone needs ``on`` (the day) to know whether summer time applies; without it
    the answer is ``None``.
    """
    if zone == "UTC":
        return timedelta(0)
    fixed = _OFFSET.match(zone)
    if fixed:
        sign = -1 if fixed.group(1) == "-" else 1
        return sign * timedelta(hours=int(fixed.group(2)), minutes=int(fixed.group(3)))
    info = _zone(zone)
    if info is None or on is None:
        return None
    return datetime(on.year, on.month, on.day, hour, tzinfo=info).utcoffset()
