"""The ``factsheet`` command: the app by default, subcommands for the rest.

``factsheet [PATH...]`` opens the review app; ``factsheet VERB ...`` runs a
headless verb. Data goes to stdout, diagnostics to stderr.

Exit status: 0 success, 1 a verb's own failure (e.g. nothing to export),
2 bad input or usage (missing path, nothing readable, broken review file).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from factsheet import __version__
from factsheet.errors import FactsheetError

COMMANDS: dict[str, tuple[str, str]] = {
    "sources": ("factsheet.commands.sources", "list the articles: id, title, date, body/boilerplate words"),
    "facts": ("factsheet.commands.facts", "list the extracted facts"),
    "discrepancies": ("factsheet.commands.discrepancies", "list where the sources disagree"),
    "export": ("factsheet.commands.export", "write the fact sheet as TOML or Markdown"),
    "review": ("factsheet.commands.review", "show the review file: decisions, history, orphans; undo"),
}
"""Verb -> (module with ``add_arguments(parser)`` and ``run(args) -> int``, one-line help)."""

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def _top_parser() -> argparse.ArgumentParser:
    verbs = "\n".join(f"  {name:<14} {help_}" for name, (_, help_) in COMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="factsheet",
        description="Build a sourced fact sheet from news articles and review where they disagree.",
        epilog=(
            f"commands:\n{verbs}\n\n"
            "Without a command, factsheet opens the review app on PATH... (default: seeds/).\n"
            "Run 'factsheet COMMAND --help' for a command's options."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"factsheet {__version__}")
    from factsheet.commands.common import add_corpus_arguments, add_review_arguments

    add_corpus_arguments(parser)
    add_review_arguments(parser)
    return parser


def _verb_parser(verb: str) -> tuple[argparse.ArgumentParser, object]:
    module_name, help_ = COMMANDS[verb]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"factsheet {verb}", description=help_[0].upper() + help_[1:] + ".")
    module.add_arguments(parser)
    return parser, module


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in COMMANDS:
            parser, module = _verb_parser(args_list[0])
            args = parser.parse_args(args_list[1:])
            return int(module.run(args))  # type: ignore[attr-defined]
        args = _top_parser().parse_args(args_list)
        from factsheet.commands.app import run as run_app

        return run_app(args)
    except FactsheetError as error:
        from factsheet.safe_text import visible

        print(f"factsheet: {visible(str(error), single_line=True)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("factsheet: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
