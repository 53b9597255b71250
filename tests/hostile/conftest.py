"""Fixtures of the hostile-input suite: the generated articles and a wide, plain console."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.generate import Case, Sizes, build


@pytest.fixture(scope="session")
def sizes() -> Sizes:
    """Smoke sizes, or full ones with FACTSHEET_FULL_HOSTILE=1."""
    return Sizes.from_env()


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path, sizes: Sizes) -> tuple[Path, dict[str, Case]]:
    """The good articles' folder and every hostile case by name, written once per session."""
    good, cases = build(tmp_path_factory.mktemp("hostile"), seeds_dir, sizes)
    return good, {case.name: case for case in cases}


@pytest.fixture(autouse=True)
def _wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables are never folded, so a cell's text can be found whole in the output."""
    monkeypatch.setenv("COLUMNS", "100000")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
