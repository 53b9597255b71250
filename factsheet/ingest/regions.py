"""Text -> title, dateline, date and regions (title / dateline / body / boilerplate).

Regions are marked, never cut: together they cover every non-whitespace
character of the text exactly once, in text order, each trimmed of surrounding
whitespace. Body regions are paragraphs: one line, or several hard-wrapped lines
of one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date

from factsheet.ingest import boilerplate as bp
from factsheet.ingest.dates import find_full_date
from factsheet.ingest.sentences import split_sentences
from factsheet.model import Region, RegionKind

_HEADER_LINES = 6
"""How many non-blank lines after the title may hold a repeated title, date line or byline."""
_TITLE_MAX_WORDS = 30
_DATE_LINE_MAX_WORDS = 12
_WRAP_MIN_CHARS = 40
_HEADER_ZONE = 10
"""A date line among the first this many lines states the publication date."""
"""A line shorter than this is never the first part of a hard-wrapped paragraph (it is a heading)."""

_LINE = re.compile(r"[^\n]+")
_DATE_PREFIX = re.compile(r"date[: \t]+(?:19|20)\d\d-\d\d-\d\d\b[ \t]*", re.IGNORECASE)
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.\-]+(?:[ ][A-Z][A-Z'’.\-]*){0,3}"  # WASHINGTON, NEW YORK, U.N.
    r"(?:,[ ]?[A-Za-z0-9][A-Za-z0-9'’.\-]*(?:[ ][A-Za-z0-9'’.\-]+){0,2}){0,3}"  # , Calif. / , Feb 28 / , 2026
    r"(?:[ ]?\([A-Za-z][A-Za-z .&'’\-]{0,30}\))?)"  # (Reuters)
    r"[ \t]*(?:—|–|--|-)[ \t]*(?=\S)"
)
_BYLINE = re.compile(r"by[ \t]+[A-Z]", re.IGNORECASE)
_TIMESTAMP = re.compile(r"(?:first |last )?(?:updated|published|posted|modified)\b", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


@dataclass
class Layout:
    """What :func:`analyse` finds in a text."""

    title: str = ""
    dateline: str = ""
    date: Date | None = None
    regions: list[Region] = field(default_factory=list)


@dataclass
class _Unit:
    """A line, or hard-wrapped lines joined, without surrounding whitespace."""

    start: int
    end: int
    blank_before: bool


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _units(text: str) -> list[_Unit]:
    """Non-blank lines; a line that breaks mid-sentence is joined with the next one."""
    units: list[_Unit] = []
    last_end = 0
    for match in _LINE.finditer(text):
        start, end = _strip(text, match.start(), match.end())
        if start == end:
            continue
        blank_before = units != [] and text.count("\n", last_end, start) > 1
        line = text[start:end]
        previous = units[-1] if units else None
        if (
            previous is not None
            and not blank_before
            and line[0].islower()
            and not _TIMESTAMP.match(line)
            and previous.end - previous.start >= _WRAP_MIN_CHARS
            and not bp.ends_sentence(text[previous.start : previous.end])
            and not bp.is_table(text[previous.start : previous.end])
        ):
            previous.end = end
        else:
            units.append(_Unit(start, end, blank_before))
        last_end = end
    return units


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _is_date_line(line: str) -> bool:
    """A short header line that states a full date ("Published: July 29, 2004", "date 2026-02-28")."""
    limit = _DATE_LINE_MAX_WORDS * (2 if _TIMESTAMP.match(line) else 1)  # "PUBLISHED: ... | UPDATED: ..."
    return len(line.split()) <= limit and find_full_date(line) is not None and not line.endswith(".")


def _is_byline(line: str) -> bool:
    return _BYLINE.match(line) is not None and len(line.split()) <= 12 and not bp.ends_sentence(line)


def _opens_with_dateline(line: str) -> bool:
    return _DATE_PREFIX.match(line) is not None or _DATELINE.match(line[:160]) is not None


def _could_be_title(line: str) -> bool:
    if len(line.split()) > _TITLE_MAX_WORDS or _opens_with_dateline(line):
        return False
    if bp.is_table(line) or bp.is_fence(line) or bp.is_separator(line) or bp.list_marker(line):
        return False
    # A headline has no final stop, or is one sentence ("Council backs new bridge.").
    return not bp.ends_sentence(line) or len(split_sentences(line, 0, len(line))) <= 1


class _Builder:
    """Collects pieces in text order and merges neighbours that belong together."""

    _MERGE = frozenset({"table", "methodology", "disclaimer"})

    def __init__(self, text: str) -> None:
        self.text = text
        self.regions: list[Region] = []

    def add(self, start: int, end: int, kind: RegionKind, label: str) -> None:
        start, end = _strip(self.text, start, end)
        if start >= end:
            return
        last = self.regions[-1] if self.regions else None
        if last is not None and last.kind == kind and last.label == label and label in self._MERGE:
            self.regions[-1] = Region(start=last.start, end=end, kind=kind, label=label)
        else:
            self.regions.append(Region(start=start, end=end, kind=kind, label=label))


def analyse(text: str) -> Layout:
    """Find the title, dateline, publication date and regions of an article's text."""
    layout = Layout()
    out = _Builder(text)
    units = _units(text)
    lines = [text[u.start : u.end] for u in units]
    i = 0
    full_date: Date | None = None

    # Header: leading date lines, the title, its repeats, date lines, bylines.
    while i < len(units) and i < 2 and _is_date_line(lines[i]) and not _opens_with_dateline(lines[i]):
        full_date = full_date or find_full_date(lines[i])[0]  # type: ignore[index]
        out.add(units[i].start, units[i].end, "dateline", "date")
        i += 1
    if i < len(units) and _could_be_title(lines[i]):
        title_unit = units[i]
        layout.title = _SPACE.sub(" ", lines[i]).strip()
        out.add(title_unit.start, title_unit.end, "title", "title")
        i += 1
        header_end = min(len(units), i + _HEADER_LINES)
        while i < header_end:
            line = lines[i]
            if _norm(line) == _norm(layout.title):
                out.add(units[i].start, units[i].end, "title", "repeated title")
            elif bp.is_fence(line) or bp.is_separator(line):
                out.add(units[i].start, units[i].end, "boilerplate", "code fence" if bp.is_fence(line) else "separator")
            elif _DATE_PREFIX.fullmatch(line) or (_is_date_line(line) and not _DATELINE.match(line[:160])):
                found = find_full_date(line)
                full_date = full_date or (found[0] if found else None)
                out.add(units[i].start, units[i].end, "dateline", "date")
            elif _is_byline(line):
                found = find_full_date(line)
                full_date = full_date or (found[0] if found else None)
                out.add(units[i].start, units[i].end, "dateline" if found else "boilerplate", "byline")
            elif _TIMESTAMP.match(line) and len(line.split()) <= _DATE_LINE_MAX_WORDS and not bp.ends_sentence(line):
                out.add(units[i].start, units[i].end, "boilerplate", "timestamp")
            elif bp.is_heading(line) and not (bp.is_disclaimer(line) or bp.is_methodology(line)) and not (
                _opens_with_dateline(line) or bp.list_marker(line) or bp.is_table(line)
            ):
                out.add(units[i].start, units[i].end, "boilerplate", "heading")  # a deck or kicker
            else:
                break
            i += 1

    body_seen = False
    in_box = False  # inside a methodology box
    disclaimer_until_blank = False
    for index in range(i, len(units)):
        unit = units[index]
        start, end = unit.start, unit.end
        line = lines[index]
        if unit.blank_before:
            disclaimer_until_blank = False
        if bp.is_fence(line):
            out.add(start, end, "boilerplate", "code fence")
            continue
        if bp.is_table(line):
            out.add(start, end, "boilerplate", "table")
            continue
        if bp.is_separator(line):
            out.add(start, end, "boilerplate", "separator")
            continue
        if disclaimer_until_blank:
            out.add(start, end, "boilerplate", "disclaimer")
            continue
        if bp.is_disclaimer(line):
            out.add(start, end, "boilerplate", "disclaimer")
            disclaimer_until_blank = True
            if bp.is_heading(line) and index + 1 < len(units):
                units[index + 1].blank_before = False  # a "Disclaimer" heading takes the paragraph after it
            continue
        if bp.is_methodology(line):
            in_box = True
            out.add(start, end, "boilerplate", "methodology")
            continue
        marker = bp.markdown_heading(line)
        if marker:
            in_box = False
            out.add(start, end, "boilerplate", "heading")
            continue
        if in_box:
            if bp.is_heading(line):
                in_box = False  # the next real section
            else:
                out.add(start, end, "boilerplate", "methodology")
                continue
        label = _note_label(line)
        if label:
            out.add(start, end, "boilerplate", label)
            continue
        marker = bp.list_marker(line)
        if marker:
            out.add(start, start + marker, "boilerplate", "list marker")
            start += marker
            line = line[marker:]
        if not body_seen:
            start, line = _dateline(text, start, end, line, layout, out)
            if layout.date is not None:
                full_date = full_date or layout.date
        if not line:
            continue
        if _is_date_line(line) and not bp.ends_sentence(line):
            if index < _HEADER_ZONE:
                found = find_full_date(line)
                full_date = full_date or (found[0] if found else None)
                out.add(start, end, "dateline", "date")
            else:
                out.add(start, end, "boilerplate", "timestamp")
            continue
        tail_start, tail_label = end, ""
        fence = bp.TRAILING_FENCE.search(line, max(0, len(line) - 40)) if line.endswith(("```", "~~~")) else None
        if fence and fence.start() > 0:
            tail_start, tail_label = start + fence.start(), "code fence"
        elif index == len(units) - 1:
            credit = bp.TRAILING_CREDIT.search(line, max(0, len(line) - 60))
            if credit and credit.start() > 0:
                tail_start, tail_label = start + credit.start(), "credit"
        if bp.is_heading(text[start:tail_start].strip()):
            out.add(start, end, "boilerplate", "heading")
            continue
        out.add(start, tail_start, "body", "paragraph")
        if tail_label:
            out.add(tail_start, end, "boilerplate", tail_label)
        body_seen = True

    layout.date = full_date
    layout.regions = out.regions
    return layout


def _note_label(line: str) -> str:
    """The label of a line that is a note about the article rather than reporting, else ""."""
    if bp.is_promo(line):
        return "promotion"
    if bp.is_agency_credit(line):
        return "credit"
    if bp.is_correction(line):
        return "correction"
    if bp.is_author_note(line):
        return "author note"
    return ""


def _dateline(text: str, start: int, end: int, line: str, layout: Layout, out: _Builder) -> tuple[int, str]:
    """Mark a leading ``date YYYY-MM-DD`` and ``CITY, Mon DD —`` dateline; return where the rest starts."""
    prefix = _DATE_PREFIX.match(line)
    if prefix:
        found = find_full_date(prefix.group())
        layout.date = layout.date or (found[0] if found else None)
        out.add(start, start + prefix.end(), "dateline", "date")
        start += prefix.end()
        line = line[prefix.end() :]
    match = _DATELINE.match(line[:160])
    if match and match.end() < len(line):
        place = _SPACE.sub(" ", match["place"]).strip()
        layout.dateline = place
        found = find_full_date(place)
        if found:
            layout.date = layout.date or found[0]
        out.add(start, start + match.end(), "dateline", "dateline")
        start += match.end()
        line = line[match.end() :]
    return start, line

