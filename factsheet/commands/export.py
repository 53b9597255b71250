"""``factsheet export``: write the reviewed fact sheet as TOML and/or Markdown.

Without ``--format`` and ``-o`` both formats go to ``exports/factsheet.toml`` and
``exports/factsheet.md``; ``-o FILE`` picks the format from its suffix (``.md`` is
Markdown, anything else TOML) and ``-o -`` prints to stdout. Files are replaced
atomically. Exit status 1 when ``--curated`` leaves no fact to export.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from factsheet.commands import common
from factsheet.errors import FactsheetError

DEFAULT_DIR = Path("exports")
SUFFIXES = {"toml": ".toml", "md": ".md"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    common.add_corpus_arguments(parser)
    parser.add_argument(
        "--format", choices=("toml", "md"), action="append", dest="formats", metavar="toml|md",
        help="toml or md (repeatable; default: both, or the -o file's suffix)",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE",
        help="write to FILE ('-' for stdout); default exports/factsheet.toml and exports/factsheet.md",
    )
    common.add_review_arguments(parser)
    parser.add_argument("--curated", action="store_true", help="confirmed facts only (default: all but rejected)")


def _formats(args: argparse.Namespace) -> list[str]:
    if args.formats:
        formats = list(dict.fromkeys(args.formats))
    elif args.output and args.output != "-":
        formats = ["md" if Path(args.output).suffix.lower() in (".md", ".markdown") else "toml"]
    elif args.output == "-":
        formats = ["toml"]
    else:
        formats = ["toml", "md"]
    if args.output and len(formats) > 1:
        raise FactsheetError("-o writes one file: give one --format")
    return formats


def render(fmt: str, session_sheet, generated: datetime, *, curated: bool) -> str:  # session_sheet: FactSheet
    """The text of one export format."""
    from factsheet.export.select import for_export

    chosen = for_export(session_sheet, curated=curated)
    if fmt == "toml":
        from factsheet.export.toml import dump_toml

        return dump_toml(chosen, generated, curated=curated)
    from factsheet.export.markdown import render_markdown

    return render_markdown(chosen, generated, curated=curated, all_facts=session_sheet)


def run(args: argparse.Namespace) -> int:
    from factsheet.review import ReviewSession, default_review_path
    from factsheet.review.store import write_atomic

    formats = _formats(args)
    editor = common.editor_name(args)
    result = common.build(args)
    review_path = args.review or default_review_path(common.corpus_paths(args))
    session = ReviewSession.open(result.sheet, review_path, editor)
    if session.orphans:
        print(f"factsheet: {len(session.orphans)} decisions in {review_path} name facts or discrepancies "
              "no longer found (kept; see 'factsheet review')", file=sys.stderr)
    if session.withheld:
        print(f"factsheet: {len(session.withheld)} confirmed facts exported as unreviewed: their passage is "
              "gone from the source (see 'factsheet review')", file=sys.stderr)
    if args.curated and not any(f.status == "confirmed" for f in session.sheet.facts):
        print("factsheet: no confirmed fact to export (--curated); confirm facts in the app first", file=sys.stderr)
        return 1
    generated = datetime.now(UTC).replace(microsecond=0)
    for fmt in formats:
        try:
            text = render(fmt, session.sheet, generated, curated=args.curated)
        except ValueError as error:  # a lone surrogate: no UTF-8 file can hold it
            raise FactsheetError(f"cannot export {fmt}: {error}") from None
        if args.output == "-":
            sys.stdout.write(text)
            continue
        target = Path(args.output) if args.output else DEFAULT_DIR / f"factsheet{SUFFIXES[fmt]}"
        write_atomic(target, text, what="export", backup=False)
        print(f"factsheet: wrote {target}", file=sys.stderr)
    return 0
