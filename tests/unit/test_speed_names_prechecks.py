"""The people finder's cheap pre-checks never change an answer.

``names._title_before`` gives up early when the word before a name ends a sentence
or when the two words before it rule a title out; ``names._context_cue`` tries the
"said Jane Roe" pattern only when the word before the name allows it. Each is
compared here with the full work on generated text.
"""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factsheet.extract import names

_WORDS = [
    "Jane", "Roe", "Secretary", "secretary", "Defense", "of", "the", "The", "and", "for", "said", "told", "to",
    "according", "according to", "said,", "Thursday.", "peg.", "Mr.", "Dr", "U.S.", "e.g.", "F.", "J.", "Inc.", "ex-Gov.", "of.", "...",
    "spokesman", "chief", "executive", "Acme's", "company's", "2010", "in", "London", "Sir", "mme.", "(", ")",
    ",", ".", "—", '"', "Ⓐ", "he-said", "unsaid", "minister", "former",
]
_GAPS = [" ", " ", " ", "  ", "\u00a0", "\n", ""]

_texts = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), min_size=1, max_size=16).map(
    lambda parts: "".join(word + gap for word, gap in parts)
)

_near_kind = names._near_kind


def _full_title_before(
    text: str, pos: int, floor: int, near: tuple[int, str] | None, open_end: bool, lower_ok: bool
) -> names.TitleSpan | None:
    """``_title_before`` with its sentence-end and two-word pre-checks turned off."""
    with (
        patch.object(names, "_near_kind", lambda word: _near_kind(word)._replace(ends_sentence=False)),
        patch.object(names, "_plain_word_ends_no_title", lambda *_args: False),
    ):
        return names._title_before(text, pos, floor, near, open_end, lower_ok)


@settings(max_examples=500, deadline=None)
@given(_texts, st.integers(0, 6))
def test_title_pre_checks_agree_with_the_full_window(text: str, floor: int) -> None:
    floor = min(floor, len(text))
    for pos in range(floor, len(text) + 1):
        near = names._prev_word(text, pos, floor)
        for open_end in (False, True):
            for lower_ok in (False, True):
                fast = names._title_before(text, pos, floor, near, open_end, lower_ok)
                assert fast == _full_title_before(text, pos, floor, near, open_end, lower_ok), (pos, open_end, lower_ok)


@settings(max_examples=500, deadline=None)
@given(_texts, st.integers(0, 6))
def test_speech_before_is_tried_whenever_it_could_match(text: str, floor: int) -> None:
    floor = min(floor, len(text))
    for s in range(floor, len(text) + 1):
        near = names._prev_word(text, s, floor)
        always = (s, ",")  # a "word before" that lets every pattern be tried
        assert names._context_cue(text, floor, s, s, False, near) == names._context_cue(text, floor, s, s, False, always)


def test_a_sentence_period_is_told_from_an_abbreviation() -> None:
    assert names._near_kind("Thursday.").ends_sentence
    assert names._near_kind(".").ends_sentence
    for word in ("Mr.", "U.S.", "e.g.", "F.", "ex-Gov.", "Thursday", ","):
        assert not names._near_kind(word).ends_sentence, word


def _may_always_cue(word: str) -> names._NearKind:
    """The word's kind, saying that any word may cue but "of", "the", "and" ... (where only known names stand)."""
    kind = _near_kind(word)
    return kind._replace(may_cue=not kind.of_any)


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 6))
@example("the spokesman, Jane said", 0)
@example("of Jane said ", 0)
@example("said the minister Roe", 0)
@example("Mr. Roe and Sir Roe", 0)
def test_a_lone_word_is_given_up_only_where_no_cue_can_stand(text: str, floor: int) -> None:
    floor = min(floor, len(text))
    every_near = patch.object(names, "_near_kind", _may_always_cue)
    for m in names._RUN_RE.finditer(text, floor):
        for piece in names._run_pieces(m.group(), m.start()):
            if len(piece) != 1:
                continue
            tok = piece[0]
            for known in ({}, {tok.word: f"Jo {tok.word}"}):
                fast = names._lone_candidate(text, floor, tok, known)
                with every_near:
                    assert fast == names._lone_candidate(text, floor, tok, known), (tok, known)


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 6))
@example("the spokesman, Jane Roe", 0)
@example("a spokesman Jane Roe", 0)
@example("the chief of Defense Jane Roe", 0)
@example("Thursday. Jane Roe said", 0)
def test_a_run_reads_no_title_where_no_cue_can_stand(text: str, floor: int) -> None:
    floor = min(floor, len(text))
    every_near = patch.object(names, "_near_kind", _may_always_cue)
    for m in names._RUN_RE.finditer(text, floor):
        for toks in names._run_pieces(m.group(), m.start()):
            if len(toks) < 2:
                continue
            for known in ({}, {toks[-1].word: f"Jo {toks[-1].word}"}):
                fast = names._candidate(text, floor, toks, known)
                with every_near:
                    assert fast == names._candidate(text, floor, toks, known), (toks, known)
