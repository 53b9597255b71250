"""Arguments and helpers that several verbs share."""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from factsheet.errors import FactsheetError

if TYPE_CHECKING:
    from factsheet.pipeline import BuildResult

DEFAULT_CORPUS = Path("seeds")


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    """PATH... plus the extraction options."""
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="article files (.txt, .md) or folders (default: seeds/)"
    )
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="extract in N processes (default 1)")
    parser.add_argument("--no-cache", action="store_true", help="ignore and do not write the extraction cache")


def add_review_arguments(parser: argparse.ArgumentParser) -> None:
    """--review FILE and --editor NAME."""
    parser.add_argument(
        "--review", type=Path, metavar="FILE", help="review file (default: <corpus>.review.toml beside the corpus)"
    )
    parser.add_argument("--editor", default=None, metavar="NAME", help="who makes the decisions (default: login name)")


def add_json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON with the fact model's keys")


def corpus_paths(args: argparse.Namespace) -> list[Path]:
    """The paths given, or the default corpus."""
    return list(args.paths) or [DEFAULT_CORPUS]


def editor_name(args: argparse.Namespace) -> str:
    """--editor, else the login name; a ``ReviewError`` (before any article is read) for a name the
    review file cannot record."""
    from factsheet.review import check_editor

    if getattr(args, "editor", None):
        return check_editor(str(args.editor))
    try:
        name = getpass.getuser()
    except Exception:  # no login name (containers): fall back, never fail
        name = os.environ.get("USER", "editor")
    return check_editor(name)


def report_problems(problems: Sequence[str], *, loaded: bool, paths: Sequence[Path]) -> None:
    """One stderr line per input that could not be read (made inert for the terminal).

    When nothing loaded at all, the last problem becomes the :class:`FactsheetError`
    (so every bad input still gets exactly one line) and the exit status is 2.
    """
    from factsheet.safe_text import visible

    lines = [visible(problem, single_line=True) for problem in problems]
    if not loaded:
        for line in lines[:-1]:
            print(f"factsheet: {line}", file=sys.stderr)
        if lines:
            raise FactsheetError(lines[-1])
        names = ", ".join(visible(str(p), single_line=True) for p in paths)
        raise FactsheetError(f"no article could be read from {names}")
    for line in lines:
        print(f"factsheet: {line}", file=sys.stderr)


def build(args: argparse.Namespace) -> BuildResult:
    """Run the pipeline for a verb; report unreadable inputs on stderr.

    Raises :class:`FactsheetError` when no article could be read at all.
    """
    from factsheet.commands.progress import ProgressBar
    from factsheet.pipeline import build_sheet

    if args.jobs < 1:
        raise FactsheetError(f"--jobs must be at least 1, not {args.jobs}")
    paths = corpus_paths(args)
    with ProgressBar() as progress:
        result = build_sheet(paths, jobs=args.jobs, use_cache=not args.no_cache, progress=progress)
    report_problems(result.problems, loaded=bool(result.sheet.sources), paths=paths)
    return result


def stdout_console():  # -> rich.console.Console
    """A console for data output: no markup, no highlighting, no emoji codes."""
    from rich.console import Console

    return Console(markup=False, highlight=False, emoji=False, soft_wrap=False)


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c]")


def print_json(payload: object) -> None:
    """``payload`` as JSON on stdout, readable (UTF-8) but inert in a terminal.

    ``json`` escapes C0 controls itself; DEL, C1 controls, line/paragraph
    separators, bidi and zero-width characters are escaped too (``\\u202e``), which
    is still the same JSON string, so a terminal never acts on article text.
    """
    import json

    text = json.dumps(payload, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")
