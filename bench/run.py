"""factsheet's speed and scale, measured side by side in one run (issue 7).

    python bench/run.py            # the full run: prints the README's table (a few minutes)
    python bench/run.py --smoke    # tiny sizes, to keep the harness working (CI)

Every figure is measured in a fresh subprocess (so peak memory is that corpus's
own), and every speed is reported next to a baseline measured in the same run:
the bare-regex baseline (bench/baseline.py) for throughput, the 1x corpus for
scaling, one process for ``--jobs 2``, a cold run for the cache, an empty
Textual app for start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEEDS = ROOT / "seeds"
BULK = ROOT.parent / "shared" / "corpus" / "bulk" / "bbc.jsonl"


# ---------------------------------------------------------------- workers (run in subprocesses)


def _worker_pipeline(folder: str, jobs: int, cache_dir: str | None) -> dict[str, float]:
    """Time ingest -> extract -> reconcile over ``folder``; report size, time, facts and peak RSS."""
    import resource

    if cache_dir:
        os.environ["FACTSHEET_CACHE_DIR"] = cache_dir
    from factsheet.pipeline import analyse_file, build_sheet
    from factsheet.reconcile import reconcile

    # Warm up: import every stage and fill its lazy tables on one seed, outside the timing
    # (start-up is measured on its own).
    warm = analyse_file(sorted(SEEDS.glob("*.txt"))[0], "warm-up", use_cache=False)
    reconcile([warm.source], warm.facts)
    size = sum(p.stat().st_size for p in Path(folder).rglob("*.txt"))
    stages: dict[str, float] = {}
    start = time.perf_counter()
    if cache_dir:
        result = build_sheet([Path(folder)], jobs=jobs, use_cache=True)
        facts, discrepancies = len(result.sheet.facts), len(result.sheet.discrepancies)
    else:  # the stages of build_sheet, timed one by one (under its collector pause, as build_sheet runs them)
        from factsheet.collector import collector_paused
        from factsheet.ingest.files import discover
        from factsheet.ingest.ids import source_ids
        from factsheet.pipeline import analyse_files

        with collector_paused(freeze=True):
            found = discover([Path(folder)])
            outcomes = analyse_files(list(zip(found.files, source_ids(found.files))), jobs=jobs, use_cache=False)
            stages["extract_seconds"] = time.perf_counter() - start
            sources = [o.source for o in outcomes if o.source is not None]
            sheet = reconcile(sources, [f for o in outcomes for f in (o.facts or [])])
            stages["reconcile_seconds"] = time.perf_counter() - start - stages["extract_seconds"]
        facts, discrepancies = len(sheet.facts), len(sheet.discrepancies)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "bytes": size,
        "seconds": seconds,
        "facts": facts,
        "discrepancies": discrepancies,
        "peak_mib": max(peak_kib, children_kib) / 1024,
        **stages,
    }


def _worker_baseline(folder: str) -> dict[str, float]:
    """Time the bare-regex baseline over the same files (read + decode + finditer)."""
    from bench.baseline import count_matches

    files = sorted(Path(folder).rglob("*.txt"))
    start = time.perf_counter()
    size = matches = 0
    for path in files:
        data = path.read_bytes()
        size += len(data)
        matches += count_matches(data.decode("utf-8-sig"))
    return {"bytes": size, "seconds": time.perf_counter() - start, "matches": matches}


def _run_worker(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", *args], check=True, capture_output=True, text=True, cwd=ROOT
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- corpora


def _seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def _copies_for(target_bytes: int) -> int:
    seed_bytes = sum(p.stat().st_size for p in _seed_files())
    return max(1, round(target_bytes / seed_bytes))


def _repeated_seeds(out: Path, copies: int) -> Path:
    """The seeds copied ``copies`` times, unchanged."""
    for k in range(copies):
        for path in _seed_files():
            shutil.copyfile(path, out / f"{path.stem}-{k:05d}.txt")
    return out


def _bulk_corpus(out: Path, limit: int | None) -> Path | None:
    """The BBC articles as files (None when the shared corpus is absent)."""
    if not BULK.is_file():
        return None
    with BULK.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                break
            record = json.loads(line)
            (out / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    return out


# ---------------------------------------------------------------- measurements


def _mb(row: dict[str, float]) -> float:
    return row["bytes"] / 1e6


def throughput(tmp: Path, smoke: bool) -> list[dict[str, object]]:
    rows = []
    corpora = [("seeds repeated", _repeated_seeds(_fresh(tmp / "repeat"), _copies_for(60_000 if smoke else 1_000_000)))]
    bulk = _bulk_corpus(_fresh(tmp / "bulk"), 60 if smoke else None)
    if bulk is not None:
        corpora.append(("BBC bulk" + (" (60 articles)" if smoke else ""), bulk))
    for name, folder in corpora:
        base = _run_worker("baseline", str(folder))
        pipe = _run_worker("pipeline", str(folder), "1", "")
        rows.append(
            {
                "corpus": name,
                "MB": round(_mb(pipe), 2),
                "pipeline MB/s": round(_mb(pipe) / pipe["seconds"], 3),
                "baseline MB/s": round(_mb(base) / base["seconds"], 3),
                "ratio": round((_mb(pipe) / pipe["seconds"]) / (_mb(base) / base["seconds"]), 3),
                "facts": pipe["facts"],
                "peak MiB": round(pipe["peak_mib"], 1),
            }
        )
    return rows


def scaling(tmp: Path, smoke: bool) -> list[dict[str, object]]:
    from bench.synthetic import write_corpus

    factors = (1, 2, 5) if smoke else (1, 10, 100, 1000)
    rows: list[dict[str, object]] = []
    base_s_per_mb = None
    for factor in factors:
        folder = _fresh(tmp / f"scale{factor}")
        write_corpus(_seed_files(), factor, folder)
        pipe = _run_worker("pipeline", str(folder), "1", "")
        s_per_mb = pipe["seconds"] / _mb(pipe)
        base_s_per_mb = base_s_per_mb or s_per_mb
        rows.append(
            {
                "corpus": f"{factor}x seeds",
                "MB": round(_mb(pipe), 3),
                "seconds": round(pipe["seconds"], 3),
                "s per MB": round(s_per_mb, 3),
                "vs 1x": round(s_per_mb / base_s_per_mb, 2),
                "facts": pipe["facts"],
                "discrepancies": pipe["discrepancies"],
                "peak MiB": round(pipe["peak_mib"], 1),
            }
        )
    return rows


def jobs_and_cache(tmp: Path, smoke: bool) -> list[dict[str, object]]:
    folder = _bulk_corpus(_fresh(tmp / "bulk-jobs"), 60 if smoke else None)
    name = "BBC bulk"
    if folder is None:
        from bench.synthetic import write_corpus

        folder = _fresh(tmp / "synthetic-jobs")
        write_corpus(_seed_files(), 5 if smoke else 200, folder)
        name = "synthetic seeds"
    one = _run_worker("pipeline", str(folder), "1", "")
    two = _run_worker("pipeline", str(folder), "2", "")
    cache_dir = _fresh(tmp / "cache")
    cold = _run_worker("pipeline", str(folder), "1", str(cache_dir))
    warm = _run_worker("pipeline", str(folder), "1", str(cache_dir))
    return [
        {"measure": f"--jobs 2 vs 1, extraction stage ({name})", "baseline s": round(one["extract_seconds"], 3),
         "s": round(two["extract_seconds"], 3), "speed-up": round(one["extract_seconds"] / two["extract_seconds"], 2)},
        {"measure": f"--jobs 2 vs 1, whole pipeline ({name})", "baseline s": round(one["seconds"], 3), "s": round(two["seconds"], 3),
         "speed-up": round(one["seconds"] / two["seconds"], 2)},
        {"measure": f"cached re-run vs cold ({name})", "baseline s": round(cold["seconds"], 3), "s": round(warm["seconds"], 3),
         "speed-up": round(cold["seconds"] / warm["seconds"], 2)},
    ]


def startup(repeat: int) -> list[dict[str, object]]:
    """Process start to first paint: factsheet on the seeds vs an empty Textual app."""
    from bench.startup import compile_bytecode, time_first_paint

    compile_bytecode()
    for which in ("factsheet", "empty"):  # warm the disk cache for both
        time_first_paint(which)
    ours: list[float] = []
    empty: list[float] = []
    for _ in range(repeat):  # interleaved, so a busy moment weighs on both alike
        ours.append(time_first_paint("factsheet"))
        empty.append(time_first_paint("empty"))
    return [
        {
            "measure": "first paint (median of %d)" % repeat,
            "empty Textual app s": round(statistics.median(empty), 3),
            "factsheet on seeds s": round(statistics.median(ours), 3),
            "ratio": round(statistics.median(ours) / statistics.median(empty), 2),
        }
    ]


def interaction(smoke: bool) -> list[dict[str, object]]:
    from bench.interaction import measure

    return measure(facts=1_000 if smoke else 10_000)


def _fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def _table(rows: list[dict[str, object]]) -> str:
    if not rows:
        return "(no rows)"
    keys = list(rows[0])
    lines = ["| " + " | ".join(keys) + " |", "|" + "|".join("---" for _ in keys) + "|"]
    lines += ["| " + " | ".join(str(row.get(k, "")) for k in keys) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: keeps the harness working in CI")
    parser.add_argument("--skip", action="append", default=[], help="skip a section: throughput, scaling, jobs, startup, interaction")
    parser.add_argument("--json", type=Path, help="also write every row to this JSON file")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        kind, *rest = args.worker
        if kind == "pipeline":
            row = _worker_pipeline(rest[0], int(rest[1]), rest[2] or None)
        else:
            row = _worker_baseline(rest[0])
        print(json.dumps(row))
        return 0
    print(f"machine: {machine()}\n")
    results: dict[str, list[dict[str, object]]] = {}
    with tempfile.TemporaryDirectory(prefix="factsheet-bench-") as tmp_name:
        tmp = Path(tmp_name)
        sections = [
            ("throughput", lambda: throughput(tmp, args.smoke)),
            ("scaling", lambda: scaling(tmp, args.smoke)),
            ("jobs", lambda: jobs_and_cache(tmp, args.smoke)),
            ("startup", lambda: startup(1 if args.smoke else 9)),
            ("interaction", lambda: interaction(args.smoke)),
        ]
        for name, measure in sections:
            if name in args.skip:
                continue
            results[name] = measure()
            print(f"## {name}\n\n{_table(results[name])}\n", flush=True)
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), **results}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
