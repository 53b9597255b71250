"""``factsheet sources``: the articles as read -- id, title, date, body and boilerplate words.

Runs ingestion only (no extraction), so it is the quick way to check what
factsheet will read and which parts it counts as reporting.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from factsheet.commands import common

if TYPE_CHECKING:
    from factsheet.ingest import LoadResult


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH",
        help=f"article files (.txt, .md) or folders (default: {common.DEFAULT_CORPUS}/)",
    )  # fmt: skip
    common.add_json_argument(parser)


def load(args: argparse.Namespace) -> LoadResult:
    """Ingest the corpus; print each problem on stderr; :class:`FactsheetError` when nothing loads."""
    from factsheet.ingest import load_sources

    paths = common.corpus_paths(args)
    result = load_sources(paths)
    common.report_problems(result.problems, loaded=bool(result.sources), paths=paths)
    return result


def run(args: argparse.Namespace) -> int:
    result = load(args)
    if args.json:
        common.print_json({"sources": [s.model_dump(mode="json") for s in result.sources]})
        return 0
    from rich.table import Table

    from factsheet.commands.render import literal as cell

    table = Table(title=f"{len(result.sources)} sources", title_justify="left")
    table.add_column("id", overflow="fold", max_width=20)
    table.add_column("title", overflow="fold", min_width=14, ratio=1)
    table.add_column("date", min_width=10)
    table.add_column("body words", justify="right", max_width=6)
    table.add_column("boilerplate words", justify="right", max_width=11)
    for source in result.sources:
        table.add_row(
            cell(source.id),
            cell(source.title),
            source.date.isoformat() if source.date else "",
            str(source.words("body")),
            str(source.words("boilerplate")),
        )
    common.stdout_console().print(table)
    return 0
