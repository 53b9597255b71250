"""Dates, clock times and durations in article bodies.

* **date**: "February 27th", "Feb. 28, 2026", "3 March 2025", "2026-02-28", "October 2024",
  weekday names ("on Friday", "Wednesday night", "next Monday"). A weekday right before a
  date ("Friday, February 27th") is one fact. Years, months and weekdays are resolved by
  :mod:`factsheet.extract.calendar` (documented there). Month names alone ("in March") and
  relative words ("yesterday") are left out.
* **time**: "5 p.m.", "5:01 pm", "09:30 BST", "5:00 PM ET", "noon", "midnight", "0100 GMT".
  A weekday or date in the same phrase ("5 p.m. on Friday", "a Friday 5 p.m. deadline") is
  part of the fact and gives the value its date when it resolves. A clock with its
  conversion in brackets ("5:01 pm (22:01 GMT)") is **one** fact: the local time with the
  UTC offset the bracket implies ("T17:01 -05:00").
* **duration**: "24 hours", "two days", "six-month", "18-month", "a decade" (after a
  preposition or hedge: "for a decade", "less than a year"), "weeks-long", "for months",
  windows back or ahead ("over the past decade" P10Y, "the past year", "the next decade"), and
  game-clock time left ("with 1:12 left" PT1M12S, "0:45 to play"; never a time of day).
  Hedged or vague durations carry ``~``.

``subject`` is the noun right after the expression when it modifies one ("six-month
transition period", "January 9 memo", "Friday 5 p.m. deadline"); a time whose sentence
calls it a deadline or ultimatum gets ``"deadline"``.

Matching: a cheap trigger scan (:mod:`~factsheet.extract.triggers`: digits, month and day
names, "noon", unit words) finds where an expression can be; the full grammar is matched
only there, and what may stand before it (a hedge, "next", a weekday before a clock) is
looked up backwards. The scan of a region is cached, so the number extractor's date mask
costs nothing extra.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from datetime import date as Date
from decimal import Decimal

from factsheet.extract.amounts import (
    DIGITS,
    ONES,
    QUALIFIER,
    TENS,
    WORDS,
    format_decimal,
    may_be_word_before,
    parse_amount,
    qualifier_mark,
)
from factsheet.extract.calendar import WEEKDAYS, month_number, resolve_weekday, tense_near, year_for
from factsheet.extract.figure_facts import FactMaker, event_noun
from factsheet.extract.triggers import triggers
from factsheet.extract.zones import ZONE, offset_text, utc_offset, zone_value
from factsheet.model import Fact, Source

MONTH = (
    r"(?:Jan(?:uary\b|\.|\b)|Feb(?:ruary\b|\.|\b)|Mar(?:ch\b|\.|\b)|Apr(?:il\b|\.|\b)|May\b|June?\b|July?\b"
    r"|Aug(?:ust\b|\.|\b)|Sep(?:t(?:ember\b|\.|\b)|\.|\b)|Oct(?:ober\b|\.|\b)|Nov(?:ember\b|\.|\b)|Dec(?:ember\b|\.|\b))"
)
FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w:])"
YEAR = r"(?:1[89]\d\d|20\d\d)(?![\w-])"
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![\w-])"
PART = r"(?:\s+(?:morning|afternoon|evening|night))"
MODIFIER = r"(?:(?:next|last|this(?:\s+coming)?|coming)\s+)"

_DATE = (
    rf"(?<![\w-])(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?![\w])"
    rf"|(?:(?P<wd1>{WEEKDAY}),?\s+)?(?P<m1>{MONTH})\s*(?P<d1>{DAY})(?:,?\s+(?P<y1>{YEAR}))?"
    rf"|(?:(?P<wd2>{WEEKDAY}),?\s+)?(?<![\d.,$£€¥])(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?"
    rf"|(?P<m3>{FULL_MONTH})\s+(?P<y3>{YEAR})"
    rf"|(?P<wd>{WEEKDAY}){PART}?"
)
DATE_RE = re.compile(rf"(?:{_DATE})")
"""A date, matched where it starts (a modifier such as "next" is looked up before it)."""

_CLOCK12 = r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>[aApP]\.\s?[mM]\.?|[aApP][mM])(?![A-Za-z])"
_CLOCK24 = r"(?<![\d:.,$£€])(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?![\d:]|\.\d)"
_MILITARY = rf"(?<![\d:.,$£€])(?P<XH>[01]\d|2[0-3])(?P<XM>[0-5]\d)(?=\s?(?:GMT|UTC|Z)\b)"
_WORD_TIME = r"(?P<word>noon|midday|midnight)(?![\w-])"
_ALT = (
    r"\s*\(\s*(?:(?P<ah>[01]?\d|2[0-3]):?(?P<am>[0-5]\d)|(?P<ah12>1[0-2]|0?[1-9])(?:[:.](?P<am12>[0-5]\d))?\s?"
    rf"(?P<aap>[aApP]\.\s?[mM]\.?|[aApP][mM]))\s*(?P<az>{ZONE})\s*\)"
)
_NEAR_DATE = rf"(?:{MODIFIER}?{WEEKDAY}(?:,?\s+{MONTH}\s*{DAY})?|{MONTH}\s*{DAY}|{DAY}\s+{MONTH})"
TIME_RE = re.compile(
    rf"(?:{_CLOCK12}|{_MILITARY}|{_CLOCK24}|{_WORD_TIME})"
    rf"(?:\s?(?P<z>{ZONE})|\s+local\s+time\b|\s+(?P<uk>UK|British|London)\s+time\b)?"
    r"(?P<half>\s+(?:in\s+the\s+(?P<am_part>morning)|in\s+the\s+(?:afternoon|evening)|at\s+night|tonight"
    r"|this\s+(?:afternoon|evening)))?"
    rf"(?:{_ALT})?"
    rf"(?:,?\s+(?:on\s+)?(?P<after>{_NEAR_DATE}))?"
)

"""A clock time, matched where its digits (or "noon") start; a date before it is looked up."""
_TIME_BEFORE = re.compile(rf"(?<![\w])(?P<before>{_NEAR_DATE})(?:{PART})?(?:,\s*|\s+)(?:at\s+)?$")
_MODIFIER_BEFORE = re.compile(rf"(?<![\w]){MODIFIER}$")
_MODIFIER_AT = re.compile(MODIFIER)

UNIT_RE = re.compile(
    r"(?P<unit>second|minute|hour|day|week|fortnight|month|year|decade|century)(?P<pl>s)?(?P<long>-long)?"
    r"(?![\w-])(?!\s+old\b|\s+ago\b)"
)
"""A duration's unit, matched where it starts; the number before it is looked up."""
_NUMBER_BEFORE = re.compile(
    rf"(?<![\w])(?:(?P<q>{QUALIFIER})\s+)?(?<![\w.,$£€-])(?P<n>{DIGITS}|{WORDS}|(?i:an?)|(?i:half)\s+an?)"
    rf"(?P<half>\s+and\s+a\s+half)?(?P<sep>\s+|-)$"
)
_NUMBER_ENDINGS = frozenset((*ONES, *TENS, "hundred", "thousand", "million", "billion", "a", "an", "half"))
"""The last word of every number :data:`_NUMBER_BEFORE` reads ("twenty-five", "two hundred", "a", "and a half")."""
_VAGUE_BEFORE = re.compile(r"(?i)(?<![\w])(?:for|within)\s+$")
_WINDOW_BEFORE = re.compile(r"(?<![\w])(?:(?P<past>[Pp]ast)|(?<=[Tt]he )(?:last|next|coming))\s+$")
_PAST_UNITS = frozenset(("month", "year", "decade", "century"))
_EDGE_UNITS = frozenset(("decade", "century"))
"""A window back from now is a duration: "over the past decade" (P10Y), "the past year", "the next decade".
Shorter ones ("in the past day") read as "recently"; "last year", "next month" are dates, and "the next
year" is as often the following year as twelve months."""
_VAGUE_UNITS = frozenset(("hour", "day", "week", "month", "year", "decade"))
_UNIT_CODE = {"second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1), "day": ("", "D", 1),
              "week": ("", "W", 1), "fortnight": ("", "W", 2), "month": ("", "M", 1), "year": ("", "Y", 1),
              "decade": ("", "Y", 10), "century": ("", "Y", 100)}  # fmt: skip
