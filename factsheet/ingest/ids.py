"""Source ids: the file name without its extension, made unique deterministically."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def _stem(path: Path) -> str:
    return path.stem or path.name or "source"


def source_ids(paths: Sequence[Path]) -> list[str]:
    """One id per path, in order.

    The first path with a given stem keeps the stem; a later one is prefixed with
    its parent folder's name (``sub-article``) and, if that is taken too, gets
    ``-2``, ``-3`` ... (``article-2``). The same paths in the same order always
    get the same ids.
    """
    taken: set[str] = set()
    ids: list[str] = []
    for path in paths:
        stem = _stem(path)
        candidate = stem
        if candidate in taken and path.parent.name:
            candidate = f"{path.parent.name}-{stem}"
        number = 2
        while candidate in taken:
            candidate = f"{stem}-{number}"
            number += 1
        taken.add(candidate)
        ids.append(candidate)
    return ids
