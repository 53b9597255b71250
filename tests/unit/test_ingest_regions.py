"""Regions: title, dateline and date, body versus boilerplate, on small articles written here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factsheet.ingest import read_source
from factsheet.model import Source


def load(tmp_path: Path, text: str, name: str = "article.txt") -> Source:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_source(path, path.stem)


def kind_at(source: Source, needle: str) -> tuple[str, str]:
    """(kind, label) of the region holding the first character of ``needle``."""
    at = source.text.index(needle)
    for region in source.regions:
        if region.start <= at < region.end:
            return region.kind, region.label
    raise AssertionError(f"{needle!r} is in no region")


def body_text(source: Source) -> str:
    return "\n".join(source.text[r.start : r.end] for r in source.body_regions())


def assert_regions_cover(source: Source) -> None:
    """Regions lie in the text, in order, trimmed, and cover every non-space character once."""
    text = source.text
    covered = [0] * len(text)
    previous_end = 0
    for region in source.regions:
        assert 0 <= region.start < region.end <= len(text)
        assert region.start >= previous_end
        assert not text[region.start].isspace() and not text[region.end - 1].isspace()
        for i in range(region.start, region.end):
            covered[i] += 1
        previous_end = region.end
    assert all(c == 1 or text[i].isspace() for i, c in enumerate(covered))
    for span in source.sentences:
        assert 0 <= span.start < span.end <= len(text)
        assert any(r.kind == "body" and r.start <= span.start and span.end <= r.end for r in source.regions)


def test_repeated_title_is_title_twice_and_not_body(tmp_path: Path) -> None:
    text = "Council backs new bridge.\n\nCouncil backs new bridge.\n\nThe council voted 7-2 on Tuesday.\n"
    source = load(tmp_path, text)
    assert source.title == "Council backs new bridge."
    titles = [r for r in source.regions if r.kind == "title"]
    assert len(titles) == 2
    assert body_text(source) == "The council voted 7-2 on Tuesday."
    assert_regions_cover(source)


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("WASHINGTON — ", "WASHINGTON"),
        ("WASHINGTON -- ", "WASHINGTON"),
        ("LONDON (Reuters) - ", "LONDON (Reuters)"),
        ("SAN FRANCISCO, Calif. — ", "SAN FRANCISCO, Calif."),
        ("NEW YORK, March 3 (AP) — ", "NEW YORK, March 3 (AP)"),
    ],
)
def test_dateline_is_marked_and_the_rest_is_body(tmp_path: Path, lead: str, dateline: str) -> None:
    source = load(tmp_path, f"Storm closes port\n\n{lead}The port closed on Monday after the storm.\n")
    assert source.dateline == dateline
    assert kind_at(source, lead.strip()) == ("dateline", "dateline")
    assert body_text(source) == "The port closed on Monday after the storm."
    assert source.date is None  # no year stated anywhere
    assert_regions_cover(source)


def test_date_prefix_and_dateline_give_the_date(tmp_path: Path) -> None:
    source = load(tmp_path, " date 2031-07-04 PARIS, Jul 4 — The mayor said the metro would run all night.\n\nIt did.\n")
    assert source.date == date(2031, 7, 4)
    assert source.dateline == "PARIS, Jul 4"
    assert kind_at(source, "date 2031") == ("dateline", "date")
    assert body_text(source).startswith("The mayor said")
    assert source.title.startswith("The mayor said the metro")  # no headline: the first sentence stands in
    assert_regions_cover(source)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("February 28, 2026", date(2026, 2, 28)),
        ("Published: July 29, 2004", date(2004, 7, 29)),
        ("Updated: 09 Sep 2013 11:25 GMT", date(2013, 9, 9)),
        ("Wednesday, Sept. 08, 2010", date(2010, 9, 8)),
        ("date 2019-12-31", date(2019, 12, 31)),
        ("By Jane Roe | March 1, 2022", date(2022, 3, 1)),
    ],
)
def test_date_lines_under_the_headline(tmp_path: Path, header: str, expected: date) -> None:
    source = load(tmp_path, f"Ferry service resumes\n{header}\nThe ferry sailed again on Sunday, officials said.\n")
    assert source.title == "Ferry service resumes"
    assert source.date == expected
    assert kind_at(source, header)[0] == "dateline"
    assert body_text(source) == "The ferry sailed again on Sunday, officials said."


def test_date_in_the_body_is_not_the_publication_date(tmp_path: Path) -> None:
    source = load(tmp_path, "Court rules\n\nThe court ruled on March 3, 2020 that the law stood.\n\nMore followed.\n")
    assert source.date is None


def test_byline_without_date_is_boilerplate(tmp_path: Path) -> None:
    source = load(tmp_path, "Ferry service resumes\nBy Jane Roe and Rick Moe\n\nThe ferry sailed on Sunday.\n")
    assert kind_at(source, "By Jane") == ("boilerplate", "byline")


def test_risk_warning_and_disclaimers_are_boilerplate(tmp_path: Path) -> None:
    text = (
        "Shares fall\n\nShares fell 4% on Monday.\n\n"
        "Risk WarningTrading carries risk. You may lose money.\n\n"
        "Analysts expect a rebound.\n\n"
        "This article does not constitute investment advice. Consult an adviser.\n\n"
        "Disclaimer\n\nThe author holds no positions.\n"
    )
    source = load(tmp_path, text)
    assert kind_at(source, "Risk Warning") == ("boilerplate", "disclaimer")
    assert kind_at(source, "You may lose") == ("boilerplate", "disclaimer")
    assert kind_at(source, "This article does not") == ("boilerplate", "disclaimer")
    assert kind_at(source, "The author holds") == ("boilerplate", "disclaimer")
    assert body_text(source) == "Shares fell 4% on Monday.\nAnalysts expect a rebound."
    assert_regions_cover(source)


def test_methodology_box_runs_to_the_next_section(tmp_path: Path) -> None:
    text = (
        "Budget passes\n\nThe budget passed on Friday.\n\n"
        "How we reported this story\n\nWe read 40 filings. We called 12 officials.\n\n"
        "| Source | Count |\n|---|---|\n| filings | 40 |\n\n"
        "Reaction\n\nThe opposition said it would appeal.\n"
    )
    source = load(tmp_path, text)
    assert kind_at(source, "How we reported") == ("boilerplate", "methodology")
    assert kind_at(source, "We read 40") == ("boilerplate", "methodology")
    assert kind_at(source, "| Source")[0] == "boilerplate"
    assert kind_at(source, "|---|")[0] == "boilerplate"
    assert kind_at(source, "Reaction") == ("boilerplate", "heading")
    assert body_text(source) == "The budget passed on Friday.\nThe opposition said it would appeal."
    assert_regions_cover(source)


def test_tables_fences_headings_and_labels(tmp_path: Path) -> None:
    text = (
        "Rail strike ends\n\n```\n\nKey Takeaways\n\n## Background\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "Unions agreed to a 5% raise.\n\nHe was 75.\n\nWho's Affected\n\nTimeline\n\n***\n\n"
        "Trains run again on Monday. ```\n"
    )
    source = load(tmp_path, text)
    assert kind_at(source, "```") == ("boilerplate", "code fence")
    assert kind_at(source, "Key Takeaways") == ("boilerplate", "heading")
    assert kind_at(source, "## Background") == ("boilerplate", "heading")
    assert kind_at(source, "| a |") == ("boilerplate", "table")
    assert kind_at(source, "Who's Affected") == ("boilerplate", "heading")
    assert kind_at(source, "***") == ("boilerplate", "separator")
    assert kind_at(source, "He was 75.") == ("body", "paragraph")  # a short sentence is body
    assert body_text(source) == "Unions agreed to a 5% raise.\nHe was 75.\nTrains run again on Monday."
    assert_regions_cover(source)


def test_list_markers_glued_to_words_and_bullets_of_sentences(tmp_path: Path) -> None:
    text = (
        "Port deal\nKey Facts\n- 1The port reopened on Monday.\n- 2Ships waited 3 days.\n"
        "- Officials expect 40 ships a day.\n• Fees rise 10% in May.\n"
    )
    source = load(tmp_path, text)
    assert kind_at(source, "- 1The") == ("boilerplate", "list marker")
    assert kind_at(source, "The port reopened") == ("body", "paragraph")
    assert kind_at(source, "- Officials") == ("boilerplate", "list marker")
    assert body_text(source).split("\n") == [
        "The port reopened on Monday.",
        "Ships waited 3 days.",
        "Officials expect 40 ships a day.",
        "Fees rise 10% in May.",
    ]
    assert_regions_cover(source)


def test_hard_wrapped_paragraph_is_one_body_region(tmp_path: Path) -> None:
    text = (
        "Flood warning\n\nThe river rose two metres overnight and forecasters\n"
        "said it would crest on Thursday near the old bridge.\n\nSchools closed.\n"
    )
    source = load(tmp_path, text)
    bodies = source.body_regions()
    assert len(bodies) == 2
    assert len(source.sentences) == 2
    assert_regions_cover(source)


def test_wire_credit_after_the_last_sentence(tmp_path: Path) -> None:
    source = load(tmp_path, "Talks stall\n\nTalks stalled on Friday.\n\n“We will return,” she said. — AFP\n")
    assert kind_at(source, "— AFP") == ("boilerplate", "credit")
    assert body_text(source).endswith("she said.")


def test_crlf_article_has_the_same_regions_as_lf(tmp_path: Path) -> None:
    text = "Rail strike ends\n\nWASHINGTON — Unions agreed to a 5% raise.\n\nTimeline\n\nTrains run again.\n"
    lf = load(tmp_path, text, "lf.txt")
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode())
    crlf = read_source(path, "crlf")
    assert crlf.text == lf.text
    assert [(r.start, r.end, r.kind) for r in crlf.regions] == [(r.start, r.end, r.kind) for r in lf.regions]


def test_decks_and_date_lines_under_the_headline(tmp_path: Path) -> None:
    text = (
        "Riot over shooting: witness says teen was unarmed\n"
        "A neighbour says she saw the whole incident\n"
        "PUBLISHED: WEDNESDAY, MARCH 13, 2013, 12:38 AM\n"
        "UPDATED: WEDNESDAY, MARCH 13, 2013, 2:30 AM\n"
        "A woman who saw the shooting said on Tuesday the teen had nothing in his hands.\n"
    )
    source = load(tmp_path, text)
    assert source.date == date(2013, 3, 13)
    assert kind_at(source, "A neighbour says") == ("boilerplate", "heading")
    assert kind_at(source, "UPDATED")[0] == "dateline"
    assert body_text(source).startswith("A woman who saw")
    assert_regions_cover(source)


def test_date_line_above_the_headline(tmp_path: Path) -> None:
    source = load(tmp_path, "May 2, 2013, 1:12 PM\nLawyer: actor checks into clinic\nThe actor checked in on Thursday.\n")
    assert source.date == date(2013, 5, 2)
    assert source.title == "Lawyer: actor checks into clinic"


def test_headline_with_abbreviations_and_questions(tmp_path: Path) -> None:
    for headline in ("G.O.P. Seizes on Issue Ahead of Vote", "Trump's Plan? A Free-For-All For Both Sides", "AP-GfK Poll: Voters shift"):
        source = load(tmp_path, f"{headline}\n\nThe poll was taken last week.\n")
        assert source.title == headline
        assert source.dateline == ""


def test_quotation_with_attribution_is_body_not_a_heading(tmp_path: Path) -> None:
    text = (
        "Wage bill advances\n\nThe bill passed the committee.\n\n"
        '"There is no reason to have workers pay a price with their paycheck," she said\n\n'
        "“The most unqualified candidate ever.” ― A voter\n\n"
        "Critics explain why the plan is “weird.” [538]\n"
    )
    source = load(tmp_path, text)
    assert kind_at(source, '"There is no reason')[0] == "body"
    assert kind_at(source, "“The most unqualified")[0] == "body"
    assert kind_at(source, "Critics explain")[0] == "body"


def test_notes_about_the_article_are_boilerplate(tmp_path: Path) -> None:
    text = (
        "Bridge reopens\n\nThe bridge reopened on Monday.\n\n"
        "Correction: An earlier version misstated the bridge's length.\n\n"
        "Jane Roe is a reporter for the Daily Planet. Follow her on Twitter at @janeroe.\n\n"
        "(Reporting by Jane Roe; Editing by Rick Moe)\n\n"
        "Sign up for our morning newsletter.\n\n"
        '<tweet tweet-id="12345"></tweet>\n\n'
        "“Follow me on Twitter,” the mayor joked, to laughter.\n"
    )
    source = load(tmp_path, text)
    assert kind_at(source, "Correction:") == ("boilerplate", "correction")
    assert kind_at(source, "Jane Roe is") == ("boilerplate", "author note")
    assert kind_at(source, "(Reporting by") == ("boilerplate", "credit")
    assert kind_at(source, "Sign up") == ("boilerplate", "promotion")
    assert kind_at(source, "<tweet") == ("boilerplate", "markup")
    assert body_text(source) == "The bridge reopened on Monday.\n“Follow me on Twitter,” the mayor joked, to laughter."
    assert_regions_cover(source)


def test_every_article_shape_covers_its_text(tmp_path: Path) -> None:
    """A mixed article with every kind of line: the coverage invariant holds."""
    text = (
        "\ufeffNot a BOM here\n\n  Indented headline?\n\n- \n\n|\n\n```\n\nx\n\n"
        "WASHINGTON — \n\n— AFP\n\n   \n\ndate 2020-01-01\n\nThe end. — AP\n"
    )
    source = load(tmp_path, text)
    assert_regions_cover(source)


def test_dateline_with_a_full_date_gives_the_date(tmp_path: Path) -> None:
    source = load(tmp_path, "Pact signed\n\nGENEVA, April 28, 2009 — The pact was signed on Tuesday.\n")
    assert source.date == date(2009, 4, 28)
    assert source.dateline == "GENEVA, April 28, 2009"


def test_full_date_line_wins_over_a_dateline_without_year(tmp_path: Path) -> None:
    source = load(tmp_path, "Pact signed\nMarch 1, 2026\n\nGENEVA, Feb 28 — The pact was signed late on Saturday.\n")
    assert source.date == date(2026, 3, 1)
    assert source.dateline == "GENEVA, Feb 28"


def test_markdown_article_with_front_matter(tmp_path: Path) -> None:
    text = (
        "---\ntitle: \"Port reopens after storm\"\ndate: 2024-05-06\ntags:\n  - weather\n---\n\n"
        "# Port reopens after storm\n\n![The harbour](harbour.jpg)\n\n**Key Takeaways**\n\n"
        "The port reopened on Monday, the harbour master said.\n"
    )
    source = load(tmp_path, text, "port.md")
    assert source.title == "Port reopens after storm"
    assert source.date == date(2024, 5, 6)
    assert kind_at(source, "---") == ("boilerplate", "front matter")
    assert kind_at(source, "# Port") == ("title", "title")
    assert kind_at(source, "![The") == ("boilerplate", "markup")
    assert kind_at(source, "**Key") == ("boilerplate", "heading")
    assert body_text(source) == "The port reopened on Monday, the harbour master said."
    assert_regions_cover(source)


def test_markdown_heading_title_without_front_matter(tmp_path: Path) -> None:
    source = load(tmp_path, "## **Storm hits coast**\n\nWinds reached 120 km/h on Sunday.\n", "storm.md")
    assert source.title == "Storm hits coast"
    assert kind_at(source, "## **Storm") == ("title", "title")


def test_a_rule_at_the_top_is_not_front_matter(tmp_path: Path) -> None:
    source = load(tmp_path, "---\nStorm hits coast\n---\n\nWinds reached 120 km/h on Sunday. Roofs were torn off.\n")
    assert source.title == "Storm hits coast"
    assert kind_at(source, "---") == ("boilerplate", "separator")


def test_lead_sentence_of_one_sentence_per_line_text_is_body(tmp_path: Path) -> None:
    source = load(tmp_path, "Another storm hit the coast on Sunday.\nWinds reached 120 km/h.\nRoofs were torn off.\n")
    assert kind_at(source, "Another storm") == ("body", "paragraph")
    assert source.title == "Another storm hit the coast on Sunday."  # the first sentence stands in
    assert len(source.sentences) == 3