_A_UNIT_CONTEXT = re.compile(
    r"(?i)(?:\b(?:for|within|in|over|after|about|nearly|almost|roughly|around|than|under|over|just|barely|only"
    r"|past|last|full|entire|whole)\s+)$"
)
_WEEKDAY_NAMES = r"(?:Black|Good|Super|Cyber|Ash|Bloody|Easter|Palm|Holy|Maundy|Shrove|Giving|Sunday)"
_NAMED_DAY = re.compile(rf"{_WEEKDAY_NAMES}\s+$")
_DAY_TITLE = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Tribune|Night|Morning|Evening|Afternoon)\b")
_CAPITAL_BEFORE = re.compile(r"([A-Z](?<![\w'’-].)[a-z]+) $")  # the capital first: re skips ahead to it
_SENTENCE_BREAK = re.compile(r"[.!?:;\"“”‘(\n\u2014\u2013-]\s*$")
_DAY_LEADERS = frozenset(
    """On By Until Till Since From Before After Last Next This Coming Early Late Earlier Later Each Every Until And
    Or But Through To Of For Until Since Following Around Dated""".split()
    + list(WEEKDAYS)
    + "January February March April May June July August September October November December".split()
)
_EARLIER = re.compile(r"(?i)\b(earlier|early|late|later)\s+$")
_WORD_TIME_CONTEXT = re.compile(
    r"(?i)\b(?:at|by|until|till|before|after|from|around|about|past|since|to|than|between|and|approximately)\s+$"
)
_DEADLINE = re.compile(r"(?i)\b(?:deadline|ultimatum)s?\b")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s+[A-Z\"“‘'])|\n")
_GAME_CLOCK = re.compile(r"\s+(?:to\s+(?:go|play)|remaining|left|of\s+the\s+clock)\b")
_GAME_CLOCK_TIME = re.compile(  # "1:12 left" is time on a game clock; "the 8:15 left London" is a train
    r"(\d(?<![\d:.,]\d)(?<![Tt]he \d)\d?):([0-5]\d)(?::([0-5]\d))?(?![\d:])"  # look-behinds after the digit: fast
    r"(?=\s+(?:(?:on|left\s+on)\s+the\s+clock|to\s+(?:go|play)|remaining|left|of\s+the\s+clock)\b)"
)


