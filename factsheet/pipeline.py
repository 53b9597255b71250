"""Compose the headless stages: ingest -> extract -> reconcile.

This is the one place that runs the stages in order; the CLI, the TUI and the
benchmarks all call :func:`build_sheet`. Each article is read and extracted on
its own (optionally in ``jobs`` processes, optionally from the cache keyed by
its sha256); reconciliation then sees every source's facts at once.
"""

from __future__ import annotations

import hashlib
import sys
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factsheet.model import Fact, FactSheet, Source
from factsheet.process_wide import ProcessWide

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from factsheet.cache import SheetEntry

ProgressCallback = Callable[[int, int], object]
"""Called as ``progress(done, total)`` while articles are read and extracted."""

_SHARE = 4
"""A worker's next chunk is 1/(jobs * _SHARE) of the articles no process has taken yet: large while much is
left (few trips), a few articles at the end, so that the processes finish within moments of each other."""
_MIN_CHUNK = 4
"""...but at least this many articles (a trip back costs about as much as one article)."""
_AHEAD = 2
"""Chunks out per worker at a time (``_AHEAD * (jobs - 1)`` in all, taken by whichever worker is free): about
one it works on and the next (so that none waits for a chunk)."""


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
    """Read, decode, segment and extract one article, from the cache when it can."""
    from factsheet import cache
    from factsheet.extract import extract_facts
    from factsheet.ingest import read_bytes, source_from_text
    from factsheet.ingest.decode import DecodeError, cannot_decode, decode
    from factsheet.ingest.files import cannot_read

    try:
        data = read_bytes(path)
    except OSError as error:
        return _Analysed(None, [], cannot_read(path, error))
    try:
        decoded = decode(data)
    except DecodeError as error:
        return _Analysed(None, [], cannot_decode(path, error))
    sha256 = hashlib.sha256(data).hexdigest()  # decoded and hashed once, for the cache key and the source
    source = cache.load_source(sha256, source_id, path, decoded.text) if use_cache else None
    if source is None:
        source = source_from_text(decoded.text, sha256, path, source_id)
        if use_cache:
            cache.store_source(source)
    facts = cache.load_facts(source) if use_cache else None
    if facts is None:
        facts = extract_facts(source)
        if use_cache:
            cache.store_facts(source, facts)
    return _Analysed(source, facts, f"{path}: {decoded.note}" if decoded.note else "")


_Packed = tuple[tuple[str, str, str] | None, str]
"""One article as a worker process hands it back: its packed analysis and facts (or None), its problem line."""


def _analyse_chunk(chunk: list[tuple[Path, str]], use_cache: bool) -> list[_Packed]:
    """Analyse a chunk in a worker process; pack the results for a cheap trip back."""
    from factsheet import cache
    from factsheet.collector import collector_paused

    packed: list[_Packed] = []
    with collector_paused():
        for path, source_id in chunk:
            outcome = analyse_file(path, source_id, use_cache)
            source = outcome.source
            packed.append((cache.pack(source, outcome.facts) if source is not None else None, outcome.problem))
    return packed


def _unpack_chunk(chunk: list[tuple[Path, str]], packed: list[_Packed]) -> list[_Analysed]:
    from factsheet import cache

    outcomes = []
    for (path, _), (data, problem) in zip(chunk, packed, strict=True):
        if data is None:
            outcomes.append(_Analysed(None, [], problem))
        else:
            source, facts = cache.unpack(data, path)
            outcomes.append(_Analysed(source, facts, problem))
    return outcomes


_SWITCH_INTERVAL = 0.0002
"""Seconds this process's main thread runs before it hands the GIL to a waiting thread, while workers run.

A worker's packed chunk (up to a few MB) comes back through a pipe that holds 64 kB: the executor's thread reads
it a pipe-full at a time and needs the GIL for each, which the main thread (extracting its own share) gives up
only every ``sys.getswitchinterval()`` (5 ms by default); the worker waits, blocked in its write, meanwhile.
On BBC with --jobs 2, 0.2 ms cut the worker's waits from 0.15-0.2 s to 0.04-0.07 s (1 ms: 0.11-0.13 s)."""


