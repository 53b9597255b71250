"""Compose the headless stages: ingest -> extract -> reconcile.

This is the one place that runs the stages in order; the CLI, the TUI and the
benchmarks all call :func:`build_sheet`. Each article is read and extracted on
its own (optionally in ``jobs`` processes, optionally from the cache keyed by
its sha256); reconciliation then sees every source's facts at once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from factsheet.model import Fact, FactSheet, Source

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while articles are read and extracted."""

_CHUNKS_PER_JOB = 8
"""Work is handed to each process in about this many chunks (balances load, bounds overhead)."""


@dataclass
class BuildResult:
    """A reconciled fact sheet and one line per input that could not be read (or was read with a caveat)."""

    sheet: FactSheet
    problems: list[str] = field(default_factory=list)


@dataclass
class _Analysed:
    """One article's outcome: its source and facts, or why it was skipped."""

    source: Source | None
    facts: list[Fact]
    problem: str = ""


def analyse_file(path: Path, source_id: str, use_cache: bool = True) -> _Analysed:
    """Read, decode, segment and extract one article (from the cache when it can)."""
    from factsheet import cache
    from factsheet.extract import extract_facts
    from factsheet.ingest import read_bytes, source_from_bytes
    from factsheet.ingest.decode import DecodeError, decode

    try:
        data = read_bytes(path)
    except OSError as error:
        return _Analysed(None, [], f"{path}: cannot read ({error.strerror or error})")
    try:
        if use_cache:
            decoded = decode(data)
            hit = cache.load(hashlib.sha256(data).hexdigest(), source_id, decoded.text)
            if hit is not None:
                source, facts = hit
                source.__dict__["path"] = str(path)
                return _Analysed(source, facts, f"{path}: {decoded.note}" if decoded.note else "")
        source, note = source_from_bytes(data, path, source_id)
    except DecodeError as error:
        return _Analysed(None, [], f"{path}: {error}; skipped")
    facts = extract_facts(source)
    if use_cache:
        cache.store(source, facts)
    return _Analysed(source, facts, f"{path}: {note}" if note else "")


def _analyse_chunk(chunk: list[tuple[Path, str]], use_cache: bool) -> list[_Analysed]:
    return [analyse_file(path, source_id, use_cache) for path, source_id in chunk]


def _chunks(items: list[tuple[Path, str]], count: int) -> Iterator[list[tuple[Path, str]]]:
    size = max(1, -(-len(items) // count))
    for start in range(0, len(items), size):
        yield items[start : start + size]


def analyse_files(
    files: Sequence[tuple[Path, str]],
    *,
    jobs: int = 1,
    use_cache: bool = True,
    progress: ProgressCallback | None = None,
) -> list[_Analysed]:
    """Analyse every ``(path, source_id)``, in order, in ``jobs`` processes."""
    items = list(files)
    total = len(items)
    outcomes: list[_Analysed] = []
    if jobs <= 1 or total < 2:
        for done, (path, source_id) in enumerate(items, 1):
            outcomes.append(analyse_file(path, source_id, use_cache))
            if progress:
                progress(done, total)
        return outcomes
    import multiprocessing

    # "spawn" keeps workers independent of the caller's threads (the TUI loads in a thread).
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [pool.submit(_analyse_chunk, chunk, use_cache) for chunk in _chunks(items, jobs * _CHUNKS_PER_JOB)]
        for future in futures:
            outcomes.extend(future.result())
            if progress:
                progress(len(outcomes), total)
    return outcomes


def build_sheet(
    paths: Sequence[Path], *, jobs: int = 1, use_cache: bool = True, progress: ProgressCallback | None = None
) -> BuildResult:
    """Read ``paths``, extract facts from every article and reconcile them."""
    from factsheet.ingest.files import discover
    from factsheet.ingest.ids import source_ids
    from factsheet.reconcile import reconcile

    found = discover(paths)
    problems = list(found.problems)
    sources: list[Source] = []
    facts: list[Fact] = []
    files = list(zip(found.files, source_ids(found.files), strict=True))
    for outcome in analyse_files(files, jobs=jobs, use_cache=use_cache, progress=progress):
        if outcome.problem:
            problems.append(outcome.problem)
        if outcome.source is not None:
            sources.append(outcome.source)
            facts.extend(outcome.facts)
    return BuildResult(sheet=reconcile(sources, facts), problems=problems)
