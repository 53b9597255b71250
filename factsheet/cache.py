"""A cache of per-source extraction results, keyed by each source's sha256.

One file per (source bytes, source id, code version) in the user cache
directory. It is safe to delete at any time, and it is never wrong when a
source changes: the key is the hash of the source's bytes, its id and the code
of every stage the cached result depends on, so a changed article or a new
version of factsheet simply misses. Unreadable or corrupt entries are misses.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from factsheet.model import Anchor, Fact, Region, Source, Span

CACHE_ENV = "FACTSHEET_CACHE_DIR"
"""Environment variable that moves the cache (tests and benchmarks point it at a temp folder)."""

_STAGES = ("model.py", "ingest", "extract")


def cache_dir() -> Path:
    """``$FACTSHEET_CACHE_DIR`` or the platform's user cache directory."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("factsheet", appauthor=False)) / "extract"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the code that produces cached results (model, ingest, extract)."""
    package = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=8)
    for stage in _STAGES:
        root = package / stage
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for file in files:
            digest.update(file.relative_to(package).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def _entry_path(sha256: str, source_id: str) -> Path:
    key = hashlib.blake2b(f"{sha256}\x1f{source_id}".encode(), digest_size=16).hexdigest()
    return cache_dir() / code_version() / key[:2] / f"{key}.json"


def _encode(source: Source, facts: list[Fact]) -> str:
    payload = {
        "source": source.model_dump(mode="json"),
        "regions": [[r.start, r.end, r.kind, r.label] for r in source.regions],
        "sentences": [[s.start, s.end] for s in source.sentences],
        "facts": [f.model_dump(mode="json") for f in facts],
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def _decode(raw: str, text: str) -> tuple[Source, list[Fact]]:
    payload = json.loads(raw)
    source = Source.model_validate(payload["source"])
    # Built without re-validation: these came from validated models of this very code version.
    source.__dict__["text"] = text
    source.__dict__["regions"] = [Region.model_construct(start=a, end=b, kind=k, label=l) for a, b, k, l in payload["regions"]]
    source.__dict__["sentences"] = [Span.model_construct(start=a, end=b) for a, b in payload["sentences"]]
    facts = []
    for data in payload["facts"]:
        evidence = [Anchor.model_construct(**a) for a in data.pop("evidence")]
        facts.append(Fact.model_construct(evidence=evidence, **data))
    return source, facts


def load(sha256: str, source_id: str, text: str) -> tuple[Source, list[Fact]] | None:
    """The cached source analysis and facts, or ``None`` on a miss."""
    path = _entry_path(sha256, source_id)
    try:
        raw = path.read_text(encoding="utf-8")
        source, facts = _decode(raw, text)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if source.sha256 != sha256 or source.id != source_id:
        return None
    return source, facts


def store(source: Source, facts: list[Fact]) -> None:
    """Remember ``facts`` for ``source``; failures to write are ignored (it is only a cache)."""
    path = _entry_path(source.sha256, source.id)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(_encode(source, facts))
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass
