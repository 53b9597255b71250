"""With --jobs, the GIL changes hands often while the workers run, and the interval is restored after."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factsheet import pipeline
from factsheet.ingest.files import discover
from factsheet.ingest.ids import source_ids

ROOT = Path(__file__).resolve().parents[2]


def _items() -> list[tuple[Path, str]]:
    found = discover([ROOT / "seeds"])
    return list(zip(found.files, source_ids(found.files), strict=True))


def test_the_switch_interval_is_short_while_workers_run_and_restored_after(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[float] = []
    unpack = pipeline._unpack_chunk

    def watching(*args: object) -> object:
        seen.append(sys.getswitchinterval())
        return unpack(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_unpack_chunk", watching)
    before = sys.getswitchinterval()
    two = pipeline.analyse_files(_items(), jobs=2, use_cache=False)
    assert seen == pytest.approx([pipeline._SWITCH_INTERVAL] * len(seen)) and seen
    assert sys.getswitchinterval() == before
    one = pipeline.analyse_files(_items(), jobs=1, use_cache=False)
    assert [(o.source, o.facts) for o in two] == [(o.source, o.facts) for o in one]


def test_the_switch_interval_is_restored_when_interrupted(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*args: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "_unpack_chunk", failing)
    before = sys.getswitchinterval()
    with pytest.raises(KeyboardInterrupt):
        pipeline.analyse_files(_items() * 40, jobs=2, use_cache=False)
    assert sys.getswitchinterval() == before
