"""Pausing Python's cyclic garbage collector while a stage builds many long-lived objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from factsheet.process_wide import ProcessWide


def _pause() -> bool:
    """Turn the collector off; whether it was on."""
    was_enabled = gc.isenabled()
    gc.disable()
    return was_enabled


def _resume(was_enabled: bool) -> None:
    if was_enabled:
        gc.enable()


def _freeze(was_enabled: bool) -> None:
    if was_enabled:
        gc.freeze()


_PAUSE = ProcessWide(_pause, _resume)
"""The collector's one pause, shared by every block in every thread."""


@contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """Pause the cyclic collector for the block (nests, and overlaps across threads: the first block in
    turns it off, the last one out turns it back on, if it was on).

    Reading, extracting, unpacking and reconciling build many small objects and no
    reference cycles worth collecting; refcounting still frees everything. The
    collector's full passes over a growing heap made reconciliation superlinear (about
    2x slower per fact at 1000x the seeds) and cost extraction a seventh of its time.
    The collector is off for the whole process meanwhile (other threads too).

    With ``freeze``, leaving the outermost block moves the whole heap out of the
    collector's sight (``gc.freeze``) instead of letting the next allocation scan every
    object the block made (a quarter of a second after the BBC corpus). Only for the
    top of a run whose result is kept (:func:`factsheet.pipeline.build_sheet`): cycles
    that were already garbage stay until someone calls ``gc.unfreeze()`` (the app does,
    once per load). When blocks overlap, the ``freeze`` of the last one out decides.
    """
    _PAUSE.enter()
    try:
        yield
    finally:
        _PAUSE.leave(_freeze if freeze else None)
