"""Which sources report one story, so figures and times are compared only within a story.

"The deadline" or "the contract" in two articles is one thing only when the
articles are about the same events. Two sources are joined when they name the
same person in their facts, or share at least :data:`SHARED_NAMES` proper names
in their text ("the Pentagon", "with Anthropic"); stories are the connected
groups. In a large corpus a name found in very many sources joins nothing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations

SHARED_NAMES = 3
"""Proper names two articles must share in their text to be one story."""
SMALL_CORPUS = 8
"""Up to this many sources, every name may join sources."""
COMMON_SHARE = 0.05
MAX_NAME_SOURCES = 50
"""In a larger corpus a name joins sources only if at most this many (and COMMON_SHARE of them) hold it."""

# A capitalised word after a lower-case word or a comma: a name, not the first word of a sentence.
_PROPER = re.compile(r"(?<=[a-z,;] )([A-Z][a-zA-Z'\u2019-]{3,})")
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


def proper_names(text: str) -> set[str]:
    """Folded capitalised words that are not sentence-initial, without weekdays and months."""
    return {w.lower() for w in _PROPER.findall(text)} - _CALENDAR


def stories(
    source_ids: Sequence[str], people: Iterable[tuple[str, str]], texts: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Source id -> story id (the first source id of its story).

    ``people`` are ``(source id, person key)`` pairs from the facts; ``texts``
    the sources' text by id.
    """
    n = len(source_ids)
    limit = n if n <= SMALL_CORPUS else max(SMALL_CORPUS, min(MAX_NAME_SOURCES, int(COMMON_SHARE * n)))
    rank = {s: i for i, s in enumerate(source_ids)}
    parent = {s: s for s in source_ids}

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb, key=rank.__getitem__)] = min(ra, rb, key=rank.__getitem__)

    holders: dict[str, set[str]] = defaultdict(set)
    for source, person in people:
        if source in parent and person:
            holders[person].add(source)
    for sources in holders.values():
        if 2 <= len(sources) <= limit:
            first, *rest = sorted(sources, key=rank.__getitem__)
            for other in rest:
                join(first, other)
    named: dict[str, list[str]] = defaultdict(list)
    for source, text in (texts or {}).items():
        if source in parent:
            for name in proper_names(text):
                named[name].append(source)
    shared: Counter[tuple[str, str]] = Counter()
    for sources in named.values():
        if 2 <= len(sources) <= limit:
            shared.update(combinations(sorted(sources, key=rank.__getitem__), 2))
    for (a, b), count in shared.items():
        if count >= SHARED_NAMES:
            join(a, b)
    return {s: root(s) for s in source_ids}
