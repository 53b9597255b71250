"""A process-wide setting changed while any of several blocks runs, in any thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class ProcessWide(Generic[T]):
    """A setting of the whole process (the garbage collector, the interpreter's switch interval) changed
    for the length of blocks that may nest or overlap: the app builds in a thread, and a reload can start
    a second build while one runs.

    The first block in changes the setting (``change()`` returns what it was), the last one out restores
    it (``restore(was)``), so that no block restores it while another still runs, and none leaves it
    changed. Use ``with setting:``, or :meth:`enter` and :meth:`leave` for a last step before the restore.
    """

    def __init__(self, change: Callable[[], T], restore: Callable[[T], None]) -> None:
        self._change = change
        self._restore = restore
        self._lock = threading.Lock()
        self._depth = 0
        """How many blocks are running."""
        self._was: list[T] = []
        """What the setting was when the first of them began (while any runs)."""

    def enter(self) -> None:
        """A block begins: the first changes the setting."""
        with self._lock:
            if self._depth == 0:
                self._was.append(self._change())
            self._depth += 1

    def leave(self, before_restore: Callable[[T], None] | None = None) -> None:
        """A block ends: the last restores the setting, after ``before_restore(was)`` if given."""
        with self._lock:
            self._depth -= 1
            if self._depth == 0:
                was = self._was.pop()
                if before_restore is not None:
                    before_restore(was)
                self._restore(was)

    def __enter__(self) -> None:
        self.enter()

    def __exit__(self, *exc_info: object) -> None:
        self.leave()
