"""The counts of the README's "Safety" section: inputs tried, crashes, decisions lost (issue 8).

    python bench/hostile_counts.py            # full sizes: 50 MB article, 10,000 tiny articles (many minutes)
    python bench/hostile_counts.py --smoke    # the test suite's sizes: 5 MB, 1,000 tiny articles

It writes the hostile articles of ``tests/hostile/generate.py`` into a temporary
folder, runs every CLI verb on each (mixed with the seeds, in process, as the
suite does), runs the hypothesis properties on generated texts, records hostile
decisions in a review file and reopens it, and prints:

* inputs tried: hostile files and folders, verb runs on them, generated texts;
* crashes: exceptions that escaped a verb or a property (with where);
* unsafe outputs: runs whose stdout/stderr held a raw control, C1 or bidi character,
  and runs with a wrong exit status or a missing/extra stderr line (listed);
* decisions lost: decisions written with hostile text that did not come back;
* seconds per stage on the 1 MB single-line article.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile import checks  # noqa: E402
from tests.hostile.generate import Case, Sizes, build  # noqa: E402

VERBS: dict[str, list[str]] = {
    "sources": ["sources"], "sources --json": ["sources", "--json"],
    "facts": ["facts"], "facts --json": ["facts", "--json"],
    "discrepancies": ["discrepancies"], "discrepancies --json": ["discrepancies", "--json"],
    "export toml": ["export", "--format", "toml", "-o", "-"], "export md": ["export", "--format", "md", "-o", "-"],
    "review": ["review"], "review --json": ["review", "--json"],
}  # fmt: skip
HEAVY_VERBS = ("sources --json", "export toml")
"""The verbs a large case goes through unless --all-verbs (each run re-reconciles the whole article)."""


class Tally:
    def __init__(self) -> None:
        self.inputs = 0
        self.runs = 0
        self.texts = 0
        self.crashes: list[str] = []
        self.unsafe: list[str] = []
        self.decisions = 0
        self.lost = 0


def run_verb(argv: list[str]) -> tuple[int, str, str]:
    """``factsheet ARGV`` in process with captured output; exceptions propagate."""
    from factsheet.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def try_verbs(good: Path, case: Case, verbs: list[str], review: Path, tally: Tally) -> None:
    for verb in verbs:
        words = VERBS[verb]
        argv = [*words, str(good), *map(str, case.paths)]
        if words[0] in ("export", "review"):
            argv += ["--review", str(review)]
        tally.runs += 1
        try:
            code, out, err = run_verb(argv)
        except BaseException as error:  # noqa: BLE001 - counting what escapes is the point
            tally.crashes.append(f"{case.name} / {verb}: {type(error).__name__}: {error}\n{traceback.format_exc()}")
            continue
        where = f"{case.name} / {verb}"
        problems = []
        if code != 0:
            problems.append(f"exit {code}")
        for stream, text in (("stdout", out), ("stderr", err)):
            match = checks.ACTIVE.search(text)
            if match:
                problems.append(f"raw U+{ord(match.group()):04X} on {stream}")
        try:
            checks.assert_one_line_each(checks.Run(argv, code, out, err), case.bad, case.noted)
        except AssertionError:
            problems.append("stderr lines")
        if problems:
            tally.unsafe.append(f"{where}: {', '.join(problems)}")


def try_properties(examples: int, tally: Tally) -> None:
    """Run the suite's pipeline properties on ``examples`` generated texts each."""
    from hypothesis import HealthCheck, given, settings

    from tests.hostile import test_properties as props

    def counted(test, strategies):  # noqa: ANN001, ANN202
        if len(strategies) == 1:

            def body(text: str) -> None:
                tally.texts += 1
                test(text)
        else:

            def body(first: str, second: str) -> None:  # type: ignore[misc]
                tally.texts += 2
                test(first, second)

        return settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))(
            given(*strategies)(body)
        )

    for name, strategies in (
        ("test_extraction_never_raises_and_anchors_are_slices", (props.news_text,)),
        ("test_pipeline_round_trips_through_toml", (props.news_text, props.news_text)),
    ):
        inner = getattr(props, name).hypothesis.inner_test
        try:
            counted(inner, strategies)()
        except AssertionError as error:
            tally.unsafe.append(f"property {name}: {error}")
        except BaseException as error:  # noqa: BLE001
            tally.crashes.append(f"property {name}: {type(error).__name__}: {error}")


def try_decisions(good: Path, cases: dict[str, Case], folder: Path, tally: Tally) -> None:
    """Hostile notes, wording and resolutions for every fact and discrepancy; reopen; count what is missing."""
    from factsheet.pipeline import build_sheet
    from factsheet.review import ReviewSession
    from tests.hostile.test_review_hostile import CASES, EDITOR, lost, make_decisions

    sheet = build_sheet([good, *(p for name in CASES for p in cases[name].paths)]).sheet
    review = folder / "decisions.review.toml"
    made = make_decisions(ReviewSession.open(sheet, review, EDITOR))
    tally.decisions = len(made)
    tally.lost = len(lost(review, sheet, made))


def stage_seconds() -> dict[str, float]:
    from tests.hostile.generate import long_line_article
    from tests.hostile.test_large import stage_times

    return stage_times(long_line_article(1_000_000))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="the test suite's sizes (5 MB, 1,000 tiny articles)")
    parser.add_argument("--all-verbs", action="store_true", help="every verb on the large inputs too")
    parser.add_argument("--examples", type=int, default=500, help="generated texts per property (default 500)")
    args = parser.parse_args()
    sizes = Sizes.smoke() if args.smoke else Sizes.full()
    tally = Tally()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="factsheet-hostile-") as tmp:
        folder = Path(tmp)
        os.environ["FACTSHEET_CACHE_DIR"] = str(folder / "cache")
        os.environ["COLUMNS"] = "100000"
        good, cases = build(folder / "articles", ROOT / "seeds", sizes)
        by_name = {case.name: case for case in cases}
        for case in cases:
            tally.inputs += case.loads + len(case.bad) + len(case.noted) - len(set(case.bad) & set(case.noted))
            verbs = list(VERBS) if args.all_verbs or not case.large else list(HEAVY_VERBS)
            print(f"  {case.name}: {len(verbs)} verbs", file=sys.stderr, flush=True)
            try_verbs(good, case, verbs, folder / f"{case.name}.review.toml", tally)
        print("  properties", file=sys.stderr, flush=True)
        try_properties(args.examples, tally)
        print("  decisions", file=sys.stderr, flush=True)
        try_decisions(good, by_name, folder, tally)
        print("  1 MB single line, per stage", file=sys.stderr, flush=True)
        stages = stage_seconds()
    print(f"Hostile inputs ({'smoke' if args.smoke else 'full'} sizes: {sizes.big_article_bytes // 10**6} MB article, "
          f"{sizes.tiny_articles:,} tiny articles), {time.monotonic() - started:.0f} s")
    print(f"- inputs tried: {tally.inputs:,} hostile files and folders, {tally.runs:,} verb runs on them, "
          f"{tally.texts:,} generated texts")
    print(f"- crashes: {len(tally.crashes)}")
    print(f"- decisions lost: {tally.lost} of {tally.decisions:,} hostile decisions")
    print(f"- unsafe outputs or property failures: {len(tally.unsafe)} (of {tally.runs:,} verb runs and 2 properties)")
    print("- 1 MB single-line article, CPU s per stage: " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
    for line in tally.crashes + tally.unsafe:
        print(f"  {line}")
    return 1 if tally.crashes or tally.lost else 0


if __name__ == "__main__":
    sys.exit(main())
