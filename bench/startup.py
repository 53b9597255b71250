"""Process start to first paint, for factsheet on the seeds and for an empty Textual app.

Both run the same way: a fresh ``python`` process, Textual's headless driver,
exiting right after the first frame is drawn. ``FACTSHEET_BENCH_EXIT=first-paint``
asks factsheet's app command to do exactly that. Both start from compiled bytecode,
as installed packages do (an editable install under ``PYTHONDONTWRITEBYTECODE``
would otherwise recompile factsheet's modules on every start, and Textual's not).
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_EMPTY_APP = """
from textual.app import App

class Empty(App):
    def on_mount(self) -> None:
        self.call_after_refresh(self.exit)

Empty().run(headless=True)
"""

_FACTSHEET = "from factsheet.cli import main; raise SystemExit(main(['seeds', '--review', {review!r}]))"


def compile_bytecode() -> None:
    """Compile factsheet's modules to bytecode once, as ``pip install`` does for Textual's."""
    compileall.compile_dir(ROOT / "factsheet", quiet=1)


def time_first_paint(which: str) -> float:
    """Seconds from process start to the first painted frame of ``which`` ("factsheet" or "empty")."""
    env = dict(os.environ, FACTSHEET_BENCH_EXIT="first-paint")
    if which == "empty":
        code = _EMPTY_APP
    else:
        code = _FACTSHEET.format(review=str(Path(os.environ.get("TMPDIR", "/tmp")) / "factsheet-bench.review.toml"))
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env, capture_output=True)
    return time.perf_counter() - start
