"""Find the spans between quotation marks, paragraph by paragraph.

Marks handled: curly double (“ ”), straight double ("), two apostrophes used as a
double mark (''…'', the NYT archive convention), guillemets and low marks, and
single quotes (‘ ’ and ') as top-level quotes in British style. Inside a quote of
one family, marks of the other family are nested quotes and are kept as content.

A paragraph is a line. A double (or curly single) quote still open at the end of a
paragraph continues when the next non-empty paragraph opens with a mark of the
same family (the news convention for a quote running over paragraphs); otherwise
it ends at the paragraph end and is marked ``closed=False``.

Every step is a linear scan over one compiled regex's matches, so unbalanced marks
in a huge line stay fast and never swallow more than one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Family = Literal["double", "single"]

_MARK_RE = re.compile(r"[“”\"‘’'«»„](?:(?<=')'*)?")
"""Quote marks, a run of apostrophes as one ("''" is a double mark); a run of four or more is no mark at all
(it is skipped). One character class first lets ``re`` skip quickly to the next mark."""
_OPEN_PUNCT = frozenset("([{—–-/ \t\n\u00a0")
_CLOSE_FOLLOW = frozenset(".,;:!?)]}—–-…/ \t\n\u00a0")
_MAX_SINGLE_RETRIES = 3


@dataclass
class Part:
    """One quoted stretch: its content ``[start, end)`` and the marks' outer ``[open, close)``."""

    open: int
    start: int
    end: int
    close: int
    closed: bool = True


@dataclass
class QuotedRun:
    """A quotation: one part, or several when it runs over paragraphs."""

    family: Family
    parts: list[Part] = field(default_factory=list)

    @property
    def closed(self) -> bool:
        return self.parts[-1].closed


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty lines of ``text[start:end]`` as ``(start, end)`` with surrounding whitespace trimmed."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        a, b = pos, line_end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
        pos = line_end + 1
    return out


def _family(mark: str) -> Family:
    return "single" if mark in ("‘", "’", "'") else "double"


def _opens_paragraph(text: str, para: tuple[int, int]) -> tuple[Family, int] | None:
    """The family and content start of a quote mark opening ``para``, if any."""
    m = _MARK_RE.match(text, para[0])
    if m is None or m.end() >= para[1]:
        return None
    mark = m.group()
    if len(mark) >= 4 or mark == "’" or (mark == "'" and not text[m.end()].isalpha()):
        return None
    if len(mark) >= 2:
        return "double", m.start() + 2
    return _family(mark), m.end()


def scan_paragraph(
    text: str, para: tuple[int, int], carry: Family | None = None
) -> tuple[list[QuotedRun], QuotedRun | None]:
    """Quotes of one paragraph: the closed runs and the one left open at its end.

    ``carry`` is the family of a quote still open from the line before (hard-wrapped
    text): the scan starts inside it, so its first closing mark ends a part that
    begins at the paragraph start (the caller joins the parts).
    """
    banned: set[int] = set()
    singles_off = False
    for _attempt in range(_MAX_SINGLE_RETRIES + 1):
        runs, open_run, bad_single = _scan(text, para, carry, banned, singles_off)
        if bad_single is None:
            return runs, open_run
        banned.add(bad_single)
        if _attempt == _MAX_SINGLE_RETRIES - 1:
            singles_off = True
    return runs, open_run


def _scan(
    text: str, para: tuple[int, int], carry: Family | None, banned: set[int], singles_off: bool
) -> tuple[list[QuotedRun], QuotedRun | None, int | None]:
    p_start, p_end = para
    runs: list[QuotedRun] = []
    state: Family | None = carry
    straight_single = False
    opened_at = content_at = p_start
    for m in _MARK_RE.finditer(text, p_start, p_end):
        i, j = m.start(), m.end()
        mark = m.group()
        if len(mark) >= 4:
            continue
        prev = text[i - 1] if i > p_start else " "
        nxt = text[j] if j < p_end else " "
        if prev.isalnum() and nxt.isalnum() and len(mark) == 1 and mark in "'’‘":
            continue  # an apostrophe inside a word ("don't", "Doe’s"): it neither opens nor closes a quote
        left = not nxt.isspace() and (prev in _OPEN_PUNCT or i == p_start or prev in "“‘\"'«„")
        right = not prev.isspace() and (nxt in _CLOSE_FOLLOW or j == p_end or nxt in "”’\"'»")
        if len(mark) >= 2:  # '' or ''' : a double mark (with a nested single one for ''')
            if state == "double":
                # three apostrophes close a nested single quote, then the double one
                runs.append(QuotedRun("double", [Part(opened_at, content_at, i + 1 if len(mark) == 3 else i, j)]))
                state = None
            elif state is None:
                if right and not left:
                    continue
                state, opened_at, content_at = "double", i, i + 2
            continue
        family = _family(mark)
        if state is None:
            if family == "double":
                if mark in "“„«" or (mark in "\"”»" and (left or not right)):
                    if mark == "”" and not left:
                        continue
                    state, opened_at, content_at = "double", i, j
            elif not singles_off and i not in banned and left and nxt.isalpha():
                if mark == "‘" or (mark == "'" and (prev in _OPEN_PUNCT or prev in "“\"" or i == p_start)):
                    state, opened_at, content_at = "single", i, j
                    straight_single = mark == "'"
            continue
        if state == "double" and family == "double":
            if mark == "“" and left and not right:  # a new opening: the previous quote was never closed
                opened_at, content_at = i, j
                continue
            if mark in "“„«" and not right:
                continue
            runs.append(QuotedRun("double", [Part(opened_at, content_at, i, j)]))
            state = None
        elif state == "single" and family == "single":
            if mark in "’'" and right and not nxt.isalnum():
                runs.append(QuotedRun("single", [Part(opened_at, content_at, i, j)]))
                state = None
    if state is None:
        return _drop_empty(runs), None, None
    if state == "single" and straight_single:
        return runs, None, opened_at
    open_run = QuotedRun(state, [Part(opened_at, content_at, p_end, p_end, closed=False)])
    return _drop_empty(runs), open_run, None


