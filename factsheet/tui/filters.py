"""The facts table's rows and its search query: pure data, no Textual.

A query is free words plus ``kind:``, ``status:`` and ``source:`` tokens, e.g.
``okafor kind:quote status:unreviewed source:beta``. Words match the subject,
text and value (case-insensitive, all words must match); tokens of the same
field are alternatives (``kind:quote kind:role``), different fields all apply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factsheet.kinds import FACT_KINDS

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from factsheet.model import Fact, FactSheet

FILTER_FIELDS = ("kind", "status", "source")
SORT_COLUMNS = ("kind", "subject", "text", "sources", "status")


@dataclass(frozen=True)
class FactRow:
    """What the facts table shows of one fact, plus what search and sort need."""

    fact_id: str
    kind: str
    subject: str
    text: str
    value: str
    sources: str
    """``"2/3"``: sources stating the fact / sources in the sheet."""
    source_count: int
    source_ids: frozenset[str]
    status: str
    disputed: bool
    haystack: str
    """Lower-cased subject, text and value, for search."""


def rows_of(
    sheet: FactSheet, disputed_ids: set[str] | None = None, previous: dict[str, FactRow] | None = None
) -> list[FactRow]:
    """One row per fact, in sheet order; rows of ``previous`` are reused for facts that did not change."""
    total = len(sheet.sources)
    disputed_ids = disputed_ids or set()
    previous = previous or {}
    return [row_of(f, total, f.id in disputed_ids, previous.get(f.id)) for f in sheet.facts]


def row_of(fact: Fact, total: int, disputed: bool, old: FactRow | None = None) -> FactRow:
    """The row of ``fact`` in a sheet of ``total`` sources; ``old`` itself when it shows the same."""
    if (
        old is not None
        and old.status == fact.status
        and old.text == fact.text
        and old.value == fact.value
        and old.subject == fact.subject
        and old.disputed == disputed
    ):
        return old
    ids = fact.source_ids
    return FactRow(
        fact_id=fact.id,
        kind=fact.kind,
        subject=fact.subject,
        text=fact.text,
        value=fact.value,
        sources=f"{len(ids)}/{total}",
        source_count=len(ids),
        source_ids=frozenset(ids),
        status=fact.status,
        disputed=disputed,
        haystack=f"{fact.subject}\n{fact.text}\n{fact.value}".lower(),
    )


def open_discrepancy_facts(sheet: FactSheet) -> set[str]:
    """Ids of the facts behind an open discrepancy."""
    return {fid for d in sheet.discrepancies if d.status == "open" for fid in d.fact_ids}


@dataclass(frozen=True)
class Query:
    """A parsed search query."""

    words: tuple[str, ...] = ()
    kinds: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    unknown: tuple[str, ...] = field(default=())
    """Tokens like ``colour:red`` whose field is not a filter (searched as words)."""

    def matches(self, row: FactRow) -> bool:
        if self.kinds and row.kind not in self.kinds:
            return False
        if self.statuses and row.status not in self.statuses and not ("disputed" in self.statuses and row.disputed):
            return False
        if self.sources and not (row.source_ids & self.sources):
            return False
        return all(word in row.haystack for word in self.words)

    @property
    def empty(self) -> bool:
        return not (self.words or self.kinds or self.statuses or self.sources)


def parse_query(text: str) -> Query:
    """Split ``text`` into words and ``field:value`` filters."""
    words: list[str] = []
    unknown: list[str] = []
    picked: dict[str, set[str]] = {name: set() for name in FILTER_FIELDS}
    for token in text.split():
        name, colon, value = token.partition(":")
        if colon and name.lower() in picked and value:
            picked[name.lower()].add(value if name.lower() == "source" else value.lower())
        else:
            if colon and name and value:
                unknown.append(token)
            words.append(token.lower())
    return Query(
        words=tuple(words),
        kinds=frozenset(picked["kind"]),
        statuses=frozenset(picked["status"]),
        sources=frozenset(picked["source"]),
        unknown=tuple(unknown),
    )


def set_token(query: str, name: str, value: str | None) -> str:
    """``query`` with its ``name:`` tokens replaced by ``name:value`` (removed when ``value`` is None)."""
    kept = [t for t in query.split() if t.partition(":")[0].lower() != name or not t.partition(":")[1]]
    if value is not None:
        kept.append(f"{name}:{value}")
    return " ".join(kept)


_KIND_RANK: dict[str, int] = {k: i for i, k in enumerate(FACT_KINDS)}


SORT_KEYS: dict[str, Callable[[FactRow], int | str]] = {
    "kind": lambda r: _KIND_RANK.get(r.kind, 99),
    "subject": lambda r: r.subject.casefold(),
    "text": lambda r: r.text.casefold(),
    "sources": lambda r: r.source_count,
    "status": lambda r: r.status,
}
"""What each sort column sorts rows by."""


def sort_rows(rows: list[FactRow], column: str | None, reverse: bool = False) -> list[FactRow]:
    """``rows`` sorted by ``column`` (stable; ``None`` keeps sheet order)."""
    if column is None:
        return list(reversed(rows)) if reverse else list(rows)
    return sorted(rows, key=SORT_KEYS[column], reverse=reverse)


@dataclass(frozen=True)
class RowOrder:
    """Where :func:`sort_rows` puts a row of a sheet's filtered rows, so that one row can be placed alone.

    A row's key is its sort key and its place in the sheet (what a stable sort falls back on);
    the rows shown are in ascending key order, or descending with ``reverse``.
    """

    column: str | None
    reverse: bool
    places: Mapping[str, int]
    """Fact id -> its place in the sheet."""

    def key(self, row: FactRow) -> tuple[int | str, int]:
        place = self.places[row.fact_id]
        if self.column is None:  # sheet order, or reversed
            return (0, place)
        # a reversed sort keeps rows of equal keys in sheet order: descending (key, -place)
        return (SORT_KEYS[self.column](row), -place if self.reverse else place)

    def position(self, rows: Sequence[FactRow], key: tuple[int | str, int]) -> int:
        """The first index of ``rows`` (in this order) whose key does not come before ``key``."""
        low, high = 0, len(rows)
        while low < high:
            middle = (low + high) // 2
            found = self.key(rows[middle])
            if (found > key) if self.reverse else (found < key):
                low = middle + 1
            else:
                high = middle
        return low


@dataclass(frozen=True)
class Placed:
    """Rows shown after some of them changed."""

    rows: list[FactRow]
    moved: bool
    """Whether a row came, went or may have moved (else each changed row is where its old one was)."""


def replace_rows(
    shown: list[FactRow], changed: list[tuple[FactRow, FactRow]], query: Query, order: RowOrder
) -> Placed | None:
    """``shown`` (the rows ``query`` matches, in ``order``) with each (old, new) row of ``changed``
    put in: what filtering and sorting every row again gives, without doing it. ``None`` when an old
    row the query matches is not shown (``shown`` is not what the query gives)."""
    rows = list(shown)
    moved = False
    for old, row in changed:
        matches = query.empty or query.matches(row)
        if query.empty or query.matches(old):
            where = order.position(rows, order.key(old))
            if where == len(rows) or rows[where].fact_id != old.fact_id:
                return None
            if matches and order.key(row) == order.key(old):
                rows[where] = row
                continue
            del rows[where]
            moved = True
        if matches:
            rows.insert(order.position(rows, order.key(row)), row)
            moved = True
    return Placed(rows, moved)
