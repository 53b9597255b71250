"""Snapshots of each pane and the help screen at 80x24 and 160x48, on the hand-built bridge sheet.

Update after a deliberate change with ``pytest tests/tui/test_snapshots.py --snapshot-update``
and review the report.
"""

from __future__ import annotations

import pytest

SIZES = {"narrow": (80, 24), "wide": (160, 48)}
KEYS = {
    "facts": ["down", "down"],
    "sources": ["2", "right_square_bracket", "right_square_bracket"],
    "discrepancies": ["3", "down", "down"],
    "help": ["question_mark"],
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("view", KEYS)
def test_snapshot(snap_compare, make_app, view: str, size: str) -> None:
    assert snap_compare(make_app(), press=KEYS[view], terminal_size=SIZES[size])
