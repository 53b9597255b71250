"""``factsheet discrepancies``: where the sources disagree, as a table or JSON.

Each row is one discrepancy: its kind, severity, subject, the competing values
with the sources behind each, and a one-sentence summary. ``--json`` prints
``{"sources", "facts", "discrepancies"}`` with the fact model's keys.
"""

from __future__ import annotations

import argparse

from factsheet.commands import common


def add_arguments(parser: argparse.ArgumentParser) -> None:
    common.add_corpus_arguments(parser)
    common.add_json_argument(parser)


def run(args: argparse.Namespace) -> int:
    result = common.build(args)
    sheet = result.sheet
    if args.json:
        common.print_json(
            {
                "sources": [s.model_dump(mode="json") for s in sheet.sources],
                "facts": [f.model_dump(mode="json") for f in sheet.facts],
                "discrepancies": [d.model_dump(mode="json") for d in sheet.discrepancies],
            }
        )
        return 0
    from rich.table import Table
    from rich.text import Text

    from factsheet.commands.render import literal
    from factsheet.reconcile.flags import source_labels

    labels = source_labels([s.id for s in sheet.sources])
    sources_of = {f.id: f.source_ids for f in sheet.facts}
    table = Table(
        title=f"{len(sheet.discrepancies)} discrepancies among {len(sheet.facts)} facts from {len(sheet.sources)} sources",
        title_justify="left",
    )
    table.add_column("id", no_wrap=True)
    table.add_column("kind")
    table.add_column("severity")
    table.add_column("subject", overflow="fold")
    table.add_column("variants (sources)", overflow="fold", ratio=1)
    table.add_column("summary", overflow="fold", ratio=2)
    for d in sheet.discrepancies:
        variants = Text()
        for i, variant in enumerate(d.variants):
            ids = dict.fromkeys(s for fid in variant.facts for s in sources_of.get(fid, []))
            if i:
                variants.append("\n")
            variants.append_text(literal(variant.value))
            variants.append_text(literal(f" ({', '.join(labels.get(s, s) for s in ids)})", style="dim"))
        table.add_row(
            literal(d.id), d.kind, Text(d.severity, style={"high": "bold red", "medium": "yellow"}.get(d.severity, "")),
            literal(d.subject), variants, literal(d.summary),
        )
    common.stdout_console().print(table)
    return 0
