"""Hostile articles through the whole pipeline: both exports stay valid and inert.

Articles written here (never the seeds' text) carry Rich/Textual markup, ANSI and
OSC escapes, NUL and other controls, bidi overrides, zero-width characters,
emoji, Markdown and HTML; facts drawn from them are exported and read back.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from factsheet.export.markdown import SECTIONS, render_markdown
from factsheet.export.toml import dump_toml, load_toml
from factsheet.model import FactSheet
from factsheet.pipeline import build_sheet

GENERATED = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
PARSER = MarkdownIt("commonmark").use(footnote_plugin)
NASTY = [
    "[bold red]", "[/]", "[link=https://evil.example]x[/link]", "[@click=app.quit]", "[0]", "\x1b[31m", "\x1b[2J",
    "\x1b]8;;https://evil.example\x07link\x1b]8;;\x07", "\x1b]52;c;ZXZpbA==\x07", "\x00", "\x07", "\x7f", "\u202e",
    "\u2066", "\u200b", "e\u0301", "👩‍👩‍👧", "<script>alert(1)</script>", "<img src=x onerror=y>", "# ", "* ", "1. ",
    "> ", "**", "_", "`", "[a](javascript:x)", "![i](x)", "&amp;", "''", '"', "“", "”", "\\", "|", "---\n",
]
SENTENCES = [
    'Mayor Jane Okafor said "we will {x} rebuild the {x} bridge" on Tuesday.',
    "The council approved ${n} million for the {x} repairs, officials said.",
    "Work will start on March {d} and last {n} months{x}.",
    '"It is {x} a good day," said Tom Reyes, the city engineer.',
    "About {n} people {x} attended the meeting at 7 p.m.",
]


def _article(draw: st.DrawFn) -> str:
    lines = [draw(st.sampled_from(NASTY)) + "Bridge vote" + draw(st.sampled_from(NASTY)), ""]
    for _ in range(draw(st.integers(2, 5))):
        template = draw(st.sampled_from(SENTENCES))
        lines.append(template.format(
            x=draw(st.sampled_from(NASTY)), n=draw(st.integers(2, 90)), d=draw(st.integers(1, 28))
        ))
    return "\n".join(lines) + "\n"


articles = st.composite(lambda draw: [_article(draw) for _ in range(draw(st.integers(1, 3)))])()


def _build(texts: list[str]) -> FactSheet:
    with tempfile.TemporaryDirectory() as folder:
        for number, text in enumerate(texts):
            (Path(folder) / f"{number:03d}.txt").write_text(text, encoding="utf-8")
        return build_sheet([Path(folder)], use_cache=False).sheet


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_hostile_articles_export_to_valid_inert_files(texts: list[str]) -> None:
    sheet = _build(texts)
    loaded, generated = load_toml(dump_toml(sheet, GENERATED))
    assert generated == GENERATED and loaded.model_dump() == sheet.model_dump()

    markdown = render_markdown(sheet, GENERATED)
    tokens = PARSER.parse(markdown)
    types = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
    assert not types & {"html_block", "html_inline", "link_open", "image", "code_block", "fence", "hr", "blockquote_open"}
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag in ("h1", "h2")]
    allowed = {"Fact sheet", "Sources", "Discrepancies", "Passages cited"} | {name for name, _ in SECTIONS}
    assert set(headings) <= allowed, "article text never makes a top-level heading"
    h3 = sum(1 for t in tokens if t.type == "heading_open" and t.tag == "h3")
    assert h3 == len(sheet.discrepancies)
    assert not any(ch in markdown for ch in "\x00\x07\x1b\x7f\u202e\u2066\u200b"), "controls are made visible"
