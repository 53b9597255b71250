"""Text -> title, dateline, date and regions (title / dateline / body / boilerplate).

Regions are marked, never cut: together they cover every non-whitespace
character of the text exactly once, in text order, each trimmed of surrounding
whitespace. Body regions are paragraphs: one line, or the lines of one
hard-wrapped paragraph. Only general news-page shapes are used (see
:mod:`.boilerplate`); the pass is linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date

from pydantic import TypeAdapter

from factsheet.ingest import boilerplate as bp
from factsheet.ingest.dates import find_full_date
from factsheet.ingest.sentences import split_sentences
from factsheet.model import Region, RegionKind

_HEADER_LINES = 6
"""How many lines after the title may hold a repeated title, date line, byline or deck."""
_HEADER_ZONE = 10
"""A date line among the first this many lines states the publication date."""
_TITLE_MAX_WORDS = 30
_FRONT_MATTER_LINES = 40
_FRONT_MATTER_KEY = re.compile(r"[ \t]*[A-Za-z_][\w-]{0,30}[ \t]*|[ \t]*-[ \t].*")  # "key:" or a "- item" of a list
_DATE_LINE_MAX_WORDS = 12
_SHORT_LINE_CHARS = 300
"""Title, date and byline checks look only at lines up to this long."""
_WRAP_MIN_CHARS = 40
"""A line shorter than this never starts a hard-wrapped paragraph (it is a heading or label)."""

_LINE = re.compile(r"[^\n]+")
_SPACE = re.compile(r"\s+")
_DATE_PREFIX = re.compile(r"date[: \t]+(?:19|20)\d\d-\d\d-\d\d\b[ \t]*", re.IGNORECASE)
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.\-]+(?:[ ][A-Z][A-Z'’.\-]*){0,3}"  # WASHINGTON, NEW YORK, U.N.
    r"(?:,[ ]?[A-Za-z0-9][A-Za-z0-9'’.\-]*(?:[ ][A-Za-z0-9'’.\-]+){0,2}){0,3}"  # , Calif. / , Feb 28 / , 2026
    r"(?:[ ]?\([A-Za-z][A-Za-z .&'’\-]{0,30}\))?)"  # (Reuters)
    r"(?:[ \t]*(?:—|–|--)[ \t]*|[ \t]+-[ \t]+)(?=\S)"  # a lone hyphen needs spaces: not "AP-GfK"
)
_TWO_DIGITS = re.compile(r"\d\d")
_BYLINE = re.compile(r"by[ \t]+[A-Z]", re.IGNORECASE)
_TIMESTAMP = re.compile(r"(?:first |last )?(?:updated|published|posted|modified)\b", re.IGNORECASE)
_REGIONS = TypeAdapter(list[Region])
"""Validates an article's regions in one call (the same regions as ``Region(...)`` one at a time, in less time)."""


@dataclass
class Layout:
    """What :func:`analyse` finds in a text."""

    title: str = ""
    dateline: str = ""
    date: Date | None = None
    regions: list[Region] = field(default_factory=list)


@dataclass
class _Unit:
    """A line, or the lines of a hard-wrapped paragraph, without surrounding whitespace."""

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
    """Non-blank lines; a long line that breaks mid-sentence is joined with the next one."""
    units: list[_Unit] = []
    last_end = 0
    for match in _LINE.finditer(text):
        start, end = _strip(text, match.start(), match.end())
        if start == end:
            continue
        blank_before = bool(units) and text.count("\n", last_end, start) > 1
        previous = units[-1] if units else None
        if (
            previous is not None
            and not blank_before
            and text[start].islower()
            and previous.end - previous.start >= _WRAP_MIN_CHARS
            and not _TIMESTAMP.match(text, start)
            and not bp.ends_sentence(text[max(previous.start, previous.end - 80) : previous.end])
            and not bp.is_table(text[previous.start : previous.end])
        ):
            previous.end = end
        else:
            units.append(_Unit(start, end, blank_before))
        last_end = end
    return units


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _words(line: str) -> int:
    return len(line.split()) if len(line) <= _SHORT_LINE_CHARS else _SHORT_LINE_CHARS


