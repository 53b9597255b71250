"""Apply the decisions of a review file to a fact sheet."""

from __future__ import annotations

from dataclasses import dataclass

from factsheet.model import Discrepancy, Fact, FactSheet
from factsheet.review.anchors import check_anchor
from factsheet.review.decisions import AnchorCheck, Decision
from factsheet.review.store import ReviewState


@dataclass
class Applied:
    """A sheet with decisions applied, and what could not be applied."""

    sheet: FactSheet
    orphans: list[Decision]
    anchor_states: dict[str, list[AnchorCheck]]
    withheld: list[str]


def apply_state(base: FactSheet, state: ReviewState) -> Applied:
    """``base`` (not mutated) with every decision of ``state`` applied.

    A fact with no status decision that the reconciler marked ``disputed`` becomes
    ``unreviewed`` once every discrepancy about it is closed. A confirmed fact with
    an orphaned stored anchor is shown as ``unreviewed`` (listed in ``withheld``).
    """
    sheet = base.model_copy(
        update={
            "facts": [f.model_copy() for f in base.facts],
            "discrepancies": [d.model_copy() for d in base.discrepancies],
        }
    )  # shallow copies: decisions set scalar fields only, anchors and variants are shared
    facts: dict[str, Fact] = {f.id: f for f in sheet.facts}
    discrepancies: dict[str, Discrepancy] = {d.id: d for d in sheet.discrepancies}
    orphans: list[Decision] = []
    for key in sorted(state.decisions):
        decision = state.decisions[key]
        if decision.target == "fact":
            fact = facts.get(decision.id)
            if fact is None:
                orphans.append(decision)
                continue
            setattr(fact, decision.field, decision.value)
        else:
            discrepancy = discrepancies.get(decision.id)
            if discrepancy is None:
                orphans.append(decision)
                continue
            if decision.field == "status":
                discrepancy.status = decision.value  # type: ignore[assignment]
                discrepancy.resolution = decision.resolution
            else:
                discrepancy.note = decision.value

    still_open = {fid for d in sheet.discrepancies if d.status == "open" for fid in d.fact_ids}
    for fact in sheet.facts:
        decided = ("fact", fact.id, "status") in state.decisions
        if fact.status == "disputed" and not decided and fact.id not in still_open:
            fact.status = "unreviewed"

    sources = {s.id: s for s in sheet.sources}
    anchor_states: dict[str, list[AnchorCheck]] = {}
    withheld: list[str] = []
    for fact_id in sorted(state.anchors):
        checks = [check_anchor(a, sources) for a in state.anchors[fact_id]]
        anchor_states[fact_id] = checks
        fact = facts.get(fact_id)
        if fact is not None and fact.status == "confirmed" and any(c.state == "orphaned" for c in checks):
            fact.status = "unreviewed"
            withheld.append(fact_id)
    return Applied(sheet=sheet, orphans=orphans, anchor_states=anchor_states, withheld=withheld)