def extract_dates(source: Source) -> list[Fact]:
    """Every date, clock time and duration of the source's body, in text order."""
    maker = FactMaker(source)
    text = source.text
    for region in source.body_regions():
        times, dates, durations = _scan(text, region.start, region.end, source.date)
        for found in times:
            maker.add("time", *found)
        for found in dates:
            maker.add("date", *found)
        for found in durations:
            maker.add("duration", *found)
    facts = maker.facts()
    facts.sort(key=lambda f: f.evidence[0].start)
    return facts


def temporal_spans(text: str, start: int, end: int, published: Date | None = None) -> list[tuple[int, int]]:
    """Sorted spans of every date, time and duration in ``text[start:end]``.

    The number extractor leaves these out: their digits are not counts. Pass the
    source's date so the scan is shared with :func:`extract_dates` (it is cached).
    """
    times, dates, durations = _scan(text, start, end, published)
    return sorted((s, e) for s, e, *_ in (*times, *dates, *durations))


@lru_cache(maxsize=256)
def _scan(text: str, start: int, end: int, published: Date | None) -> tuple[tuple[Found, ...], ...]:
    """Times, then dates and durations that no time claims, in one region (cached: pure)."""
    times = _times(text, start, end, published)
    claimed = sorted((s, e) for s, e, *_ in times)
    dates = [d for d in _dates(text, start, end, published) if not _overlaps(claimed, d[0], d[1])]
    durations = [d for d in _durations(text, start, end) if not _overlaps(claimed, d[0], d[1])]
    if text.find(":", start, end) >= 0:
        durations = sorted(durations + _game_clocks(text, end, triggers(text, start, end).times))
    return tuple(times), tuple(dates), tuple(durations)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(spans, (start, 10**12))
    if i and spans[i - 1][1] > start:
        return True
    return i < len(spans) and spans[i][0] < end


Found = tuple[int, int, str, str]