def _is_date_line(line: str) -> bool:
    """A short line that states a full date ("Published: July 29, 2004", "date 2026-02-28")."""
    if line.endswith(".") or _TWO_DIGITS.search(line) is None:
        return False  # (first: most lines are sentences, cheaper to tell than to count their words)
    limit = _DATE_LINE_MAX_WORDS * (2 if _TIMESTAMP.match(line) else 1)  # "PUBLISHED: ... | UPDATED: ..."
    return _words(line) <= limit and find_full_date(line) is not None


def _is_byline(line: str) -> bool:
    return _BYLINE.match(line) is not None and _words(line) <= 12 and not bp.ends_sentence(line)


def _is_timestamp(line: str) -> bool:
    """"Updated 9:06 AM", "Last updated at 22:46 GMT"."""
    return _TIMESTAMP.match(line) is not None and _words(line) <= _DATE_LINE_MAX_WORDS and not bp.ends_sentence(line)


def _opens_with_dateline(line: str) -> bool:
    return _DATE_PREFIX.match(line) is not None or _DATELINE.match(line[:160]) is not None


def _could_be_title(line: str, next_line: str | None, blank_after: bool) -> bool:
    """Whether the first line is a headline rather than the lead of an article without one."""
    if _words(line) > _TITLE_MAX_WORDS or _opens_with_dateline(line):
        return False
    if bp.is_table(line) or bp.is_fence(line) or bp.is_separator(line) or bp.list_marker(line):
        return False
    if not bp.ends_sentence(line):
        return True  # headline style: no final stop
    # A one-sentence line that ends like a sentence is a headline when set apart from what follows
    # (a blank line, or the same words again); in one-sentence-per-line text it is the lead.
    if next_line is not None and not blank_after and _norm(next_line) != _norm(line):
        return False
    return len(split_sentences(line, 0, len(line))) <= 1


def _title_text(line: str) -> str:
    """A headline line as words: whitespace collapsed, markdown ``#`` and emphasis markers dropped."""
    marker = bp.markdown_heading(line)
    words = " ".join(line[marker:].split())
    stripped = words.strip("*_").strip()
    return stripped if stripped and words.startswith(("*", "_")) and words.endswith(("*", "_")) else words


def _is_deck(line: str) -> bool:
    """A kicker or deck line under the headline: heading-like, and nothing more specific."""
    if not bp.is_heading(line) or bp.is_disclaimer(line) or bp.is_methodology(line):
        return False
    return not (_opens_with_dateline(line) or bp.list_marker(line) or bp.is_table(line))


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


