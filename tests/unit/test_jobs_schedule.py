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
    chunks: list[list[tuple[Path, str]]] = []
    unpack = pipeline._unpack_chunk

    def seeing(chunk: list[tuple[Path, str]], packed: list[pipeline._Packed]) -> list[pipeline._Analysed]:
        chunks.append(chunk)
        return unpack(chunk, packed)

    monkeypatch.setattr(pipeline, "_unpack_chunk", seeing)
    items = _items(40)
    pipeline.analyse_files(items, jobs=2, use_cache=False)
    sizes = [len(chunk) for chunk in chunks]
    assert sizes[0] == len(items) // (2 * pipeline._SHARE)
    assert sizes == sorted(sizes, reverse=True)
    # each a share of what is left but at least _MIN_CHUNK: only the last, cut where this process's articles
    # begin, can be shorter
    assert all(size >= pipeline._MIN_CHUNK for size in sizes[:-1]) and sizes[-1] >= 1
    assert [item for chunk in chunks for item in chunk] == items[: sum(sizes)]  # one run from the front


def test_three_jobs_analyse_each_article_once_and_give_the_outcomes_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    here: list[str] = []  # the articles this process analyses (the workers' come back in chunks)
    chunked: list[str] = []
    analyse, unpack = pipeline.analyse_file, pipeline._unpack_chunk

    def analysing_here(path: Path, source_id: str, use_cache: bool = True) -> pipeline._Analysed:
        here.append(source_id)
        return analyse(path, source_id, use_cache)

    def seeing(chunk: list[tuple[Path, str]], packed: list[pipeline._Packed]) -> list[pipeline._Analysed]:
        chunked.extend(source_id for _, source_id in chunk)
        return unpack(chunk, packed)

    items = _items(12)
    one = pipeline.analyse_files(items, jobs=1, use_cache=False)
    monkeypatch.setattr(pipeline, "analyse_file", analysing_here)
    monkeypatch.setattr(pipeline, "_unpack_chunk", seeing)
    three = pipeline.analyse_files(items, jobs=3, use_cache=False)
    ids = [source_id for _, source_id in items]
    assert here and chunked
    assert sorted(here + chunked) == sorted(ids)  # each article once, by this process or in a worker's chunk
    assert [o.source.id if o.source else o.problem for o in three] == ids
    assert [(o.source, o.facts, o.problem) for o in three] == [(o.source, o.facts, o.problem) for o in one]
