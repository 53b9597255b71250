"""The default verb: ``factsheet [PATH...] [--review FILE] [--editor NAME] [--jobs N] [--no-cache]`` opens the app.

Textual is imported here, lazily, so that every other verb starts without it.

``FACTSHEET_BENCH_EXIT=first-paint`` (or ``ready``) runs the app headless and quits
after its first frame (or the first frame showing the loaded sheet): the start-up
benchmark's stopwatch (bench/startup.py).
"""

from __future__ import annotations

import argparse
import os
import sys

from factsheet.commands import common
from factsheet.errors import FactsheetError


def run(args: argparse.Namespace) -> int:
    """Open the review app on the corpus; returns the exit status (2 when nothing could be loaded)."""
    from factsheet.review import default_review_path

    if args.jobs < 1:
        raise FactsheetError(f"--jobs must be at least 1, not {args.jobs}")
    paths = common.corpus_paths(args)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise FactsheetError("no such file or folder: " + ", ".join(missing))
    review_path = args.review or default_review_path(paths)
    editor = common.editor_name(args)  # a name no file can record is refused now, not after loading

    from factsheet.tui.app import FactsheetApp

    bench_exit = os.environ.get("FACTSHEET_BENCH_EXIT") or None
    app = FactsheetApp(
        paths, review_path=review_path, editor=editor, jobs=args.jobs, use_cache=not args.no_cache,
        exit_after=bench_exit,
    )
    app.run(headless=bench_exit is not None)
    if app.load_error:
        print(f"factsheet: {app.load_error}", file=sys.stderr)
    return app.return_code or 0
