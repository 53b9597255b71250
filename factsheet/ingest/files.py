"""Discovery: which files the given paths name.

Files are taken as given; folders are walked recursively for ``.txt`` and
``.md`` files, in sorted order, skipping hidden entries, following symlinked
folders once (a symlink loop is visited only once), so the result is
deterministic.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ARTICLE_SUFFIXES = frozenset({".txt", ".md"})
MAX_BYTES = 512 * 10**6
"""Larger files are refused: an article this big is a mistake, and reading it would exhaust memory."""


@dataclass
class Discovery:
    """Article files in load order and one line per path that yielded nothing."""

    files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def cannot_read(path: Path, error: OSError) -> str:
    """The problem line for a path that could not be read."""
    return f"{path}: cannot read ({error.strerror or error})"


def is_article(name: str) -> bool:
    """Whether a file name inside a folder is an article (``.txt`` or ``.md``, not hidden)."""
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES


def _walk(root: Path, problems: list[str]) -> list[Path]:
    """Article files under ``root``, sorted by their path relative to it."""
    found: list[tuple[tuple[str, ...], Path]] = []
    seen_dirs: set[tuple[int, int]] = set()
    stack: list[tuple[Path, tuple[str, ...]]] = [(root, ())]
    while stack:
        folder, rel = stack.pop()
        try:
            info = folder.stat()
            key = (info.st_dev, info.st_ino)
            if key in seen_dirs:
                continue  # a symlink loop or a folder linked twice
            seen_dirs.add(key)
            with os.scandir(folder) as entries:
                listing = sorted(entries, key=lambda e: e.name)
        except OSError as error:
            problems.append(f"{folder}: cannot read folder ({error.strerror or error})")
            continue
        for entry in listing:
            if entry.name.startswith("."):
                continue
            path = folder / entry.name
            try:
                if entry.is_dir():  # follows symlinks; loops are caught by seen_dirs
                    stack.append((path, rel + (entry.name,)))
                elif entry.is_file() and is_article(entry.name):
                    found.append((rel + (entry.name,), path))
                elif entry.is_symlink() and not path.exists() and is_article(entry.name):
                    problems.append(f"{path}: broken symbolic link")
                elif is_article(entry.name) and not entry.is_file():
                    problems.append(f"{path}: not a regular file (a pipe, socket or device); skipped")
            except OSError as error:
                problems.append(cannot_read(path, error))
    found.sort(key=lambda item: item[0])
    return [path for _, path in found]


def discover(paths: Sequence[Path]) -> Discovery:
    """The article files named by ``paths`` (in argument order, each folder sorted), without repeats."""
    result = Discovery()
    seen: set[tuple[int, int] | Path] = set()  # a file is the same file by device and inode
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                files = _walk(path, result.problems)
                if not files:
                    result.problems.append(f"{path}: no .txt or .md articles in this folder")
            elif path.is_file():
                files = [path]
            elif path.exists():
                result.problems.append(f"{path}: not a regular file or folder")
                continue
            elif path.is_symlink():
                result.problems.append(f"{path}: broken symbolic link")
                continue
            else:
                result.problems.append(f"{path}: no such file or folder")
                continue
        except OSError as error:
            result.problems.append(cannot_read(path, error))
            continue
        for file in files:
            try:
                stat = file.stat()
                # by device and inode (one stat, not a resolve per path); some network and FUSE
                # file systems report inode 0 for every file: there, by the resolved path
                key: tuple[int, int] | Path = (stat.st_dev, stat.st_ino) if stat.st_ino else file.resolve()
            except (OSError, RuntimeError):
                key = file.absolute()
            if key not in seen:
                seen.add(key)
                result.files.append(file)
    return result


def read_bytes(path: Path) -> bytes:
    """The bytes of an article file; ``OSError`` when it cannot be read or is over :data:`MAX_BYTES`."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        message = f"too large: {size / 1e6:.0f} MB, the limit is {MAX_BYTES // 10**6} MB"
        raise OSError(27, message, str(path))  # 27: EFBIG, "File too large"
    return path.read_bytes()
