"""Key-press to rendered-update latency of the app (issue 7), driven by Pilot.

    python bench/interaction.py              # 10,000 facts: p50/p95 per interaction
    python bench/interaction.py --facts 1000 --json

Each key is sent the way a terminal sends it (a ``Key`` event through the
driver); the latency is the time until the next screen update has been
composited and turned into terminal output (the headless driver discards it,
so the output is built here exactly as the real driver would build it).
CPU time of this process over the same interval is reported beside it (on a
shared, loaded machine it is the steadier figure). Interactions: moving the cursor through the facts table, paging, typing in
the search box (each key filters 10,000 facts), switching panes, jumping from
a fact to its passage, and confirming a fact (a review file write included).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factsheet.model import FACT_KINDS, Anchor, Fact, FactSheet, Region, Source  # noqa: E402

SIZE = (120, 40)
TIMEOUT = 2.0


def synthetic_sheet(n_facts: int, per_source: int = 500) -> FactSheet:
    """``n_facts`` facts over ``n_facts / per_source`` generated sources (anchors valid)."""
    import hashlib

    sources: list[Source] = []
    facts: list[Fact] = []
    for s_index in range(max(1, -(-n_facts // per_source))):
        lines = [f"Story {s_index}"]
        lines += [f"Official {i} of town {s_index} said {i * 7} people came on day {i % 28 + 1}." for i in range(per_source)]
        text = "\n\n".join(lines) + "\n"
        source = Source(
            id=f"s{s_index:03d}", path=f"s{s_index:03d}.txt", title=lines[0],
            sha256=hashlib.sha256(text.encode()).hexdigest(), text=text,
            regions=[Region(start=0, end=len(lines[0]), kind="title"),
                     Region(start=len(lines[0]) + 2, end=len(text) - 1, kind="body")],
        )
        sources.append(source)
        cursor = 0
        for i in range(per_source):
            needle = f"Official {i} of town {s_index}"
            start = text.index(needle, cursor)
            cursor = start + len(needle)
            facts.append(
                Fact(
                    id=f"f-{s_index:03d}-{i:04d}", kind=FACT_KINDS[(s_index * per_source + i) % len(FACT_KINDS)],
                    text=needle, value=str(i * 7), subject=f"Person {i % 97}",
                    evidence=[Anchor.of(source, start, cursor)],
                )
            )
    return FactSheet(sources=sources, facts=facts[:n_facts], discrepancies=[])


SCENARIOS: list[tuple[str, list[str]]] = [
    ("cursor down (facts table)", ["down"] * 120),
    ("page down (facts table)", ["pagedown"] * 40),
    ("cursor up (facts table)", ["up"] * 60),
    ("search: type a letter (filters all facts)", ["slash", *"person 4", *["backspace"] * 8, "escape"] * 3),
    ("switch pane (1/2/3)", ["2", "3", "1"] * 20),
    ("jump fact -> passage (enter)", ["enter", "1"] * 20),
    ("confirm a fact (c, saved to the review file)", ["c", "down"] * 20),
]
"""At least 40 timed presses each (48 for search): with 20, the p95 is simply the slowest press."""
COUNTED = {"slash": False, "escape": False}
"""Keys of a scenario that only set it up (not timed)."""


async def _run(n_facts: int) -> list[dict[str, object]]:
    from textual import events

    from factsheet.tui.app import FactsheetApp

    sheet = synthetic_sheet(n_facts)
    with tempfile.TemporaryDirectory() as tmp:
        app = FactsheetApp(sheet=sheet, review_path=Path(tmp) / "bench.review.toml", editor="bench")
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            shown = asyncio.Event()
            original = app._display

            def display(screen, renderable) -> None:  # type: ignore[no-untyped-def]
                original(screen, renderable)
                if renderable is not None:
                    renderable.render_segments(app.console)  # what the real driver would write
                    shown.set()

            app._display = display  # type: ignore[method-assign]
            rows: list[dict[str, object]] = []
            for name, keys in SCENARIOS:
                timings: list[float] = []
                cpu: list[float] = []
                for key in keys:
                    await pilot.pause()
                    await asyncio.sleep(0.03)  # let any pending frame out before timing the next key
                    shown.clear()
                    char = key if len(key) == 1 else {"slash": "/", "backspace": "\x08"}.get(key)
                    start, start_cpu = time.perf_counter(), time.process_time()
                    app._driver.send_message(events.Key(key, char))  # type: ignore[union-attr]
                    try:
                        await asyncio.wait_for(shown.wait(), TIMEOUT)
                        elapsed = time.perf_counter() - start
                    except TimeoutError:
                        elapsed = TIMEOUT
                    if COUNTED.get(key, True):
                        timings.append(elapsed * 1000)
                        cpu.append((time.process_time() - start_cpu) * 1000)
                timings.sort()
                cpu.sort()
                rows.append(
                    {
                        "interaction": name,
                        "facts": n_facts,
                        "presses": len(timings),
                        "p50 ms": round(statistics.median(timings), 1),
                        "p95 ms": round(timings[min(len(timings) - 1, int(0.95 * len(timings)))], 1),
                        "max ms": round(timings[-1], 1),
                        "cpu p50 ms": round(statistics.median(cpu), 1),
                        "cpu p95 ms": round(cpu[min(len(cpu) - 1, int(0.95 * len(cpu)))], 1),
                    }
                )
            app._display = original  # type: ignore[method-assign]
    return rows


def measure(facts: int = 10_000) -> list[dict[str, object]]:
    """One row per interaction: presses, p50, p95 and max latency in milliseconds."""
    rows = asyncio.run(_run(facts))
    everything = [r for r in rows if not str(r["interaction"]).startswith("confirm")]
    p95s = [float(r["p95 ms"]) for r in everything]  # type: ignore[arg-type]
    rows.append({"interaction": "worst p95 of navigation and search", "facts": facts, "presses": "",
                 "p50 ms": "", "p95 ms": max(p95s), "max ms": "", "cpu p50 ms": "", "cpu p95 ms": ""})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=10_000, help="facts in the table (default 10,000)")
    parser.add_argument("--json", action="store_true", help="print JSON rows")
    args = parser.parse_args(argv)
    rows = measure(args.facts)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    keys = list(rows[0])
    print("| " + " | ".join(keys) + " |")
    print("|" + "|".join("---" for _ in keys) + "|")
    for row in rows:
        print("| " + " | ".join(str(row[k]) for k in keys) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
