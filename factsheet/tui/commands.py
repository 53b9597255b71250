"""Command palette entries: exports, reload, filters, theme, jumps to people, facts and sources.

Hits show source-derived strings (names, fact text) as literal ``Content``:
``Matcher.highlight`` parses markup, so it is never given such a string, and
the palette parses a hit's ``help`` as markup, so help texts are our own constants.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.style import Style

from factsheet.kinds import FACT_KINDS, FACT_STATUSES
from factsheet.tui.text import clean, shorten

if TYPE_CHECKING:
    from factsheet.tui.app import FactsheetApp

Entry = tuple[str, Callable[[], object], str]
"""(title, callback, help)."""


def _literal_hit(positions: tuple[int, ...], title: str, style: Style | None) -> Content:
    """``title`` as literal text with the matched letters in the palette's highlight style."""
    content = Content(title)
    if style is None:
        return content
    for offset in positions:
        if offset < len(title) and not title[offset].isspace():
            content = content.stylize(style, offset, offset + 1)
    return content


class FactsheetCommands(Provider):
    """Actions first, then jumps (people, sources, facts); context decides what is offered."""

    @property
    def fapp(self) -> FactsheetApp:
        return self.app  # type: ignore[return-value]

    def _actions(self) -> Iterator[Entry]:
        app = self.fapp
        if app.panes_mounted:  # they are from just after the first frame on
            yield from self._pane_actions()
        yield "Toggle dark/light theme", app.action_toggle_dark, "switch between a dark and a light theme"

    def _pane_actions(self) -> Iterator[Entry]:
        app = self.fapp
        yield "Export TOML", partial(app.action_export, "toml"), "write the reviewed fact sheet as TOML"
        yield "Export Markdown", partial(app.action_export, "md"), "write the reviewed fact sheet as Markdown"
        yield "Reload", app.action_reload, "rebuild from the articles and re-read the review file"
        yield "Next open discrepancy", app.action_next_open, "go to the next discrepancy still open"
        yield "Clear filters", app.action_clear_filters, "show every fact"
        for kind in FACT_KINDS:
            yield f"Filter: kind {kind}", partial(app.filter_facts, "kind", kind), f"only {kind} facts"
        for status in FACT_STATUSES:
            yield f"Filter: status {status}", partial(app.filter_facts, "status", status), f"only {status} facts"

    def _jumps(self) -> Iterator[Entry]:
        app = self.fapp
        sheet = app.sheet
        if sheet is None:
            return
        people = sorted({f.subject for f in sheet.facts if f.kind in ("role", "quote") and f.subject})
        for person in people:
            yield (f"Person: {shorten(clean(person), 60)}", partial(app.jump_to_person, person),
                   "facts about this person")
        for source in sheet.sources:
            yield (f"Source: {clean(source.id)} \u2014 {shorten(clean(source.title), 50)}",
                   partial(app.jump_to_source, source.id), "show this article")
            yield (f"Filter: source {clean(source.id)}", partial(app.filter_facts, "source", source.id),
                   "only facts this article states")
        for fact in sheet.facts:
            yield (f"Fact: {fact.kind} {shorten(clean(fact.subject), 30)} \u2014 {shorten(clean(fact.text), 60)}",
                   partial(app.jump_to_fact, fact.id), "show this fact in the table")

    async def discover(self) -> Hits:
        for title, callback, help_ in self._actions():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_ in (*self._actions(), *self._jumps()):
            score = matcher.match(title)
            if score > 0:
                _, positions = matcher.fuzzy_search.match(query, title)
                yield Hit(score, _literal_hit(tuple(positions), title, self.match_style), callback, text=title, help=help_)
