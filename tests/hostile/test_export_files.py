"""Exports written to files from hostile articles, and hostile or unusable review and output paths.

Whatever goes wrong, the verb prints one inert line on stderr and returns a
status; no exception escapes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile import checks
from tests.hostile.generate import Case
from tests.hostile.test_verbs import TEXT_CASES


def _paths(hostile: tuple[Path, dict[str, Case]]) -> list[Path]:
    good, cases = hostile
    return [good, *(p for name in TEXT_CASES for p in cases[name].paths)]


def test_default_export_files_from_hostile_articles(
    hostile: tuple[Path, dict[str, Case]], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from factsheet.export.toml import load_toml

    _, cases = hostile
    monkeypatch.chdir(tmp_path)
    run = checks.run_cli(["export", *_paths(hostile), "--review", tmp_path / "r.toml"], capsys)
    assert run.code == 0, run.err
    toml_file, md_file = tmp_path / "exports" / "factsheet.toml", tmp_path / "exports" / "factsheet.md"
    sheet, _ = load_toml(toml_file.read_text(encoding="utf-8"))
    assert len(sheet.sources) == 4 + sum(cases[name].loads for name in TEXT_CASES)
    checks.assert_inert(md_file.read_text(encoding="utf-8"), "factsheet.md")
    noted = [p for name in TEXT_CASES for p in cases[name].noted]
    bad = [p for name in TEXT_CASES for p in cases[name].bad]
    wrote = [line for line in run.err_lines if "wrote" in line]
    assert len(wrote) == 2
    checks.assert_one_line_each(checks.Run(run.argv, run.code, run.out, "\n".join(l for l in run.err_lines if l not in wrote)), bad, noted)


HOSTILE_REVIEW_FILES = {
    "binary": b"\x00\x01\x02\xff\xfe",
    "markup_and_escapes": b'[bold red]x[/]\n\x1b]52;c;ZXZpbA==\x07 = "\x1b[2J"\n',
    "bidi_key": '\u202ekey = "v"\n'.encode(),
    "wrong_shape": b'[[decisions]]\nid = 5\nfield = ["x"]\n',
    "huge_number": b"[[history]]\nseq = 99999999999999999999999999\n",
}


@pytest.mark.parametrize("name", list(HOSTILE_REVIEW_FILES))
@pytest.mark.parametrize("verb", ["review", "export"])
def test_broken_review_file_is_one_line(
    name: str, verb: str, hostile: tuple[Path, dict[str, Case]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, _ = hostile
    review = tmp_path / f"broken_{name}.review.toml"
    review.write_bytes(HOSTILE_REVIEW_FILES[name])
    extra = ["-o", "-"] if verb == "export" else []
    run = checks.run_cli([verb, good, "--review", review, *extra], capsys)
    assert run.code == 2, run.err
    assert len(run.err_lines) == 1, run.err_lines
    assert review.name in run.err  # names the file
    checks.assert_inert(run.err, "stderr")


def test_error_naming_a_hostile_file_name_is_inert(
    hostile: tuple[Path, dict[str, Case]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The one-line error of a broken review file whose name holds escapes shows them as placeholders."""
    good, _ = hostile
    review = tmp_path / "broken\x1b]52;c;ZXZpbA==\x07\x1b[2J\u202e.review.toml"
    review.write_bytes(HOSTILE_REVIEW_FILES["binary"])
    run = checks.run_cli(["review", good, "--review", review], capsys)
    assert run.code == 2
    assert len(run.err_lines) == 1, run.err_lines
    checks.assert_inert(run.err, "stderr")
    assert checks.shown(review.name) in run.err


@pytest.mark.parametrize("target", ["directory", "parent_is_a_file", "review_is_directory"])
def test_unusable_paths_are_one_line(
    target: str, hostile: tuple[Path, dict[str, Case]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, _ = hostile
    review = tmp_path / "r.toml"
    output = tmp_path / "out.toml"
    if target == "directory":
        output.mkdir()
    elif target == "parent_is_a_file":
        (tmp_path / "file.txt").write_text("x", encoding="utf-8")
        output = tmp_path / "file.txt" / "out.toml"
    else:
        review.mkdir()
    run = checks.run_cli(["export", good, "--review", review, "-o", output], capsys)
    assert run.code in (1, 2), run.err
    assert len(run.err_lines) == 1, run.err_lines
    checks.assert_inert(run.err, "stderr")
