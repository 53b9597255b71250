"""Properties over any text (hypothesis): the pipeline never raises and never loses or shifts text.

For any text: ingest -> extract never raises; every anchor's ``exact``,
``prefix`` and ``suffix`` are slices of the source; ingest -> extract ->
reconcile -> TOML export -> load gives back the same sources, facts and
discrepancies. The text strategy mixes news-like tokens (quote marks, numbers,
money, months, weekdays, names, titles, "said") with arbitrary Unicode.
"""

from __future__ import annotations

import io
import json
import tomllib
from contextlib import redirect_stdout
from datetime import UTC, datetime

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factsheet.model import CONTEXT_CHARS, FACT_KINDS, Fact, Source
from tests.hostile import checks

_ANY = st.characters(exclude_categories=("Cs",))
"""Any character a file can hold (no lone surrogates)."""
WORDS = (
    "the council budget will we not risk lives people bridge work plan company shares fell rose "
    "talks deal government police court ruling strike jobs prices about nearly some at least more than"
).split()
ODD = [
    "[bold]", "[/]", "[@click=app.quit]", "[link=https://x]", "\x1b[31m", "\x1b]52;c;eA==\x07", "\x9b", "\x85", "\u202e",
    "\u2066", "\u200f", "\u200b", "\ufeff", "\u2028", "\x07", "\x08", "\t", "é", "e\u0301", "🇬🇧", "👩\u200d👧", "漢字",
    "*", "_", "`", "#", "|", "<b>", "&amp;", "\\", '"""', "'''",
]  # fmt: skip
NAMES = ["Ana Lima", "Lima", "Tomas Berg", "Berg", "Dr. Mira Osei", "Mr. Ken Ito", "she", "he", "they", "the company"]
TITLES = ["", "Mayor", "Finance Minister", "chief executive", "police spokeswoman", "Judge"]
SPEECH = ["said", "says", "told reporters", "said on Monday", "added", "warned"]
QUOTE_MARKS = [("“", "”"), ('"', '"'), ("''", "''"), ("‘", "’"), ("«", "»"), ("“", ""), ("", "”"), ("„", "“")]
WHEN = [
    "on Monday", "on March 3", "on 3 March 2026", "on 2026-02-27", "by Friday", "at 5 p.m.", "at 9:30 a.m. EST",
    "at noon GMT", "for six months", "within 24 hours", "in weeks-long talks", "last year", "in January",
]  # fmt: skip

word = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(ODD), st.text(_ANY, min_size=1, max_size=5))
phrase = st.lists(word, min_size=1, max_size=10).map(" ".join)
money = st.builds(
    "{}{}{}".format,
    st.sampled_from(["$", "€", "£", "US$", "¥"]),
    st.one_of(st.integers(0, 999_999).map(str), st.sampled_from(["1,200", "3.5", "0.75", "12,000,000"])),
    st.sampled_from(["", " million", " billion", "bn", "m", " trillion"]),
)
number = st.builds(
    "{}{}{}".format,
    st.sampled_from(["", "about ", "nearly ", "more than ", "hundreds of "]),
    st.one_of(st.integers(0, 100_000).map(str), st.sampled_from(["4.5", "1,200", "twelve", "40"])),
    st.sampled_from(["", "%", " percent", " people", " jobs"]),
)
quote_sentence = st.builds(
    lambda marks, words, title, name, verb: f"{marks[0]}{words},{marks[1]} {title} {name} {verb}.",
    st.sampled_from(QUOTE_MARKS), phrase, st.sampled_from(TITLES), st.sampled_from(NAMES), st.sampled_from(SPEECH),
)
figure_sentence = st.builds(
    lambda name, verb, amount, when, words: f"{name} {verb} {amount} {words} {when}.",
    st.sampled_from(NAMES), st.sampled_from(SPEECH), st.one_of(money, number), st.sampled_from(WHEN), phrase,
)
role_sentence = st.builds(
    lambda title, name, words: f"{title} {name} {words}.", st.sampled_from(TITLES), st.sampled_from(NAMES), phrase
)
sentence = st.one_of(quote_sentence, figure_sentence, role_sentence, phrase, st.text(_ANY, max_size=12))
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
news_text = st.builds(
    lambda headline, dateline, paragraphs, newline: headline + newline * 2 + dateline + (newline * 2).join(paragraphs),
    phrase,
    st.sampled_from(["", "LONDON, June 1 (Wire) — ", "WASHINGTON — ", "date 2026-02-28\n"]),
    st.lists(paragraph, min_size=1, max_size=5),
    st.sampled_from(["\n", "\r\n", "\r", "\u2028", " "]),
)
"""News-shaped articles (quotes, figures, dates, names, titles, "said") with arbitrary Unicode mixed in."""

PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _source(text: str, source_id: str) -> Source | None:
    from factsheet.ingest import source_from_bytes
    from factsheet.ingest.decode import DecodeError

    try:
        source, _ = source_from_bytes(text.encode("utf-8"), f"{source_id}.txt", source_id)
    except DecodeError:  # empty, binary-looking: refused with a message, by design
        return None
    return source


def _check_anchors(facts: list[Fact], texts: dict[str, str]) -> None:
    for fact in facts:
        assert fact.kind in FACT_KINDS
        assert fact.evidence, fact
        for anchor in fact.evidence:
            text = texts[anchor.source]
            assert 0 <= anchor.start <= anchor.end <= len(text)
            assert anchor.exact == text[anchor.start : anchor.end]
            assert anchor.prefix == text[max(0, anchor.start - CONTEXT_CHARS) : anchor.start]
            assert anchor.suffix == text[anchor.end : anchor.end + CONTEXT_CHARS]


@PROPERTY
@given(news_text)
def test_extraction_never_raises_and_anchors_are_slices(text: str) -> None:
    from factsheet.extract import extract_facts

    source = _source(text, "a")
    if source is None:
        return
    facts = extract_facts(source)
    assert len({f.id for f in facts}) == len(facts)
    _check_anchors(facts, {"a": source.text})


@PROPERTY
@given(news_text, news_text)
def test_pipeline_round_trips_through_toml(first: str, second: str) -> None:
    from factsheet.export.toml import dump_toml, load_toml
    from factsheet.extract import extract_facts
    from factsheet.reconcile import reconcile

    sources = [s for s in (_source(first, "a"), _source(second, "b")) if s is not None]
    facts = [f for s in sources for f in extract_facts(s)]
    sheet = reconcile(sources, facts)
    _check_anchors(sheet.facts, {s.id: s.text for s in sources})
    generated = datetime(2026, 2, 27, 17, 1, tzinfo=UTC)
    loaded, when = load_toml(dump_toml(sheet, generated))
    assert when == generated
    assert checks.dump(loaded) == checks.dump(sheet)


@settings(max_examples=200, deadline=None)
@given(st.text(_ANY))
@example("\u200f")  # RIGHT-TO-LEFT MARK
@example("\u061c")  # ARABIC LETTER MARK
def test_toml_strings_round_trip_and_are_inert(text: str) -> None:
    from factsheet.review import toml_text

    document = f"k = {toml_text.string(text)}\n"
    assert tomllib.loads(document)["k"] == text
    checks.assert_inert(document, "TOML string")


@settings(max_examples=200, deadline=None)
@given(st.text(_ANY))
@example("\x9b")  # C1 CSI
@example("\u202e")  # RIGHT-TO-LEFT OVERRIDE
def test_json_output_round_trips_and_is_inert(text: str) -> None:
    from factsheet.commands.common import print_json

    buffer = io.StringIO()
    with redirect_stdout(buffer):
        print_json({"text": text})
    assert json.loads(buffer.getvalue())["text"] == text
    checks.assert_inert(buffer.getvalue(), "JSON output")


@settings(max_examples=200, deadline=None)
@given(st.text(_ANY))
def test_table_text_is_inert(text: str) -> None:
    from factsheet.commands.render import literal

    checks.assert_inert(literal(text).plain, "table cell")


@settings(max_examples=100, deadline=None)
@given(news_text)
def test_markdown_inline_text_is_one_plain_paragraph(text: str) -> None:
    from factsheet.export.escape import inline

    safe = inline(text)
    checks.assert_inert(safe, "Markdown")
    shape = checks.structure(safe)
    if not safe:
        assert shape == []
        return
    assert [t[0] for t in shape] == ["paragraph_open", "inline", "paragraph_close"]
    assert shape[1][4] == ()  # only text: no link, emphasis, code, HTML or break
    assert checks.shown_text(safe) == safe_text_of(text)


def safe_text_of(text: str) -> str:
    from factsheet.safe_text import visible

    return visible(" ".join(text.split()), single_line=True)
