"""The package type-checks: mypy (configured in pyproject.toml) finds no error."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parents[2]


def test_package_type_checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the [tool.mypy] table names the files to check
    report, errors, status = mypy_api.run(["--cache-dir", str(tmp_path / "mypy-cache")])
    assert status == 0, report + errors