class _Analyser:
    """One pass over the units of a text: the header first, then every other line."""

    _MERGE = frozenset({"table", "methodology", "disclaimer"})

    def __init__(self, text: str) -> None:
        self.text = text
        self.units = _units(text)
        self.lines = [text[u.start : u.end] for u in self.units]
        self.layout = Layout()
        self.regions: list[tuple[int, int, RegionKind, str]] = []
        """(start, end, kind, label) of each region so far; :meth:`run` validates them all in one call."""
        self.stated_date: Date | None = None  # the first full date of a date line
        self.body_seen = False
        self.in_box = False  # inside a methodology box
        self.in_disclaimer = False  # a disclaimer runs to the next blank line

    def add(self, start: int, end: int, kind: RegionKind, label: str) -> None:
        """Mark ``text[start:end]`` (trimmed); a table, box or disclaimer grows instead of repeating."""
        start, end = _strip(self.text, start, end)
        if start >= end:
            return
        last = self.regions[-1] if self.regions else None
        if last is not None and last[2] == kind and last[3] == label and label in self._MERGE:
            self.regions[-1] = (last[0], end, kind, label)
        else:
            self.regions.append((start, end, kind, label))

    def note_date(self, line: str) -> None:
        if self.stated_date is None:
            found = find_full_date(line)
            self.stated_date = found[0] if found else None

    def run(self) -> Layout:
        index = self.header()
        for i in range(index, len(self.units)):
            self.classify(i)
        self.layout.date = self.stated_date
        self.layout.regions = _REGIONS.validate_python(
            [{"start": start, "end": end, "kind": kind, "label": label} for start, end, kind, label in self.regions]
        )
        return self.layout

    def header(self) -> int:
        """Mark leading date lines, the title, its repeats, date lines, bylines and decks; the next index."""
        units, lines = self.units, self.lines
        i = self.front_matter()
        first = i
        while i < min(first + 2, len(units)):  # date lines and rules above the headline
            if bp.is_fence(lines[i]) or bp.is_separator(lines[i]):
                self.add(units[i].start, units[i].end, "boilerplate", "code fence" if bp.is_fence(lines[i]) else "separator")
            elif _is_date_line(lines[i]) and not _opens_with_dateline(lines[i]):
                self.note_date(lines[i])
                self.add(units[i].start, units[i].end, "dateline", "date")
            else:
                break
            i += 1
        if i >= len(units):
            return i
        headline = _title_text(lines[i])
        if self.layout.title:  # from front matter: only a markdown heading or the same words are the headline
            if not (bp.markdown_heading(lines[i]) or _norm(headline) == _norm(self.layout.title)):
                return i
        elif not _could_be_title(
            lines[i], lines[i + 1] if i + 1 < len(units) else None, i + 1 < len(units) and units[i + 1].blank_before
        ):
            return i
        self.layout.title = headline
        self.add(units[i].start, units[i].end, "title", "title")
        i += 1
        stop = min(len(units), i + _HEADER_LINES)
        while i < stop:
            line, unit = lines[i], units[i]
            kind: RegionKind = "boilerplate"
            if _norm(_title_text(line)) == _norm(self.layout.title):
                kind, label = "title", "repeated title"
            elif bp.is_fence(line) or bp.is_separator(line):
                label = "code fence" if bp.is_fence(line) else "separator"
            elif _DATE_PREFIX.fullmatch(line) or (_is_date_line(line) and not _DATELINE.match(line[:160])):
                self.note_date(line)
                kind, label = "dateline", "date"
            elif _is_byline(line):
                self.note_date(line)
                kind, label = ("dateline" if find_full_date(line) else "boilerplate"), "byline"
            elif _is_timestamp(line):
                label = "timestamp"
            elif bp.is_markup(line):
                label = "markup"
            elif _is_deck(line):
                label = "heading"
            else:
                break
            self.add(unit.start, unit.end, kind, label)
            i += 1
        return i

    def front_matter(self) -> int:
        """Mark a leading ``---`` ... ``---`` metadata block; take its title and date. The next index."""
        units, lines = self.units, self.lines
        if not units or lines[0] != "---" or units[0].start != 0:
            return 0
        for i in range(1, min(len(units), _FRONT_MATTER_LINES)):
            if lines[i] == "---":
                break
            key, _, value = lines[i].partition(":")
            if not _FRONT_MATTER_KEY.fullmatch(key):
                return 0  # not "key: value" lines: an ordinary rule
        else:
            return 0
        for line in lines[1:i]:
            key, _, value = line.partition(":")
            value = value.strip().strip("\"'")
            if key.strip().lower() in ("title", "headline") and value:
                self.layout.title = _SPACE.sub(" ", value)
            elif key.strip().lower() in ("date", "published", "publication_date", "pubdate"):
                self.note_date(value)
        self.add(units[0].start, units[i].end, "boilerplate", "front matter")
        return i + 1

    def classify(self, index: int) -> None:
        """Mark one unit after the header."""
        unit, line = self.units[index], self.lines[index]
        start, end = unit.start, unit.end
        if unit.blank_before:
            self.in_disclaimer = False
        if bp.is_fence(line):
            return self.add(start, end, "boilerplate", "code fence")
        if bp.is_table(line):
            return self.add(start, end, "boilerplate", "table")
        if bp.is_separator(line) or bp.is_markup(line):
            return self.add(start, end, "boilerplate", "separator" if bp.is_separator(line) else "markup")
        if self.in_disclaimer:
            return self.add(start, end, "boilerplate", "disclaimer")
        if bp.is_disclaimer(line):
            self.in_disclaimer = True
            if bp.is_heading(line) and index + 1 < len(self.units):
                self.units[index + 1].blank_before = False  # a "Disclaimer" heading takes the next paragraph
            return self.add(start, end, "boilerplate", "disclaimer")
        if bp.is_methodology(line):
            self.in_box = True
            return self.add(start, end, "boilerplate", "methodology")
        if bp.markdown_heading(line):
            self.in_box = False
            return self.add(start, end, "boilerplate", "heading")
        if self.in_box:
            if not bp.is_heading(line):
                return self.add(start, end, "boilerplate", "methodology")
            self.in_box = False  # a heading: the next real section
        label = _note_label(line)
        if label:
            return self.add(start, end, "boilerplate", label)
        marker = bp.list_marker(line)
        if marker:
            self.add(start, start + marker, "boilerplate", "list marker")
            start, line = start + marker, line[marker:]
        if not self.body_seen:
            start, line = self.dateline(start, line)
        if not line:
            return None
        if _is_date_line(line) and not bp.ends_sentence(line):
            if index < _HEADER_ZONE:
                self.note_date(line)
                return self.add(start, end, "dateline", "date")
            return self.add(start, end, "boilerplate", "timestamp")
        tail_start, tail_label = self.tail(start, end, line, last=index == len(self.units) - 1)
        if bp.is_heading(self.text[start:tail_start].strip()):
            return self.add(start, end, "boilerplate", "heading")
        self.add(start, tail_start, "body", "paragraph")
        if tail_label:
            self.add(tail_start, end, "boilerplate", tail_label)
        self.body_seen = True
        return None

    def tail(self, start: int, end: int, line: str, *, last: bool) -> tuple[int, str]:
        """Where a trailing code fence, or the last line's wire credit ("... — AFP"), starts, and its label."""
        if line.endswith(("```", "~~~")):
            fence = bp.TRAILING_FENCE.search(line, max(0, len(line) - 40))
            if fence and fence.start() > 0:
                return start + fence.start(), "code fence"
        if last:
            credit = bp.TRAILING_CREDIT.search(line, max(0, len(line) - 60))
            if credit and credit.start() > 0:
                return start + credit.start(), "credit"
        return end, ""

    def dateline(self, start: int, line: str) -> tuple[int, str]:
        """Mark a leading ``date YYYY-MM-DD`` and ``CITY, Mon DD —`` dateline; return what follows."""
        prefix = _DATE_PREFIX.match(line)
        if prefix:
            self.note_date(prefix.group())
            self.add(start, start + prefix.end(), "dateline", "date")
            start, line = start + prefix.end(), line[prefix.end() :]
        match = _DATELINE.match(line[:160])
        if match and match.end() < len(line):
            place = " ".join(match["place"].split())
            self.layout.dateline = self.layout.dateline or place
            self.note_date(place)  # "WASHINGTON, DC, April 28, 2009 —"; a date without a year is not enough
            self.add(start, start + match.end(), "dateline", "dateline")
            start, line = start + match.end(), line[match.end() :]
        return start, line


def analyse(text: str) -> Layout:
    """Find the title, dateline, publication date and regions of an article's text."""
    return _Analyser(text).run()
