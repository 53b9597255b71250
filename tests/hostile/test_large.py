"""Large inputs: a 1 MB single-line article, a big article, many tiny articles.

The 1 MB line is timed stage by stage (CPU seconds, so a busy machine does not
skew it) and must grow linearly, not quadratically. Smoke runs send each large
input through a few verbs; ``FACTSHEET_FULL_HOSTILE=1`` sends it through all.
"""

from __future__ import annotations

import gc
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.hostile import checks
from tests.hostile.generate import FULL_ENV, Case, long_line_article, read_text
from tests.hostile.test_verbs import VERBS, argv_for

FULL = os.environ.get(FULL_ENV) == "1"
SMOKE_VERBS: dict[str, list[str]] = {
    "long_line_1mb": ["sources", "export-toml"],
    "big_article": ["facts-json"],
    "tiny_articles": ["sources-json", "facts-json", "discrepancies", "export-md"],
}
MAX_GROWTH = 8.0
"""CPU time may grow at most this much when the input grows 4x (linear: ~4; quadratic: ~16)."""


@contextmanager
def quiet_heap() -> Iterator[None]:
    """Collect garbage first and pause the collector: a full collection of whatever else the process
    holds (other tests' sheets) would otherwise land at random in one stage's timing."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def stage_times(text: str) -> dict[str, float]:
    """CPU seconds of each stage on ``text``: ingest, extract (per extractor), reconcile, TOML export + load."""
    from datetime import UTC, datetime

    from factsheet.export.toml import dump_toml, load_toml
    from factsheet.extract import extractors
    from factsheet.ingest import source_from_bytes
    from factsheet.reconcile import reconcile

    times: dict[str, float] = {}

    def timed(name: str, call: Callable[[], object]) -> object:
        with quiet_heap():
            start = time.process_time()
            result = call()
            times[name] = time.process_time() - start
        return result

    source, _ = timed("ingest", lambda: source_from_bytes(text.encode("utf-8"), "line.txt", "line"))  # type: ignore[misc]
    facts = []
    for extract in extractors():
        facts += timed(extract.__name__, lambda e=extract: e(source))  # type: ignore[operator]
    sheet = timed("reconcile", lambda: reconcile([source], facts))
    document = timed("export_toml", lambda: dump_toml(sheet, datetime.now(UTC)))  # type: ignore[arg-type]
    timed("load_toml", lambda: load_toml(document))  # type: ignore[arg-type]
    return times


def test_long_line_is_linear_per_stage(record_property: Callable[[str, object], None]) -> None:
    """Each stage on a 1 MB single line costs at most ~linear time relative to a 250 KB one."""
    small = stage_times(long_line_article(250_000))
    large = stage_times(long_line_article(1_000_000))
    for stage, seconds in large.items():
        record_property(f"1MB {stage} s", round(seconds, 2))
    print("1 MB single line, CPU s per stage:", {k: round(v, 2) for k, v in large.items()})
    for stage in large:
        floor = 0.05  # below this, timer noise dominates
        if large[stage] > floor:
            assert large[stage] / max(small[stage], floor / MAX_GROWTH) <= MAX_GROWTH, (stage, small[stage], large[stage])


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SMOKE_VERBS))
def test_large_input_through_verbs(
    name: str, hostile: tuple[Path, dict[str, Case]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No crash, inert output, exact anchors and a TOML export that loads, on each large input."""
    from factsheet.export.toml import load_toml

    good, cases = hostile
    case = cases[name]
    verbs = list(VERBS) if FULL else SMOKE_VERBS[name]
    for verb in verbs:
        run = checks.run_cli(argv_for(verb, good, case, tmp_path), capsys)
        assert run.code == 0, (verb, run.err)
        checks.assert_one_line_each(run, case.bad, case.noted)
        checks.assert_inert(run.out, f"{name} {verb} stdout")
        if verb.endswith("-json"):
            payload = json.loads(run.out)
            if verb in ("sources-json", "facts-json"):
                assert len(payload["sources"]) == len(list(good.iterdir())) + case.loads
            if verb == "facts-json":
                texts = {s["id"]: read_text(Path(s["path"]), case) for s in payload["sources"]}
                assert checks.assert_anchors_are_slices(payload["facts"], texts) > 0
        elif verb == "export-toml":
            sheet, _ = load_toml(run.out)
            assert len(sheet.sources) == len(list(good.iterdir())) + case.loads
            texts = {s.id: read_text(Path(s.path), case) for s in sheet.sources}
            dumped = [f.model_dump(mode="json") for f in sheet.facts]
            assert checks.assert_anchors_are_slices(dumped, texts) > 0
        elif verb == "export-md":
            assert checks.structure(run.out)  # parses


@pytest.mark.slow
def test_many_tiny_articles_in_two_processes(
    hostile: tuple[Path, dict[str, Case]], capsys: pytest.CaptureFixture[str]
) -> None:
    """The process pool gives the same facts as one process."""
    _, cases = hostile
    files = sorted(cases["tiny_articles"].paths[0].iterdir())[:200]
    one = checks.run_cli(["facts", "--json", "--no-cache", *files], capsys)
    two = checks.run_cli(["facts", "--json", "--no-cache", "--jobs", "2", *files], capsys)
    assert one.code == two.code == 0
    assert json.loads(one.out) == json.loads(two.out)
    assert len(json.loads(one.out)["sources"]) == len(files)


PATHOLOGICAL_UNITS = {
    "initials": "J. ",
    "open_quotes": "“",
    "straight_quotes": '"',
    "money": "$1 ",
    "percent": "5% ",
    "weekdays": "Monday ",
    "honorifics": "Mr. ",
    "capitals": "ABC ",
    "short_paragraphs": "a.\n\n",
}
"""One unit repeated makes a run that regex-heavy code can take quadratic time over."""


def _pipeline_seconds(text: str) -> float:
    from factsheet.extract import extract_facts
    from factsheet.ingest import source_from_bytes
    from factsheet.reconcile import reconcile

    with quiet_heap():
        start = time.process_time()
        source, _ = source_from_bytes(text.encode("utf-8"), "run.txt", "run")
        reconcile([source], extract_facts(source))
        return time.process_time() - start


@pytest.mark.parametrize("unit", list(PATHOLOGICAL_UNITS.values()), ids=list(PATHOLOGICAL_UNITS))
def test_repeated_unit_is_linear(unit: str) -> None:
    """ingest -> extract -> reconcile on 80 KB of one repeated unit costs at most ~linear time of 20 KB."""
    _pipeline_seconds("Warm up\n\nLONDON — " + unit * 10)  # imports and caches out of the timing
    small, large = ("Repeated unit\n\nLONDON — " + unit * (size // len(unit)) + " end." for size in (20_000, 80_000))
    small_s, large_s = _pipeline_seconds(small), _pipeline_seconds(large)
    assert large_s < 0.3 or large_s / max(small_s, 0.3 / MAX_GROWTH) <= MAX_GROWTH, (small_s, large_s)
