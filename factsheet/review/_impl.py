"""The work behind :class:`~factsheet.review.session.ReviewSession` (kept apart so the API stays readable)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from factsheet.model import FactSheet
from factsheet.review import store
from factsheet.review.apply import (
    Applied, Key, SheetIndex, apply_state, discrepancy_applied, reapply, replace_sorted,
)
from factsheet.review.decisions import Change, Decision, HistoryEntry, Progress, ReviewError

if TYPE_CHECKING:
    from factsheet.review.session import ReviewSession

NOTHING = Change(facts=MappingProxyType({}), discrepancies=MappingProxyType({}))
"""What a call that was refused before it read the file, or that found nothing new, changed (shared: read-only)."""


@dataclass
class Work:
    """What a session keeps between calls so that a decision updates only what depends on it."""

    index: SheetIndex
    """Where each fact and discrepancy of the base sheet stands (built on open)."""
    cache: tuple[bytes | None, store.ReviewState] | None = None
    """The file's bytes and state as last read or written (saves re-parse only what changed)."""
    shown: store.ReviewState | None = None
    """The state the session's sheet shows: a decision made on it updates only what it changes."""
    applied: Applied | None = None
    """The session's sheet and what goes with it, as last applied."""


def now() -> datetime:
    """The time stamped on a decision (UTC, whole seconds)."""
    return datetime.now(UTC).replace(microsecond=0)


def _read(session: ReviewSession) -> store.ReviewState:
    """The file's state; parsed again only when its bytes differ from the last read or write."""
    raw = store.read_bytes(session.path)
    cached = session._work.cache
    if cached is not None and cached[0] == raw:
        return cached[1]
    state = store.parse_bytes(raw, session.path)
    session._work.cache = (raw, state)
    return state


def _save(session: ReviewSession, state: store.ReviewState) -> None:
    session._work.cache = None  # the cached state is being changed: never trust it if the save fails
    written = store.save(session.path, state)
    session._work.cache = (written, state)


def _refresh(session: ReviewSession, state: store.ReviewState) -> None:
    """Apply every decision of ``state`` (on open and reload, or when another editor saved meanwhile)."""
    applied = apply_state(session.base, state, session._work.index)
    session.decisions = [state.decisions[k] for k in sorted(state.decisions)]
    _show(session, state, applied, None)


def _update(session: ReviewSession, state: store.ReviewState, key: Key) -> None:
    """Show ``state`` after the decision at ``key`` changed in it: only what depends on that decision is
    worked out again, unless the state read was not the one shown (another editor saved): then all is."""
    shown, session._work.shown = session._work.shown, None  # should this fail, the next call applies every decision
    if state is not shown or session._work.applied is None:
        _refresh(session, state)
        return
    applied, change = reapply(session._work.applied, session.base, session._work.index, state, key)
    session.decisions = replace_sorted(session.decisions, key, state.decisions.get(key))
    _show(session, state, applied, change)


def _sync(session: ReviewSession, state: store.ReviewState) -> None:
    """Show ``state`` when it is not the one shown (another editor saved since)."""
    if state is not session._work.shown:
        _refresh(session, state)


def _show(session: ReviewSession, state: store.ReviewState, applied: Applied, change: Change | None) -> None:
    session.sheet = applied.sheet
    session.history = list(state.history)
    session.orphans = applied.orphans
    session.anchor_states = applied.anchor_states
    session.withheld = applied.withheld
    session.changed = change
    session._work.applied = applied
    session._work.shown = state


def open_session(cls: type[ReviewSession], sheet: FactSheet, path: Path, editor: str) -> ReviewSession:
    from factsheet.review.session import check_editor

    editor = check_editor(editor)
    session = cls(
        base=sheet, sheet=sheet, path=Path(path), editor=editor,
        decisions=[], history=[], orphans=[], anchor_states={}, withheld=[],
    )
    session._work = Work(SheetIndex.of(sheet))
    _refresh(session, _read(session))
    return session


def reload(session: ReviewSession) -> None:
    session.changed = NOTHING  # as for any call, should the read fail
    _refresh(session, _read(session))


