"""The app's first frame needs Textual and the loading screen, not the data model, the pipeline or the panes.

Pydantic and the model alone took ~0.1 s of the ~0.38 s to the first frame; the stages, the panes and
the dialogs are only needed once a sheet is being built, shown or a dialog opens. Each check runs in
a fresh interpreter and fails when someone re-adds an eager import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

NOT_BEFORE_FIRST_PAINT = (
    "pydantic",
    "rapidfuzz",
    "factsheet.model",
    "factsheet.pipeline",
    "factsheet.cache",
    "factsheet.ingest",
    "factsheet.extract",
    "factsheet.reconcile",
    "factsheet.export",
    "factsheet.review.store",
    "factsheet.tui.screens.export",
    "factsheet.tui.screens.help",
    "factsheet.tui.screens.prompt",
    "factsheet.tui.screens.resolve",
    "factsheet.tui.filters",
    "factsheet.tui.widgets.facts_pane",
    "factsheet.tui.widgets.fact_table",
    "factsheet.tui.widgets.sources_pane",
    "factsheet.tui.widgets.source_view",
    "factsheet.tui.widgets.discrepancies_pane",
    "factsheet.tui.widgets.variant_card",
)
"""Modules (and their submodules) that must stay out of the process until after the first frame
(the first frame is the loading screen; the panes are mounted after it)."""

_REPORT = "import atexit, json, sys\natexit.register(lambda: print('MODULES ' + json.dumps(sorted(sys.modules))))\n"


def _modules_loaded(code: str, **env: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _REPORT + code], cwd=ROOT, env=dict(os.environ, **env),
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(line for line in done.stdout.splitlines() if line.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in NOT_BEFORE_FIRST_PAINT))


def test_importing_the_app_leaves_out_the_model_and_the_stages() -> None:
    modules = _modules_loaded("import factsheet.cli, factsheet.commands.app, factsheet.tui.app")
    assert "factsheet.tui.app" in modules
    assert _heavy(modules) == []


def test_first_paint_of_the_app_leaves_out_the_model_and_the_stages(tmp_path: Path) -> None:
    pytest.importorskip("textual")
    review = tmp_path / "seeds.review.toml"
    code = f"from factsheet.cli import main\nraise SystemExit(main(['seeds', '--review', {str(review)!r}]))\n"
    modules = _modules_loaded(code, FACTSHEET_BENCH_EXIT="first-paint")
    assert {"factsheet.tui.app", "textual.app"} <= modules  # the app really ran
    assert _heavy(modules) == []


def test_fact_kinds_are_the_models() -> None:
    from factsheet import kinds, model

    assert model.FACT_KINDS is kinds.FACT_KINDS and model.FACT_STATUSES is kinds.FACT_STATUSES
    assert model.FactKind is kinds.FactKind
