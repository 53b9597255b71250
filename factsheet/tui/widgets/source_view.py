"""One source's text, every evidence span highlighted by kind, boilerplate dimmed, a passage cursor.

The text is split into paragraphs (one ``Static`` each, long ones cut into
chunks) so that a passage can be scrolled into view and only the paragraphs
whose highlight changes are redrawn. ``[``/``]`` move between passages, Enter
jumps to the passage's fact; clicking a passage selects it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import Static

from factsheet.model import Anchor, Fact, Source
from factsheet.tui.text import clean, literal

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


class Paragraph(Static):
    """A paragraph of the source; clicks on a passage select it."""

    def __init__(self, index: int) -> None:
        super().__init__(classes="paragraph")
        self.index = index

    def action_select_passage(self, passage: int) -> None:
        view = self.query_ancestor(SourceView)
        view.select_passage(passage)
        view.focus()


class SourceView(VerticalScroll, can_focus=True):
    """The text of one source with its passages."""

    BINDINGS = [
        Binding("right_square_bracket", "move(1)", "Next passage", id="source.next", show=False),
        Binding("left_square_bracket", "move(-1)", "Previous passage", id="source.previous", show=False),
        Binding("enter", "choose", "Fact", id="source.fact", tooltip="Show the highlighted passage's fact", show=False),
    ]

    COMPONENT_CLASSES = {
        "source-view--boilerplate",
        "source-view--title",
        "source-view--current",
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
        self._widgets: list[Paragraph] = []

    def compose(self) -> ComposeResult:
        yield Static(literal("Select a source."), classes="placeholder")

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
        self.current = None
        self._regions = [(r.start, r.end, r.kind) for r in source.regions if r.kind in ("boilerplate", "title")]
        self._paragraphs = paragraph_spans(text)
        self._starts = [start for start, _ in self._paragraphs]
        self._widgets = []
        for index in range(len(self._paragraphs)):
            paragraph = Paragraph(index)
            paragraph.update(self._render_paragraph(index))
            self._widgets.append(paragraph)
        widgets: list[Static] = list(self._widgets)
        if not widgets:
            widgets.append(Static(literal("(this source has no text)"), classes="placeholder"))
        if len(source.text) > SHOWN_LIMIT:
            widgets.append(Static(literal(f"(text cut at {SHOWN_LIMIT:,} of {len(source.text):,} characters)"),
                                  classes="placeholder"))
        self.remove_children()
        self.mount_all(widgets)
        self.scroll_home(animate=False)

    def refresh_facts(self, facts: list[Fact]) -> None:
        """Re-draw after a review decision (keeps the passage cursor)."""
        if self.source is None:
            return
        current = self.passages[self.current] if self.current is not None else None
        self.show(self.source, facts)
        if current is not None:
            self.focus_passage(current.fact_id, current.anchor, scroll=False)

    def _style(self, name: str) -> Style:
        return Style.from_styles(self.get_component_styles(f"source-view--{name}"))

    def _render_paragraph(self, index: int) -> Content:
        assert self.source is not None
        p_start, p_end = self._paragraphs[index]
        text = self.source.text
        cuts = {p_start, p_end}
        covering: list[tuple[int, int, Style]] = []
        for start, end, kind in self._regions:
            if start < p_end and end > p_start:
                covering.append((start, end, self._style(kind)))
        for number, passage in enumerate(self.passages):
            if passage.start < p_end and passage.end > p_start:
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

    def _redraw(self, *indexes: int) -> None:
        for index in set(indexes):
            if 0 <= index < len(self._widgets):
                self._widgets[index].update(self._render_paragraph(index))

    def _paragraph_of(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    # -- passage cursor ------------------------------------------------------
    def select_passage(self, number: int, *, scroll: bool = True) -> None:
        """Make passage ``number`` the current one, highlighted and scrolled into view."""
        if not 0 <= number < len(self.passages):
            return
        previous = self.current
        self.current = number
        touched = [self._paragraph_of(self.passages[number].start)]
        if previous is not None and previous < len(self.passages):
            touched.append(self._paragraph_of(self.passages[previous].start))
        self._redraw(*touched)
        if scroll and touched[0] < len(self._widgets):
            self.call_after_refresh(self._scroll_into_view, self._widgets[touched[0]])
        self.post_message(self.PassageSelected(self, self.passages[number].fact_id))

    def _scroll_into_view(self, paragraph: Paragraph) -> None:
        if paragraph.is_attached:
            self.scroll_to_center(paragraph, animate=False, immediate=True)

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

    def action_move(self, step: int) -> None:
        if not self.passages:
            return
        if self.current is None:
            number = 0 if step > 0 else len(self.passages) - 1
        else:
            number = (self.current + step) % len(self.passages)
        self.select_passage(number)

    def action_choose(self) -> None:
        if self.current is not None:
            self.post_message(self.FactChosen(self, self.passages[self.current].fact_id))
