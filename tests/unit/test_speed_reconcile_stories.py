"""The story grouping's fast path picks what comparing in story order would (see also test_reconcile_fastpaths)."""

from __future__ import annotations

from factsheet.reconcile import stories


def test_equally_similar_stories_go_to_the_earlier_one() -> None:
    # s2 is as like s0 as s1; the index meets s1 first ("alpha" sorts before "zeta"), s0 must still win
    people = [("s0", "zeta"), ("s1", "alpha"), ("s2", "alpha"), ("s2", "zeta")]
    assert stories.stories(["s0", "s1", "s2"], people) == {"s0": "s0", "s1": "s1", "s2": "s0"}

