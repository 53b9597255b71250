"""With --jobs, the GIL changes hands often while the workers run, and the interval is restored after."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from factsheet import pipeline
from factsheet.ingest.files import discover
from factsheet.ingest.ids import source_ids

ROOT = Path(__file__).resolve().parents[2]


def _items() -> list[tuple[Path, str]]:
    found = discover([ROOT / "seeds"])
    return list(zip(found.files, source_ids(found.files), strict=True))


class _WaitingPool(ProcessPoolExecutor):
    """A pool whose shutdown waits for the workers' running chunks even when interrupted (so that no worker
    outlives its test)."""

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        super().shutdown(wait=True, cancel_futures=cancel_futures)


@pytest.fixture
def waiting_pool(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", _WaitingPool)
    yield


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


@pytest.mark.usefixtures("waiting_pool")
def test_the_switch_interval_is_restored_when_interrupted(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*args: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "_unpack_chunk", failing)
    before = sys.getswitchinterval()
    with pytest.raises(KeyboardInterrupt):
        pipeline.analyse_files(_items() * 10, jobs=2, use_cache=False)
    assert sys.getswitchinterval() == before


@pytest.mark.usefixtures("waiting_pool")
def test_an_error_in_a_workers_analysis_reaches_the_caller_and_the_interval_is_restored() -> None:
    items = _items() * 3
    items[0] = (items[0][0], "")  # the first chunk goes to the worker; a source's id cannot be empty
    before = sys.getswitchinterval()
    with pytest.raises(ValueError, match="String should have at least 1 character"):
        pipeline.analyse_files(items, jobs=2, use_cache=False)
    assert sys.getswitchinterval() == before


def test_overlapping_blocks_keep_the_interval_short_until_the_last_leaves_and_then_restore_it() -> None:
    """Two builds in threads: A in, B in, A out, B out."""
    before = sys.getswitchinterval()
    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, float] = {}

    def build_a() -> None:
        with pipeline._quick_switches:
            a_in.set()
            assert b_in.wait(10)
        a_out.set()

    def build_b() -> None:
        assert a_in.wait(10)
        with pipeline._quick_switches:
            seen["both"] = sys.getswitchinterval()
            b_in.set()
            assert a_out.wait(10)
            seen["b alone"] = sys.getswitchinterval()

    threads = [threading.Thread(target=build_a), threading.Thread(target=build_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == pytest.approx({"both": pipeline._SWITCH_INTERVAL, "b alone": pipeline._SWITCH_INTERVAL})
    assert sys.getswitchinterval() == before
