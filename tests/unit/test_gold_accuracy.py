"""Issue 3's bar: precision and recall of at least 0.9 for every kind on the gold set."""

from __future__ import annotations

import pytest

from bench.gold import GROUP_KINDS, load_gold, score_gold

ALL_KINDS = [kind for kinds in GROUP_KINDS.values() for kind in kinds]


@pytest.fixture(scope="module")
def scores():
    return score_gold()


def test_gold_set_has_seeds_and_own_articles() -> None:
    stems = {a.stem for a in load_gold()}
    assert sum(1 for s in stems if s[:3].isdigit()) >= 4, "the four seeds are annotated"
    assert sum(1 for s in stems if not s[:3].isdigit()) >= 6, "at least six articles of our own"


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_precision_and_recall_per_kind(scores, kind: str) -> None:
    score = scores.get(kind)
    assert score is not None and score.gold > 0, f"no gold items of kind {kind}"
    assert score.precision >= 0.9, f"{kind} precision {score.precision:.2f}; false alarms: {score.false_alarms[:8]}"
    assert score.recall >= 0.9, f"{kind} recall {score.recall:.2f}; misses: {score.misses[:8]}"
