"""Precision and recall of extraction per kind.

    python bench/accuracy.py            # the gold set (tests/data/gold + seeds)
    python bench/accuracy.py --misses   # also list every miss and false alarm
    python bench/accuracy.py --polnear [--limit N]   # plus quotes on ../shared/corpus (when present)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.gold import BLIND_PREFIX, HELD_OUT_PREFIX, KindScore, score_gold  # noqa: E402

KIND_ORDER = ("money", "number", "date", "time", "duration", "quote", "role")


def gold_table(scores: dict[str, KindScore]) -> str:
    """The per-kind table, as Markdown."""
    lines = [
        "| kind | gold | predicted | precision | recall | F1 | value right | subject right |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for kind in KIND_ORDER:
        s = scores.get(kind)
        if s is None:
            continue
        value = f"{s.values_right}/{s.values_checked}" if s.values_checked else "-"
        subject = f"{s.subjects_right}/{s.subjects_checked}" if s.subjects_checked else "-"
        lines.append(
            f"| {kind} | {s.gold} | {s.predictions} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} | {value} | {subject} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list misses and false alarms")
    parser.add_argument("--polnear", action="store_true", help="also score quotes on the PolNeAR corpus")
    parser.add_argument("--limit", type=int, default=None, help="PolNeAR: first N documents only")
    args = parser.parse_args(argv)
    scores = score_gold()
    print("## Gold set: every annotated article\n")
    print(gold_table(scores))
    subsets = (
        ("Development articles (the seeds and our own)",
         lambda stem: not stem.startswith((HELD_OUT_PREFIX, BLIND_PREFIX))),
        ("Held-out articles (annotated blind, later used for tuning)", lambda stem: stem.startswith(HELD_OUT_PREFIX)),
        ("Final blind articles (annotated blind, never tuned on)", lambda stem: stem.startswith(BLIND_PREFIX)),
    )  # fmt: skip
    for title, keep in subsets:
        subset = score_gold(keep)
        if subset:
            print(f"\n## {title}\n")
            print(gold_table(subset))
    if args.misses:
        for kind in KIND_ORDER:
            s = scores.get(kind)
            for line in (s.misses if s else []):
                print(f"miss        {line}")
            for line in (s.false_alarms if s else []):
                print(f"false alarm {line}")
    if args.polnear:
        from bench.polnear import DEFAULT_PATH, main as polnear_main

        if DEFAULT_PATH.is_file():
            print("\n## PolNeAR quotes\n")
            polnear_main(["--limit", str(args.limit)] if args.limit else [])
        else:
            print(f"\n(PolNeAR skipped: {DEFAULT_PATH} is absent)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
