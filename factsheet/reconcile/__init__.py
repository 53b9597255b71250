"""Facts of many sources -> merged facts and the discrepancies between sources.

``reconcile(sources, facts)`` merges facts that state the same thing (one fact,
evidence from every source that states it) and flags where sources disagree
about one thing. Facts behind an open discrepancy are ``disputed``.
"""

from __future__ import annotations

from collections.abc import Sequence

from factsheet.collector import collector_paused
from factsheet.model import Fact, FactSheet, Source

__all__ = ["reconcile", "source_count", "sources_stating"]


def sources_stating(fact: Fact) -> list[str]:
    """Ids of the sources whose passages state ``fact``, in evidence order."""
    return fact.source_ids


def source_count(fact: Fact) -> int:
    """How many sources state ``fact`` (1: only one source reports it)."""
    return len(fact.source_ids)


def reconcile(sources: Sequence[Source], facts: Sequence[Fact]) -> FactSheet:
    """One fact sheet from per-source facts: merged facts and discrepancies, deterministic."""
    with collector_paused():
        return _reconcile(sources, facts)


def _reconcile(sources: Sequence[Source], facts: Sequence[Fact]) -> FactSheet:
    from factsheet.reconcile.flags import find_discrepancies
    from factsheet.reconcile.merge import cluster_facts

    clusters = cluster_facts(sources, facts)
    discrepancies = find_discrepancies(clusters, [s.id for s in sources])
    disputed = {fid for d in discrepancies if d.status == "open" for fid in d.fact_ids}
    order = {s.id: i for i, s in enumerate(sources)}
    merged = [cluster.fact_fields(order, disputed) for cluster in clusters]
    return FactSheet.model_validate({"sources": list(sources), "facts": merged, "discrepancies": discrepancies})
