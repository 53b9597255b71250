"""Compose the headless stages: ingest -> extract -> reconcile.

This is the one place that runs the stages in order; the CLI, the TUI and the
benchmarks all call :func:`build_sheet`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factsheet.model import Fact, FactSheet, Source

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while sources are extracted."""


@dataclass
class BuildResult:
    """A reconciled fact sheet and the inputs that could not be read."""

    sheet: FactSheet
    problems: list[str] = field(default_factory=list)


def extract_all(
    sources: Sequence[Source], *, jobs: int = 1, use_cache: bool = True, progress: ProgressCallback | None = None
) -> list[Fact]:
    """Per-source facts of every source, in source order."""
    from factsheet.extract import extract_facts

    facts: list[Fact] = []
    for done, source in enumerate(sources, 1):
        facts.extend(extract_facts(source))
        if progress:
            progress(done, len(sources))
    return facts


def build_sheet(
    paths: Sequence[Path], *, jobs: int = 1, use_cache: bool = True, progress: ProgressCallback | None = None
) -> BuildResult:
    """Read ``paths``, extract facts from every article and reconcile them."""
    from factsheet.ingest import load_sources
    from factsheet.reconcile import reconcile

    loaded = load_sources(paths)
    facts = extract_all(loaded.sources, jobs=jobs, use_cache=use_cache, progress=progress)
    return BuildResult(sheet=reconcile(loaded.sources, facts), problems=loaded.problems)
