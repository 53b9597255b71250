"""The review file on disk: parse, render, lock and write atomically.

Layout (schema ``factsheet-review/1``), one table per decision, sorted by id, so
two editors' files merge cleanly in git::

    schema = "factsheet-review/1"

    [facts.n-0a1b2c3d4e]                  # the anchors the editor decided on
    anchors = [
      { source = "000", start = 120, end = 131, exact = "$20 million", prefix = "...", suffix = "..." },
    ]

    [facts.n-0a1b2c3d4e.status]           # one table per decision
    value = "confirmed"
    when = 2026-02-27T17:01:00Z
    who = "ana"

    [discrepancies.d-55aa00bb11.status]
    value = "resolved"
    resolution = "USD 20000000"
    when = 2026-02-27T17:03:00Z
    who = "ana"

    [[history]]                           # append-only, oldest first
    seq = 1
    action = "confirm"
    ...

A write takes an exclusive ``flock`` on ``<file>.lock``, writes a temporary file
in the same folder, fsyncs it, keeps the current file as ``<file>.bak`` (a hard
link, else a copy), renames the new file over the old one and fsyncs the folder.
A crash at any point leaves the old file or the new one, never a broken one.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import glob
import os
import re
import secrets
import shutil
import stat
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from factsheet.model import Anchor
from factsheet.review import toml_text
from factsheet.review.decisions import (
    CLOSED_STATUSES, DISCREPANCY_FIELDS, FACT_FIELDS, REVIEWED_STATUSES, Decision, HistoryEntry, ReviewError,
)

SCHEMA = "factsheet-review/1"
_TABLES = {"fact": "facts", "discrepancy": "discrepancies"}
_ACTIONS = (
    "confirm", "reject", "edit_value", "edit_text", "note_fact", "resolve", "dismiss", "note_discrepancy", "undo",
)
_PAUSE_ENV = "FACTSHEET_TEST_SAVE_PAUSE"
"""Seconds to sleep between the steps of a save; only the crash tests set it."""


@dataclass
class ReviewState:
    """Everything a review file holds."""

    decisions: dict[tuple[str, str, str], Decision] = field(default_factory=dict)
    """(target, id, field) -> the current decision."""
    anchors: dict[str, list[Anchor]] = field(default_factory=dict)
    """Fact id -> the anchors stored with its decisions."""
    history: list[HistoryEntry] = field(default_factory=list)
    _rendered: _Rendered | None = field(default=None, repr=False, compare=False)
    """Text :func:`render` made of this state, reused while what it was made of is equal (made on the
    first render: the many small states parsing makes never hold one)."""

    def next_seq(self) -> int:
        return max((h.seq for h in self.history), default=0) + 1


@dataclass
class _Rendered:
    """What :func:`render` last wrote for one state, kept to write the next save faster.

    It holds copies of the decisions and anchors it was made from. A render compares them
    with the state's (decisions by identity: they are immutable, so an unchanged one is the
    same object; anchor lists by value) and renders again only the tables of the facts and
    discrepancies that differ, so a text that no longer matches the state is never written.
    The history is reused while the entries rendered are still its first ones."""

    decisions: dict[tuple[str, str, str], Decision] = field(default_factory=dict)
    anchors: dict[str, list[Anchor]] = field(default_factory=dict)
    tables: dict[str, dict[str, str]] = field(default_factory=lambda: {target: {} for target in _TABLES})
    """Target -> id -> the text of its tables."""
    ids: dict[str, list[str]] = field(default_factory=lambda: {target: [] for target in _TABLES})
    """Target -> the ids with decisions, sorted."""
    history: list[HistoryEntry] = field(default_factory=list)
    history_text: str = ""
    """The text of ``history`` (its blocks joined with newlines)."""


# -- parsing ---------------------------------------------------------------------------------------------


def _line_of(text: str, pattern: str, nth: int = 1) -> str:
    """`` (line N)`` for the ``nth`` line matching ``pattern``, or ``""``."""
    for number, line in enumerate(text.split("\n"), 1):
        if re.search(pattern, line):
            nth -= 1
            if nth == 0:
                return f" (line {number})"
    return ""


class _Invalid(Exception):
    def __init__(self, where: str, problem: str, pattern: str = "", nth: int = 1) -> None:
        super().__init__(where, problem, pattern)
        self.where, self.problem, self.pattern, self.nth = where, problem, pattern, nth


def _str(table: dict, name: str, where: str, *, required: bool = True) -> str:
    if name not in table:
        if required:
            raise _Invalid(where, f"'{name}' is missing")
        return ""
    item = table[name]
    if not isinstance(item, str):
        raise _Invalid(where, f"'{name}' must be a string")
    return item


def _when(table: dict, where: str) -> datetime:
    item = table.get("when")
    if not isinstance(item, datetime) or item.tzinfo is None:
        raise _Invalid(where, "'when' must be an RFC 3339 time with an offset, e.g. 2026-02-27T17:01:00Z")
    return item.astimezone(UTC)


def _check_keys(table: dict, allowed: set[str], where: str) -> None:
    extra = sorted(set(table) - allowed)
    if extra:
        raise _Invalid(where, f"unknown key {extra[0]!r}")


def _decision(target: str, target_id: str, field_name: str, table: object, where: str) -> Decision:
    if not isinstance(table, dict):
        raise _Invalid(where, "must be a table")
    _check_keys(table, {"value", "resolution", "when", "who"}, where)
    value = _str(table, "value", where)
    if field_name == "status":
        allowed = REVIEWED_STATUSES if target == "fact" else CLOSED_STATUSES
        if value not in allowed:
            raise _Invalid(where, f"status {value!r} is not one of {', '.join(allowed)}")
    return Decision(
        target=target,  # type: ignore[arg-type]
        id=target_id,
        field=field_name,  # type: ignore[arg-type]
        value=value,
        when=_when(table, where),
        who=_str(table, "who", where),
        resolution=_str(table, "resolution", where, required=False),
    )


def _anchor(item: object, where: str) -> Anchor:
    if not isinstance(item, dict):
        raise _Invalid(where, "each anchor must be a table")
    try:
        return Anchor.model_validate(item)
    except ValueError as error:
        first = str(error).splitlines()
        raise _Invalid(where, "bad anchor: " + " ".join(first[1:3] if len(first) > 2 else first)) from None


def _history_entry(item: object, index: int) -> HistoryEntry:
    where = f"history entry {index + 1}"
    if not isinstance(item, dict):
        raise _Invalid(where, "must be a table")
    _check_keys(
        item, {"seq", "action", "target", "id", "field", "value", "resolution", "when", "who", "before", "undoes"},
        where,
    )
    seq = item.get("seq")
    if not isinstance(seq, int) or seq < 1:
        raise _Invalid(where, "'seq' must be a positive integer", rf"^seq\s*=\s*{seq}\b" if isinstance(seq, int) else "")
    where = f"history entry seq {seq}"
    pattern = rf"^seq\s*=\s*{seq}\b"
    try:
        action = _str(item, "action", where)
        if action not in _ACTIONS:
            raise _Invalid(where, f"unknown action {action!r}")
        target = _str(item, "target", where)
        if target not in _TABLES:
            raise _Invalid(where, f"target {target!r} is not fact or discrepancy")
        target_id = _str(item, "id", where)
        field_name = _str(item, "field", where)
        fields = FACT_FIELDS if target == "fact" else DISCREPANCY_FIELDS
        if field_name not in fields:
            raise _Invalid(where, f"field {field_name!r} is not one of {', '.join(fields)}")
        before = None
        if "before" in item:
            before = _decision(target, target_id, field_name, item["before"], where + " 'before'")
        undoes = item.get("undoes", 0)
        if not isinstance(undoes, int) or undoes < 0:
            raise _Invalid(where, "'undoes' must be a seq number")
        return HistoryEntry(
            seq=seq,
            action=action,  # type: ignore[arg-type]
            target=target,  # type: ignore[arg-type]
            id=target_id,
            field=field_name,  # type: ignore[arg-type]
            value=_str(item, "value", where, required=False),
            when=_when(item, where),
            who=_str(item, "who", where),
            resolution=_str(item, "resolution", where, required=False),
            before=before,
            undoes=undoes,
        )
    except _Invalid as invalid:
        invalid.pattern = invalid.pattern or pattern
        raise


def _parse_targets(data: dict, state: ReviewState) -> None:
    for target, table_name in _TABLES.items():
        tables = data.get(table_name, {})
        if not isinstance(tables, dict):
            raise _Invalid(table_name, "must be a table of ids")
        fields = FACT_FIELDS if target == "fact" else DISCREPANCY_FIELDS
        for target_id, table in tables.items():
            where = f"[{table_name}.{toml_text.key(target_id)}]"
            pattern = r"^\[" + re.escape(f"{table_name}.{toml_text.key(target_id)}")
            try:
                if not isinstance(table, dict):
                    raise _Invalid(where, "must be a table")
                allowed = set(fields) | ({"anchors"} if target == "fact" else set())
                _check_keys(table, allowed, where)
                for field_name in fields:
                    if field_name in table:
                        decision = _decision(target, target_id, field_name, table[field_name], f"{where[:-1]}.{field_name}]")
                        state.decisions[decision.key] = decision
                if "anchors" in table:
                    if not isinstance(table["anchors"], list):
                        raise _Invalid(where, "'anchors' must be an array")
                    state.anchors[target_id] = [_anchor(a, where) for a in table["anchors"]]
            except _Invalid as invalid:
                invalid.pattern = invalid.pattern or pattern
                raise


@functools.lru_cache(maxsize=1 << 16)
def _own_block(block: str) -> ReviewState | HistoryEntry | None:
    """One block of a file as :func:`render` writes it, parsed on its own; ``None`` if it is not one."""
    try:
        data = tomllib.loads(block)
        if set(data) == {"history"} and len(data["history"]) == 1:
            return _history_entry(data["history"][0], 0)
        if set(data) <= {"facts", "discrepancies"}:
            state = ReviewState()
            _parse_targets(data, state)
            return state
    except (tomllib.TOMLDecodeError, _Invalid):
        pass
    return None


def _parse_own_format(text: str) -> ReviewState | None:
    """Fast path for a file exactly as factsheet writes it: blocks parsed once and memoised.

    The blocks are separated by blank lines (strings never hold a raw newline). The
    result is trusted only when rendering it gives back ``text`` byte for byte;
    otherwise (a hand edit, an error) ``None`` sends the caller to the full parse.
    """
    blocks = text.removesuffix("\n").split("\n\n")
    if blocks[0] != _HEADER + f"schema = {toml_text.string(SCHEMA)}":
        return None
    state = ReviewState()
    for block in blocks[1:]:
        part = _own_block(block)
        if isinstance(part, HistoryEntry):
            if state.history and part.seq <= state.history[-1].seq:
                return None
            state.history.append(part)
        elif isinstance(part, ReviewState):
            state.decisions.update(part.decisions)
            state.anchors.update(part.anchors)
        else:
            return None
    return state if render(state) == text else None


def parse(text: str, path: Path) -> ReviewState:
    """The state a review file's text holds.

    Raises :class:`ReviewError` naming ``path`` and the line for bad TOML or a bad value.
    """
    fast = _parse_own_format(text)
    if fast is not None:
        return fast
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ReviewError(f"{path}: not a valid review file, left untouched: {error}") from None
    try:
        _check_keys(data, {"schema", "facts", "discrepancies", "history"}, "top level")
        schema = data.get("schema")
        if schema != SCHEMA:
            raise _Invalid("top level", f"schema is {schema!r}, expected {SCHEMA!r}", r"^schema\s*=")
        state = ReviewState()
        _parse_targets(data, state)
        history = data.get("history", [])
        if not isinstance(history, list):
            raise _Invalid("history", "must be an array of tables", r"^history\s*=")
        state.history = [_history_entry(item, i) for i, item in enumerate(history)]
        seen: set[int] = set()
        for entry in state.history:
            if entry.seq in seen:
                raise _Invalid(
                    "history", f"two entries share seq {entry.seq} (after a git merge? give each its own number)",
                    rf"^seq\s*=\s*{entry.seq}\b", nth=2,
                )
            seen.add(entry.seq)
        state.history.sort(key=lambda h: h.seq)
        return state
    except _Invalid as invalid:
        line = _line_of(text, invalid.pattern, invalid.nth) if invalid.pattern else ""
        raise ReviewError(f"{path}{line}: {invalid.where}: {invalid.problem}; file left untouched") from None


def read_bytes(path: Path) -> bytes | None:
    """The raw file, ``None`` when it does not exist."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ReviewError(f"{path}: cannot read the review file: {error.strerror or error}") from None


