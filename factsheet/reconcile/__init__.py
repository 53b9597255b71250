"""Facts of many sources -> merged facts and the discrepancies between sources.

``reconcile(sources, facts)`` merges facts that state the same thing (one fact,
evidence from every source that states it) and flags where sources disagree
about one thing. Facts behind an open discrepancy are ``disputed``.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from factsheet.model import Fact, FactSheet, Source

__all__ = ["collector_paused", "reconcile", "source_count", "sources_stating"]


def sources_stating(fact: Fact) -> list[str]:
    """Ids of the sources whose passages state ``fact``, in evidence order."""
    return fact.source_ids


def source_count(fact: Fact) -> int:
    """How many sources state ``fact`` (1: only one source reports it)."""
    return len(fact.source_ids)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while many small objects are built (nests; no-op if already off).

    Reading, extracting and reconciling make no reference cycles worth collecting, and
    the collector's full passes over a growing heap made reconciliation superlinear
    (about 2x slower per fact at 1000x the seeds) and cost extraction in one process
    a seventh of its time; refcounting still frees everything.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
    merged: list[Fact] = []
    for cluster in clusters:
        fact = cluster.to_fact(order)
        if fact.id in disputed and fact.status == "unreviewed":
            fact = fact.model_copy(update={"status": "disputed"})
        merged.append(fact)
    return FactSheet(sources=list(sources), facts=merged, discrepancies=discrepancies)