def _drop_empty(runs: list[QuotedRun]) -> list[QuotedRun]:
    return [r for r in runs if r.parts[0].end > r.parts[0].start]


def _wraps_into(text: str, para: tuple[int, int], nxt: tuple[int, int], family: Family) -> bool:
    """Whether an open double quote runs on into the next line (hard-wrapped text).

    The line must stop mid-sentence, no blank line may follow it, and the next line
    must have no double mark or a closing one first.
    """
    if family != "double" or text.count("\n", para[1], nxt[0]) != 1 or text[para[1] - 1] in ".!?…:":
        return False  # a line ending a sentence ends its paragraph (pull quotes, lists)
    for m in _MARK_RE.finditer(text, nxt[0], nxt[1]):
        mark = m.group()
        if len(mark) >= 4 or (family == "double") != (len(mark) >= 2 or _family(mark) == "double"):
            continue
        prev = text[m.start() - 1] if m.start() > nxt[0] else " "
        after = text[m.end()] if m.end() < nxt[1] else " "
        return not prev.isspace() and (after.isspace() or after in _CLOSE_FOLLOW) and mark not in "“‘«„"
    return True  # a line without marks: the quote runs on


def _continue_run(
    head: QuotedRun, runs: list[QuotedRun], open_run: QuotedRun | None, start: int, *, same_family: bool
) -> tuple[list[QuotedRun], QuotedRun | None, bool]:
    """Fold a paragraph's first run into ``head`` when it opens right at the paragraph's ``start``.

    Returns the paragraph's runs, the run left open after it, and whether ``head`` went on;
    a ``head`` that went on and closed in this paragraph is among the runs returned.
    """
    first = runs[0] if runs else open_run
    if first is None or first.parts[0].open != start or (same_family and first.family != head.family):
        return runs, open_run, False
    head.parts.extend(first.parts)
    if runs:
        return [head, *runs[1:]], open_run, True
    return runs, head, True


def quoted_runs(text: str, paras: list[tuple[int, int]]) -> list[QuotedRun]:
    """Every quotation in the paragraphs ``paras`` (from :func:`paragraphs`), in text order, joined over paragraphs."""
    out: list[QuotedRun] = []
    pending: QuotedRun | None = None
    wrapped: QuotedRun | None = None
    for index, para in enumerate(paras):
        runs, open_run = scan_paragraph(text, para, wrapped.family if wrapped is not None else None)
        if wrapped is not None:
            # a hard-wrapped line: the first part of this line continues the quote of the line before
            runs, open_run, _ = _continue_run(wrapped, runs, open_run, para[0], same_family=False)
            wrapped = None
        if pending is not None:
            # a quote reopened at the start of the next paragraph
            runs, open_run, continued = _continue_run(pending, runs, open_run, para[0], same_family=True)
            if not continued:
                out.append(pending)
            pending = None
        out.extend(runs)
        if open_run is not None:
            nxt = paras[index + 1] if index + 1 < len(paras) else None
            if nxt is not None and _opens_paragraph(text, nxt) is not None and open_run.parts[-1].end > open_run.parts[-1].start:
                pending = open_run
            elif nxt is not None and _wraps_into(text, para, nxt, open_run.family):
                wrapped = open_run
            elif open_run.parts[-1].end > open_run.parts[-1].start:
                out.append(open_run)
    if pending is not None:
        out.append(pending)
    out.sort(key=lambda r: r.parts[0].open)
    return out
