"""Pausing Python's cyclic garbage collector while a stage builds many long-lived objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block (nests: inner blocks change nothing).

    Reading, extracting, unpacking and reconciling build many small objects and no
    reference cycles worth collecting; refcounting still frees everything. The
    collector's full passes over a growing heap made reconciliation superlinear (about
    2x slower per fact at 1000x the seeds) and cost extraction a seventh of its time.
    On leaving, what the block kept is frozen (``gc.freeze``) rather than re-enabled as
    young objects: otherwise the next allocation scans all of it at once (a quarter of
    a second after the BBC corpus). Whoever keeps the result for long may
    ``gc.unfreeze()`` and collect (the app does, once per load).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()
