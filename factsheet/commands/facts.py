"""``factsheet facts``: the extracted (and reconciled) facts as a table or JSON."""

from __future__ import annotations

import argparse

from factsheet.commands import common
from factsheet.kinds import FACT_KINDS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    common.add_corpus_arguments(parser)
    parser.add_argument(
        "--kind", action="append", choices=FACT_KINDS, metavar="K",
        help=f"only facts of kind K (repeatable): {', '.join(FACT_KINDS)}",
    )
    common.add_json_argument(parser)


def run(args: argparse.Namespace) -> int:
    result = common.build(args)
    sheet = result.sheet
    facts = [f for f in sheet.facts if not args.kind or f.kind in args.kind]
    if args.json:
        common.print_json(
            {
                "sources": [s.model_dump(mode="json") for s in sheet.sources],
                "facts": [f.model_dump(mode="json") for f in facts],
            }
        )
        return 0
    from rich.table import Table

    from factsheet.commands.render import literal

    table = Table(title=f"{len(facts)} facts from {len(sheet.sources)} sources", title_justify="left")
    for column in ("kind", "subject", "text", "value", "sources"):
        table.add_column(column, overflow="fold")
    for fact in facts:
        table.add_row(
            fact.kind, literal(fact.subject), literal(fact.text), literal(fact.value), literal(" ".join(fact.source_ids))
        )
    common.stdout_console().print(table)
    return 0
