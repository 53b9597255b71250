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
    facts: list[Fact] = list(base.facts)
    discrepancies: list[Discrepancy] = list(base.discrepancies)
    fact_at = {f.id: i for i, f in enumerate(facts)}
    discrepancy_at = {d.id: i for i, d in enumerate(discrepancies)}
    copied_facts: set[int] = set()
    copied_discrepancies: set[int] = set()

    def own_fact(index: int) -> Fact:
        """Copy on first write: the base sheet is never changed, untouched facts are shared."""
        if index not in copied_facts:
            copied_facts.add(index)
            facts[index] = facts[index].model_copy()
        return facts[index]

    def own_discrepancy(index: int) -> Discrepancy:
        if index not in copied_discrepancies:
            copied_discrepancies.add(index)
            discrepancies[index] = discrepancies[index].model_copy()
        return discrepancies[index]

    orphans: list[Decision] = []
    for key in sorted(state.decisions):
        decision = state.decisions[key]
        if decision.target == "fact":
            if decision.id not in fact_at:
                orphans.append(decision)
                continue
            setattr(own_fact(fact_at[decision.id]), decision.field, decision.value)
        else:
            if decision.id not in discrepancy_at:
                orphans.append(decision)
                continue
            discrepancy = own_discrepancy(discrepancy_at[decision.id])
            if decision.field == "status":
                discrepancy.status = decision.value  # type: ignore[assignment]
                discrepancy.resolution = decision.resolution
            else:
                discrepancy.note = decision.value

    still_open = {fid for d in discrepancies if d.status == "open" for fid in d.fact_ids}
    for index, fact in enumerate(facts):
        decided = ("fact", fact.id, "status") in state.decisions
        if fact.status == "disputed" and not decided and fact.id not in still_open:
            own_fact(index).status = "unreviewed"

    sources = {s.id: s for s in base.sources}
    anchor_states: dict[str, list[AnchorCheck]] = {}
    withheld: list[str] = []
    for fact_id in sorted(state.anchors):
        checks = [check_anchor(a, sources) for a in state.anchors[fact_id]]
        anchor_states[fact_id] = checks
        at = fact_at.get(fact_id)
        if at is None or facts[at].status != "confirmed":
            continue
        if any(c.state == "orphaned" for c in checks):
            own_fact(at).status = "unreviewed"
            withheld.append(fact_id)
    sheet = base.model_copy(update={"facts": facts, "discrepancies": discrepancies})
    return Applied(sheet=sheet, orphans=orphans, anchor_states=anchor_states, withheld=withheld)
