"""Reconciliation cost grows about linearly with the facts (smoke test, loose bound)."""

from __future__ import annotations

import time

from bench.scale_reconcile import synthetic
from factsheet.reconcile import reconcile


def _cpu_per_fact(copies: int) -> tuple[float, int]:
    sources, facts = synthetic(copies)
    best = float("inf")
    flagged = 0
    for _ in range(3):
        start = time.process_time()
        sheet = reconcile(sources, facts)
        best = min(best, time.process_time() - start)
        flagged = len(sheet.discrepancies)
    return best / len(facts), flagged


def test_ten_times_the_facts_costs_about_ten_times_the_time() -> None:
    small, small_flags = _cpu_per_fact(10)
    large, large_flags = _cpu_per_fact(100)
    # every copy is one story with the same six disagreements; copies never disagree with each other
    assert small_flags == 6 * 10 and large_flags == 6 * 100
    assert large < 3 * small + 20e-6, f"{large * 1e6:.1f} us/fact at 100x vs {small * 1e6:.1f} at 10x"