def _open_discrepancies_of(session: ReviewSession, state: store.ReviewState, fact_id: str) -> list[str]:
    """Ids of discrepancies about ``fact_id`` that are still open once ``state`` is applied (the decisions
    on an id apply to the last discrepancy with that id, as in :func:`apply_state`)."""
    index = session._work.index
    open_ids = []
    for place in index.disputing.get(fact_id, ()):
        base = session.base.discrepancies[place]
        if discrepancy_applied(base, state, index.last("discrepancy", base.id) == place).status == "open":
            open_ids.append(base.id)
    return list(dict.fromkeys(open_ids))  # each id once, should two discrepancies share it


def _check_target(session: ReviewSession, target: str, target_id: str) -> None:
    if not session._work.index.has(target, target_id):
        raise ReviewError(f"no {target} {target_id!r} in this fact sheet")


def decide(
    session: ReviewSession, target: str, target_id: str, field: str, value: str, *, action: str, resolution: str
) -> None:
    """Record one decision: lock, re-read, check, write, apply it."""
    session.changed = NOTHING
    _check_target(session, target, target_id)
    for text in (value, resolution):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ReviewError(f"{target} {target_id}: the text holds a character no file can store") from None
    if action == "resolve" and not resolution.strip():
        raise ReviewError(f"discrepancy {target_id}: a resolution needs a value")
    with store.locked(session.path):
        state = _read(session)
        if action == "confirm":
            blocking = _open_discrepancies_of(session, state, target_id)
            if blocking:
                _sync(session, state)
                raise ReviewError(
                    f"fact {target_id} cannot be confirmed while discrepancy {', '.join(blocking)} is open: "
                    "resolve or dismiss it first"
                )
        session._work.cache = None  # about to change it in place
        key = (target, target_id, field)
        before = state.decisions.get(key)
        decision = Decision(
            target=target, id=target_id, field=field, value=value, when=now(), who=session.editor,  # type: ignore[arg-type]
            resolution=resolution,
        )
        state.decisions[key] = decision
        if target == "fact":
            last = session._work.index.last("fact", target_id)  # the fact the decision applies to
            state.anchors[target_id] = list(session.base.facts[last].evidence)
        state.history.append(
            HistoryEntry(
                seq=state.next_seq(), action=action, target=decision.target, id=target_id,  # type: ignore[arg-type]
                field=decision.field, value=value, when=decision.when, who=session.editor,
                resolution=resolution, before=before,
            )
        )
        _save(session, state)
    _update(session, state, key)


def _same(decision: Decision | None, entry: HistoryEntry) -> bool:
    return decision is not None and (decision.value, decision.resolution, decision.when, decision.who) == (
        entry.value, entry.resolution, entry.when, entry.who,
    )


def undo(session: ReviewSession) -> HistoryEntry | None:
    """Undo the editor's latest decision that is still in effect."""
    session.changed = NOTHING
    with store.locked(session.path):
        state = _read(session)
        undone = {h.undoes for h in state.history if h.action == "undo"}
        entry = next(
            (
                h for h in reversed(state.history)
                if h.action != "undo" and h.who == session.editor and h.seq not in undone
                and _same(state.decisions.get((h.target, h.id, h.field)), h)
            ),
            None,
        )
        if entry is None:
            _sync(session, state)
            return None
        session._work.cache = None  # about to change it in place
        key = (entry.target, entry.id, entry.field)
        current = state.decisions[key]
        if entry.before is None:
            del state.decisions[key]
        else:
            state.decisions[key] = entry.before
        if entry.target == "fact" and not any(k[0] == "fact" and k[1] == entry.id for k in state.decisions):
            state.anchors.pop(entry.id, None)
        restored = entry.before
        state.history.append(
            HistoryEntry(
                seq=state.next_seq(), action="undo", target=entry.target, id=entry.id, field=entry.field,
                value=restored.value if restored else "", when=now(), who=session.editor,
                resolution=restored.resolution if restored else "", before=current, undoes=entry.seq,
            )
        )
        _save(session, state)
    _update(session, state, key)
    return entry


def progress(session: ReviewSession) -> Progress:
    applied = session._work.applied
    assert applied is not None, "a session is opened with its decisions applied"
    return Progress(
        facts_reviewed=applied.facts_reviewed,
        facts_total=len(applied.sheet.facts),
        discrepancies_open=applied.discrepancies_open,
        discrepancies_total=len(applied.sheet.discrepancies),
    )
