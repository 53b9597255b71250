"""``factsheet review --undo`` says so when there is nothing to undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from factsheet.cli import main


def test_undo_with_nothing_to_undo_fails_with_one_line(
    seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    review = tmp_path / "r.review.toml"
    assert main(["review", str(seeds_dir), "--review", str(review), "--editor", "ann", "--undo"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["factsheet: nothing to undo for ann"]
    assert main(["review", str(seeds_dir), "--review", str(review), "--editor", "ann", "--undo", "--json"]) == 1
