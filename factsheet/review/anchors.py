"""Find a stored anchor again in the current text of its source."""

from __future__ import annotations

from collections.abc import Mapping

from factsheet.model import Anchor, Source
from factsheet.review.decisions import AnchorCheck


def _occurrences(text: str, needle: str) -> list[int]:
    found: list[int] = []
    start = text.find(needle)
    while start != -1:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


def _at(source: Source, start: int, length: int) -> Anchor:
    return Anchor.of(source, start, start + length)


def check_anchor(anchor: Anchor, sources: Mapping[str, Source]) -> AnchorCheck:
    """Where ``anchor`` stands in the current text of its source.

    exact: the text at its offsets is its exact text. Otherwise the exact text is
    looked for with its prefix and suffix, then with either, then alone: the first
    single hit is *relocated*; with none, several hits of the exact text alone are
    *ambiguous*, no hit (or a missing source) is *orphaned*.
    """
    source = sources.get(anchor.source)
    if source is None or not anchor.exact:
        return AnchorCheck(anchor, "orphaned")
    text = source.text
    if text[anchor.start : anchor.end] == anchor.exact:
        return AnchorCheck(anchor, "exact", (_at(source, anchor.start, len(anchor.exact)),))
    size = len(anchor.exact)
    tried: set[tuple[str, str]] = set()
    for before, after in ((anchor.prefix, anchor.suffix), (anchor.prefix, ""), ("", anchor.suffix), ("", "")):
        if (before, after) in tried:
            continue
        tried.add((before, after))
        hits = _occurrences(text, before + anchor.exact + after)
        if len(hits) == 1:
            return AnchorCheck(anchor, "relocated", (_at(source, hits[0] + len(before), size),))
    hits = _occurrences(text, anchor.exact)
    if len(hits) > 1:
        return AnchorCheck(anchor, "ambiguous", tuple(_at(source, h, size) for h in hits))
    return AnchorCheck(anchor, "orphaned")
