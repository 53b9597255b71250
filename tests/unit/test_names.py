"""Person names found by rule: cues, surname resolution, traps, speed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from factsheet.extract.names import (
    find_people,
    is_honorific,
    is_org_word,
    is_title_word,
    resolve_surname,
    surname_of,
    title_before,
)


def names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Transport Minister Jane Roe said on Monday.", [("Jane Roe", "Jane Roe")]),
        ("Defence Secretary John Healey visited.", [("John Healey", "John Healey")]),
        ("The Minister of Transport, Jane Roe, spoke.", [("Jane Roe", "Jane Roe")]),
        ("Jane Roe, 54, a nurse, was afraid.", [("Jane Roe", "Jane Roe")]),
        ("It was late, said Mary Ann Fox.", [("Mary Ann Fox", "Mary Ann Fox")]),
        ("Vice President JD Vance spoke.", [("JD Vance", "JD Vance")]),
        ("Dr. John Smith Jr. agreed.", [("John Smith Jr.", "John Smith Jr.")]),
        ("Secretary of State Marco Polo left.", [("Marco Polo", "Marco Polo")]),
        ("ISIS leader Abu Bakr al-Baghdadi was killed.", [("Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi")]),
        ("Economy Minister Sanne de Groot said so.", [("Sanne de Groot", "Sanne de Groot")]),
        ("Ursula von der Leyen, president of the commission, said so.", [("Ursula von der Leyen", "Ursula von der Leyen")]),
        ("President Luiz Inácio Lula da Silva spoke.", [("Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva")]),
        ("Crown Prince Mohammed bin Salman spoke.", [("Mohammed bin Salman", "Mohammed bin Salman")]),
        ("Elena Park, the company's head of people, said so.", [("Elena Park", "Elena Park")]),
        ("Mr Howard's stance was backed by Michael Howard, the Tory leader.", [("Howard", "Michael Howard"), ("Michael Howard", "Michael Howard")]),
    ],
)
def test_cued_people(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


def test_surname_resolves_to_full_name_used_earlier() -> None:
    text = "Chief executive Jane Roe said no. Later Roe left, and Mr. Roe's deputy stayed."
    found = find_people(text)
    assert [m.name for m in found] == ["Jane Roe", "Jane Roe", "Jane Roe"]
    assert found[1].text == "Roe" and found[1].cue == "known"
    assert found[2].possessive and text[found[2].start : found[2].end] == "Roe"


def test_surname_inside_another_name_is_not_the_person() -> None:
    text = "Senator Tom Hill said no. On Capitol Hill, Hill Street was closed. Hill left. The Hill Foundation met."
    found = find_people(text)
    assert [(m.start, m.name) for m in found] == [(8, "Tom Hill"), (text.index("Hill left"), "Tom Hill")]


def test_surname_before_full_name_resolves_too() -> None:
    text = "Secretary of Defense Roe threatened a fine. Later, Defense Secretary Jane Roe wrote a memo."
    assert [m.name for m in find_people(text)] == ["Jane Roe", "Jane Roe"]


def test_span_excludes_title_and_possessive() -> None:
    text = "OpenAI CEO Sam Mann's memo"
    (m,) = find_people(text)
    assert text[m.start : m.end] == "Sam Mann" and m.possessive


@pytest.mark.parametrize(
    "text",
    [
        "The Department of Defense said on Friday it would act.",
        "General Motors said it would close the plant.",
        "They stayed at the President Hotel in Boston.",
        "The Select Committee on Intelligence met in San Francisco.",
        "San Francisco-based Acme Corp said it had no comment.",
        "Pete Hegseth. Wall Street rose.",  # no cue: an uncued run is no person
        "The president's directive was criticised.",
        "Martin Luther King Jr. marched in Selma.",
        "Analysts at broker Carrow & Finch said the price was low.",
        "Crews from Valley Electric Cooperative said the storm hit.",
        "They walked through Central Park on Sunday.",
    ],
)
def test_traps_give_no_person(text: str) -> None:
    assert names(text) == []


def test_unknown_surname_after_strong_title_is_kept_as_written() -> None:
    assert names("On Friday President Trump spoke.") == [("Trump", "Trump")]


def test_of_phrase_words_are_not_names() -> None:
    text = "the Deputy Secretary for Research and Engineering, Emil Roe, said"
    assert names(text) == [("Emil Roe", "Emil Roe")]


def test_lexicon_helpers() -> None:
    assert is_title_word("Secretary") and is_title_word("CEO") and is_title_word("spokeswoman")
    assert not is_title_word("Pentagon")
    assert is_honorific("Mr.") and is_org_word("Department")
    assert surname_of("Robert F. Kennedy Jr.") == "Kennedy"
    assert resolve_surname("Roe", ["Jane Roe", "Tom Fox", "Ann Roe"]) == "Ann Roe"
    assert resolve_surname("Roe", ["Tom Fox"]) is None
    text = "the Pentagon's Deputy Secretary for Research and Engineering, X"
    t = title_before(text, text.index(","))
    assert t is not None and t.led and text[t.start : t.end] == "Deputy Secretary for Research and Engineering"


def test_seed_people(seeds_dir: Path) -> None:
    text = (seeds_dir / "000_6860e01a48b627b6.txt").read_text(encoding="utf-8-sig")
    found = {m.name for m in find_people(text)}
    assert {"Pete Hegseth", "Dario Amodei", "Emil Michael", "Sam Altman"} <= found
    assert all(len(n.split()) >= 2 for n in found), found


def test_deterministic(seeds_dir: Path) -> None:
    text = (seeds_dir / "002_b4f48b988232e286.txt").read_text(encoding="utf-8-sig")
    assert find_people(text) == find_people(text)


def test_long_single_line_is_fast() -> None:
    unit = "Defence Secretary Jane Roe, 54, a nurse, said Mr. Fox of the Department Of Transport Jo Bo. "
    text = unit * (300_000 // len(unit))
    hostile = "A" * 200_000 + "-b " + "Xy " * 100_000 + "Secretary of " + "Zed " * 50_000
    started = time.perf_counter()
    find_people(text)
    find_people(hostile)
    assert time.perf_counter() - started < 10.0


def test_title_head_far_before_the_name() -> None:
    # the head ("Secretary") stands well before the name: more than the few words read first
    text = "On Monday the Deputy Secretary for Research and Engineering Emil Roe spoke."
    t = title_before(text, text.index("Emil"))
    assert t is not None and text[t.start : t.end] == "Deputy Secretary for Research and Engineering"
    assert names(text) == [("Emil Roe", "Emil Roe")]


def test_lone_words_after_the_or_of() -> None:
    # after "the" or "of" a lone capitalised word is a person only as a known surname with a cue
    text = "Transport Minister Jane Roe spoke. Critics of Roe said the plan failed. The Secretary of Defense agreed."
    found = find_people(text)
    assert [(m.text, m.name, m.cue) for m in found] == [("Jane Roe", "Jane Roe", "title"), ("Roe", "Jane Roe", "speech")]


def test_one_word_runs_need_a_cue() -> None:
    text = "The BBC said NATO and London agreed. President Obama spoke; broker Smith did not. Roe's plan failed."
    assert names(text) == [("Obama", "Obama")]
