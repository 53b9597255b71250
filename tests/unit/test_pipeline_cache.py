"""The pipeline's cache and process pool: faster, never different, never wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factsheet import cache
from factsheet.pipeline import build_sheet

ARTICLE = """City council approves budget

SPRINGVALE, March 3 — The city council approved a $12 million budget on Tuesday, Mayor Ann Lee said.

"This budget keeps every library open," Lee said. The vote was 7-2.
"""


@pytest.fixture()
def corpus(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir, folder)
    (folder / "council.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    return folder


def _dump(paths: list[Path], **kwargs: object) -> str:
    return build_sheet(paths, **kwargs).sheet.model_dump_json()  # type: ignore[arg-type]


def test_a_cached_run_gives_the_same_sheet_as_an_uncached_one(corpus: Path, cache_dir: Path) -> None:
    fresh = _dump([corpus], use_cache=False)
    assert not cache_dir.exists(), "--no-cache writes nothing"
    cold = _dump([corpus])
    assert any(cache_dir.rglob("*.json")), "a cached run fills the cache"
    warm = _dump([corpus])
    assert fresh == cold == warm


def test_a_changed_article_is_read_again_not_served_from_the_cache(corpus: Path, cache_dir: Path) -> None:
    before = build_sheet([corpus]).sheet
    assert any(f.value == "USD 12000000" for f in before.facts)
    article = corpus / "council.txt"
    article.write_text(ARTICLE.replace("$12 million", "$15 million"), encoding="utf-8")
    after = build_sheet([corpus]).sheet
    values = {f.value for f in after.facts}
    assert "USD 15000000" in values and "USD 12000000" not in values
    council = after.source("council")
    for fact in after.facts:
        for anchor in fact.evidence:
            if anchor.source == "council":
                assert council.text[anchor.start : anchor.end] == anchor.exact


def test_corrupt_cache_entries_are_misses(corpus: Path, cache_dir: Path) -> None:
    expected = _dump([corpus], use_cache=False)
    _dump([corpus])
    for entry in cache_dir.rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert _dump([corpus]) == expected
    shutil.rmtree(cache_dir)
    assert _dump([corpus]) == expected, "the cache is safe to delete"


def test_two_processes_give_the_same_sheet_as_one(corpus: Path, cache_dir: Path) -> None:
    assert _dump([corpus], jobs=2, use_cache=False) == _dump([corpus], jobs=1, use_cache=False)


def test_progress_reports_every_article(corpus: Path, cache_dir: Path) -> None:
    calls: list[tuple[int, int]] = []
    build_sheet([corpus], use_cache=False, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (5, 5)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_worker_processes_start_safely_from_a_threaded_process(corpus: Path, cache_dir: Path) -> None:
    """The app loads in a thread: then workers must not be forked from a threaded process."""
    import threading

    results: dict[str, str] = {}
    thread = threading.Thread(target=lambda: results.update(sheet=_dump([corpus], jobs=2, use_cache=False)))
    thread.start()
    thread.join(timeout=120)
    assert results["sheet"] == _dump([corpus], jobs=1, use_cache=False)


def test_a_cached_run_reports_the_same_unreadable_inputs(corpus: Path, cache_dir: Path) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "legacy.txt").write_bytes("Caf\xe9 owners said \"prices rose 5%\" in March.\n".encode("cp1252"))
    cold, warm = build_sheet([corpus]), build_sheet([corpus])
    assert len(cold.problems) == 2 and cold.problems == warm.problems
    assert warm.sheet.model_dump_json() == cold.sheet.model_dump_json()
    assert "Café" in warm.sheet.source("legacy").text
