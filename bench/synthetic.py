"""Synthetic corpora: N copies of a set of articles whose entities really differ.

Copy ``k`` of every article gets the same transformation, so the articles of
one copy still tell one story to each other (and reconcile as the originals
do), while different copies name different people and state different figures
and times: every digit is shifted by ``k`` and every capitalised word of four
letters or more that is not a common title word gets a suffix derived from
``k``. Nothing here knows the seed texts.
"""

from __future__ import annotations

import re
from pathlib import Path

_CAPITALISED = re.compile(r"\b([A-Z][a-z]{3,})\b")
_DIGIT = re.compile(r"\d")
_KEEP = frozenset(
    "january february march april june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday president secretary minister senator chief executive deputy "
    "director chairman chair department defense defence undersecretary general officer spokesman spokeswoman "
    "the this that these those when while after before with from into over under".split()
)


def _suffix(k: int) -> str:
    letters = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        letters = chr(ord("a") + r) + letters
    return letters


def vary(text: str, k: int) -> str:
    """Copy ``k`` of ``text`` (copy 0 is the text itself)."""
    if k == 0:
        return text
    suffix = _suffix(k)
    text = _CAPITALISED.sub(lambda m: m.group(1) if m.group(1).lower() in _KEEP else m.group(1) + suffix, text)
    return _DIGIT.sub(lambda m: str((int(m.group()) + k) % 10), text)


def write_corpus(articles: list[Path], copies: int, out: Path) -> list[Path]:
    """Write ``copies`` varied copies of ``articles`` under ``out``; their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    texts = [(p.stem, p.read_text(encoding="utf-8-sig")) for p in articles]
    for k in range(copies):
        folder = out / f"copy{k:05d}"
        folder.mkdir(exist_ok=True)
        for stem, text in texts:
            path = folder / f"{stem}-{k:05d}.txt"
            path.write_text(vary(text, k), encoding="utf-8")
            written.append(path)
    return written
