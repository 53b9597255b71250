"""Which sources report one story, so figures are compared only within a story.

"The deadline" or "the contract" in two articles is one thing only when the
articles are about the same events. A handful of sources (an editor's pick) is
one story; in a larger corpus, sources are joined when they name the same
person or body, unless that name is so common it joins everything.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

SMALL_CORPUS = 8
"""Up to this many sources are taken to be one story."""
COMMON_SHARE = 0.05
"""A name in more than this share of sources (and more than SMALL_CORPUS) joins nothing."""


def stories(source_ids: Sequence[str], names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Source id -> story id (the first source id of its story), from ``(source id, entity key)`` pairs."""
    if len(source_ids) <= SMALL_CORPUS:
        return {s: source_ids[0] for s in source_ids} if source_ids else {}
    parent = {s: s for s in source_ids}
    rank = {s: i for i, s in enumerate(source_ids)}

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    holders: dict[str, set[str]] = defaultdict(set)
    for source, name in names:
        if source in parent and name:
            holders[name].add(source)
    limit = max(SMALL_CORPUS, int(COMMON_SHARE * len(source_ids)))
    for sources in holders.values():
        if 2 <= len(sources) <= limit:
            first, *rest = sorted(sources, key=rank.__getitem__)
            for other in rest:
                a, b = root(first), root(other)
                if a != b:
                    parent[max(a, b, key=rank.__getitem__)] = min(a, b, key=rank.__getitem__)
    return {s: root(s) for s in source_ids}
