"""The editor's review session: the one object the TUI and the CLI mutate.

A :class:`ReviewSession` wraps a reconciled :class:`~factsheet.model.FactSheet`
and its review file. It applies the stored decisions to the sheet on open and
writes the file after every mutating call (locked, re-read and merged, atomic;
see :mod:`factsheet.review.store`), so no decision is ever held only in memory.

Decisions are keyed by the stable fact and discrepancy ids, so they survive a
re-run of extraction. A decision whose fact or discrepancy is gone is kept in the
file and listed in :attr:`ReviewSession.orphans`, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factsheet.review.decisions import AnchorCheck, Change, Decision, HistoryEntry, Progress, ReviewError

if TYPE_CHECKING:
    from factsheet.model import FactSheet
    from factsheet.review._impl import Work

__all__ = [
    "AnchorCheck", "Change", "Decision", "HistoryEntry", "Progress", "ReviewError", "ReviewSession", "check_editor",
]


@dataclass
class ReviewSession:
    """A fact sheet with the editor's decisions applied, bound to its review file.

    Build it with :meth:`open`. Every mutating method validates the target, takes
    the file lock, re-reads the file (merging what another editor saved), records
    the decision, writes the file atomically and applies it to :attr:`sheet`: only
    the fact or discrepancy decided and the facts that depend on it are worked out
    again (every decision when the file held another editor's; see :attr:`changed`).
    Methods raise :class:`ReviewError` (a ``FactsheetError``) for an unknown id, a
    forbidden decision or a file that cannot be read or written; on error nothing is
    written and the decision is not made.
    """

    base: FactSheet
    """The sheet as the pipeline built it, without decisions (never mutated)."""
    sheet: FactSheet
    """``base`` with decisions applied: fact status/text/value/note, discrepancy
    status/resolution/note. A confirmed fact whose stored anchor is orphaned is
    shown as ``unreviewed`` (see :attr:`withheld`). Read-only for callers: it is
    replaced after each decision, and facts without decisions are shared with ``base``."""
    path: Path
    """The review file (it may not exist yet: it is created on the first decision)."""
    editor: str
    """Who makes the decisions of this session (``--editor``, default login name)."""
    decisions: list[Decision]
    """The current decisions in the file, sorted by (target, id, field)."""
    history: list[HistoryEntry]
    """Every decision and undo ever saved in the file, oldest first (append-only)."""
    orphans: list[Decision]
    """Current decisions whose fact or discrepancy is not in :attr:`base`."""
    anchor_states: dict[str, list[AnchorCheck]]
    """Fact id -> the check of each anchor stored with its decisions against the
    current source text (states: exact, relocated, ambiguous, orphaned)."""
    withheld: list[str]
    """Ids of facts confirmed in the file but shown as unreviewed because one of
    their stored anchors is orphaned (the passage is gone from its source)."""
    changed: Change | None = None
    """What the latest call changed in :attr:`sheet`, so that a view can redraw just that; ``None`` when
    anything may have changed (on open and reload, and when the file held decisions another editor saved:
    then every decision is applied again, even by a call that is then refused)."""
    _work: Work = field(init=False, repr=False, compare=False)
    """What the session keeps between calls to make each one cheap (set by :meth:`open`)."""

    @classmethod
    def open(cls, sheet: FactSheet, path: Path, editor: str) -> ReviewSession:
        """Read ``path`` (a missing file means no decisions yet) and apply it to ``sheet``.

        Raises :class:`ReviewError` naming the file and line when it cannot be parsed.
        """
        from factsheet.review._impl import open_session

        return open_session(cls, sheet, path, editor)

    # -- facts ---------------------------------------------------------------
    def confirm(self, fact_id: str) -> None:
        """Mark the fact confirmed; :class:`ReviewError` while an open discrepancy involves it."""
        self._decide("fact", fact_id, "status", "confirmed", action="confirm")

    def reject(self, fact_id: str) -> None:
        """Mark the fact rejected (left out of every export)."""
        self._decide("fact", fact_id, "status", "rejected", action="reject")

    def edit_value(self, fact_id: str, value: str) -> None:
        """Set the fact's normalised value (see :mod:`factsheet.model` for formats)."""
        self._decide("fact", fact_id, "value", value, action="edit_value")

    def edit_text(self, fact_id: str, text: str) -> None:
        """Set the fact's canonical wording."""
        self._decide("fact", fact_id, "text", text, action="edit_text")

    def note_fact(self, fact_id: str, note: str) -> None:
        """Set the editor's note on the fact (an empty note clears it)."""
        self._decide("fact", fact_id, "note", note, action="note_fact")

    # -- discrepancies -------------------------------------------------------
    def resolve(self, discrepancy_id: str, value: str) -> None:
        """Resolve the discrepancy with ``value``: a variant's value or one the editor typed."""
        self._decide("discrepancy", discrepancy_id, "status", "resolved", action="resolve", resolution=value)

    def dismiss(self, discrepancy_id: str) -> None:
        """Dismiss the discrepancy (not a real disagreement)."""
        self._decide("discrepancy", discrepancy_id, "status", "dismissed", action="dismiss")

    def note_discrepancy(self, discrepancy_id: str, note: str) -> None:
        """Set the editor's note on the discrepancy (an empty note clears it)."""
        self._decide("discrepancy", discrepancy_id, "note", note, action="note_discrepancy")

    # -- history -------------------------------------------------------------
    def undo(self) -> HistoryEntry | None:
        """Undo this editor's most recent decision that is not undone yet.

        The field goes back to what it was before (or to no decision); the undo is
        itself appended to the history. Returns the entry undone, ``None`` when
        there is nothing to undo.
        """
        from factsheet.review._impl import undo

        return undo(self)

    def reload(self) -> None:
        """Re-read the file (e.g. after another editor saved) and re-apply it."""
        from factsheet.review._impl import reload

        reload(self)

    def progress(self) -> Progress:
        """Facts reviewed / total and discrepancies open / total, on :attr:`sheet`."""
        from factsheet.review._impl import progress

        return progress(self)

    def _decide(
        self, target: str, target_id: str, field: str, value: str, *, action: str, resolution: str = ""
    ) -> None:
        from factsheet.review._impl import decide

        decide(self, target, target_id, field, value, action=action, resolution=resolution)


def check_editor(editor: str) -> str:
    """``editor``, once it is known to be a name the review file can record; else :class:`ReviewError`."""
    if not editor:
        raise ReviewError("an editor name is needed to record decisions (--editor NAME)")
    try:
        editor.encode("utf-8")
    except UnicodeEncodeError:  # e.g. a name from a non-UTF-8 command line or environment
        raise ReviewError(
            f"the editor name {editor!r} holds a character no file can store: give another (--editor NAME)"
        ) from None
    return editor


def default_review_path(paths: list[Path] | tuple[Path, ...]) -> Path:
    """Where the review file of a corpus lives when ``--review`` is not given.

    A folder ``seeds/`` -> ``seeds.review.toml`` beside the folder; a file
    ``a.txt`` -> ``a.review.toml`` beside it; several paths -> beside the first.
    """
    if not paths:
        raise ReviewError("no corpus path to put the review file beside")
    first = Path(paths[0])
    resolved = first.resolve()
    if first.is_dir():
        return resolved.parent / f"{resolved.name}.review.toml"
    return resolved.parent / f"{resolved.stem}.review.toml"