def parse_bytes(raw: bytes | None, path: Path) -> ReviewState:
    """The state of a file's bytes (``None``: no file, no decisions)."""
    if raw is None:
        return ReviewState()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ReviewError(f"{path} (line {line}): not UTF-8 text, left untouched") from None
    return parse(text, path)


def read(path: Path) -> ReviewState:
    """The state in ``path``; an empty state when the file does not exist."""
    return parse_bytes(read_bytes(path), path)


# -- rendering -------------------------------------------------------------------------------------------

_HEADER = (
    "# factsheet review file: editors' decisions, keyed by fact and discrepancy id.\n"
    "# Written by factsheet (one table per decision, sorted); the history is append-only.\n"
)


def _decision_pairs(decision: Decision) -> dict[str, object]:
    pairs: dict[str, object] = {"value": decision.value}
    if decision.resolution:
        pairs["resolution"] = decision.resolution
    pairs["when"] = decision.when
    pairs["who"] = decision.who
    return pairs


@functools.lru_cache(maxsize=1 << 16)
def _anchor_row(anchor: Anchor) -> str:
    return f"  {toml_text.inline_table(anchor.model_dump())},"


def _memo(record: Decision | HistoryEntry, make: Callable[[Any], str]) -> str:
    """The block of an immutable record, rendered once and kept on the record itself."""
    text = record.__dict__.get("_toml")
    if text is None:
        text = make(record)
        object.__setattr__(record, "_toml", text)  # frozen dataclass: the text can never go stale
    return text


