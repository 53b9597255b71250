"""A rich progress bar on stderr for long command-line runs."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

MIN_FILES = 20
"""Runs over fewer articles than this finish too fast to need a bar."""


class ProgressBar:
    """A ``progress(done, total)`` callback that draws a bar on stderr when it is a terminal.

    Use as a context manager; the bar appears only for runs of at least
    :data:`MIN_FILES` articles and only when stderr is a terminal.
    """

    def __init__(self, description: str = "reading articles") -> None:
        self._description = description
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if self._progress is None:
            if total < MIN_FILES or not sys.stderr.isatty():
                return
            from rich.console import Console
            from rich.progress import Progress

            self._progress = Progress(console=Console(stderr=True), transient=True)
            self._progress.start()
            self._task = self._progress.add_task(self._description, total=total)
        if self._task is not None:
            self._progress.update(self._task, completed=done)

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
