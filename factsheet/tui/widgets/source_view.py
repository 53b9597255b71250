"""One source's text, every evidence span highlighted by kind, boilerplate dimmed, a passage cursor.

Drawn line by line (Textual's Line API): the text is cut into paragraphs, each
wrapped to the width once, and only the visible lines are rendered, so a long
article costs no layout work when panes switch or the passage cursor moves
(a widget per paragraph made a pane switch cost ~1 s at 500 paragraphs).
Paragraphs are wrapped as plain text and highlighted only when a line of theirs
is first drawn (highlighting every paragraph of a 500-paragraph source on each
show was most of a jump to a passage in another source).
``[``/``]`` move between passages, Enter jumps to the passage's fact; clicking
a passage selects it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from factsheet.tui.text import clean

if TYPE_CHECKING:
    from factsheet.model import Anchor, Fact, Source

CHUNK = 4000
"""Longest piece of text one paragraph widget holds (a 1 MB single-line article becomes 250)."""
SHOWN_LIMIT = 2_000_000
"""Characters of a source shown at most; the rest is cut with a note."""


@dataclass(frozen=True)
class Passage:
    """An evidence span of one fact in the shown source."""

    start: int
    end: int
    fact_id: str
    kind: str
    anchor: Anchor


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph (blank-line separated), long ones cut at ``CHUNK``."""
    spans: list[tuple[int, int]] = []
    position = 0
    length = len(text)
    while position < length:
        gap = text.find("\n\n", position)
        end = length if gap == -1 else gap
        while end - position > CHUNK:
            cut = text.rfind(" ", position + CHUNK // 2, position + CHUNK)
            cut = cut + 1 if cut != -1 else position + CHUNK
            spans.append((position, cut))
            position = cut
        if end > position and text[position:end].strip():
            spans.append((position, end))
        position = end
        while position < length and text[position] == "\n":
            position += 1
    return spans


class SourceView(ScrollView, can_focus=True):
    """The text of one source with its passages."""

    BINDINGS = [
        Binding("up,k", "scroll_lines(-1)", "Up", show=False),
        Binding("down,j", "scroll_lines(1)", "Down", show=False),
        Binding("pageup", "scroll_lines(-10)", "Page up", show=False),
        Binding("pagedown,space", "scroll_lines(10)", "Page down", show=False),
        Binding("right_square_bracket", "move(1)", "Next passage", id="source.next", show=False),
        Binding("left_square_bracket", "move(-1)", "Previous passage", id="source.previous", show=False),
        Binding("enter", "choose", "Fact", id="source.fact", tooltip="Show the highlighted passage's fact", show=False),
    ]

    COMPONENT_CLASSES = {
        "source-view--boilerplate",
        "source-view--title",
        "source-view--current",
        "source-view--placeholder",
        "source-view--quote",
        "source-view--money",
        "source-view--number",
        "source-view--date",
        "source-view--time",
        "source-view--duration",
        "source-view--role",
    }

    @dataclass
    class PassageSelected(Message):
        """The passage cursor moved to a passage of ``fact_id``."""

        view: SourceView
        fact_id: str

    @dataclass
    class FactChosen(Message):
        """The editor wants the fact of the highlighted passage."""

        view: SourceView
        fact_id: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source: Source | None = None
        self.passages: list[Passage] = []
        self.current: int | None = None
        self._paragraphs: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._regions: list[tuple[int, int, str]] = []
        self._rendered: list[Content | None] = []
        """Styled content of each paragraph (``None`` until one of its lines is drawn)."""
        self._styles: dict[str, Style] = {}
        """Component styles by name, read once per show."""
        self._lines: list[Content] = []
        """Wrapped lines of every paragraph, a blank line between paragraphs."""
        self._first_line: list[int] = []
        self._wrap_width = 0
        self._notes: list[str] = ["Select a source."]
        self._pstarts: list[int] = []
        self._longest = 0
        self._pending_scroll: int | None = None

    # -- content -------------------------------------------------------------
    def show(self, source: Source, facts: list[Fact]) -> None:
        """Show ``source`` with the evidence of ``facts`` that falls in it."""
        self.source = source
        text = source.text[:SHOWN_LIMIT]
        self.passages = sorted(
            (
                Passage(a.start, a.end, f.id, f.kind, a)
                for f in facts
                for a in f.evidence
                if a.source == source.id and a.end <= len(text)
            ),
            key=lambda p: (p.start, p.end, p.fact_id),
        )
        self._pstarts = [p.start for p in self.passages]
        self._longest = max((p.end - p.start for p in self.passages), default=0)
        self.current = None
        self._regions = [(r.start, r.end, r.kind) for r in source.regions if r.kind in ("boilerplate", "title")]
        self._paragraphs = paragraph_spans(text)
        self._starts = [start for start, _ in self._paragraphs]
        self._notes = []
        if not self._paragraphs:
            self._notes.append("(this source has no text)")
        if len(source.text) > SHOWN_LIMIT:
            self._notes.append(f"(text cut at {SHOWN_LIMIT:,} of {len(source.text):,} characters)")
        self._styles = {}
        self._rendered = [None] * len(self._paragraphs)
        self._pending_scroll = None
        self._lines, self._first_line = [], []
        self._layout(force=True)
        self.scroll_to(0, 0, animate=False, immediate=True)

    def refresh_facts(self, facts: list[Fact]) -> None:
        """Re-draw with a new set of facts (keeps the passage cursor and the scroll position)."""
        if self.source is None:
            return
        current = self.passages[self.current] if self.current is not None else None
        y = self.scroll_y
        self.show(self.source, facts)
        self.scroll_to(y=y, animate=False, immediate=True)
        if current is not None:
            self.focus_passage(current.fact_id, current.anchor, scroll=False)

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = Style.from_styles(self.get_component_styles(f"source-view--{name}"))
        return style

    def _plain_paragraph(self, index: int) -> Content:
        """Paragraph ``index`` unstyled: wraps exactly as its styled form (same text)."""
        assert self.source is not None
        start, end = self._paragraphs[index]
        return Content(clean(self.source.text[start:end], single_line=False))

    def _render_paragraph(self, index: int) -> Content:
        assert self.source is not None
        p_start, p_end = self._paragraphs[index]
        text = self.source.text
        cuts = {p_start, p_end}
        covering: list[tuple[int, int, Style]] = []
        for start, end, kind in self._regions:
            if start < p_end and end > p_start:
                covering.append((start, end, self._style(kind)))
        first = bisect_left(self._pstarts, p_start - self._longest)
        for number in range(first, len(self.passages)):
            passage = self.passages[number]
            if passage.start >= p_end:
                break
            if passage.end > p_start:
                style = self._style(passage.kind) + Style.from_meta({"@click": f"select_passage({number})"})
                if number == self.current:
                    style = style + self._style("current")
                covering.append((passage.start, passage.end, style))
        for start, end, _ in covering:
            cuts.update((max(start, p_start), min(end, p_end)))
        bounds = sorted(cuts)
        pieces: list[Content] = []
        for left, right in zip(bounds, bounds[1:], strict=False):
            piece = Content(clean(text[left:right], single_line=False))
            for start, end, style in covering:
                if start <= left and end >= right:
                    piece = piece.stylize(style)
            pieces.append(piece)
        return Content("").join(pieces)

    # -- layout and rendering ------------------------------------------------
    def _layout(self, *, force: bool = False) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:  # hidden (another pane is shown): keep the lines; new text is laid out when shown
            if force:
                self._wrap_width = 0
            return
        if not force and width == self._wrap_width:
            return
        self._wrap_width = width
        lines: list[Content] = []
        self._first_line = []
        for index, content in enumerate(self._rendered):
            if index:
                lines.append(Content(""))
            self._first_line.append(len(lines))
            lines.extend(self._wrap(content if content is not None else self._plain_paragraph(index), width))
        for note in self._notes:
            lines.append(Content(note).stylize(self._style("placeholder")))
        self._lines = lines
        self.virtual_size = Size(width, len(lines))
        self.refresh()
        if self._pending_scroll is not None:
            offset, self._pending_scroll = self._pending_scroll, None
            self._scroll_to_offset(offset)

    @staticmethod
    def _wrap(content: Content, width: int) -> list[Content]:
        out: list[Content] = []
        for line in content.split("\n", allow_blank=True):
            out.extend(line.wrap(width) if line.cell_length > width else [line])
        return out

    def _rewrap(self, index: int, *, refresh: bool = True) -> None:
        """Re-wrap paragraph ``index`` after its styles changed (same text, so the same line count)."""
        content = self._rendered[index]
        if not self._wrap_width or index >= len(self._first_line) or content is None:
            return
        first = self._first_line[index]
        end = self._first_line[index + 1] - 1 if index + 1 < len(self._first_line) else first + len(
            self._wrap(content, self._wrap_width))
        wrapped = self._wrap(content, self._wrap_width)
        if len(wrapped) != end - first:  # cannot happen for the same text; lay out again rather than misdraw
            self._layout(force=True)
            return
        self._lines[first:end] = wrapped
        if refresh:
            self.refresh()

    def _styled(self, line: int) -> None:
        """Highlight the paragraph that holds wrapped ``line`` if it has not been yet."""
        index = max(0, bisect_right(self._first_line, line) - 1)
        if index < len(self._rendered) and self._rendered[index] is None:
            self._rendered[index] = self._render_paragraph(index)
            self._rewrap(index, refresh=False)

    def on_resize(self, event: events.Resize) -> None:
        self._layout()

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        self._styled(index)
        segments = self._lines[index].render_segments(self.visual_style)
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def _line_of(self, offset: int) -> int:
        """The wrapped line that holds text ``offset`` (close enough to scroll it into view)."""
        if not self._lines:
            return 0
        index = self._paragraph_of(offset)
        if index >= len(self._first_line):
            return 0
        line = self._first_line[index]
        last = self._first_line[index + 1] - 1 if index + 1 < len(self._first_line) else len(self._lines)
        remaining = offset - self._paragraphs[index][0]
        while line < last and remaining >= len(self._lines[line].plain) + 1:
            remaining -= len(self._lines[line].plain) + 1
            line += 1
        return line

    def _paragraph_of(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    # -- passage cursor ------------------------------------------------------
    def select_passage(self, number: int, *, scroll: bool = True) -> None:
        """Make passage ``number`` the current one, highlighted and scrolled into view."""
        if not 0 <= number < len(self.passages):
            return
        previous = self.current
        self.current = number
        touched = {self._paragraph_of(self.passages[number].start)}
        if previous is not None and previous < len(self.passages):
            touched.add(self._paragraph_of(self.passages[previous].start))
        for index in touched:
            if index < len(self._rendered):
                self._rendered[index] = self._render_paragraph(index)
                self._rewrap(index)
        if scroll:
            self._scroll_to_offset(self.passages[number].start)
        self.post_message(self.PassageSelected(self, self.passages[number].fact_id))

    def _scroll_to_offset(self, offset: int) -> None:
        """Bring the line of text ``offset`` into view (after the next layout when not laid out yet)."""
        if not self._wrap_width:
            self._pending_scroll = offset
            return
        line = self._line_of(offset)
        height = self.scrollable_content_region.height
        if not int(self.scroll_y) <= line < int(self.scroll_y) + height:
            # force: right after a layout the scrollbars are not settled and a plain scroll is refused
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True, force=True)

    def focus_passage(self, fact_id: str, anchor: Anchor | None = None, *, scroll: bool = True) -> bool:
        """Select the passage of ``fact_id`` (at ``anchor`` when given); ``False`` when it is not here."""
        for number, passage in enumerate(self.passages):
            if passage.fact_id == fact_id and (anchor is None or (passage.start, passage.end) == (anchor.start, anchor.end)):
                self.select_passage(number, scroll=scroll)
                return True
        return False

    @property
    def current_fact_id(self) -> str | None:
        return self.passages[self.current].fact_id if self.current is not None else None

    @property
    def current_line(self) -> int | None:
        """The wrapped line of the current passage (tests check it is on screen)."""
        return self._line_of(self.passages[self.current].start) if self.current is not None else None

    def action_scroll_lines(self, lines: int) -> None:
        self.scroll_to(y=self.scroll_y + lines, animate=False)

    def action_move(self, step: int) -> None:
        if not self.passages:
            return
        if self.current is None:
            number = 0 if step > 0 else len(self.passages) - 1
        else:
            number = (self.current + step) % len(self.passages)
        self.select_passage(number)

    def action_select_passage(self, number: int) -> None:
        self.select_passage(number, scroll=False)
        self.focus()

    def action_choose(self) -> None:
        if self.current is not None:
            self.post_message(self.FactChosen(self, self.passages[self.current].fact_id))
