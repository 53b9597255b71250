"""Reconciliation gives one sheet whatever the order of Python's string hashes (``PYTHONHASHSEED``).

The quote flagger finds candidate pairs through sets of shingles and stems; when several
findings of one discrepancy are equally bad, the one its summary names must not depend
on the order those sets happen to iterate in.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_SCRIPT = r"""
from factsheet.model import Anchor, Fact, Source
from factsheet.reconcile import reconcile

STORY = " More on the Springfield council, the Acme builders and the Harbour bridge."
WORDINGS = [  # the first two share no statement; each rewords the third
    "We will finish the bridge by spring and pay whatever it takes",
    "We shall complete a bridge in spring and pay whatever it costs",
    "We will finish the bridge by spring and pay whatever it costs",
]
sources, facts = [], []
for i, words in enumerate(WORDINGS):
    text = f'Jo Bloggs said: "{words}," on Monday.' + STORY
    source = Source(id=f"s{i}", path=f"s{i}.txt", sha256="0" * 64, text=text)
    start = text.index(words)
    sources.append(source)
    facts.append(Fact(id=f"s{i}-q", kind="quote", text=words, subject="Jo Bloggs", value=words,
                      evidence=[Anchor.of(source, start, start + len(words))]))
sheet = reconcile(sources, facts)
print(sheet.model_dump_json())
"""


def _sheet_json(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, cwd=root, capture_output=True, text=True, check=True)
    return out.stdout


def test_quote_discrepancy_does_not_depend_on_hash_order() -> None:
    sheets = {_sheet_json(seed) for seed in map(str, range(10))}
    assert len(sheets) == 1
    assert '"kind":"quote"' in sheets.pop()
