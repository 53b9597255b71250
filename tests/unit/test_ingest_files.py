"""Discovery and ids: recursive, sorted, deterministic, loop-safe, unique."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factsheet.ingest import load_sources
from factsheet.ingest.files import discover
from factsheet.ingest.ids import source_ids

BODY = "Headline\n\nThe mayor said on Monday the bridge would reopen.\n"


def write(path: Path, text: str = BODY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "sub/z.txt", "sub/deeper/c.txt", "notes.pdf", ".hidden.txt", ".git/x.txt"]:
        write(tmp_path / name)
    found = discover([tmp_path])
    rel = [p.relative_to(tmp_path).as_posix() for p in found.files]
    assert rel == ["a.md", "b.txt", "sub/deeper/c.txt", "sub/z.txt"]
    assert found.problems == []


def test_same_file_twice_loads_once_and_argument_order_is_kept(tmp_path: Path) -> None:
    a = write(tmp_path / "x" / "a.txt")
    b = write(tmp_path / "b.txt")
    found = discover([b, tmp_path / "x", a])
    assert found.files == [b, a]


def test_missing_path_and_empty_folder_are_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    good = write(tmp_path / "good.txt")
    result = load_sources([tmp_path / "missing.txt", tmp_path / "empty", good])
    assert [s.id for s in result.sources] == ["good"]
    assert len(result.problems) == 2
    assert "missing.txt" in result.problems[0] and "no such file" in result.problems[0]
    assert "empty" in result.problems[1] and "no .txt or .md" in result.problems[1]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_loop_is_safe(tmp_path: Path) -> None:
    write(tmp_path / "corpus" / "a.txt")
    (tmp_path / "corpus" / "loop").symlink_to(tmp_path / "corpus", target_is_directory=True)
    (tmp_path / "corpus" / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    result = load_sources([tmp_path / "corpus"])
    assert [s.id for s in result.sources] == ["a"]
    assert any("dangling.txt" in p for p in result.problems)


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write(tmp_path / "locked.txt")
    write(tmp_path / "open.txt")
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = load_sources([tmp_path])
    assert [s.id for s in result.sources] == ["open"]
    assert result.problems == [f"{locked}: cannot read (Permission denied)"]


def test_ids_are_stems_made_unique_deterministically() -> None:
    paths = [Path("a/story.txt"), Path("b/story.txt"), Path("b/story.md"), Path("c/other.txt")]
    assert source_ids(paths) == ["story", "b-story", "story-2", "other"]
    assert source_ids(paths) == source_ids(list(paths))


def test_colliding_ids_load_as_distinct_sources(tmp_path: Path) -> None:
    write(tmp_path / "one" / "report.txt")
    write(tmp_path / "two" / "report.txt")
    write(tmp_path / "two" / "report.md")
    ids = [s.id for s in load_sources([tmp_path]).sources]
    assert ids == ["report", "two-report", "report-2"]
    assert len(set(ids)) == len(ids)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_a_device_is_not_read() -> None:
    result = load_sources([Path("/dev/null")])
    assert result.sources == []
    assert result.problems == ["/dev/null: not a regular file or folder"]


def test_a_huge_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factsheet.ingest.files as files

    monkeypatch.setattr(files, "MAX_BYTES", 10)
    big = write(tmp_path / "big.txt")
    result = load_sources([big])
    assert result.sources == [] and len(result.problems) == 1
    assert "big.txt" in result.problems[0] and "too large" in result.problems[0]


def test_problem_lines_stay_one_line_whatever_the_file_name(tmp_path: Path) -> None:
    (tmp_path / "bad\nname\x1b[31m.txt").write_bytes(b"")
    result = load_sources([tmp_path])
    assert len(result.problems) == 1
    assert "\n" not in result.problems[0] and "\x1b" not in result.problems[0]
    assert "empty" in result.problems[0]
