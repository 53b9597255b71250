"""analyse_files pauses the garbage collector only while it works, and gives one result for any number of jobs."""

from __future__ import annotations

import gc
from pathlib import Path

from factsheet.ingest.files import discover
from factsheet.ingest.ids import source_ids
from factsheet.pipeline import analyse_files

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _files() -> list[tuple[Path, str]]:
    found = discover([SEEDS])
    return list(zip(found.files, source_ids(found.files), strict=True))


def _dump(outcomes: list) -> list[str]:
    return [o.source.model_dump_json() + "".join(f.model_dump_json() for f in o.facts) for o in outcomes]


def test_collector_is_enabled_again_after_analysis() -> None:
    assert gc.isenabled()
    analyse_files(_files(), jobs=1, use_cache=False)
    assert gc.isenabled()
    analyse_files(_files(), jobs=2, use_cache=False)
    assert gc.isenabled()


def test_a_paused_collector_stays_paused() -> None:
    gc.disable()
    try:
        analyse_files(_files(), jobs=1, use_cache=False)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_jobs_do_not_change_the_outcomes() -> None:
    files = _files()
    assert _dump(analyse_files(files, jobs=2, use_cache=False)) == _dump(analyse_files(files, jobs=1, use_cache=False))


def test_a_freezing_pause_freezes_what_it_kept_and_a_plain_one_does_not() -> None:
    from factsheet.collector import collector_paused

    gc.unfreeze()
    try:
        with collector_paused():
            kept = [[n] for n in range(10_000)]
        assert gc.isenabled() and gc.get_freeze_count() == 0
        with collector_paused(freeze=True):
            kept += [[n] for n in range(10_000)]
            assert not gc.isenabled()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(kept)
    finally:
        gc.unfreeze()


def test_three_jobs_share_the_work_and_keep_the_order() -> None:
    files = _files() * 3  # more chunks than processes: the parent and both workers each take some
    assert _dump(analyse_files(files, jobs=3, use_cache=False)) == _dump(analyse_files(files, jobs=1, use_cache=False))


def test_overlapping_pauses_in_threads_turn_the_collector_on_only_when_the_last_ends() -> None:
    """Two builds may overlap (the app builds in a thread; a reload can start another): A in, B in, A out, B out."""
    import threading

    from factsheet.collector import collector_paused

    a_in, a_may_leave, a_out, b_may_leave = (threading.Event() for _ in range(4))
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            a_in.set()
            a_may_leave.wait(5)
        a_out.set()

    def second() -> None:
        a_in.wait(5)
        with collector_paused():
            a_may_leave.set()
            a_out.wait(5)
            seen.append(gc.isenabled())  # A has left, B still runs
            b_may_leave.wait(5)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    a_out.wait(5)
    b_may_leave.set()
    for thread in threads:
        thread.join(5)
    assert seen == [False]
    assert gc.isenabled()
