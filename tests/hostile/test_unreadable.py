"""Inputs that cannot be read: one clear stderr line each, naming it; the rest still loads.

Exit status 0 when something loaded, 2 when nothing did. We run as root, so
unreadability is simulated: a folder named like an article, a dangling link, a
self-link, a FIFO, an empty or binary file, a broken BOM, and a read that fails
with EACCES (monkeypatched).
"""

from __future__ import annotations

import errno
import json
import pathlib
from pathlib import Path

import pytest

from tests.hostile import checks
from tests.hostile.generate import Case
from tests.hostile.test_verbs import VERBS, argv_for

BAD_CASES = [
    "nul_bytes", "binary_controls", "empty_file", "whitespace_only", "directory_named_txt", "dangling_symlink",
    "missing_path", "invalid_utf16", "cp1252_undefined_bytes", "hostile_name_empty", "fifo_in_folder",
]  # fmt: skip


def _good_count(good: Path) -> int:
    return len(list(good.iterdir()))


@pytest.mark.parametrize("verb", list(VERBS))
@pytest.mark.parametrize("name", BAD_CASES)
def test_bad_input_beside_good_ones(
    name: str, verb: str, hostile: tuple[Path, dict[str, Case]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, cases = hostile
    case = cases[name]
    run = checks.run_cli(argv_for(verb, good, case, tmp_path), capsys)
    assert run.code == 0, run.err
    checks.assert_one_line_each(run, case.bad)
    checks.assert_inert(run.out, f"{verb} stdout")
    if verb in ("sources-json", "facts-json"):
        assert len(json.loads(run.out)["sources"]) == _good_count(good) + case.loads


@pytest.mark.parametrize("verb", list(VERBS))
def test_nothing_readable_exits_2_with_one_line_per_input(
    verb: str, hostile: tuple[Path, dict[str, Case]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, cases = hostile
    bad = [path for name in BAD_CASES if name != "fifo_in_folder" for path in cases[name].paths]
    words = VERBS[verb]
    argv: list[str | Path] = [*words, *bad]
    if words[0] in ("export", "review"):
        argv += ["--review", tmp_path / "review.toml"]
    run = checks.run_cli(argv, capsys)
    assert run.code == 2
    assert run.out == ""
    checks.assert_one_line_each(run, bad)


@pytest.mark.parametrize("verb", ["sources", "facts-json", "export-toml"])
def test_permission_denied_is_one_line(
    verb: str, hostile: tuple[Path, dict[str, Case]], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good, cases = hostile
    locked = cases["utf8_bom_cr"].paths[0]
    real = pathlib.Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    case = Case("locked", (locked,), bad=(locked,))
    run = checks.run_cli(argv_for(verb, good, case, tmp_path), capsys)
    assert run.code == 0, run.err
    checks.assert_one_line_each(run, [locked])
    assert "Permission denied" in run.err


@pytest.mark.parametrize("verb", ["sources", "facts", "export-toml"])
def test_size_limit_applies_to_every_verb(
    verb: str, hostile: tuple[Path, dict[str, Case]], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An article over the ingest size limit is refused by every verb alike, with one line."""
    from factsheet.ingest import files

    good, cases = hostile
    big = cases["long_line_1mb"].paths[0]
    assert all(article.stat().st_size < 500_000 for article in good.iterdir())
    monkeypatch.setattr(files, "MAX_BYTES", 500_000)
    case = Case("too_big", (big,), bad=(big,))
    run = checks.run_cli(argv_for(verb, good, case, tmp_path), capsys)
    assert run.code == 0, run.err
    checks.assert_one_line_each(run, [big])
    assert "too large" in run.err
