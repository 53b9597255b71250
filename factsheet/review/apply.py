"""Apply the decisions of a review file to a fact sheet: all of them, or again after one has changed.

:func:`apply_state` applies every decision (on open and reload). :func:`reapply`
brings an :class:`Applied` up to date after one decision was made or undone: only
the fact or discrepancy it is about and the facts that depend on it are worked
out again, so a decision costs the same with 10 facts or 10,000. Both build each
fact and discrepancy with the same two functions, so their results are the same.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from factsheet.model import Discrepancy, Fact, FactSheet, Source
from factsheet.review.anchors import check_anchor
from factsheet.review.decisions import FACT_FIELDS, REVIEWED_STATUSES, AnchorCheck, Change, Decision
from factsheet.review.store import ReviewState

Key = tuple[str, str, str]
"""(target, id, field): what a decision is about."""


@dataclass(frozen=True)
class SheetIndex:
    """Where each fact and discrepancy of a base sheet stands; built once per sheet."""

    fact_places: dict[str, tuple[int, ...]]
    """Fact id -> its places in ``facts`` (decisions apply to the last, as ids are looked up by dict)."""
    discrepancy_places: dict[str, tuple[int, ...]]
    disputing: dict[str, tuple[int, ...]]
    """Fact id -> places of the discrepancies that name it, in sheet order."""
    disputed: tuple[int, ...]
    """Places of the facts the reconciler marked ``disputed``."""
    sources: dict[str, Source]

    @classmethod
    def of(cls, sheet: FactSheet) -> SheetIndex:
        facts: dict[str, list[int]] = {}
        for place, fact in enumerate(sheet.facts):
            facts.setdefault(fact.id, []).append(place)
        discrepancies: dict[str, list[int]] = {}
        disputing: dict[str, list[int]] = {}
        for place, discrepancy in enumerate(sheet.discrepancies):
            discrepancies.setdefault(discrepancy.id, []).append(place)
            for fact_id in dict.fromkeys(discrepancy.fact_ids):
                disputing.setdefault(fact_id, []).append(place)
        return cls(
            fact_places={k: tuple(v) for k, v in facts.items()},
            discrepancy_places={k: tuple(v) for k, v in discrepancies.items()},
            disputing={k: tuple(v) for k, v in disputing.items()},
            disputed=tuple(i for i, f in enumerate(sheet.facts) if f.status == "disputed"),
            sources={s.id: s for s in sheet.sources},
        )

    def has(self, target: str, target_id: str) -> bool:
        """Whether the sheet holds the fact or discrepancy a decision names (else the decision is orphaned)."""
        return target_id in (self.fact_places if target == "fact" else self.discrepancy_places)

    def last(self, target: str, target_id: str) -> int:
        """The place of the fact or discrepancy that the decisions on ``target_id`` apply to: the last with
        that id (ids are looked up by dict)."""
        return (self.fact_places if target == "fact" else self.discrepancy_places)[target_id][-1]


@dataclass
class Applied:
    """A sheet with decisions applied, what could not be applied, and the review counts."""

    sheet: FactSheet
    orphans: list[Decision]
    anchor_states: dict[str, list[AnchorCheck]]
    withheld: list[str]
    facts_reviewed: int
    """Facts of ``sheet`` confirmed or rejected."""
    discrepancies_open: int
    """Discrepancies of ``sheet`` still open."""


def discrepancy_applied(base: Discrepancy, state: ReviewState, decided: bool) -> Discrepancy:
    """``base`` with its decisions applied (``decided``: the decisions on its id apply to it)."""
    status = state.decisions.get(("discrepancy", base.id, "status")) if decided else None
    note = state.decisions.get(("discrepancy", base.id, "note")) if decided else None
    if status is None and note is None:
        return base  # untouched: shared with the base sheet, which is never changed
    discrepancy = base.model_copy()
    if note is not None:
        discrepancy.note = note.value
    if status is not None:
        discrepancy.status = status.value  # type: ignore[assignment]
        discrepancy.resolution = status.resolution
    return discrepancy


def _fact(
    base: Fact, state: ReviewState, decided: bool, still_open: bool, checks: list[AnchorCheck] | None
) -> tuple[Fact, bool]:
    """``base`` with its decisions applied, and whether its confirmation is withheld.

    ``decided``: the decisions on its id apply to it; ``still_open``: an open discrepancy
    names it; ``checks``: its stored anchors checked against the sources. A fact with
    no status decision that the reconciler marked ``disputed`` becomes ``unreviewed``
    once every discrepancy about it is closed; a confirmed fact with an orphaned
    stored anchor is shown as ``unreviewed`` (withheld).
    """
    changes: dict[str, str] = {}
    if decided:
        for name in FACT_FIELDS:
            decision = state.decisions.get(("fact", base.id, name))
            if decision is not None:
                changes[name] = decision.value
    status = changes.get("status", base.status)
    if status == "disputed" and not still_open and ("fact", base.id, "status") not in state.decisions:
        status = changes["status"] = "unreviewed"
    withheld = decided and checks is not None and status == "confirmed" and any(c.state == "orphaned" for c in checks)
    if withheld:
        changes["status"] = "unreviewed"
    if not changes:
        return base, False  # untouched: shared with the base sheet
    fact = base.model_copy()
    for name, value in changes.items():
        setattr(fact, name, value)
    return fact, withheld


def _checks(state: ReviewState, fact_id: str, index: SheetIndex) -> list[AnchorCheck]:
    return [check_anchor(a, index.sources) for a in state.anchors[fact_id]]


def apply_state(base: FactSheet, state: ReviewState, index: SheetIndex | None = None) -> Applied:
    """``base`` (not mutated) with every decision of ``state`` applied (see :func:`_fact`)."""
    index = index or SheetIndex.of(base)
    discrepancies = [
        discrepancy_applied(d, state, index.last("discrepancy", d.id) == place)
        for place, d in enumerate(base.discrepancies)
    ]
    still_open = {fid for d in discrepancies if d.status == "open" for fid in d.fact_ids}
    anchor_states = {fact_id: _checks(state, fact_id, index) for fact_id in sorted(state.anchors)}
    touched = set(index.disputed)  # facts neither decided nor anchored: only a disputed one can change
    for fact_id in [k[1] for k in state.decisions if k[0] == "fact"] + list(anchor_states):
        touched.update(index.fact_places.get(fact_id, ()))
    facts = list(base.facts)
    withheld: list[str] = []
    for place in touched:
        fact = facts[place]
        decided = index.last("fact", fact.id) == place
        facts[place], held = _fact(fact, state, decided, fact.id in still_open, anchor_states.get(fact.id))
        if held:
            withheld.append(fact.id)
    orphans = [state.decisions[k] for k in sorted(state.decisions) if not index.has(k[0], k[1])]
    return Applied(
        sheet=base.model_copy(update={"facts": facts, "discrepancies": discrepancies}),
        orphans=orphans,
        anchor_states=anchor_states,
        withheld=sorted(withheld),
        facts_reviewed=sum(1 for f in facts if f.status in REVIEWED_STATUSES),
        discrepancies_open=sum(1 for d in discrepancies if d.status == "open"),
    )


def reapply(
    applied: Applied, base: FactSheet, index: SheetIndex, state: ReviewState, key: Key
) -> tuple[Applied, Change]:
    """``applied`` brought up to date after the decision at ``key`` changed in ``state``.

    ``applied`` must be ``apply_state(base, before)`` where ``before`` differs from
    ``state`` only in that decision and in the stored anchors of its fact (what
    one decision or undo changes). The result equals ``apply_state(base, state)``;
    only the target and the facts that depend on it are worked out again, and the
    :class:`Change` names them.
    """
    target, target_id, _ = key
    sheet = applied.sheet
    discrepancies = sheet.discrepancies
    anchor_states = applied.anchor_states
    open_count = applied.discrepancies_open
    if target == "fact":
        fact_ids = [target_id]
        anchor_states = put_sorted(
            anchor_states, target_id, _checks(state, target_id, index) if target_id in state.anchors else None
        )
    else:
        places = index.discrepancy_places.get(target_id, ())
        discrepancies = list(discrepancies)
        for place in places:
            open_count -= discrepancies[place].status == "open"
            discrepancies[place] = discrepancy_applied(base.discrepancies[place], state, place == places[-1])
            open_count += discrepancies[place].status == "open"
        fact_ids = list(dict.fromkeys(fid for place in places for fid in base.discrepancies[place].fact_ids))
    facts = list(sheet.facts)
    withheld = set(applied.withheld)
    reviewed = applied.facts_reviewed
    for fact_id in fact_ids:
        places = index.fact_places.get(fact_id, ())
        still_open = any(discrepancies[p].status == "open" for p in index.disputing.get(fact_id, ()))
        withheld.discard(fact_id)
        checks = anchor_states.get(fact_id)
        for place in places:
            reviewed -= facts[place].status in REVIEWED_STATUSES
            facts[place], held = _fact(base.facts[place], state, place == places[-1], still_open, checks)
            reviewed += facts[place].status in REVIEWED_STATUSES
            if held:
                withheld.add(fact_id)
    orphans = applied.orphans
    if not index.has(target, target_id):
        orphans = replace_sorted(orphans, key, state.decisions.get(key))
    updated = Applied(
        sheet=sheet.model_copy(update={"facts": facts, "discrepancies": discrepancies}),
        orphans=orphans,
        anchor_states=anchor_states,
        withheld=sorted(withheld),
        facts_reviewed=reviewed,
        discrepancies_open=open_count,
    )
    change = Change(
        facts={fid: facts[index.last("fact", fid)] for fid in fact_ids if index.has("fact", fid)},
        discrepancies={target_id: discrepancies[index.last(target, target_id)]}
        if target == "discrepancy" and index.has(target, target_id) else {},
    )
    return updated, change


def put_sorted(
    checks: dict[str, list[AnchorCheck]], fact_id: str, value: list[AnchorCheck] | None
) -> dict[str, list[AnchorCheck]]:
    """A copy of ``checks`` (keys in sorted order) with ``fact_id`` set to ``value`` (``None``: removed)."""
    if value is not None and fact_id not in checks:
        items = list(checks.items())
        items.insert(bisect.bisect_left(list(checks), fact_id), (fact_id, value))
        return dict(items)
    updated = dict(checks)
    if value is None:
        updated.pop(fact_id, None)
    else:
        updated[fact_id] = value
    return updated


def replace_sorted(decisions: list[Decision], key: Key, decision: Decision | None) -> list[Decision]:
    """A copy of ``decisions`` (sorted by key) with the one at ``key`` replaced by ``decision`` (``None``: removed)."""
    updated = list(decisions)
    at = bisect.bisect_left(updated, key, key=_key_of)
    present = at < len(updated) and updated[at].key == key
    if decision is None:
        if present:
            del updated[at]
    elif present:
        updated[at] = decision
    else:
        updated.insert(at, decision)
    return updated


def _key_of(decision: Decision) -> Key:
    return decision.key

