"""A review save killed with SIGKILL at random points leaves the old file or the new one, never a broken one.

The child saves decisions in a loop with ``FACTSHEET_TEST_SAVE_PAUSE`` set, so each
save sleeps between its steps (half the temporary file written, file fsynced,
backup made, rename) and a kill lands inside a save, not only between two.
``FACTSHEET_KILL_RUNS`` raises the number of runs (default 12).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factsheet.review import store

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("FACTSHEET_KILL_RUNS", "12"))

CHILD = """
import sys
from pathlib import Path
from factsheet.model import Anchor, Fact, FactSheet, Source
from factsheet.review import ReviewSession

text = " ".join(f"Item {i} costs {i} dollars." for i in range(40))
source = Source(id="s", path="s.txt", sha256="0" * 64, text=text)
facts = []
for i in range(40):
    exact = f"{i} dollars"
    start = text.index(f"costs {exact}") + 6
    facts.append(Fact(id=f"n-{i}", kind="money", text=exact, evidence=[Anchor.of(source, start, start + len(exact))]))
session = ReviewSession.open(FactSheet(sources=[source], facts=facts), Path(sys.argv[1]), "ana")
saved = len(session.history)
print("ready", saved, flush=True)
while True:
    fact = f"n-{saved % 40}"
    if saved % 3:
        session.note_fact(fact, f"note {saved} \\"quoted\\" \\\\ line\\nbreak")
    else:
        session.confirm(fact)
    saved += 1
    print("saved", saved, flush=True)
"""


def _run_and_kill(review: Path, rng: random.Random) -> int:
    """Start a saving child, kill it at a random moment; the number of saves it reported."""
    env = dict(os.environ, FACTSHEET_TEST_SAVE_PAUSE=f"{rng.uniform(0.002, 0.02):.4f}", PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(review)], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready.startswith("ready"), ready
    time.sleep(rng.uniform(0.01, 0.25))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    acked = int(ready.split()[1])
    for line in child.stdout.read().splitlines():
        if line.startswith("saved"):
            acked = int(line.split()[1])
    child.stdout.close()
    return acked


def test_killed_saves_never_break_the_review_file(tmp_path: Path) -> None:
    review = tmp_path / "corpus.review.toml"
    rng = random.Random(20260227)
    inside_a_save = 0
    for _ in range(RUNS):
        acked = _run_and_kill(review, rng)
        state = store.read(review)  # raises if the file were broken
        entries = len(state.history)
        assert acked <= entries <= acked + 1, "an acknowledged decision was lost, or a phantom one appeared"
        assert [h.seq for h in state.history] == list(range(1, entries + 1))
        if entries > 1:
            backup = store.read(store.backup_path(review))
            assert len(backup.history) in (entries - 1, entries), "the backup is the previous version"
        inside_a_save += bool(list(tmp_path.glob(".*tmp"))) or entries == acked + 1
    print(f"{RUNS} kills, {inside_a_save} inside a save, {entries} decisions kept, 0 lost")
    assert entries > RUNS, "the children saved decisions before they were killed"
    assert inside_a_save > 0, "no kill landed inside a save: the test proved nothing"
    with store.locked(review):  # the next save removes what killed writers left and keeps everything
        store.save(review, state)
    assert not list(tmp_path.glob(".*tmp"))
    assert store.read(review).history == state.history
