"""Clock times and dates as comparable values, with the zone rules of their date.

"5:01 pm ET" and "22:01 GMT" are one instant in winter and two in summer: a
time with a zone is converted with the standard time-zone database (zoneinfo
and tzdata) for the date it falls on, never with a fixed offset. A time without
a zone is read in the zone the other times of the same event state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ZONE_ABBREVIATIONS: dict[str, str] = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "BST": "Europe/London", "CET": "Europe/Paris", "CEST": "Europe/Paris",
}
"""Zone abbreviations wire copy uses, in case a value carries one instead of an IANA name."""

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_TIME = re.compile(
    r"^(?P<approx>~)?(?P<date>\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})?T(?P<h>\d{1,2})(?::(?P<m>\d{2}))?(?::\d{2})?"
    r"(?:\s+(?P<zone>\S+))?$"
)
_OFFSET = re.compile(r"^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$")


@lru_cache(maxsize=1024)
def zone(name: str) -> tzinfo | None:
    """The zone a value names: IANA name, ``UTC``/``GMT``/``Z``, an offset, or a common abbreviation."""
    if name.upper() in {"UTC", "GMT", "Z"}:
        return timezone.utc
    offset = _OFFSET.match(name.upper())
    if offset:
        sign = -1 if offset.group(1) == "-" else 1
        return timezone(sign * timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3) or 0)))
    try:
        return ZoneInfo(ZONE_ABBREVIATIONS.get(name.upper(), name))
    except (ZoneInfoNotFoundError, ValueError):
        return None


@dataclass(frozen=True)
class DateValue:
    """A date of the model's ``date`` format: full, month-day, or weekday only."""

    full: Date | None = None
    month_day: tuple[int, int] | None = None
    weekday: int | None = None


@lru_cache(maxsize=1 << 16)
def parse_date(value: str) -> DateValue | None:
    """``"2026-02-27"``, ``"--02-27"`` or ``"Friday"``; ``None`` for anything else."""
    value = value.lstrip("~").strip()
    try:
        if len(value) == 10 and value[4] == "-":
            d = Date.fromisoformat(value)
            return DateValue(d, (d.month, d.day), d.weekday())
        if value.startswith("--") and len(value) == 7:
            month, day = int(value[2:4]), int(value[5:7])
            Date(2000, month, day)  # validates (2000 is a leap year)
            return DateValue(None, (month, day))
    except ValueError:
        return None
    if value.capitalize() in WEEKDAYS:
        return DateValue(None, None, WEEKDAYS.index(value.capitalize()))
    return None


_YEAR = re.compile(r"\d{4}")
_DIGIT = re.compile(r"\d")


def states_year(text: str) -> bool:
    """Whether ``text`` writes a year (four digits)."""
    return bool(_YEAR.search(text))


def as_written(value: DateValue, text: str) -> DateValue:
    """Only what the words state: a year the extractor inferred ("June 20" -> 2007-06-20) is dropped,
    and a date inferred from a weekday ("Thursday") is kept as the weekday."""
    if value.full is None or _YEAR.search(text):
        return value
    if _DIGIT.search(text):
        return DateValue(None, value.month_day, None)
    return DateValue(None, None, value.weekday)


def compare_dates(a: DateValue, b: DateValue) -> str:
    """``"same"``, ``"precision"`` (one says less, nothing contradicts) or ``"conflict"``."""
    if a == b:
        return "same"
    if a.full and b.full:
        return "conflict"
    if a.month_day and b.month_day and a.month_day != b.month_day:
        return "conflict"
    if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
        return "conflict"
    return "precision"


@dataclass(frozen=True)
class ClockTime:
    """A time of the model's ``time`` format."""

    hour: int
    minute: int | None = None
    day: DateValue | None = None
    zone_name: str = ""
    approximate: bool = False

    @property
    def tz(self) -> tzinfo | None:
        return zone(self.zone_name) if self.zone_name else None


def parse_time(value: str) -> ClockTime | None:
    """``"T17"``, ``"T17:01"``, ``"2026-02-27T17:01 America/New_York"``, ``"T22:01 UTC"``; ``None`` otherwise."""
    m = _TIME.match(value.strip())
    if not m:
        return None
    hour, minute = int(m.group("h")), int(m.group("m")) if m.group("m") else None
    if hour > 24 or (minute is not None and minute > 59):
        return None
    day = parse_date(m.group("date")) if m.group("date") else None
    zone_name = m.group("zone") or ""
    if zone_name and zone(zone_name) is None:
        return None
    return ClockTime(hour % 24, minute, day, zone_name, bool(m.group("approx")))


@dataclass(frozen=True)
class Wall:
    """A time as read on the event's clock: date when known, hour, minute when stated."""

    hour: int
    minute: int | None
    day: DateValue | None = None

    @property
    def label(self) -> str:
        clock = f"{self.hour:02d}" if self.minute is None else f"{self.hour:02d}:{self.minute:02d}"
        return (self.day.full.isoformat() if self.day and self.day.full else "") + "T" + clock


def event_zone(times: list[ClockTime]) -> tzinfo | None:
    """The zone an event is reported in: the first named regional zone, else the first zone stated."""
    regional = [t.tz for t in times if isinstance(t.tz, ZoneInfo) and t.zone_name.upper() not in {"UTC", "GMT"}]
    if regional:
        return regional[0]
    stated = [t.tz for t in times if t.tz is not None]
    return stated[0] if stated else None


def to_wall(t: ClockTime, target: tzinfo | None, on: Date | None) -> Wall | None:
    """``t`` on the clock of ``target`` using that date's rules; ``None`` when the date decides and is unknown.

    ``on`` is the date to use when ``t`` carries none (the event's date, or the
    article's). Without any date, the conversion must give one answer for a
    winter and a summer day, or it is unknown.
    """
    source = t.tz
    if source is None or target is None or source == target:
        return Wall(t.hour, t.minute, t.day)
    day = t.day.full if t.day and t.day.full else on
    candidates = [day] if day else [Date(2001, 1, 15), Date(2001, 7, 15)]
    walls = set()
    for d in candidates:
        try:
            local = datetime(d.year, d.month, d.day, t.hour, t.minute or 0, tzinfo=source).astimezone(target)
        except (OverflowError, ValueError):  # the first or last day the calendar can hold
            return None
        walls.add((local.date() if t.day and t.day.full else None, local.hour, local.minute))
    if len(walls) != 1:
        return None
    local_day, hour, minute = walls.pop()
    if t.minute is None and minute:
        return None  # an hour-only time in a zone off by a fraction of an hour: not comparable
    return Wall(hour, None if t.minute is None else minute, parse_date(local_day.isoformat()) if local_day else t.day)


def compare_walls(a: Wall, b: Wall) -> str:
    """``"same"``, ``"precision"`` (hour vs minute, or one date left out) or ``"conflict"``."""
    if a.day and b.day and compare_dates(a.day, b.day) == "conflict":
        return "conflict"
    if a.hour != b.hour:
        return "conflict"
    if a.minute is not None and b.minute is not None and a.minute != b.minute:
        return "conflict"
    if a.minute != b.minute or (a.day is None) != (b.day is None):
        return "precision"
    return "same"