def _decision_block(decision: Decision) -> str:
    header = f"{_TABLES[decision.target]}.{toml_text.key(decision.id)}.{decision.field}"
    return f"\n[{header}]\n" + "\n".join(toml_text.assignments(_decision_pairs(decision)))


def _history_block(entry: HistoryEntry) -> str:
    pairs: dict[str, object] = {
        "seq": entry.seq, "action": entry.action, "target": entry.target, "id": entry.id, "field": entry.field,
        "value": entry.value,
    }
    if entry.resolution:
        pairs["resolution"] = entry.resolution
    pairs["when"] = entry.when
    pairs["who"] = entry.who
    if entry.undoes:
        pairs["undoes"] = entry.undoes
    body = toml_text.assignments(pairs)
    if entry.before is not None:
        body.append(f"before = {toml_text.inline_table(_decision_pairs(entry.before))}")
    return "\n[[history]]\n" + "\n".join(body)


def _tables(state: ReviewState, target: str, target_id: str) -> str | None:
    """The tables of one fact or discrepancy: its anchors, then one per decision (``None``: it has no
    decision, and anchors alone are not written)."""
    fields = FACT_FIELDS if target == "fact" else DISCREPANCY_FIELDS
    decisions = [d for d in (state.decisions.get((target, target_id, f)) for f in fields) if d is not None]
    if not decisions:
        return None
    blocks = []
    anchors = state.anchors.get(target_id) if target == "fact" else None
    if anchors:
        rows = [_anchor_row(a) for a in anchors]
        blocks.append(f"\n[{_TABLES[target]}.{toml_text.key(target_id)}]\nanchors = [\n" + "\n".join(rows) + "\n]")
    blocks.extend(_memo(d, _decision_block) for d in decisions)
    return "\n".join(blocks)


