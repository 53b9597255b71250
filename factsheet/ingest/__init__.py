"""Ingestion: article files -> :class:`~factsheet.model.Source` objects.

``load_sources(paths)`` finds the articles (:mod:`.files`), decodes them
(:mod:`.decode`), names them (:mod:`.ids`) and marks their title, dateline, body
and boilerplate (:mod:`.regions`) and body sentences (:mod:`.sentences`). Bad
input never raises: each file that cannot be loaded gets one line in
``LoadResult.problems``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factsheet.ingest.decode import DecodeError, cannot_decode, decode
from factsheet.ingest.files import cannot_read, discover, read_bytes
from factsheet.ingest.ids import source_ids
from factsheet.ingest.regions import analyse
from factsheet.ingest.sentences import sentences
from factsheet.model import Source, Span
from factsheet.safe_text import visible

__all__ = ["LoadResult", "load_sources", "read_bytes", "read_source", "source_from_bytes", "source_from_text"]

_TITLE_FALLBACK_CHARS = 100


@dataclass
class LoadResult:
    """The sources that loaded, in order, and one line per input that did not (or loaded with a caveat)."""

    sources: list[Source] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _fallback_title(text: str, spans: Sequence[Span]) -> str:
    """The first body sentence, shortened at a word boundary, for an article without a headline."""
    if not spans:
        return ""
    words = " ".join(text[spans[0].start : spans[0].end].split())
    if len(words) <= _TITLE_FALLBACK_CHARS:
        return words
    cut = words[:_TITLE_FALLBACK_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—–- ") + "…"


def source_from_bytes(data: bytes, path: Path | str, source_id: str) -> tuple[Source, str]:
    """A source from raw bytes, and a note when it was read with a caveat ("" otherwise).

    Raises :class:`~factsheet.ingest.decode.DecodeError` when the bytes are not article text.
    """
    decoded = decode(data)
    return source_from_text(decoded.text, hashlib.sha256(data).hexdigest(), path, source_id), decoded.note


def source_from_text(text: str, sha256: str, path: Path | str, source_id: str) -> Source:
    """A source from its decoded text (see :func:`~factsheet.ingest.decode.decode`) and its bytes' sha256."""
    layout = analyse(text)
    spans = sentences(text, layout.regions)
    return Source(
        id=source_id,
        path=str(path),
        title=layout.title or _fallback_title(text, spans),
        sha256=sha256,
        date=layout.date,
        dateline=layout.dateline,
        text=text,
        regions=layout.regions,
        sentences=spans,
    )


def read_source(path: Path, source_id: str | None = None) -> Source:
    """Read one article; ``OSError`` or :class:`DecodeError` when it cannot be read."""
    path = Path(path)
    source, _ = source_from_bytes(read_bytes(path), path, source_id or path.stem or path.name)
    return source


def load_sources(paths: Sequence[Path]) -> LoadResult:
    """Every article under ``paths``; unreadable inputs are reported in ``problems``, never raised."""
    found = discover(paths)
    result = LoadResult(problems=list(found.problems))
    for path, source_id in zip(found.files, source_ids(found.files), strict=True):
        try:
            data = read_bytes(path)
        except OSError as error:
            result.problems.append(cannot_read(path, error))
            continue
        try:
            source, note = source_from_bytes(data, path, source_id)
        except DecodeError as error:
            result.problems.append(cannot_decode(path, error))
            continue
        if note:
            result.problems.append(f"{path}: {note}")
        result.sources.append(source)
    result.problems = [visible(problem, single_line=True) for problem in result.problems]  # a path may hold a newline
    return result
