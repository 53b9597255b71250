"""Bytes -> article text, exactly as ``open(path, encoding="utf-8-sig")`` reads it.

UTF-8 (a leading BOM dropped), UTF-16 and UTF-32 with a BOM, and a Windows-1252
fallback for legacy text. Newlines become ``\\n`` the way Python's universal
newlines translate them (``\\r\\n`` and a lone ``\\r``). Binary data (NUL bytes,
undecodable bytes, many control characters) and empty files are refused.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_CONTROL_BYTES = bytes(byte for byte in range(0x20) if _CONTROLS.match(chr(byte)))
"""The bytes of :data:`_CONTROLS`: in UTF-8 and Windows-1252 each such character is one such byte, and no
other character uses one."""
_ONE_BYTE_CONTROLS = frozenset(("utf-8", "utf-8-sig", "cp1252"))
_SCAN_CHARS = 1_000_000
_MAX_CONTROL_SHARE = 0.01
"""More C0 control characters than this share of the text (its first :data:`_SCAN_CHARS`) means binary data."""


class DecodeError(ValueError):
    """The bytes are not article text; the message says why in a few words."""


def cannot_decode(path: Path | str, error: DecodeError) -> str:
    """The problem line for a file whose bytes are not article text (it is skipped)."""
    return f"{path}: {error}; skipped"


@dataclass(frozen=True)
class Decoded:
    """Decoded text and, when it is worth telling the user, a note on how it was read."""

    text: str
    encoding: str
    note: str = ""


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``, as universal newlines do."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes) -> Decoded:
    """Decode article bytes; :class:`DecodeError` for empty, binary or undecodable data."""
    if not data:
        raise DecodeError("is empty")
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    note = ""
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise DecodeError(f"is not valid {encoding.removesuffix('-sig').upper()} despite its byte-order mark")
    elif b"\x00" in data:
        raise DecodeError("is binary (contains NUL bytes), not text")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as error:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                raise DecodeError(f"is not text: undecodable byte 0x{data[error.start]:02x} at offset {error.start}")
            note = f"is not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); read as Windows-1252"
    if "\x00" in text:
        raise DecodeError("is binary (contains NUL characters), not text")
    if _controls(data, text, encoding) > max(8, _MAX_CONTROL_SHARE * min(len(text), _SCAN_CHARS)):
        raise DecodeError("is binary (many control characters), not text")
    text = normalise_newlines(text)
    if not text.strip():
        raise DecodeError("has no text (only whitespace)")
    return Decoded(text=text, encoding=encoding, note=note)


def _controls(data: bytes, text: str, encoding: str) -> int:
    """How many characters of :data:`_CONTROLS` the first million of ``text`` holds.

    ``text`` is ``data`` decoded with ``encoding``; where each control character is one byte and every
    character fits in the first million, the bytes are counted (in C, without a pattern).
    """
    if encoding in _ONE_BYTE_CONTROLS and len(data) <= _SCAN_CHARS:
        return len(data) - len(data.translate(None, _CONTROL_BYTES))
    return len(_CONTROLS.findall(text, 0, _SCAN_CHARS))
