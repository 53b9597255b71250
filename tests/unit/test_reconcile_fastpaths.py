"""The reconcilers' fast paths give what the plain computations give (they exist only for speed)."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.model import Anchor, Fact, Source
from factsheet.reconcile import norm, reconcile, stories
from factsheet.reconcile.context import context_words, near_words
from factsheet.reconcile.merge import cluster_facts


def _plain_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(norm._APOSTROPHES))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x2FF) | st.sampled_from("\u2019\u201c\u201d`"),
               max_size=40))
def test_fold_fast_path_matches_full_normalisation(text: str) -> None:
    assert norm.fold.__wrapped__(text) == _plain_fold(text)


def test_spelling_table_covers_every_form() -> None:
    assert norm.words("The Defence Organisation's programmes, tyres and centre's") == (
        "the", "defense", "organization's", "programs", "tires", "and", "center's",
    )
    for british in norm.SPELLING:
        for form in (british, british + "s", british + "'s", british + "s's", british + "x"):
            assert norm._SPELLED.get(form, form) == norm._spelled(form)


_LOOK_BEHIND_FIRST = re.compile(r"(?<=[a-z,;] )([A-Z][a-zA-Z'\u2019-]{3,})")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aqZQ ,;.'\u2019-\n"), max_size=60))
def test_proper_name_pattern_matches_the_plain_look_behind(text: str) -> None:
    assert stories._PROPER.findall(text) == _LOOK_BEHIND_FIRST.findall(text)


def _stories_all_candidates(source_ids: list[str], names: dict[str, set[str]]) -> dict[str, str]:
    """The story grouping computed the plain way: every candidate story's dot product over every name."""
    weight = stories.name_weights(names, len(source_ids))
    centroids: list[dict[str, float]] = []
    norms: list[float] = []
    holders: dict[str, list[int]] = defaultdict(list)
    story_of: dict[str, int] = {}
    for source in source_ids:
        vector = {name: weight[name] for name in names[source] if name in weight}
        length = math.sqrt(sum(x * x for x in vector.values()))
        best, best_similarity = -1, 0.0
        if length:
            for c in sorted({c for name in vector for c in holders.get(name, ())}):
                dot = sum(x * centroids[c].get(name, 0.0) for name, x in vector.items())
                if dot / (length * norms[c]) > best_similarity:
                    best, best_similarity = c, dot / (length * norms[c])
        if best < 0 or best_similarity < stories.SIMILARITY:
            best = len(centroids)
            centroids.append({})
            norms.append(1.0)
        for name, x in vector.items():
            if name not in centroids[best]:
                holders[name].append(best)
            centroids[best][name] = centroids[best].get(name, 0.0) + x
        norms[best] = math.sqrt(sum(x * x for x in centroids[best].values())) or 1.0
        story_of[source] = best
    first: dict[int, str] = {}
    for source in source_ids:
        first.setdefault(story_of[source], source)
    return {source: first[story_of[source]] for source in source_ids}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sets(st.sampled_from([f"name{i}" for i in range(14)]), max_size=6), min_size=1, max_size=24))
def test_story_grouping_matches_every_candidate_compared(held: list[set[str]]) -> None:
    ids = [f"s{i:02d}" for i in range(len(held))]
    people = [(sid, name) for sid, names in zip(ids, held, strict=True) for name in sorted(names)]
    expected = _stories_all_candidates(ids, {sid: {"person:" + n for n in names} for sid, names in zip(ids, held, strict=True)})
    assert stories.stories(ids, people) == expected


_STORY = " More on the Springfield council, the Acme builders and the Harbour bridge."
"""Names both articles of a test share, so they are one story (see reconcile.stories)."""


def _source(sid: str, text: str) -> Source:
    return Source(id=sid, path=f"{sid}.txt", sha256="0" * 64, text=text + _STORY)


def _fact(source: Source, kind: str, exact: str, value: str, subject: str) -> Fact:
    start = source.text.index(exact)
    return Fact(id=f"{source.id}-{start}", kind=kind, text=exact, subject=subject, value=value,  # type: ignore[arg-type]
                evidence=[Anchor.of(source, start, start + len(exact))])


def test_a_quote_without_words_joins_no_other_quote() -> None:
    a = _source("a", 'Jo Bloggs said "--" and then "we will build the bridge" to the council.')
    b = _source("b", 'Jo Bloggs said "we will build the bridge by spring" at the meeting.')
    facts = [_fact(a, "quote", "--", "--", "Jo Bloggs"),
             _fact(a, "quote", "we will build the bridge", "we will build the bridge", "Jo Bloggs"),
             _fact(b, "quote", "we will build the bridge by spring", "we will build the bridge by spring", "Jo Bloggs")]
    sheet = reconcile([a, b], facts)
    values = sorted(f.value for f in sheet.facts)
    assert values == ["--", "we will build the bridge by spring"]  # the excerpt joined the longer quote
    [longer] = [f for f in sheet.facts if f.value.endswith("spring")]
    assert longer.source_ids == ["a", "b"]


def test_figure_context_is_read_from_every_merged_fact() -> None:
    a = _source("a", "The council approved a $200 million budget for the harbour bridge repairs.")
    b = _source("b", "Engineers said the $200m bridge contract covers steel and paint.")
    facts = [_fact(a, "money", "$200 million", "USD 200000000", "budget"),
             _fact(b, "money", "$200m", "USD 200000000", "budget")]
    [cluster] = cluster_facts([a, b], facts)
    by_id = {a.id: a, b.id: b}
    assert cluster.context == context_words(facts[0], by_id) | context_words(facts[1], by_id)
    assert cluster.near == near_words(facts[0]) | near_words(facts[1])
    assert {"counc", "engin"} <= cluster.context


_DOT_AFTER_LOOK_BEHIND = re.compile(r"(?<=\b[a-z])\.(?=[a-z]\b\.?)|(?<=\b[a-z]\.[a-z])\.")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab. u.s9\n"), max_size=40))
def test_abbreviation_dots_match_the_plain_look_behind(text: str) -> None:
    assert norm._ABBREV_DOT.sub("", text) == _DOT_AFTER_LOOK_BEHIND.sub("", text)
    assert norm.words("The U.S. and the u.k said") == ("the", "us", "and", "the", "uk", "said")
