"""Sentence segmentation: abbreviations, initials and acronyms do not split sentences."""

from __future__ import annotations

import pytest

from factsheet.ingest.sentences import split_sentences


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. Department of Defense set a 5 p.m. deadline on Friday.",
        "Mr. Smith met Dr. Jones at 9 a.m. on Feb. 28 in Sacramento, Calif. to sign it.",
        "President John F. Kennedy spoke, and J. R. R. Tolkien wrote.",
        "Acme Inc. Chief Executive Jane Roe said the U.N. Security Council would meet.",
        "It opened at 4:08 p. m. ET near St. Louis, officials said.",
        "Sen. Warren and Gov. Newsom met No. 10 officials.",
        "Prices rose 3.5% to $1.2 billion.",
    ],
)
def test_one_sentence_stays_whole(sentence: str) -> None:
    assert split(sentence) == [sentence]


def test_sentences_split_at_terminal_punctuation() -> None:
    text = "The vote was 7-2. Critics objected! Will it hold? 2025 will tell… The end."
    assert split(text) == ["The vote was 7-2.", "Critics objected!", "Will it hold?", "2025 will tell…", "The end."]


def test_quotes_stay_with_their_sentence() -> None:
    text = "“We will act.” The minister left. He said: \"No. \" Then he went. 'Why?' she asked."
    assert split(text) == [
        "“We will act.”",
        "The minister left.",
        'He said: "No. "',
        "Then he went.",
        "'Why?' she asked.",
    ]


def test_ambiguous_abbreviation_splits_before_a_sentence_opener() -> None:
    assert split("The firm moved to the U.S. The move cost $5 million.") == [
        "The firm moved to the U.S.",
        "The move cost $5 million.",
    ]
    assert split("The meeting ends at 5 p.m. Officials said so.") == ["The meeting ends at 5 p.m. Officials said so."]


def test_lowercase_after_a_period_does_not_split() -> None:
    assert split("It cost approx. three times more, i.e. too much.") == [
        "It cost approx. three times more, i.e. too much."
    ]


def test_offsets_index_the_text() -> None:
    text = "  First one.  Second one.\n"
    spans = split_sentences(text, 0, len(text))
    assert [(s.start, s.end) for s in spans] == [(2, 12), (14, 25)]


def test_doubled_apostrophe_quotes_close_a_sentence() -> None:
    text = "He said it was ''over.'' Then he left. She wrote ''Never.'' ''Maybe,'' he said."
    assert split(text) == ["He said it was ''over.''", "Then he left.", "She wrote ''Never.''", "''Maybe,'' he said."]
