"""``factsheet sources``: the table, --json, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factsheet.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_table_lists_the_seeds(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", str(seeds_dir)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "4 sources" in out
    for column in ("id", "title", "date", "body", "boilerplate"):
        assert column in out
    assert "2026-02-28" in out
    assert "000_" in out and "003_" in out


def test_json_has_the_model_keys(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "--json", str(seeds_dir)]) == 0
    payload = json.loads(capsys.readouterr().out)
    sources = payload["sources"]
    assert len(sources) == 4
    assert set(sources[0]) == {"id", "path", "title", "sha256", "date", "dateline"}
    assert [s["date"] for s in sources].count("2026-02-28") == 1
    assert all(s["title"] for s in sources)


def test_untrusted_text_is_shown_literally(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "evil.txt").write_text("[bold red]Alarm[/] \x1b[31mred\x1b[0m\n\nThe body says so.\n")
    assert main(["sources", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "[bold red]Alarm[/]" in out
    assert "\x1b[31m" not in out and "␛[31m" in out


def test_bad_inputs_are_reported_and_good_ones_load(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text("Headline\n\nThe mayor resigned on Monday.\n")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    assert main(["sources", str(tmp_path), str(tmp_path / "missing.md")]) == 0
    out, err = capsys.readouterr()
    assert "good" in out
    lines = err.splitlines()
    assert len(lines) == 2 and all(line.startswith("factsheet: ") for line in lines)
    assert "blob.txt" in err and "missing.md" in err


@pytest.mark.parametrize("content", [b"", b"\x89PNG\r\n\x1a\n\x00\x00binary"])
def test_nothing_loadable_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert main(["sources", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1 and err.startswith("factsheet: ") and "bad.txt" in err


def test_missing_path_in_a_subprocess() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factsheet", "sources", "/no/such/path"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1
    assert "/no/such/path" in done.stderr and "Traceback" not in done.stderr
