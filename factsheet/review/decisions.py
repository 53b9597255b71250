"""The records of a review: decisions, history entries, anchor checks, changes, progress."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from factsheet.errors import FactsheetError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factsheet.model import Anchor, Discrepancy, Fact

Target = Literal["fact", "discrepancy"]
Field = Literal["status", "value", "text", "note"]
"""Facts: status (confirmed/rejected), value, text, note. Discrepancies: status
(resolved/dismissed; ``resolution`` holds the value chosen), note."""
Action = Literal[
    "confirm", "reject", "edit_value", "edit_text", "note_fact", "resolve", "dismiss", "note_discrepancy", "undo"
]
AnchorState = Literal["exact", "relocated", "ambiguous", "orphaned"]

FACT_FIELDS: tuple[str, ...] = ("status", "value", "text", "note")
DISCREPANCY_FIELDS: tuple[str, ...] = ("status", "note")
REVIEWED_STATUSES: tuple[str, ...] = ("confirmed", "rejected")
"""The statuses a decision gives a fact; a fact with one of them counts as reviewed."""
CLOSED_STATUSES: tuple[str, ...] = ("resolved", "dismissed")
"""The statuses a decision gives a discrepancy."""


class ReviewError(FactsheetError):
    """A review decision that cannot be made, or a review file that cannot be read or written."""


@dataclass(frozen=True)
class Decision:
    """The current value of one field of one fact or discrepancy, and who set it when."""

    target: Target
    id: str
    """The fact or discrepancy id."""
    field: Field
    value: str
    when: datetime
    """When it was decided (UTC)."""
    who: str
    resolution: str = ""
    """For a resolved discrepancy: the value the editor settled on."""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.target, self.id, self.field)


@dataclass(frozen=True)
class HistoryEntry:
    """One line of the append-only history: a decision made, or one undone."""

    seq: int
    """1, 2, 3 ... in the order saved."""
    action: Action
    target: Target
    id: str
    field: Field
    value: str
    when: datetime
    who: str
    resolution: str = ""
    before: Decision | None = None
    """The decision this one replaced (``None``: the field had no decision)."""
    undoes: int = 0
    """For ``undo``: the seq of the entry undone."""


@dataclass(frozen=True)
class AnchorCheck:
    """A stored anchor checked against the current text of its source."""

    anchor: Anchor
    """The anchor as stored in the review file."""
    state: AnchorState
    """exact: at its offsets; relocated: found once elsewhere (exact text with prefix/suffix);
    ambiguous: found more than once; orphaned: not found, or its source is gone."""
    found: tuple[Anchor, ...] = field(default=())
    """Where it stands now (one anchor when exact/relocated, several when ambiguous)."""


@dataclass(frozen=True)
class Change:
    """What one decision or undo changed in the sheet shown: everything else is as it was."""

    facts: Mapping[str, Fact]
    """The facts worked out again (the one decided, or those behind the discrepancy decided), by id, as
    the sheet now shows them."""
    discrepancies: Mapping[str, Discrepancy]
    """The discrepancy worked out again, if the decision was about one, by id."""


@dataclass(frozen=True)
class Progress:
    """How far the review has got."""

    facts_reviewed: int
    """Facts confirmed or rejected."""
    facts_total: int
    discrepancies_open: int
    discrepancies_total: int