def _update_tables(state: ReviewState, kept: _Rendered) -> None:
    """Bring ``kept`` up to date with ``state``: render again the tables whose decisions or anchors differ."""
    decisions, anchors = state.decisions, state.anchors
    changed = {k for k, d in decisions.items() if kept.decisions.get(k) is not d}
    changed.update(kept.decisions.keys() - decisions.keys())
    moved = [i for i, a in anchors.items() if kept.anchors.get(i) != a]
    moved.extend(kept.anchors.keys() - anchors.keys())
    targets = {(k[0], k[1]) for k in changed if k[0] in _TABLES} | {("fact", i) for i in moved}
    # Rendered before ``kept`` is touched: should one raise (a text no file can hold), ``kept`` still
    # matches the text it holds, and the next render of this state renders these tables again.
    texts = {(target, target_id): _tables(state, target, target_id) for target, target_id in targets}
    for key in changed:
        if key in decisions:
            kept.decisions[key] = decisions[key]
        else:
            del kept.decisions[key]
    for fact_id in moved:
        if fact_id in anchors:
            kept.anchors[fact_id] = list(anchors[fact_id])
        else:
            del kept.anchors[fact_id]
    for (target, target_id), text in texts.items():
        ids, tables = kept.ids[target], kept.tables[target]
        at = bisect.bisect_left(ids, target_id)
        listed = at < len(ids) and ids[at] == target_id
        if text is not None:
            tables[target_id] = text
            if not listed:
                ids.insert(at, target_id)
        elif listed:
            del ids[at]
            del tables[target_id]


