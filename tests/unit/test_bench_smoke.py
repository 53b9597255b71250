"""The benchmark harness keeps working: a smoke-size run of every section (not a timed test)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_harness_runs_every_section_in_smoke_size(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    run = subprocess.run(
        [sys.executable, "bench/run.py", "--smoke", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    results = json.loads(out.read_text())
    for section in ("throughput", "scaling", "jobs", "startup", "interaction"):
        assert results[section], f"section {section} measured nothing"
    throughput = results["throughput"][0]
    assert throughput["pipeline MB/s"] > 0 and throughput["baseline MB/s"] > 0 and throughput["facts"] > 0
    assert [row["corpus"] for row in results["scaling"]][0] == "1x seeds"
    assert all(row["facts"] > 0 for row in results["scaling"])
