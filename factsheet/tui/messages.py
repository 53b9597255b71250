"""Messages that cross panes or come from workers; the App's ``@on`` handlers own the state changes.

Messages a single widget sends about itself are nested in that widget's class.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from factsheet.model import Anchor
    from factsheet.pipeline import BuildResult
    from factsheet.review import ReviewSession


@dataclass
class PassageRequested(Message):
    """The editor wants to see a fact's passage in its source (``anchor`` picks one; default the first)."""

    fact_id: str
    anchor: Anchor | None = None


@dataclass
class LoadProgressed(Message):
    """A loading worker has extracted ``done`` of ``total`` sources."""

    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, LoadProgressed)


@dataclass
class SheetLoaded(Message):
    """A loading worker has built the sheet and opened its review session."""

    result: BuildResult
    session: ReviewSession


@dataclass
class LoadFailed(Message):
    """A loading worker failed; ``error`` is a one-line reason."""

    error: str


@dataclass
class ExportFinished(Message):
    """An export worker has written ``path`` (or failed with ``error``)."""

    path: str
    error: str = ""
    warnings: list[str] = field(default_factory=list)
