"""The quote extractor's cheap checks never change an answer.

``attribution.trailing_attribution`` gives up before tokenising when its words hold no
comma, ``quotes._few_words`` counts a quote's words only up to one past the limit, and
``quotes._Item.open`` is kept from construction instead of read from the first part each
time; each is compared here with the plain work on generated text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract import attribution, quotes
from factsheet.extract.quote_spans import Part

_PIECES = st.sampled_from(
    [
        " ", "  ", "\n", "\t", "\u00a0", ",", ",,", ".", "!", '"', "“", "”", "'", "’", "-", "(", ")", ":", "…",
        "Jane", "Doe", "Mr.", "U.S.", "J.", "said", "added", "told", "the", "a", "spokeswoman", "he", "don't",
        "Doe's", "operators'", "well-known", "3,000", "1.5", "e.g.", "Acme", "Inc.", "who", "in", "pool",
    ]
)
_texts = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_texts, st.data())
def test_a_comma_in_the_text_is_a_comma_token(text: str, data: st.DataObject) -> None:
    """What the comma pre-check relies on: every "," is a token of its own, and every "," token is a ","."""
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    commas = [pos for token, pos in attribution._tokens(text, start, end) if token == ","]
    assert commas == [pos for pos in range(start, end) if text[pos] == ","]


class _AlwaysComma(str):
    """A text whose ``find`` always reports a comma: the pre-check never stops, the plain path runs."""

    def find(self, *_args: object) -> int:  # type: ignore[override]
        return 0


@settings(max_examples=1500, deadline=None)
@given(_texts, st.data())
def test_trailing_attribution_with_and_without_the_comma_check(text: str, data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(["", '"We won," ', "“It ends” "])) + text + data.draw(
        st.sampled_from(["", ", said Jane Doe.", ", Jane Doe added.", ", added Mr. Doe", " Doe told them."])
    )
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    assert attribution.trailing_attribution(text, start, end) == attribution.trailing_attribution(
        _AlwaysComma(text), start, end
    )


def test_trailing_attribution_still_reads_a_comma() -> None:
    text = '"It is over" for the fleet, said Jane Doe.'
    speaker = attribution.trailing_attribution(text, text.index(" for"), len(text))
    assert speaker is not None and speaker.phrase == "Jane Doe"


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["a", "bb", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "x y", "—"]), max_size=16))
def test_few_words_agrees_with_a_full_count(pieces: list[str]) -> None:
    text = "".join(pieces)
    part = Part(0, 0, len(text), len(text))
    for most in range(6):
        assert quotes._few_words(text, part, most) == (len(text.split()) <= most), (text, most)


_QUOTE_PIECES = st.sampled_from(
    ['"We won,"', '"It is over."', "“Not yet,”", "“we go on.”", " ", " she said, ", " said Jane Doe. ", "\n",
     "Jane Doe said: ", "'Fine,'", " he added, ", "the ", "“scare”", ". ", "Acme said "]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_QUOTE_PIECES, max_size=14))
def test_an_items_open_stays_its_first_parts_open(pieces: list[str]) -> None:
    """``_Item.open`` is kept from construction: merging split quotes only appends parts."""
    text = "".join(pieces)
    items = quotes._items(text, 0, len(text))
    skip = sorted((p.start, p.end) for item in items for p in item.parts)
    people = quotes.People(text, [(0, len(text))], skip)
    quotes._attribute(text, items, lambda: people)
    for item in items:
        assert item.open == item.parts[0].open


def test_a_split_quote_keeps_its_opening() -> None:
    text = '"We won," she said, "and we go on."'
    items = quotes._items(text, 0, len(text))
    kept = quotes._attribute(text, items, lambda: quotes.People(text, [(0, len(text))], []))
    assert len(kept) == 1 and len(kept[0].parts) == 2 and kept[0].open == 0 == kept[0].parts[0].open