def _history_text(state: ReviewState, kept: _Rendered) -> str:
    """The history blocks; those of entries already rendered are reused (the history only grows)."""
    done = len(kept.history)
    if state.history[:done] != kept.history:
        kept.history, kept.history_text, done = [], "", 0
    new = [_memo(entry, _history_block) for entry in state.history[done:]]
    if new:
        kept.history_text = "\n".join([kept.history_text, *new] if done else new)
        kept.history = list(state.history)
    return kept.history_text


def render(state: ReviewState) -> str:
    """The file text of ``state``: same state, same bytes. Only what changed since the last render of
    the same state is rendered again (and every record's block is memoised), so saves stay fast."""
    if state._rendered is None:
        state._rendered = _Rendered()
    kept = state._rendered
    _update_tables(state, kept)
    lines = [_HEADER + f"schema = {toml_text.string(SCHEMA)}"]
    for target, ids in kept.ids.items():
        tables = kept.tables[target]
        lines.extend([tables[target_id] for target_id in ids])
    if state.history:
        lines.append(_history_text(state, kept))
    return "\n".join(lines) + "\n"


# -- writing ---------------------------------------------------------------------------------------------


def _pause() -> None:
    delay = os.environ.get(_PAUSE_ENV)
    if delay:
        time.sleep(float(delay))


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform or filesystem can fsync a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _keep_backup(path: Path) -> None:
    """Make ``<file>.bak`` the current version of ``path`` (atomically)."""
    if not path.exists():
        return
    backup = backup_path(path)
    temp = path.with_name(f".{path.name}.bak.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    try:
        try:
            os.link(path, temp)
        except OSError:  # no hard links here: copy instead
            shutil.copy2(path, temp)
            with open(temp, "rb") as f:
                os.fsync(f.fileno())
        os.replace(temp, backup)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def write_atomic(path: Path, text: str, *, what: str = "review file", backup: bool = True) -> None:
    """Replace ``path`` with ``text``: the old file or the new one survives any crash.

    With ``backup`` the old version is kept as ``<file>.bak``. Raises
    :class:`ReviewError` (and leaves ``path`` as it was) when the disk refuses.
    """
    data = text.encode("utf-8")
    folder = path.parent
    temp_name = ""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp_name = str(folder / f".{path.name}.{secrets.token_hex(6)}.tmp")
        fd = os.open(temp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as for any file
        with contextlib.suppress(OSError):
            os.chmod(fd, stat.S_IMODE(os.stat(path).st_mode))  # keep the mode an editor gave the file
        with os.fdopen(fd, "wb") as handle:
            half = len(data) // 2
            handle.write(data[:half])
            handle.flush()
            _pause()  # a crash test kills the process here, with half a file written
            handle.write(data[half:])
            handle.flush()
            os.fsync(handle.fileno())
        _pause()
        if backup:
            _keep_backup(path)
            _pause()
        os.replace(temp_name, path)
        temp_name = ""
        _fsync_dir(folder)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ReviewError(f"{path}: cannot save the {what} ({reason}); the file on disk is unchanged") from None
    finally:
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def save(path: Path, state: ReviewState) -> bytes:
    """Write ``state`` to ``path`` and return the bytes written; call it holding :func:`locked`.

    Temporary files that a killed writer left behind are removed first (no other
    writer can be using them while the lock is held).
    """
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()
    text = render(state)
    write_atomic(path, text)
    return text.encode("utf-8")


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``<file>.lock`` (blocks until other writers are done)."""
    try:
        import fcntl
    except ImportError:  # no flock on this platform: rely on the atomic rename alone
        yield
        return
    lock = lock_path(path)
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDONLY | os.O_CREAT, 0o666)  # flock needs no write access: any editor can lock
    except OSError as error:
        raise ReviewError(f"{lock}: cannot create the review lock file ({error.strerror or error})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
