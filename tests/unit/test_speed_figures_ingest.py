"""Ingest's shortcuts give what the plain way gives.

* ``decode._controls`` counts control bytes instead of matching ``_CONTROLS`` over the text, where each
  control character is one byte (UTF-8, Windows-1252);
* ``sentences.sentences`` validates all spans of an article in one call instead of one ``Span`` at a time.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.ingest.decode import _CONTROLS, _controls
from factsheet.ingest.sentences import sentences, split_sentences
from factsheet.model import Region

_CHARS = st.characters(codec="utf-8") | st.sampled_from("\x00\x01\x08\t\n\x0b\x0c\r\x0e\x1a\x1b\x1c\x1f\x7f\x85é€’")


@settings(max_examples=300, deadline=None)
@given(st.text(_CHARS, max_size=60), st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-32"]))
def test_control_count_is_the_pattern_count(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return  # not a Windows-1252 text
    assert _controls(data, text, encoding) == len(_CONTROLS.findall(text))


def test_control_count_of_a_long_text_counts_its_first_million_characters() -> None:
    text = "\x01" * 10 + "é" * 999_990 + "\x01" * 5
    assert _controls(text.encode("utf-8"), text, "utf-8") == 10


_SENTENCE_TEXT = st.lists(
    st.sampled_from(["The", "U.S.", "Mr.", "said", "5", "p.m.", "It", "“Yes.”", "no", "J.", "(Why?)", "…", "end."]),
    max_size=14,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(_SENTENCE_TEXT, max_size=4), st.lists(st.sampled_from(["body", "title", "boilerplate"]), max_size=4))
def test_sentences_of_an_article_are_its_paragraphs_sentences(paragraphs: list[str], kinds: list[str]) -> None:
    text, regions = "", []
    for paragraph, kind in zip(paragraphs, kinds):
        if paragraph.strip():
            regions.append(Region(start=len(text), end=len(text) + len(paragraph), kind=kind))  # type: ignore[arg-type]
        text += paragraph + "\n\n"
    expected = [span for r in regions if r.kind == "body" for span in split_sentences(text, r.start, r.end)]
    assert sentences(text, regions) == expected
