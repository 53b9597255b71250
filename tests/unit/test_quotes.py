"""Quote extraction: marks, attribution, speakers, scare quotes, traps and speed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract.quotes import extract_quotes
from factsheet.model import Fact, Region, Source
from tests.helpers import body_source


def make_source(text: str, source_id: str = "t") -> Source:
    """A source whose whole text is body (as ingest marks a plain article)."""
    return body_source(text, source_id)


def quotes(text: str) -> list[Fact]:
    source = make_source(text)
    facts = extract_quotes(source)
    for fact in facts:
        assert fact.kind == "quote"
        for anchor in fact.evidence:
            assert anchor.mismatch(text) is None
            assert anchor.exact == anchor.exact.strip()
    return facts


def by_value(facts: list[Fact]) -> dict[str, Fact]:
    return {f.value: f for f in facts}


def test_curly_quote_with_inverted_attribution() -> None:
    text = "The mayor spoke on Monday.\n\n“We will rebuild the bridge,” said Jane Doe, a city spokeswoman.\n"
    [fact] = quotes(text)
    assert fact.text == "We will rebuild the bridge,"
    assert fact.value == "We will rebuild the bridge"
    assert fact.subject == "Jane Doe"
    assert fact.evidence[0].exact == "We will rebuild the bridge,"  # no quote marks in the anchor


def test_straight_quotes_and_titles_stripped() -> None:
    text = 'Defense Secretary Pete Hegseth said "the deadline stands and will not move" after the meeting.\n'
    [fact] = quotes(text)
    assert fact.subject == "Pete Hegseth"
    assert fact.value == "the deadline stands and will not move"


def test_double_apostrophes_as_quote_marks_and_surname_resolution() -> None:
    text = (
        "The city opened two shelters, a spokeswoman, Maria Elena Ruiz, said on Sunday.\n\n"
        "''Residents come here to find out whether their families are safe,'' Ms. Ruiz said.\n\n"
        "''I said 'no' twice,'' she added.\n"
    )
    facts = quotes(text)
    assert [f.value for f in facts] == ["Residents come here to find out whether their families are safe", "I said 'no' twice"]
    assert [f.subject for f in facts] == ["Maria Elena Ruiz", "Maria Elena Ruiz"]


def test_british_single_quotes_and_descriptive_speaker() -> None:
    text = (
        "Transport Minister Aiko Fujita visited the site on Thursday.\n\n"
        "‘We will inspect every kilometre of similar track,’ the minister said.\n"
    )
    [fact] = quotes(text)
    assert fact.value == "We will inspect every kilometre of similar track"
    assert fact.subject == "Aiko Fujita"


def test_split_quote_is_one_fact_with_two_anchors() -> None:
    text = '"They told us on Monday," Gareth Lowe said, "and they told the City this morning."\n'
    [fact] = quotes(text)
    assert len(fact.evidence) == 2
    assert [a.exact for a in fact.evidence] == ["They told us on Monday,", "and they told the City this morning."]
    assert fact.text == "They told us on Monday, and they told the City this morning."
    assert fact.subject == "Gareth Lowe"


def test_quote_after_a_full_stop_is_a_new_fact_with_the_same_speaker() -> None:
    text = (
        "At the shelter, volunteer Mike Ortega said twelve families slept on cots.\n\n"
        '"Some of these folks have been in the dark for a day," he said. "They are cold and scared."\n'
    )
    facts = quotes(text)
    assert len(facts) == 2
    assert [f.subject for f in facts] == ["Mike Ortega", "Mike Ortega"]


def test_quote_running_over_paragraphs() -> None:
    text = (
        "Mayor Lisa Tran spoke at length.\n\n"
        "“The first thing we did was call the utility.\n\n"
        "“The second thing was to open the shelters,” she said.\n"
    )
    [fact] = quotes(text)
    assert len(fact.evidence) == 2
    assert fact.value == "The first thing we did was call the utility. The second thing was to open the shelters"
    assert fact.subject == "Lisa Tran"


def test_hard_wrapped_quote_runs_over_lines_but_not_over_paragraphs() -> None:
    text = (
        'The mayor said the city was ready. "We have\n'
        "been preparing for this storm for weeks and we\n"
        'will be fine," said Mayor Jane Doe on Monday.\n\n'
        '"This one never closes\n\nA new paragraph with no marks.\n'
    )
    [fact] = quotes(text)
    assert fact.value == "We have been preparing for this storm for weeks and we will be fine"
    assert len(fact.evidence) == 3
    assert fact.subject == "Jane Doe"


def test_block_quote_after_a_colon() -> None:
    text = (
        "CEO Dario Amodei rejected the demand.\n\n"
        "Amodei said frankly in a blog post:\n\n"
        "We simply cannot, in good conscience, agree to their demands.\n\n"
        "The president used strong language on social media, posting:\n\n"
        "Nobody will tell this country how to run its military.\n"
    )
    facts = quotes(text)
    assert [f.value for f in facts] == [
        "We simply cannot, in good conscience, agree to their demands.",
        "Nobody will tell this country how to run its military.",
    ]
    assert facts[0].subject == "Dario Amodei"


def test_block_needs_a_speech_cue() -> None:
    text = "The measures include:\n\nA ban on new contracts and a review of existing ones.\n"
    assert quotes(text) == []


def test_colon_then_quote_with_surname() -> None:
    text = 'Chief executive Dario Amodei met the minister.\n\nAmodei added: "These threats do not change our position."\n'
    [fact] = quotes(text)
    assert fact.subject == "Dario Amodei"


def test_pronoun_resolves_to_the_fitting_person() -> None:
    text = (
        "Spokeswoman Jane Roe said the talks went on. Mr. John Poe, the union chief, left early.\n\n"
        "“We will be back at the table on Monday morning,” she said.\n"
    )
    [fact] = quotes(text)
    assert fact.subject == "Jane Roe"


def test_inverted_attribution_before_the_quote_and_person_of_organisation() -> None:
    text = (
        "The puzzle, says Nora Lindgren, a historian at the archive, is that she was "
        '"one of the most influential mayors the city ever had."\n\n'
        '"It was the least costly option," Mr. Abbott of the River Trust said.\n'
    )
    assert [f.subject for f in quotes(text)] == ["Nora Lindgren", "Abbott"]


def test_attribution_closing_the_sentence_and_in_the_sentence_before() -> None:
    text = (
        '"Harbor Air now stands where its rivals stood five years ago" with its fleet, said analyst Tim Okoye.\n\n'
        "Party spokesman Owen Pryor said the scandal had hurt trust in the council. "
        '"Questions of honesty have a lasting effect on how voters see every one of us."\n\n'
        'And Vidal agreed, adding: "It is unfair and they should have waited for the audit."\n'
    )
    assert [f.subject for f in quotes(text)] == ["Tim Okoye", "Owen Pryor", "Vidal"]


def test_pronoun_skips_places_and_firms_named_like_people() -> None:
    text = (
        "Premier Anna Collins announced the package on Wednesday. It includes $420 million for the Coral Motorway.\n\n"
        '"We will rebuild higher and stronger than before," she said.\n\n'
        "The defence secretary, Grace Holloway, ordered a review of the contract with the shipbuilder, Kestrel Yards. "
        "A spokesperson for Kestrel Yards said the company was committed.\n\n"
        "‘That ends now, and I will not sign another cheque,’ Ms Holloway said. ‘We owe taxpayers better than this.’\n\n"
        "‘I will not be lectured on this by anyone in this building,’ she said.\n"
    )
    assert [f.subject for f in quotes(text)] == ["Anna Collins", "Grace Holloway", "Grace Holloway", "Grace Holloway"]


def test_surnames_that_are_also_titles() -> None:
    text = (
        '"We will win the county," said Rosa King, a veteran organiser.\n\n'
        '"Nobody expected this," Ms. King said later.\n'
    )
    assert [f.subject for f in quotes(text)] == ["Rosa King", "Rosa King"]


def test_british_article_with_unnamed_spokesperson_and_block_after_social_post() -> None:
    text = (
        "The environment secretary, David Lomax, told colleagues it would be 'a disaster for air quality'.\n\n"
        "A Downing Street spokesperson said no decision had been taken. "
        "'The prime minister wants to hear all views before deciding,' the spokesperson added.\n\n"
        "Transport secretary Rachel Okafor backs the plan. Okafor hit back in a post on social media:\n\n"
        "Bus lanes that sit empty for 20 hours a day do nothing for anyone.\n\n"
        "Tom Ellery, who chairs the transport board, said councils would need 'proper funding', "
        "adding: 'We will not be left to pick up the bill.'\n"
    )
    assert [(f.value, f.subject) for f in quotes(text)] == [
        ("a disaster for air quality", "David Lomax"),
        ("The prime minister wants to hear all views before deciding", "Downing Street spokesperson"),
        ("Bus lanes that sit empty for 20 hours a day do nothing for anyone.", "Rachel Okafor"),
        ("proper funding", "Tom Ellery"),
        ("We will not be left to pick up the bill.", "Tom Ellery"),
    ]


def test_wire_story_patterns() -> None:
    text = (
        'U.S. District Judge Maria Castellanos wrote that the state had offered "no evidence whatsoever" of fraud. '
        '"The burden on voters is real," she wrote, "and the justification is not."\n\n'
        '"This isn\'t about politics," said the Rev. James Owusu, whose church runs a voter drive. '
        '"It\'s about whether my congregation can vote.\n\n'
        '"Today a judge said enough."\n\n'
        'The statement from the governor\'s office read: "The governor will review the decision."\n'
    )
    facts = quotes(text)
    assert [(f.value, f.subject, len(f.evidence)) for f in facts] == [
        ("no evidence whatsoever", "Maria Castellanos", 1),
        ("The burden on voters is real, and the justification is not.", "Maria Castellanos", 2),
        ("This isn't about politics", "James Owusu", 1),
        ("It's about whether my congregation can vote. Today a judge said enough.", "James Owusu", 2),
        ("The governor will review the decision.", "the governor's office", 1),
    ]


def test_sports_story_traps() -> None:
    text = (
        "The 6'2\" rookie from Dublin, Conor O'Brien, scored 31 points on Saturday.\n\n"
        '"The \'90s kids in my family are going to lose it," O\'Brien told reporters.\n\n'
        'Coach Denise Marlow said O\'Brien had "earned every minute" and praised his defense.\n\n'
        "The Lakers' LeBron Carter, who scored 28, was less impressed. Asked about the rookie, he shrugged: "
        '"He had a good night. We\'ll see him again."\n'
    )
    assert [(f.value, f.subject) for f in quotes(text)] == [
        ("The '90s kids in my family are going to lose it", "Conor O'Brien"),
        ("earned every minute", "Denise Marlow"),
        ("He had a good night. We'll see him again.", "LeBron Carter"),
    ]


def test_it_said_refers_to_the_company_named() -> None:
    text = (
        "Solvane Technologies lowered its revenue forecast on Thursday, blaming a shortage of chips that it said "
        'would last "well into next year."\n\n'
        "A company spokeswoman said: \"We don't comment on rumours.\"\n"
    )
    assert [(f.value, f.subject) for f in quotes(text)] == [
        ("well into next year.", "Solvane Technologies"),
        ("We don't comment on rumours.", "company spokeswoman"),
    ]


def test_organisation_pronoun_and_according_to() -> None:
    text = (
        "“We hope our leaders will put aside their differences,” the letter said.\n\n"
        "“They are trying to divide each company with fear,” it added.\n\n"
        "According to Acme Corp, “the plant will stay open through the winter.”\n"
    )
    facts = quotes(text)
    assert [f.subject for f in facts] == ["the letter", "the letter", "Acme Corp"]


def test_scare_quotes_and_titles_are_left_out() -> None:
    text = (
        "WallstreetCN noted that the Pentagon required access for “all lawful uses.”\n\n"
        'Officials threatened to designate the company a "supply chain risk" within days.\n\n'
        "Employees signed an open letter titled “We Will Not Be Divided.”\n\n"
        "Anthropic refused, citing concerns over “mass surveillance” and “fully autonomous weapons.”\n"
    )
    assert quotes(text) == []


def test_named_works_are_not_quotes_even_with_a_speaker() -> None:
    text = (
        "Senator Jane Doe said on Channel 9’s “Sunday Report” that the bill was dead.\n\n"
        '"We will try again next year," Doe told Radio North\'s "Morning Desk."\n'
    )
    assert [f.value for f in quotes(text)] == ["We will try again next year"]


def test_short_quote_next_to_its_verb_is_kept() -> None:
    text = "Yuki Mori, the plaintiffs’ lawyer, called the ruling “a clear victory.”\n\n“Stay safe,” Jones said.\n"
    facts = quotes(text)
    assert [(f.value, f.subject) for f in facts] == [("a clear victory.", "Yuki Mori"), ("Stay safe", "Jones")]


def test_short_phrases_after_an_attributed_quote_in_the_same_sentence() -> None:
    text = (
        'Mayor Ellis said Thursday that the city "welcomes" a state review of "staffing problems" in the fire service.\n\n'
        'Garcia also pledged to "finish what we started" at the party conference.\n\n'
        'He was given "a fair hearing." The report called it "a sham" in several places.\n'
    )
    facts = quotes(text)
    assert [(f.value, f.subject) for f in facts[:3]] == [
        ("welcomes", "Ellis"),
        ("staffing problems", "Ellis"),
        ("finish what we started", "Garcia"),
    ]
    assert "a fair hearing." not in by_value(facts)


def test_apostrophes_are_not_quotes() -> None:
    text = (
        "We don’t know. It’s the ’90s again, rock ’n’ roll is back and the students’ union isn’t happy.\n"
        "Don't worry, it's the '90s, y'all.\n"
    )
    assert quotes(text) == []


def test_nested_quotes_stay_inside() -> None:
    text = "“He told me ‘never again,’ and I believed him,” she said.\n"
    [fact] = quotes(text)
    assert fact.value == "He told me 'never again,' and I believed him"


def test_unbalanced_marks_do_not_swallow_the_article() -> None:
    text = (
        "He said “this quote is never closed and runs on.\n\n"
        'The next paragraph has "a proper quote from the mayor," said Jane Doe.\n\n'
        "A stray closing mark” here and a lone \" there.\n"
    )
    facts = quotes(text)
    assert "a proper quote from the mayor" in by_value(facts)
    assert all(len(a.exact) < 60 for f in facts for a in f.evidence)


def test_only_body_regions_are_read() -> None:
    text = "“Headline quote here in the title,” he said\n\n“Body quote stands here,” said Jane Doe.\n"
    source = make_source(text)
    split = text.index("\n\n")
    source = source.model_copy(
        update={"regions": [Region(kind="title", start=0, end=split), Region(kind="body", start=split + 2, end=len(text))]}
    )
    assert [f.value for f in extract_quotes(source)] == ["Body quote stands here"]


def test_seed_block_quotes_found_with_speakers(seeds_dir: Path) -> None:
    from factsheet.ingest import read_source

    source = read_source(seeds_dir / "000_6860e01a48b627b6.txt", "000")
    facts = by_value(extract_quotes(source))
    amodei = facts["We simply cannot, in good conscience, agree to their demands."]
    assert amodei.subject == "Dario Amodei"
    block = [f for v, f in facts.items() if v.startswith("So long as negotiations are in good faith")]
    assert [f.subject for f in block] == ["Emil Michael"]
    assert "all lawful uses." not in facts and "all lawful uses" not in facts


def test_seeds_are_deterministic(seeds_dir: Path) -> None:
    from factsheet.ingest import read_source

    for path in sorted(seeds_dir.glob("*.txt")):
        first = [f.model_dump() for f in extract_quotes(read_source(path, path.stem))]
        second = [f.model_dump() for f in extract_quotes(read_source(path, path.stem))]
        assert first == second
        ids = [f["id"] for f in first]
        assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "line",
    [
        "“unclosed " * 100_000,
        "'a " * 300_000,
        '" x' * 300_000,
        "''" * 400_000 + "said Jane Doe",
        ("said “" + "word " * 50) * 4_000,
    ],
    ids=["curly-unclosed", "single-straight", "straight-double", "apostrophe-run", "said-unclosed"],
)
def test_unbalanced_marks_in_a_1mb_line_stay_fast(line: str) -> None:
    source = make_source(line[:1_000_000])
    began = time.perf_counter()
    extract_quotes(source)
    assert time.perf_counter() - began < 5.0  # linear work takes well under a second; backtracking takes minutes


@pytest.mark.parametrize("unit", ["'' x ", "He said, “a b c,” "], ids=["nyt-pairs", "many-quotes"])
def test_dense_quotes_scale_linearly(unit: str) -> None:
    """Ten times the quotes take about ten times as long, not a hundred."""

    def seconds(copies: int) -> float:
        source = make_source(unit * copies)
        best = float("inf")
        for _ in range(3):  # CPU time, best of three: other processes on a busy machine do not count
            began = time.process_time()
            extract_quotes(source)
            best = min(best, time.process_time() - began)
        return best

    small, large = seconds(2_000), seconds(20_000)
    assert large < 30 * max(small, 0.01)


_PIECES = st.sampled_from(
    ["“", "”", '"', "''", "'", "‘", "’", " ", "\n", "\n\n", ":", ",", ".", " said Jane Doe", " he said", "Mr. Poe",
     "word", "We will", "according to Acme", "—", "(", ")", "«", "»", "„", "don't", "’90s", "The", "a"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_any_text_gives_valid_anchored_facts(pieces: list[str]) -> None:
    text = "".join(pieces)
    facts = quotes(text)  # checks every anchor against the text
    assert [f.id for f in facts] == [f.id for f in quotes(text)]
    assert len({f.id for f in facts}) == len(facts)
    for fact in facts:
        assert fact.evidence and fact.value == fact.value.strip()
        assert any(ch.isalnum() for ch in fact.value)


def test_no_body_no_quotes() -> None:
    source = make_source("“A quote in no body at all,” said Jane Doe.")
    assert extract_quotes(source.model_copy(update={"regions": []})) == []
    assert extract_quotes(make_source("")) == []
