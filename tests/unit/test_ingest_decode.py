"""Decoding: the text is exactly what ``open(path, encoding="utf-8-sig")`` reads."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from factsheet.ingest import load_sources, read_source
from factsheet.ingest.decode import DecodeError, decode

ARTICLE = "Headline here\r\n\r\nWASHINGTON — The agency said on Friday it would act.\rIt did.\n"


def python_reads(path: Path) -> str:
    with open(path, encoding="utf-8-sig") as handle:
        return handle.read()


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        b"Title\r\n\r\nBody line one.\r\nBody line two.\r\n",
        b"Title\r\rBody with old Mac newlines.\rMore.\r",
        "Caf\u00e9 \u2014 \u201cquoted\u201d \u2028 stays.\n".encode(),
    ],
)
def test_utf8_text_matches_python_text_mode(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert read_source(path, "a").text == python_reads(path)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str) -> None:
    base = codec[:6]
    bom = {
        "utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32": b"", "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE,
    }[codec]  # fmt: skip
    path = tmp_path / "wide.txt"
    path.write_bytes(bom + ARTICLE.encode(codec))
    with open(path, encoding=base) as handle:
        expected = handle.read()
    source = read_source(path, "wide")
    assert source.text == expected
    assert not source.text.startswith("\ufeff")
    assert "\r" not in source.text


def test_windows_1252_is_loaded_with_a_problem_line(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Headline\n\nThe minister said \u201cno\u201d to the \u20ac5 fee.\n".encode("cp1252"))
    result = load_sources([path])
    assert [s.text for s in result.sources] == ["Headline\n\nThe minister said \u201cno\u201d to the \u20ac5 fee.\n"]
    assert len(result.problems) == 1
    assert "legacy.txt" in result.problems[0] and "Windows-1252" in result.problems[0]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b" \n\t\r\n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"plain text with a \x00 NUL", "binary"),
        (b"\x81\x8d\x8f\x90\x9d" * 4, "undecodable"),
        (bytes(range(1, 9)) * 40, "binary"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16"),
    ],
)
def test_refused_bytes_say_why(data: bytes, words: str) -> None:
    with pytest.raises(DecodeError, match=words):
        decode(data)


def test_refused_files_get_one_line_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Headline\n\nThe council met on Monday.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03binary")
    result = load_sources([tmp_path])
    assert [s.id for s in result.sources] == ["good"]
    assert len(result.problems) == 2
    assert any("empty.txt" in p and "empty" in p for p in result.problems)
    assert any("binary.txt" in p and "binary" in p for p in result.problems)
    assert all("\n" not in p for p in result.problems)


def test_sha256_is_of_the_raw_bytes(tmp_path: Path) -> None:
    import hashlib

    data = codecs.BOM_UTF8 + b"Title\r\n\r\nBody.\r\n"
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert read_source(path, "a").sha256 == hashlib.sha256(data).hexdigest()
