"""--jobs 2 hands the worker shrinking chunks from the front while this process takes articles from the back:
every article is analysed once, and the outcomes come back in input order, as with one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from factsheet import pipeline
from factsheet.ingest.files import discover

ROOT = Path(__file__).resolve().parents[2]


def _items(copies: int) -> list[tuple[Path, str]]:
    files = discover([ROOT / "seeds"]).files
    return [(path, f"{n:03d}-{path.stem}") for n in range(copies) for path in files]


@pytest.mark.parametrize("copies", [1, 12])
def test_two_jobs_give_the_outcomes_of_one_in_order(copies: int) -> None:
    items = _items(copies)
    progress: list[tuple[int, int]] = []
    two = pipeline.analyse_files(items, jobs=2, use_cache=False, progress=lambda *now: progress.append(now))
    one = pipeline.analyse_files(items, jobs=1, use_cache=False)
    assert [o.source.id if o.source else o.problem for o in two] == [source_id for _, source_id in items]
    assert [(o.source, o.facts, o.problem) for o in two] == [(o.source, o.facts, o.problem) for o in one]
    assert [done for done, _ in progress] == sorted({done for done, _ in progress})
    assert progress[-1] == (len(items), len(items))


def test_chunks_shrink_as_the_articles_left_run_out(monkeypatch: pytest.MonkeyPatch) -> None:
    sizes: list[int] = []
    unpack = pipeline._unpack_chunk

    def seeing(chunk: list[tuple[Path, str]], packed: list[pipeline._Packed]) -> list[pipeline._Analysed]:
        sizes.append(len(chunk))
        return unpack(chunk, packed)

    monkeypatch.setattr(pipeline, "_unpack_chunk", seeing)
    items = _items(40)
    pipeline.analyse_files(items, jobs=2, use_cache=False)
    assert sizes[0] == len(items) // (2 * pipeline._SHARE)
    assert sizes == sorted(sizes, reverse=True)
    assert min(sizes) >= 1