def _lower_switch_interval() -> float:
    """Hand the GIL over every :data:`_SWITCH_INTERVAL` seconds (or sooner, as before); the interval it was."""
    was = sys.getswitchinterval()
    sys.setswitchinterval(min(was, _SWITCH_INTERVAL))
    return was


_quick_switches = ProcessWide(_lower_switch_interval, sys.setswitchinterval)
"""The interval lowered while any block waits for workers (``with _quick_switches:``), in any thread."""


def _process_context() -> BaseContext:
    """How worker processes start: ``fork`` (cheapest) from a single-threaded process;
    otherwise ``forkserver`` (the TUI loads in a thread, and forking a threaded process is unsafe)."""
    import multiprocessing

    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["factsheet.pipeline", "factsheet.extract", "factsheet.ingest"])
    return context


def analyse_files(
    files: Sequence[tuple[Path, str]],
    *,
    jobs: int = 1,
    use_cache: bool = True,
    progress: ProgressCallback | None = None,
) -> list[_Analysed]:
    """Analyse every ``(path, source_id)``, in order, in ``jobs`` processes (this one and ``jobs - 1`` workers).

    The outcomes are many small objects kept to the end: the cyclic garbage collector is
    paused while they pile up (see ``collector_paused``), in this process and in the workers.
    """
    from factsheet.collector import collector_paused

    items = list(files)
    total = len(items)
    outcomes: list[_Analysed] = []
    if jobs <= 1 or total < 2:
        with collector_paused():
            for done, (path, source_id) in enumerate(items, 1):
                outcomes.append(analyse_file(path, source_id, use_cache))
                if progress:
                    progress(done, total)
        return outcomes
    # This process is one of the ``jobs``: it hands the ``jobs - 1`` workers chunks from the front (each a share
    # of what no one has taken yet, see _SHARE) while it takes articles one by one from the back (its share needs
    # no trip between processes) and, in between, unpacks what the workers have finished.
    results: dict[int, list[_Analysed]] = {}  # first article's index -> the outcomes from there on
    done = 0

    def finished(at: int, outcomes_from: list[_Analysed]) -> None:
        nonlocal done
        results[at] = outcomes_from
        done += len(outcomes_from)
        if progress:
            progress(done, total)

    handed: deque[tuple[int, list[tuple[Path, str]], Future[list[_Packed]]]] = deque()
    front, back = 0, total  # items[front:back] are taken by no process yet

    def hand_out() -> None:
        """Give the workers chunks from the front until ``_AHEAD * (jobs - 1)`` are out (handed and not yet
        unpacked here), which the workers take in turn as each gets free."""
        nonlocal front
        while front < back and len(handed) < _AHEAD * (jobs - 1):
            size = max(_MIN_CHUNK, (back - front) // (jobs * _SHARE))
            chunk = items[front : min(back, front + size)]
            handed.append((front, chunk, pool.submit(_analyse_chunk, chunk, use_cache)))
            front += len(chunk)

    pool = ProcessPoolExecutor(max_workers=jobs - 1, mp_context=_process_context())
    try:
        hand_out()  # starts the workers, before the collector's pause (they decide for themselves)
        with collector_paused(), _quick_switches:
            while handed:
                if handed[0][2].done() or front >= back:
                    at, chunk, future = handed.popleft()
                    finished(at, _unpack_chunk(chunk, future.result()))
                    hand_out()
                else:
                    back -= 1
                    path, source_id = items[back]
                    finished(back, [analyse_file(path, source_id, use_cache)])
    except BaseException:
        # interrupted: chunks not yet started are dropped; the ones running finish before the process exits
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return [outcome for at in sorted(results) for outcome in results[at]]


def _read_all(files: Sequence[tuple[Path, str]]) -> list[bytes | OSError]:
    """Every article's bytes, or why it cannot be read: read once for the cache key and the restore."""
    from factsheet.ingest import read_bytes

    contents: list[bytes | OSError] = []
    for path, _ in files:
        try:
            contents.append(read_bytes(path))
        except OSError as error:
            contents.append(error)
    return contents


def _corpus_key(files: Sequence[tuple[Path, str]], contents: Sequence[bytes | OSError]) -> str:
    """The sheet cache key of these files with these contents."""
    from factsheet import cache

    pairs = []
    for (_, source_id), data in zip(files, contents, strict=True):
        digest = "unreadable" if isinstance(data, OSError) else hashlib.sha256(data).hexdigest()
        pairs.append((source_id, digest))
    return cache.sheet_key(pairs)


def build_sheet(
    paths: Sequence[Path], *, jobs: int = 1, use_cache: bool = True, progress: ProgressCallback | None = None
) -> BuildResult:
    """Read ``paths``, extract facts from every article and reconcile them.

    With ``use_cache``, an unchanged corpus is not extracted or reconciled again:
    its sheet comes from the cache (keyed by every source's sha256 and the code).
    """
    from factsheet import cache
    from factsheet.collector import collector_paused
    from factsheet.ingest.files import discover
    from factsheet.ingest.ids import source_ids
    from factsheet.reconcile import reconcile

    with collector_paused(freeze=True):  # the sheet is kept: see collector_paused
        found = discover(paths)
        problems = list(found.problems)
        files = list(zip(found.files, source_ids(found.files), strict=True))
        contents = _read_all(files) if use_cache else []
        key = _corpus_key(files, contents) if use_cache else ""
        cached = cache.load_sheet(key) if use_cache else None
        if cached is not None:
            restored = _restore_sheet(files, contents, cached, progress)
            if restored is not None:
                restored_sources, skipped = restored
                sheet = FactSheet(sources=restored_sources, facts=cached.facts, discrepancies=cached.discrepancies)
                return BuildResult(sheet=sheet, problems=problems + skipped)
        del contents  # the articles are read again one by one (in the workers, with --jobs)
        sources: list[Source] = []
        facts: list[Fact] = []
        for outcome in analyse_files(files, jobs=jobs, use_cache=use_cache, progress=progress):
            if outcome.problem:
                problems.append(outcome.problem)
            if outcome.source is not None:
                sources.append(outcome.source)
                facts.extend(outcome.facts)
        sheet = reconcile(sources, facts)
        if use_cache:
            cache.store_sheet(key, sheet)
        return BuildResult(sheet=sheet, problems=problems)


def _restore_sheet(
    files: Sequence[tuple[Path, str]],
    contents: Sequence[bytes | OSError],
    cached: SheetEntry,
    progress: ProgressCallback | None,
) -> tuple[list[Source], list[str]] | None:
    """The sources of an unchanged corpus from its cached sheet, and the inputs skipped as before.

    ``None`` when any article no longer matches the cache (then the corpus is built again).
    """
    from factsheet import cache
    from factsheet.ingest.decode import DecodeError, cannot_decode, decode
    from factsheet.ingest.files import cannot_read

    restorers = cache.sheet_sources(cached)
    sources: list[Source] = []
    skipped: list[str] = []
    for done, ((path, source_id), data) in enumerate(zip(files, contents, strict=True), 1):
        if isinstance(data, OSError):
            skipped.append(cannot_read(path, data))
            continue
        try:
            decoded = decode(data)
        except DecodeError as error:
            skipped.append(cannot_decode(path, error))
            continue
        restore = restorers.get((source_id, hashlib.sha256(data).hexdigest()))
        source = restore(path, decoded.text) if restore else None
        if source is None:
            return None
        if decoded.note:
            skipped.append(f"{path}: {decoded.note}")
        sources.append(source)
        if progress:
            progress(done, len(files))
    return sources, skipped
