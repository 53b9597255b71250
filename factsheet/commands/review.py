"""``factsheet review``: show the review file (decisions, orphans, anchors, history); ``--undo``."""

from __future__ import annotations

import argparse
import sys

from factsheet.commands import common
from factsheet.commands.render import literal


def add_arguments(parser: argparse.ArgumentParser) -> None:
    common.add_corpus_arguments(parser)
    common.add_review_arguments(parser)
    parser.add_argument("--undo", action="store_true", help="undo the editor's last decision still in effect")
    parser.add_argument("--history", type=int, default=20, metavar="N", help="show the last N history entries (default 20; 0 for all)")
    common.add_json_argument(parser)


def _json(session) -> dict[str, object]:  # session: ReviewSession
    from dataclasses import asdict

    progress = session.progress()
    return {
        "review": str(session.path),
        "progress": asdict(progress),
        "decisions": [asdict(d) for d in session.decisions],
        "orphans": [asdict(d) for d in session.orphans],
        "anchors": {
            fid: [{"state": c.state, "anchor": c.anchor.model_dump(), "found": [a.model_dump() for a in c.found]}
                  for c in checks]
            for fid, checks in session.anchor_states.items()
        },
        "withheld": session.withheld,
        "history": [asdict(h) for h in session.history],
    }


def run(args: argparse.Namespace) -> int:
    from rich.table import Table

    from factsheet.review import ReviewSession, default_review_path
    from factsheet.review.toml_text import when

    editor = common.editor_name(args)
    result = common.build(args)
    path = args.review or default_review_path(common.corpus_paths(args))
    session = ReviewSession.open(result.sheet, path, editor)
    undone = session.undo() if args.undo else None
    if args.json:
        payload = _json(session)
        if args.undo:
            payload["undone"] = None if undone is None else {"seq": undone.seq, "action": undone.action, "id": undone.id}
        common.print_json(payload)
        return 1 if args.undo and undone is None else 0
    console = common.stdout_console()
    if args.undo:
        if undone is None:
            from factsheet.safe_text import visible

            print(f"factsheet: nothing to undo for {visible(session.editor, single_line=True)}", file=sys.stderr)
            return 1
        else:
            console.print(literal(f"Undid #{undone.seq}: {undone.action} {undone.id} ({when(undone.when)})."))
    progress = session.progress()
    console.print(literal(
        f"{path}: {progress.facts_reviewed}/{progress.facts_total} facts reviewed, "
        f"{progress.discrepancies_open}/{progress.discrepancies_total} discrepancies open"
    ))
    orphan_keys = {d.key for d in session.orphans}
    table = Table(title=f"{len(session.decisions)} decisions", title_justify="left")
    for column in ("target", "id", "field", "value", "who", "when", ""):
        table.add_column(column, overflow="fold")
    for d in session.decisions:
        value = f"{d.value}: {d.resolution}" if d.resolution else d.value
        flag = "orphaned" if d.key in orphan_keys else ("withheld" if d.id in session.withheld else "")
        table.add_row(d.target, literal(d.id), d.field, literal(value), literal(d.who), when(d.when), flag)
    console.print(table)
    anchors = Table(title="Stored anchors", title_justify="left")
    for column in ("fact", "source", "state", "stored at", "found at", "exact"):
        anchors.add_column(column, overflow="fold")
    for fact_id, checks in session.anchor_states.items():
        for check in checks:
            found = ", ".join(f"{a.start}-{a.end}" for a in check.found)
            a = check.anchor
            anchors.add_row(literal(fact_id), literal(a.source), check.state, f"{a.start}-{a.end}", found, literal(a.exact))
    if session.anchor_states:
        console.print(anchors)
    history = session.history[-args.history :] if args.history else session.history
    log = Table(title=f"History ({len(history)} of {len(session.history)})", title_justify="left")
    for column in ("#", "when", "who", "action", "id", "value"):
        log.add_column(column, overflow="fold")
    for h in history:
        value = f"undo #{h.undoes}" if h.action == "undo" else (h.resolution or h.value)
        log.add_row(str(h.seq), when(h.when), literal(h.who), h.action, literal(h.id), literal(value))
    console.print(log)
    return 0
