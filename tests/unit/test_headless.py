"""The headless core never imports textual: every module but the TUI's, each in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import factsheet

TUI_ONLY = ("factsheet.tui", "factsheet.commands.app")


def headless_modules() -> list[str]:
    names = ["factsheet"]
    for info in pkgutil.walk_packages(factsheet.__path__, "factsheet."):
        if info.name == "factsheet.__main__":
            continue  # runs the command line on import
        if any(info.name == tui or info.name.startswith(tui + ".") for tui in TUI_ONLY):
            continue
        names.append(info.name)
    return sorted(names)


def test_core_modules_are_found() -> None:
    names = headless_modules()
    assert {"factsheet.model", "factsheet.ingest", "factsheet.ingest.regions", "factsheet.cli"} <= set(names)
    assert not any(name.startswith("factsheet.tui") for name in names)


def test_headless_core_never_imports_textual() -> None:
    names = headless_modules()
    script = (
        "import importlib, sys\n"
        f"names = {names!r}\n"
        "bad = []\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "    if 'textual' in sys.modules:\n"
        "        bad.append(name)\n"
        "        break\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"textual imported by {done.stdout.strip()} {done.stderr[-2000:]}"
