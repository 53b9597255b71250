"""What the hostile suite asserts about every output: inert text, one line per bad input, same facts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from factsheet.model import Anchor, FactSheet
from factsheet.safe_text import visible

ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
"""Characters a terminal or a bidi-aware viewer acts on: C0 but tab and newline, DEL, C1, bidi controls."""


@dataclass
class Run:
    """One in-process run of ``factsheet.cli.main``."""

    argv: list[str]
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


def run_cli(argv: Sequence[str | Path], capsys: pytest.CaptureFixture[str]) -> Run:
    """``factsheet ARGV`` in this process; any exception escapes to fail the test."""
    from factsheet.cli import main

    args = [str(a) for a in argv]
    capsys.readouterr()
    code = main(args)
    captured = capsys.readouterr()
    return Run(args, code, captured.out, captured.err)


def assert_inert(text: str, where: str) -> None:
    """``text`` holds no character a terminal would act on (JSON and TOML must escape them)."""
    match = ACTIVE.search(text)
    if match:
        start = max(0, match.start() - 40)
        raise AssertionError(
            f"{where}: raw U+{ord(match.group()):04X} at offset {match.start()}: {text[start : match.end() + 40]!r}"
        )


def shown(text: str) -> str:
    """How a table cell shows ``text``."""
    return visible(text, single_line=True)


def assert_one_line_each(run: Run, bad: Sequence[Path], noted: Sequence[Path] = ()) -> None:
    """stderr has exactly one line naming each bad or noted input, and no other line."""
    lines = run.err_lines
    for path in [*bad, *noted]:
        name = shown(str(path))
        naming = [line for line in lines if name in line]
        assert len(naming) == 1, f"{run.argv}: expected one stderr line naming {name!r}, got {naming!r} in {lines!r}"
    assert len(lines) == len(bad) + len(noted), f"{run.argv}: stderr lines {lines!r}"
    assert_inert(run.err, f"{run.argv} stderr")


def assert_anchors_are_slices(sheet_facts: Sequence[dict], texts: dict[str, str]) -> int:
    """Every anchor's ``exact``, ``prefix`` and ``suffix`` are slices of its source's text; the count."""
    count = 0
    for fact in sheet_facts:
        for anchor in fact["evidence"]:
            text = texts[anchor["source"]]
            start, end = anchor["start"], anchor["end"]
            assert text[start:end] == anchor["exact"], (fact["id"], anchor)
            assert text[max(0, start - 32) : start] == anchor["prefix"], (fact["id"], anchor)
            assert text[end : end + 32] == anchor["suffix"], (fact["id"], anchor)
            count += 1
    return count


def dump(sheet: FactSheet) -> dict[str, list[dict]]:
    """The sheet as the JSON and TOML outputs carry it (sources without their text)."""
    return {
        "sources": [s.model_dump(mode="json") for s in sheet.sources],
        "facts": [f.model_dump(mode="json") for f in sheet.facts],
        "discrepancies": [d.model_dump(mode="json") for d in sheet.discrepancies],
    }


# -- Markdown structure -----------------------------------------------------------------------------


def markdown_parser():  # -> markdown_it.MarkdownIt
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    try:
        from mdit_py_plugins.footnote import footnote_plugin
    except ImportError:  # the plugin is optional: plain CommonMark still shows structure
        return parser
    return parser.use(footnote_plugin)


def structure(markdown: str) -> list[tuple]:
    """Token types, tags and nesting of ``markdown``, inline children included, without their text."""
    shape: list[tuple] = []
    for token in markdown_parser().parse(markdown):
        children = tuple((c.type, c.tag, c.nesting) for c in token.children or () if c.type not in ("text", "text_special"))
        shape.append((token.type, token.tag, token.nesting, token.level, children))
    return shape


def shown_text(markdown: str) -> str:
    """The text a reader sees in ``markdown`` (escapes and entities resolved), lines joined by newlines."""
    parts: list[str] = []
    for token in markdown_parser().parse(markdown):
        if token.type == "inline":
            parts.append("".join(c.content for c in token.children or () if c.type in ("text", "text_special")))
    return "\n".join(parts)


def neutral(sheet: FactSheet, words: dict[str, str] | None = None) -> FactSheet:
    """``sheet`` with every article-derived string replaced by a plain word (same equalities, same emptiness).

    Rendering it shows the Markdown structure the facts alone produce, so the
    structure of the real export can be compared with it.
    """
    from factsheet.export.escape import inline

    words = {} if words is None else words

    def word(text: str) -> str:
        if not inline(text):
            return text if not text.strip() else ""
        return words.setdefault(text, f"w{len(words)}")

    def anchor(a: Anchor) -> Anchor:
        return a.model_copy(
            update={"source": word(a.source), "exact": "x" * len(a.exact), "prefix": "x" * len(a.prefix), "suffix": "x" * len(a.suffix)}
        )

    sources = [
        s.model_copy(update={"id": word(s.id), "title": word(s.title), "dateline": word(s.dateline), "path": "p", "text": ""})
        for s in sheet.sources
    ]
    facts = [
        f.model_copy(
            update={
                "text": word(f.text), "subject": word(f.subject), "value": word(f.value), "note": word(f.note),
                "evidence": [anchor(a) for a in f.evidence],
            }
        )
        for f in sheet.facts
    ]
    discrepancies = [
        d.model_copy(
            update={
                "subject": word(d.subject), "summary": word(d.summary), "resolution": word(d.resolution),
                "note": word(d.note),
                "variants": [v.model_copy(update={"value": word(v.value)}) for v in d.variants],
            }
        )
        for d in sheet.discrepancies
    ]
    return FactSheet.model_construct(sources=sources, facts=facts, discrepancies=discrepancies)


def markdown_of(sheet: FactSheet, generated: datetime, all_facts: FactSheet | None = None) -> str:
    from factsheet.export.markdown import render_markdown

    return render_markdown(sheet, generated, all_facts=all_facts)