def _date_value(match: re.Match[str], text: str, published: Date | None, modifier: str = "") -> str | None:
    """The model value of one DATE_RE match, or ``None`` when it is not a date."""
    if match["iy"]:
        return f"{match['iy']}-{match['im']}-{match['id']}"
    if match["m3"]:
        return f"{match['y3']}-{month_number(match['m3']):02d}"
    first = match["m1"] is not None  # "Feb. 28", else "28 February"
    month_name, day_text, year = match.group(*(("m1", "d1", "y1") if first else ("m2", "d2", "y2")))
    if month_name:
        month, day = month_number(month_name), int(day_text.rstrip("stndrh"))
        if year:
            try:
                return Date(int(year), month, day).isoformat()
            except ValueError:
                return None
        if not _valid_month_day(month, day):
            return None
        resolved = year_for(month, day, published)
        return resolved.isoformat() if resolved else f"--{month:02d}-{day:02d}"
    phrase_start = match.start() - len(modifier)
    return _weekday_value(match.start("wd"), match.end("wd"), match["wd"], modifier, phrase_start, text, published)


def _valid_month_day(month: int, day: int) -> bool:
    return day <= (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


def _weekday_value(
    start: int, end: int, name: str, modifier: str, phrase_start: int, text: str, published: Date | None
) -> str | None:
    if _NAMED_DAY.search(text, max(0, start - 12), start) or _DAY_TITLE.match(text, end):
        return None
    if _named_before(text, start):
        return None
    if published is None:
        return name  # resolve_weekday resolves nothing without a date: no modifier or tense to read (many articles have none)
    modifier = " ".join(modifier.split())
    if not modifier:
        before = _EARLIER.search(text, max(0, start - 10), start)
        modifier = before.group(1).lower() if before else ""
    resolved = resolve_weekday(
        WEEKDAYS.index(name), published, modifier=modifier, tense=tense_near(text, phrase_start, end)
    )
    return resolved.isoformat() if resolved else name


def _named_before(text: str, start: int) -> bool:
    """True when a capitalised word runs into the day name mid-sentence ("Sheffield Wednesday")."""
    prev = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    if prev is None or prev.group(1) in _DAY_LEADERS:
        return False
    lead = text[max(0, prev.start(1) - 3) : prev.start(1)]
    return bool(lead.strip()) and not _SENTENCE_BREAK.search(lead)


def _dates(text: str, start: int, end: int, published: Date | None) -> list[Found]:
    found: list[Found] = []
    done = start
    for pos in triggers(text, start, end).dates:
        if pos < done:
            continue
        match = DATE_RE.match(text, pos, end)
        if match is None:
            continue
        done = match.end()
        modifier = ""
        if match.group("wd") and not (match.group("m1") or match.group("m2")):
            before = _MODIFIER_BEFORE.search(text, max(start, pos - 16), pos)
            if before:
                modifier, pos = before.group(), before.start()
        value = _date_value(match, text, published, modifier)
        if value is None:
            continue
        found.append((pos, match.end(), value, event_noun(text, match.end())))
    return found


def _near_date_value(phrase_start: int, phrase_end: int, text: str, published: Date | None, clock_start: int) -> str:
    """The value of the weekday or date next to a clock time (``""`` when it is neither)."""
    modifier = _MODIFIER_AT.match(text, phrase_start, phrase_end)
    at = modifier.end() if modifier else phrase_start
    match = DATE_RE.match(text, at, phrase_end)
    if match is None:
        return ""
    g = match.groupdict()
    if g["wd"] and not g["m1"] and not g["m2"]:
        value = _weekday_value(
            match.start("wd"), match.end("wd"), g["wd"], modifier.group() if modifier else "", clock_start, text, published
        )
        return value or ""
    return _date_value(match, text, published) or ""


def _times(text: str, start: int, end: int, published: Date | None) -> list[Found]:
    found: list[Found] = []
    done = start
    for pos in triggers(text, start, end).times:
        if pos < done:
            continue
        match = TIME_RE.match(text, pos, end)
        if match is None:
            continue
        g = match.groupdict()
        before = _TIME_BEFORE.search(text, max(done, start, pos - 48), pos)
        if g["word"]:
            hour, minute = (0 if g["word"] == "midnight" else 12), None
            if not before and not g["after"] and not g["z"]:
                if not _WORD_TIME_CONTEXT.search(text, max(0, pos - 12), pos):
                    continue
        elif g["h"]:
            hour = int(g["h"]) % 12 + (12 if g["ap"][0] in "pP" else 0)
            minute = int(g["mi"]) if g["mi"] else None
        elif g["XH"]:
            hour, minute = int(g["XH"]), int(g["XM"])
        else:
            hour, minute = int(g["H"]), int(g["M"])
            if not (before or g["after"] or g["z"] or g["az"]) and not _bare_clock_ok(text, pos, match.end()):
                continue
            if g["half"] and not g["am_part"] and 1 <= hour < 12:
                hour += 12  # "3:30 in the afternoon"
        done = match.end()
        clock_start = before.start() if before else pos
        clock = f"T{hour:02d}" + (f":{minute:02d}" if minute is not None else "")
        day = ""
        if before:
            day = _near_date_value(before.start("before"), before.end("before"), text, published, clock_start)
        elif g["after"]:
            day = _near_date_value(match.start("after"), match.end("after"), text, published, clock_start)
        zone = zone_value(g["z"]) if g["z"] else "Europe/London" if g["uk"] else _implied_zone(g, hour, minute or 0)
        prefix = day if day[:1].isdigit() and len(day) == 10 else ""
        value = f"{prefix}{clock}" + (f" {zone}" if zone else "")
        subject = event_noun(text, match.end()) or _deadline_in_sentence(text, clock_start, match.end())
        found.append((clock_start, match.end(), value, subject))
    return found


def _deadline_in_sentence(text: str, start: int, end: int) -> str:
    """``"deadline"`` when the time's sentence calls it one ("...'s deadline is 5 p.m.")."""
    lo = max(0, start - 200)
    head = text[lo:start]
    cut = max((m.end() for m in _SENTENCE_STOP.finditer(head)), default=0)
    tail = text[end : end + 200]
    stop = _SENTENCE_STOP.search(tail)
    sentence = head[cut:] + tail[: stop.start() if stop else len(tail)]
    return "deadline" if _DEADLINE.search(sentence) else ""


def _bare_clock_ok(text: str, start: int, end: int) -> bool:
    """A "14:30" with no zone or date is a time only after "at"/"by"/"until"... and not a game clock."""
    if _GAME_CLOCK.match(text, end):
        return False
    return bool(_WORD_TIME_CONTEXT.search(text, max(0, start - 12), start))


def _implied_zone(g: dict[str, str | None], hour: int, minute: int) -> str:
    """The UTC offset a bracketed conversion implies: "5:01 pm (22:01 GMT)" -> "-05:00"."""
    if not g["az"]:
        return ""
    if g["ah"] is not None:
        alt_h, alt_m = int(g["ah"]), int(g["am"] or 0)  # the pattern takes a 24-hour clock with its minutes
    else:
        alt_h = int(g["ah12"] or 0) % 12 + (12 if (g["aap"] or "a")[0] in "pP" else 0)
        alt_m = int(g["am12"]) if g["am12"] else 0
    alt_zone = zone_value(g["az"] or "")
    alt_offset = utc_offset(alt_zone)
    if alt_offset is None:
        return ""
    alt_utc = alt_h * 60 + alt_m - int(alt_offset.total_seconds() // 60)
    offset = (hour * 60 + minute - alt_utc) % (24 * 60)
    if offset > 14 * 60:
        offset -= 24 * 60
    return offset_text(offset)


def _durations(text: str, start: int, end: int) -> list[Found]:
    found: list[Found] = []
    for pos in triggers(text, start, end).units:
        match = UNIT_RE.match(text, pos, end)
        if match is None:
            continue
        unit, plural, long = match.group("unit"), bool(match.group("pl")), bool(match.group("long"))
        before = None
        if not (plural and long) and _may_end_number(text, pos):
            before = _NUMBER_BEFORE.search(text, max(start, pos - 48), pos)
        if long and not plural and (before is None or before.group("n").lower() in ("a", "an")):
            prefix, code, size = _UNIT_CODE[unit]
            found.append((pos, match.end(), f"P{prefix}{size}{code}", event_noun(text, match.end())))
            continue
        if before is None and not plural and not long:
            window = _WINDOW_BEFORE.search(text, max(start, pos - 12), pos)
            if window and unit in (_PAST_UNITS if window.group("past") else _EDGE_UNITS):
                prefix, code, size = _UNIT_CODE[unit]
                found.append((window.start(), match.end(), f"P{prefix}{size}{code}", ""))
            continue
        if before is None:
            vague_start = pos if long else _vague_start(text, start, pos)
            if plural and unit in _VAGUE_UNITS and vague_start is not None:
                prefix, code, size = _UNIT_CODE[unit]
                subject = event_noun(text, match.end()) if long else ""
                found.append((vague_start, match.end(), f"~P{prefix}{size}{code}", subject))
            continue
        value = _duration_value(before, unit, plural, text)
        if value is None:
            continue
        subject = event_noun(text, match.end()) if before.group("sep") == "-" else ""
        found.append((before.start(), match.end(), value, subject))
    return found


def _may_end_number(text: str, pos: int) -> bool:
    """Whether a number can end at the blanks or hyphen right before ``pos``: its last digit or number word.

    A quick test that spares :data:`_NUMBER_BEFORE` its search where no number stands ("last year", "the day").
    """
    end = pos
    if text[end - 1 : end] == "\n":
        return True  # ``$`` also matches before a final newline: leave it to the pattern
    if text[end - 1 : end] == "-":
        end -= 1  # "five-year"
    else:
        while end > 0 and text[end - 1].isspace():
            end -= 1  # "five years"
        if end == pos:
            return False
    if end == 0:
        return False  # nothing but blanks before the unit
    if text[end - 1].isdecimal():
        return True  # "5 years", "5-year"
    return may_be_word_before(text, end, _NUMBER_ENDINGS, 10)


def _game_clocks(text: str, end: int, times: tuple[int, ...]) -> list[Found]:
    """Clock readings of time left ("with 1:12 left", "0:45 to play"): minutes and seconds, not a time of day.

    Matched only where a time can start (``times``, from the region's trigger scan), which finds what a scan of
    the region finds: every reading opens with a digit after no digit, colon, point or comma, with a colon after
    it or after the next digit, where the scan marks a time; and no other such place lies inside a reading
    ("1:12:30": each later run of digits follows a colon).
    """
    found: list[Found] = []
    for pos in times:
        match = _GAME_CLOCK_TIME.match(text, pos, end)
        if match is None:
            continue
        first, second, third = match.groups()
        hours, minutes, seconds = (int(first), int(second), int(third)) if third else (0, int(first), int(second))
        parts = "".join(f"{n}{code}" for n, code in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n)
        found.append((match.start(), match.end(), f"PT{parts or '0S'}", ""))
    return found


def _vague_start(text: str, floor: int, pos: int) -> int | None:
    """Where "for months" / "within weeks" starts, or ``None``."""
    before = _VAGUE_BEFORE.search(text, max(floor, pos - 8), pos)
    return before.start() if before else None


def _duration_value(before: re.Match[str], unit: str, plural: bool, text: str) -> str | None:
    """The ISO 8601 value of a number and a unit, or ``None`` when they are no duration."""
    number = before.group("n")
    lowered = " ".join(number.lower().split())
    hedge = before.group("q") or ""
    if lowered in ("a", "an", "half a", "half an"):
        if before.group("sep") == "-" or (unit == "second" and not plural):
            return None
        at = before.start()
        if not hedge and not _A_UNIT_CONTEXT.search(text, max(0, at - 12), at):
            return None
        amount = Decimal("0.5") if lowered.startswith("half") else Decimal(1)
    else:
        if lowered == "one" and unit == "day" and not hedge:
            return None  # "one day" is usually "some day"
        parsed = parse_amount(number)
        if parsed is None:
            return None
        amount = parsed
    if before.group("half"):
        amount += Decimal("0.5")
    prefix, code, size = _UNIT_CODE[unit]
    hedged = bool(qualifier_mark(hedge)) and hedge.lower() != "over"  # "over three years" spans them
    return f"{'~' if hedged else ''}P{prefix}{format_decimal(amount * size)}{code}"
