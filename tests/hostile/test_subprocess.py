"""A few real ``python -m factsheet`` runs: exit codes, no traceback, a terminal that is not hijacked."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile import checks
from tests.hostile.generate import Case
from tests.hostile.test_unreadable import BAD_CASES
from tests.hostile.test_verbs import TEXT_CASES

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120


def _env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "FACTSHEET_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "1000"}
    env.pop("FORCE_COLOR", None)
    return env


def factsheet(args: list[str | Path], tmp_path: Path, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factsheet", *map(str, args)], cwd=tmp_path, env=_env(tmp_path),
        capture_output=True, text=True, encoding="utf-8", errors="surrogateescape", timeout=timeout,
    )


def _text_paths(cases: dict[str, Case]) -> list[Path]:
    return [path for name in TEXT_CASES for path in cases[name].paths]


def test_every_hostile_article_at_once(hostile: tuple[Path, dict[str, Case]], tmp_path: Path) -> None:
    good, cases = hostile
    bad = [path for name in BAD_CASES if name != "fifo_in_folder" for path in cases[name].paths]
    result = factsheet(["facts", "--json", good, *_text_paths(cases), *bad], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    payload = json.loads(result.stdout)
    loads = len(list(good.iterdir())) + sum(cases[name].loads for name in TEXT_CASES)
    assert len(payload["sources"]) == loads
    run = checks.Run(["facts"], result.returncode, result.stdout, result.stderr)
    noted = [p for name in TEXT_CASES for p in cases[name].noted]
    symlinks = [p for p in cases["symlink_loop_folder"].bad]
    checks.assert_one_line_each(run, [*bad, *symlinks], noted)


@pytest.mark.parametrize("verb", ["sources", "facts", "export"])
def test_nothing_readable_exits_2(verb: str, hostile: tuple[Path, dict[str, Case]], tmp_path: Path) -> None:
    _, cases = hostile
    bad = [path for name in BAD_CASES if name != "fifo_in_folder" for path in cases[name].paths]
    args: list[str | Path] = [verb, *bad] + (["-o", "-"] if verb == "export" else [])
    result = factsheet(args, tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_fifo_named_on_the_command_line_does_not_block(hostile: tuple[Path, dict[str, Case]], tmp_path: Path) -> None:
    good, cases = hostile
    fifo = cases["fifo_in_folder"].bad[0]
    result = factsheet(["facts", good, fifo], tmp_path, timeout=60)
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
    run = checks.Run(["facts"], result.returncode, result.stdout, result.stderr)
    checks.assert_one_line_each(run, [fifo])


def test_closed_pipe_is_quiet(hostile: tuple[Path, dict[str, Case]], tmp_path: Path) -> None:
    """``factsheet facts ... | head -c 100``: no traceback, no 'Exception ignored'."""
    _, cases = hostile
    files = [str(p) for p in sorted(cases["tiny_articles"].paths[0].iterdir())[:300]]  # ~0.5 MB of JSON
    process = subprocess.Popen(
        [sys.executable, "-m", "factsheet", "facts", "--json", *files], cwd=tmp_path, env=_env(tmp_path),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8", "replace")
    process.wait(timeout=TIMEOUT)
    assert "Traceback" not in stderr
    assert "Exception ignored" not in stderr


def _run_in_terminal(args: list[str | Path], tmp_path: Path) -> tuple[int, bytes]:
    """Run factsheet with a pseudo-terminal as stdout and stderr; its exit status and everything it wrote."""
    import pty

    leader, follower = pty.openpty()
    env = {**_env(tmp_path), "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "factsheet", *map(str, args)], cwd=tmp_path, env=env,
        stdin=subprocess.DEVNULL, stdout=follower, stderr=follower, close_fds=True,
    )
    os.close(follower)
    output = bytearray()
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
        elif process.poll() is not None:
            break
    os.close(leader)
    return process.wait(timeout=TIMEOUT), bytes(output)


@pytest.mark.parametrize("verb", ["sources", "facts", "discrepancies"])
def test_terminal_never_receives_the_articles_escapes(
    verb: str, hostile: tuple[Path, dict[str, Case]], tmp_path: Path
) -> None:
    """On a real (pseudo-)terminal, with colours on, none of the planted sequences reaches the screen."""
    good, cases = hostile
    names = ["ansi_csi", "ansi_osc", "c1_controls", "bidi_zero_width", "hostile_file_name", "rich_markup"]
    paths = [path for name in names for path in cases[name].paths]
    code, output = _run_in_terminal([verb, good, *paths, *cases["hostile_name_empty"].paths], tmp_path)
    assert code == 0, output[-2000:]
    shown = output.decode("utf-8", "replace")
    assert "Traceback" not in shown
    for planted in ("\x1b[2J", "\x1b[10A", "\x1b[?1049h", "\x1b[6n", "\x1b]8;;https://evil", "\x1b]52;", "\x1b]0;", "\x07"):
        assert planted not in shown, planted
    for char in "\x9b\x9d\x90\u202e\u2066\u200f":
        assert char not in shown, f"U+{ord(char):04X}"
    if verb == "sources":
        assert "[bold red]ALERT[/bold red]" in shown
