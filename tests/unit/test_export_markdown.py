"""The Markdown export: article text never becomes Markdown or HTML structure.

Checked with markdown-it-py (CommonMark, plus the footnote plugin a CMS would use):
a sheet rendered with hostile text parses to the same structure as the same sheet
with plain words, and escaped text renders back to exactly its characters.
"""

from __future__ import annotations

import html
import itertools
import re
from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from factsheet.export.escape import inline
from factsheet.export.markdown import render_markdown
from factsheet.model import Anchor, Discrepancy, Fact, FactSheet, Source, Variant
from factsheet.safe_text import visible

GENERATED = datetime(2026, 2, 27, 17, 1, tzinfo=UTC)
MARKDOWN_BITS = [
    "# ", "## ", "- ", "+ ", "* ", "1. ", "2) ", "> ", "---", "===", "***", "___", "```", "~~~", "    ", "\n", "\r\n",
    "\t", "[a](http://x.y)", "![i](x.png)", "<b>", "</div>", "<!-- c -->", "<http://x.y>", "&amp;", "&#60;", "&copy",
    "*em*", "**strong**", "_u_", "`code`", "\\", "[^1]", "[^1]: x", "[x]: /url", "| a | b |", "<script>", "\x00",
    "\x1b[31m", "\x7f", "\u202e", "\u2028", "\u0085", "😀", "  \n", "\\\n", "<", ">", "&", "[", "]", "!", "(", ")",
]
hostile = st.lists(st.sampled_from(MARKDOWN_BITS) | st.text(max_size=4), max_size=8).map("".join)
PARSER = MarkdownIt("commonmark").use(footnote_plugin)


def _sheet(words: list[str]) -> FactSheet:
    """A sheet with every kind of section, its article-derived strings taken from ``words``."""
    w = itertools.cycle(words)
    text = "".join(f"{next(w)} {i} " for i in range(12))
    source = Source(id="000", path="a.txt", title=next(w), sha256="d" * 64, date=date(2026, 2, 27), text=text)
    other = Source(id="001", path="b.txt", title=next(w), sha256="e" * 64, text=text)

    def anchor(src: Source, i: int) -> Anchor:
        start = text.index(f" {i} ")
        return Anchor.of(src, max(0, start - 3), start + 3)

    facts = [
        Fact(id=f"f-{kind}", kind=kind, text=next(w), subject=next(w), value=next(w), note=next(w),  # type: ignore[arg-type]
             status="confirmed" if i % 2 else "unreviewed", evidence=[anchor(source, i), anchor(other, i + 1)])
        for i, kind in enumerate(("money", "number", "date", "time", "duration", "role", "quote"))
    ]
    discrepancies = [
        Discrepancy(id="d-1", kind="money", subject=next(w), summary=next(w), status="resolved", resolution=next(w),
                    note=next(w), variants=[Variant(value=next(w), facts=["f-money"]), Variant(value=next(w), facts=[])]),
        Discrepancy(id="d-2", kind="quote", subject=next(w), summary=next(w), status="open",
                    variants=[Variant(value=next(w), facts=["f-quote"])]),
    ]
    return FactSheet(sources=[source, other], facts=facts, discrepancies=discrepancies)


def _structure(markdown: str) -> list[tuple[str, ...]]:
    """Block and inline token types, with adjacent text tokens merged (the content is not structure)."""
    shape: list[tuple[str, ...]] = []
    for token in PARSER.parse(markdown):
        shape.append((token.type, token.tag, str(token.nesting)))
        children = [c.type for c in token.children or []]
        shape.append(tuple(t for i, t in enumerate(children) if not (t == "text" and i and children[i - 1] == "text")))
    return shape


def test_a_plain_sheet_has_the_expected_sections_and_footnotes() -> None:
    markdown = render_markdown(_sheet(["plain words"]), GENERATED)
    headings = re.findall(r"^#+ .*$", markdown, flags=re.MULTILINE)
    assert headings[:2] == ["# Fact sheet", "## Sources"]
    for section in ("## Key figures", "## Dates and times", "## People and titles", "## Quotes", "## Discrepancies"):
        assert section in headings
    html_out = PARSER.render(markdown)
    assert "2026-02-27T17:01:00Z" in markdown
    assert html_out.count('class="footnote-ref"') >= 14 and 'class="footnote-item"' in html_out
    assert "**Resolution:** plain words" in markdown and "(unreviewed)" in markdown


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(hostile, min_size=1, max_size=5))
def test_hostile_text_leaves_the_structure_unchanged(words: list[str]) -> None:
    # a word that escapes to nothing would drop an optional part (a note): compare like with like
    plain = ["x" if inline(word) else "" for word in words]
    hostile_md = render_markdown(_sheet(words), GENERATED)
    plain_md = render_markdown(_sheet(plain), GENERATED)
    assert _structure(hostile_md) == _structure(plain_md)
    rendered = PARSER.render(hostile_md)
    assert "<script" not in rendered and "<b>" not in rendered and "<a href=\"http" not in rendered


@settings(max_examples=150, deadline=None)
@given(hostile)
def test_escaped_text_renders_as_exactly_its_characters(text: str) -> None:
    escaped = inline(text)
    assert "\n" not in escaped
    expected = visible(re.sub(r"\s+", " ", text).strip(), single_line=True)
    rendered = MarkdownIt("commonmark").render("x " + escaped) if escaped else ""
    tokens = MarkdownIt("commonmark").parse("x " + escaped)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert {c.type for c in tokens[1].children or []} <= {"text"}, "no emphasis, code, link, html or break"
    if escaped:
        assert html.unescape(rendered.removeprefix("<p>x ").removesuffix("</p>\n")) == expected


def test_a_lone_surrogate_cannot_reach_the_file() -> None:
    assert inline("a\ud800b") == "a\ufffdb"
    sheet = FactSheet(sources=[Source(id="s", path="p", title="bad \udfff", sha256="c" * 64)])
    assert "bad \ufffd" in render_markdown(sheet, GENERATED).encode("utf-8").decode("utf-8")
