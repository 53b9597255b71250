"""Which sources report one story, so figures, times and attributions are compared only within a story.

"The deadline" or "the contract" in two articles is one thing only when the
articles are about the same events. Each source is described by its names: the
people its facts name and the proper names in its text ("the Pentagon", "with
Acme"), weighted by rarity (names in very many sources of a large corpus
say nothing). Sources are taken in order; each joins the story whose names are
most like its own (cosine of the weighted name sets, at least
:data:`SIMILARITY`), or starts a new one. Joining a story's combined names,
rather than any one member, keeps unrelated stories from chaining together
through one shared name.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain
from operator import mul

SIMILARITY = 0.15
"""Least cosine similarity of names for a source to join a story.

Measured on ../shared/corpus clusters (same-event articles from different
outlets): BASIL pair precision 0.73 / recall 0.67, ECB+ 0.64 / 0.90; the seeds
form one story and the six gold articles six. Chaining sources that share a
few names instead gave precision under 0.02."""
SMALL_CORPUS = 8
"""Up to this many sources, every name counts."""
COMMON_SHARE = 0.05
MAX_NAME_SOURCES = 50
"""In a larger corpus, a name in more than COMMON_SHARE of the sources (and more than this many) is ignored."""

# A capitalised word after a lower-case word or a comma: a name, not the first word of a sentence.
# (The leading literal space lets the regex engine jump from space to space; the look-behind then
# checks the character before it.)
_PROPER = re.compile(r" (?<=[a-z,;] )([A-Z][a-zA-Z'\u2019-]{3,})")
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


def proper_names(text: str) -> set[str]:
    """Folded capitalised words that are not sentence-initial, without weekdays and months."""
    return set(map(str.lower, _PROPER.findall(text))) - _CALENDAR


def _sum_of_squares(values: Iterable[float]) -> float:
    """``sum(x * x for x in values)``, the same float, without a generator."""
    values = list(values)
    return sum(map(mul, values, values))


def _dot_products(vector: dict[str, float], holders: Mapping[str, dict[int, float]]) -> dict[int, float]:
    """Story index -> dot product of ``vector`` with that story's centroid, for every story sharing a name.

    Goes through the stories holding each name (``holders``: name -> story index -> the
    name's weight in that story's centroid) rather than every name of every candidate;
    terms are added in ``vector``'s order, so each sum is the same float as the
    term-by-term sum (the skipped terms are zeros).
    """
    dots: dict[int, float] = {}
    get = dots.get
    for name, x in vector.items():
        held = holders.get(name)
        if held:
            for c, y in held.items():
                dots[c] = get(c, 0) + x * y
    return dots


def name_weights(names: Mapping[str, set[str]], n: int) -> dict[str, float]:
    """Each name's weight, by its rarity among ``n`` sources (``names``: source id -> its names).

    In a corpus of more than :data:`SMALL_CORPUS` sources, names too common to tell stories apart
    get no weight at all (see :data:`COMMON_SHARE`, :data:`MAX_NAME_SOURCES`).
    """
    df = Counter(chain.from_iterable(names.values()))
    limit = n if n <= SMALL_CORPUS else max(SMALL_CORPUS, min(MAX_NAME_SOURCES, int(COMMON_SHARE * n)))
    return {name: math.log(1 + n / d) for name, d in df.items() if d <= limit}


def stories(
    source_ids: Sequence[str], people: Iterable[tuple[str, str]], texts: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Source id -> story id (the id of the story's first source).

    ``people`` are ``(source id, person key)`` pairs from the facts; ``texts``
    the sources' text by id.
    """
    names: dict[str, set[str]] = {s: set() for s in source_ids}
    for source, person in people:
        if source in names and person:
            names[source].add("person:" + person)
    for source, text in (texts or {}).items():
        if source in names:
            names[source] |= proper_names(text)
    weight = name_weights(names, len(source_ids))

    centroids: list[dict[str, float]] = []
    norms: list[float] = []
    holders: dict[str, dict[int, float]] = defaultdict(dict)
    """Name -> story index -> the name's weight in that story's centroid (kept equal to ``centroids``)."""
    story_of: dict[str, int] = {}
    for source in source_ids:
        # in sorted order: float sums must not depend on the order a set iterates in (PYTHONHASHSEED)
        vector = {name: weight[name] for name in sorted([name for name in names[source] if name in weight])}
        length = math.sqrt(_sum_of_squares(vector.values()))
        best, best_similarity = -1, 0.0
        if length:
            for c, dot in _dot_products(vector, holders).items():
                similarity = dot / (length * norms[c])
                # the most similar story; of equally similar ones the earliest (as if taken in index order)
                if similarity > best_similarity or (similarity == best_similarity and c < best):
                    best, best_similarity = c, similarity
        if best < 0 or best_similarity < SIMILARITY:
            best = len(centroids)
            centroids.append({})
            norms.append(1.0)
        centroid = centroids[best]
        for name, x in vector.items():
            centroid[name] = holders[name][best] = centroid.get(name, 0.0) + x
        norms[best] = math.sqrt(_sum_of_squares(centroid.values())) or 1.0
        story_of[source] = best
    first: dict[int, str] = {}
    for source in source_ids:
        first.setdefault(story_of[source], source)
    return {source: first[story_of[source]] for source in source_ids}
