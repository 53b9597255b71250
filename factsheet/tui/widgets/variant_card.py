"""One variant of a discrepancy: its value, a word diff for quotes, and its sources' passages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from textual.binding import Binding
from textual.content import Content
from textual.style import Style
from textual.widgets import Static

from factsheet.tui.messages import PassageRequested
from factsheet.tui.emphasis import EMPHASIS, emphasis
from factsheet.tui.text import literal

if TYPE_CHECKING:
    from factsheet.model import Anchor, Discrepancy, Fact, Variant

PASSAGE_CONTEXT = 40
"""Characters of context shown either side of a passage."""

Change = Literal["same", "added", "dropped"]


def quote_diff(base: str, other: str) -> tuple[str, list[tuple[str, Change]]]:
    """How quote ``other`` differs from ``base``, as reconciliation sees it: the wording class and the
    compared words (folded: case, punctuation and contractions do not count), each kept, added or dropped."""
    from factsheet.reconcile.quotes import compare  # the reconciler and rapidfuzz: after the first frame

    comparison = compare(base, other)
    words: list[tuple[str, Change]] = []
    for op, dropped, added in comparison.diff:
        if op == "equal":
            words.extend((w, "same") for w in added)
            continue
        words.extend((w, "dropped") for w in dropped)
        words.extend((w, "added") for w in added)
    return comparison.wording, words


def _flat(context: str) -> str:
    """Context with line breaks shown as spaces (a passage's neighbours, not its words)."""
    return context.replace("\n", " ")


class VariantCard(Static, can_focus=True):
    """A focusable card; Enter (or a click on a passage) jumps to the passage in its source."""

    BINDINGS = [
        Binding("enter", "jump(0)", "Passage", id="variant.passage", tooltip="Show this variant's passage", show=False),
    ]

    COMPONENT_CLASSES = {"variant-card--added", "variant-card--dropped", "variant-card--exact", "variant-card--label", *EMPHASIS}

    def __init__(self, discrepancy: Discrepancy, number: int, facts: dict[str, Fact]) -> None:
        super().__init__(classes="variant-card")
        self.discrepancy = discrepancy
        self.number = number
        self.variant: Variant = discrepancy.variants[number]
        self.facts = facts
        self.passages: list[tuple[str, Anchor]] = [
            (fid, a) for fid in self.variant.facts if fid in facts for a in facts[fid].evidence
        ]
        if discrepancy.resolution and discrepancy.resolution == self.variant.value:
            self.add_class("-chosen")

    def on_mount(self) -> None:
        self.update(self._content())

    def _style(self, name: str) -> Style:
        return Style.from_styles(self.get_component_styles(f"variant-card--{name}"))

    def _content(self) -> Content:
        d = self.discrepancy
        label = chr(ord("A") + self.number) if self.number < 26 else str(self.number + 1)
        parts: list[Content] = [
            literal(f"{label} ", style=self._style("label")),
            literal(self.variant.value, style=emphasis(self, "strong")),
        ]
        if self.has_class("-chosen"):
            parts.append(literal("  (chosen)"))
        if d.kind == "quote" and self.number > 0 and d.variants:
            parts.append(Content("\n"))
            wording, words = quote_diff(d.variants[0].value, self.variant.value)
            parts.append(literal(f"vs A ({wording}): ", style=emphasis(self, "muted")))
            diff_parts: list[Content] = []
            for word, change in words:
                style = {"added": self._style("added"), "dropped": self._style("dropped")}.get(change, "")
                diff_parts.append(literal(word, style=style))
            parts.append(Content(" ").join(diff_parts) if diff_parts else literal("(no words in common)"))
        sources = sorted({a.source for _, a in self.passages})
        parts.append(Content("\n"))
        parts.append(literal(f"{len(sources)} source{'s' if len(sources) != 1 else ''}: " + ", ".join(sources),
                             style=emphasis(self, "muted")))
        for index, (fact_id, anchor) in enumerate(self.passages):
            click = Style.from_meta({"@click": f"jump({index})"})
            parts.append(Content("\n\n"))
            parts.append(literal(f"{anchor.source} ", style=self._style("label") + click))
            parts.append(literal("\u2026" + _flat(anchor.prefix)[-PASSAGE_CONTEXT:], style=click))
            parts.append(literal(anchor.exact, style=self._style("exact") + click))
            parts.append(literal(_flat(anchor.suffix)[:PASSAGE_CONTEXT] + "\u2026", style=click))
        if not self.passages:
            parts.append(Content("\n\n"))
            parts.append(literal("(no passage: typed by an editor or its facts are gone)", style=emphasis(self, "note")))
        return Content("").join(parts)

    def action_jump(self, index: int) -> None:
        if 0 <= index < len(self.passages):
            fact_id, anchor = self.passages[index]
            self.post_message(PassageRequested(fact_id, anchor))
