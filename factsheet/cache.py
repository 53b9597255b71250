"""A cache of extraction and reconciliation results, keyed by each source's sha256.

Three kinds of entry live in the user cache directory:

* ``source``: one article's analysis (title, date, regions, sentences),
* ``facts``: one article's extracted facts,
* ``sheet``: the reconciled facts and discrepancies of a whole corpus, with its
  articles' analyses, so an unchanged corpus is one read.

Every key hashes the sources' bytes (sha256), their ids and the code of every
stage the entry depends on, so a changed article, a renamed one or a new
version of factsheet simply misses: the cache is never wrong when a source
changes, and it is safe to delete at any time. Unreadable or corrupt entries
are misses; failures to write are ignored.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from factsheet.collector import collector_paused
from factsheet.model import Discrepancy, Fact, FactSheet, Region, Source, Span

CACHE_ENV = "FACTSHEET_CACHE_DIR"
"""Environment variable that moves the cache (tests and benchmarks point it at a temp folder)."""

_Entry = TypeVar("_Entry", bound="BaseModel")

_EXTRACT_STAGES = ("model.py", "ingest", "extract")
_SHEET_STAGES = (*_EXTRACT_STAGES, "reconcile")


def cache_dir() -> Path:
    """``$FACTSHEET_CACHE_DIR`` or the platform's user cache directory."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("factsheet", appauthor=False))


@lru_cache(maxsize=4)
def code_version(stages: tuple[str, ...] = _EXTRACT_STAGES) -> str:
    """A hash of the code of ``stages`` (files or folders of the package)."""
    package = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=8)
    for stage in stages:
        root = package / stage
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for file in files:
            digest.update(file.relative_to(package).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


class _SourceEntry(BaseModel):
    """What the cache keeps of one article's analysis (validated in one pass when read)."""

    source: Source
    regions: list[Region]
    sentences: list[Span]


class _FactsEntry(BaseModel):
    facts: list[Fact]


class SheetEntry(BaseModel):
    """A corpus's reconciled sheet, with every article's analysis (all but its text)."""

    sources: list[_SourceEntry]
    facts: list[Fact]
    discrepancies: list[Discrepancy]


def pack(source: Source, facts: Sequence[Fact]) -> tuple[str, str, str]:
    """``source`` and its facts as JSON text, to hand between processes.

    Pickling tens of thousands of small models costs the receiving process more
    than the work it saves; JSON is validated back in one native pass.
    """
    entry = _SourceEntry(source=source, regions=source.regions, sentences=source.sentences)
    return source.text, entry.model_dump_json(), _FactsEntry(facts=list(facts)).model_dump_json()


def unpack(packed: tuple[str, str, str], path: Path) -> tuple[Source, list[Fact]]:
    """What :func:`pack` packed."""
    text, entry_json, facts_json = packed
    with collector_paused():  # many small acyclic objects: the cyclic collector would only rescan them
        entry = _SourceEntry.model_validate_json(entry_json)
        facts = _FactsEntry.model_validate_json(facts_json).facts
    source = _restore(entry, path, text)
    if source is None:
        raise ValueError(f"{path}: packed analysis does not fit its text")
    return source, facts


def _key(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _path(kind: str, key: str) -> Path:
    return cache_dir() / kind / key[:2] / f"{key}.json"


def _read(kind: str, key: str, entry: type[_Entry]) -> _Entry | None:
    """The entry stored under ``key``, validated; ``None`` when missing or corrupt."""
    try:
        raw = _path(kind, key).read_bytes()
    except OSError:
        return None
    # Validation allocates many small objects and no cycles: the cyclic collector
    # would only rescan them (a third of the time of a corpus-sized entry).
    with collector_paused():
        try:
            return entry.model_validate_json(raw)
        except (ValidationError, ValueError):
            return None


def _write(kind: str, key: str, entry: BaseModel) -> None:
    path = _path(kind, key)
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        encoded = entry.model_dump_json(round_trip=True)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(encoded)
        os.replace(tmp, path)
    except (OSError, ValueError):
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _source_key(sha256: str, source_id: str) -> str:
    return _key(code_version(), sha256, source_id)


# ------------------------------------------------------------------ one article


def _restore(entry: _SourceEntry, path: Path, text: str) -> Source | None:
    """The cached analysis ``entry`` as a Source of ``text`` (``None`` if it cannot fit the text)."""
    if any(span.end > len(text) for span in entry.regions):
        return None
    source = entry.source.model_copy()
    source.__dict__.update(path=str(path), text=text, regions=entry.regions, sentences=entry.sentences)
    return source


def load_source(sha256: str, source_id: str, path: Path, text: str) -> Source | None:
    """The cached analysis of an article whose bytes hash to ``sha256``, or ``None``."""
    entry = _read("source", _source_key(sha256, source_id), _SourceEntry)
    if entry is None or entry.source.sha256 != sha256 or entry.source.id != source_id:
        return None
    return _restore(entry, path, text)


def sheet_sources(entry: SheetEntry) -> dict[tuple[str, str], Callable[[Path, str], Source | None]]:
    """``(source id, sha256) -> restore(path, text)`` for every article cached with a sheet."""
    return {
        (item.source.id, item.source.sha256): partial(_restore, item) for item in entry.sources
    }


def store_source(source: Source) -> None:
    """Remember an article's analysis."""
    _write("source", _source_key(source.sha256, source.id), _SourceEntry(source=source, regions=source.regions, sentences=source.sentences))


def load_facts(source: Source) -> list[Fact] | None:
    """The cached facts of ``source``, or ``None``."""
    entry = _read("facts", _source_key(source.sha256, source.id), _FactsEntry)
    return None if entry is None else entry.facts


def store_facts(source: Source, facts: Sequence[Fact]) -> None:
    """Remember the facts extracted from ``source``."""
    _write("facts", _source_key(source.sha256, source.id), _FactsEntry(facts=list(facts)))


# ------------------------------------------------------------------ a whole corpus


def sheet_key(sources: Sequence[tuple[str, str]]) -> str:
    """The key of a corpus: its ``(source id, sha256)`` pairs in order, and the code of every stage."""
    return _key(code_version(_SHEET_STAGES), *(f"{source_id}\x1e{sha}" for source_id, sha in sources))


def load_sheet(key: str) -> SheetEntry | None:
    """The cached sheet of a corpus, or ``None``."""
    return _read("sheet", key, SheetEntry)


def store_sheet(key: str, sheet: FactSheet) -> None:
    """Remember a corpus's reconciled sheet and its articles' analyses."""
    entries = [_SourceEntry(source=s, regions=s.regions, sentences=s.sentences) for s in sheet.sources]
    _write("sheet", key, SheetEntry(sources=entries, facts=sheet.facts, discrepancies=sheet.discrepancies))
