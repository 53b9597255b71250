"""Reconciliation on the four seeds.

Facts come from the gold annotations (figures, times, roles: what a careful
editor lists) plus the seeds' quotes written here, so the test does not wait
for extraction; a second test runs the real pipeline once it is importable.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.gold import load_gold
from factsheet.ingest import load_sources
from factsheet.model import Anchor, Fact, FactSheet, Source
from factsheet.reconcile import reconcile, source_count

QUOTES: list[tuple[str, str, str]] = [
    ("000", "Dario Amodei", "We simply cannot, in good conscience, agree to their demands."),
    ("002", "Amodei", "These threats do not change our position: we cannot in good conscience accede to their request. "),
    ("002", "Amodei", "cannot in good conscience accede"),
    ("000", "Emil Michael", "personally control the U.S. military."),
    ("002", "Emil Michael", "wants nothing more than to try to personally control the US Military and is ok putting our nation's safety at risk. "),
    ("001", "Donald Trump", "I am directing EVERY Federal Agency in the United States Government to IMMEDIATELY CEASE all use of Anthropic’s technology."),
    ("002", "Donald Trump", "I am directing EVERY Federal Agency in the United States Government to IMMEDIATELY CEASE all use of Anthropic’s technology."),
]


def _seed_facts(sources: list[Source]) -> list[Fact]:
    by_stem = {s.id: s for s in sources}
    facts: list[Fact] = []
    for article in load_gold({s.id: s.text for s in sources}):
        source = by_stem.get(article.stem)
        if source is None:
            continue
        for n, item in enumerate(article.items):
            facts.append(Fact(
                id=f"{source.id}-{n}", kind=item.kind, text=item.text, subject=item.subject or "",
                value=item.value or "", evidence=[Anchor.of(source, item.start, item.end)],
            ))
    for n, (prefix, speaker, words) in enumerate(QUOTES):
        source = next(s for s in sources if s.id.startswith(prefix))
        start = source.text.index(words)
        facts.append(Fact(id=f"{source.id}-q{n}", kind="quote", text=words, subject=speaker,
                          value=" ".join(words.split()), evidence=[Anchor.of(source, start, start + len(words))]))
    return facts


@pytest.fixture(scope="module")
def sheet(seeds_dir: Path) -> FactSheet:
    sources = load_sources([seeds_dir]).sources
    return reconcile(sources, _seed_facts(sources))


def test_seed_discrepancies_are_the_ones_an_editor_must_see(sheet: FactSheet) -> None:
    found = {(d.kind, d.subject) for d in sheet.discrepancies}
    assert ("role", "Emil Michael") in found
    assert ("time", "deadline") in found
    assert ("quote", "Dario Amodei") in found
    assert ("quote", "Donald Trump") in found  # one sentence of 000's long quote rewords 001's and 002's
    role = next(d for d in sheet.discrepancies if d.kind == "role")
    assert "rank differs (deputy vs under secretary)" in role.summary
    assert role.summary.startswith("000 calls Emil Michael 'Deputy Secretary for Research and Engineering'; 002 calls")
    time = next(d for d in sheet.discrepancies if d.kind == "time")
    assert "conflict" in time.summary and "17:01" in time.summary
    quote = next(d for d in sheet.discrepancies if d.kind == "quote" and d.subject == "Dario Amodei")
    assert "reworded" in quote.summary and "'agree' -> 'accede'" in quote.summary


def test_seed_trump_sentence_rewording_is_flagged_on_the_matched_sentences(seeds_dir: Path) -> None:
    sources = load_sources([seeds_dir]).sources
    facts = [f for f in _seed_facts(sources) if f.kind == "quote"]
    block = "The leftist lunatics at Anthropic made a catastrophic mistake"
    source = sources[0]
    start = source.text.index(block)
    end = source.text.index(".", source.text.index("Therefore, I direct", start)) + 1
    facts.append(Fact(id="000-trump", kind="quote", text=source.text[start:end], subject="Donald Trump",
                      value=" ".join(source.text[start:end].split()), evidence=[Anchor.of(source, start, end)]))
    [trump] = [d for d in reconcile(sources, facts).discrepancies if d.subject == "Donald Trump"]
    assert trump.kind == "quote" and trump.severity == "medium"
    assert trump.summary.startswith("000 quotes Donald Trump '\u2026Therefore, I direct all U.S. federal agencies")
    assert "; 001, 002 'I am directing EVERY Federal Agency" in trump.summary
    assert "reworded: 'direct all us' -> 'am directing every'" in trump.summary and "lunatics" not in trump.summary


def test_seed_agreements_are_not_flagged(sheet: FactSheet) -> None:
    assert not [d for d in sheet.discrepancies if d.kind in ("money", "attribution")]
    assert not [d for d in sheet.discrepancies if d.kind == "role" and "Hegseth" in d.subject]
    contract = next(f for f in sheet.facts if f.kind == "money" and f.value == "USD 200000000")
    assert [s[:3] for s in contract.source_ids] == ["000", "002"]  # "$200 million" = "$200m" = "about $200 million"
    hegseth = [f for f in sheet.facts if f.kind == "role" and f.subject == "Pete Hegseth"]
    assert max(source_count(f) for f in hegseth) == 4  # Secretary of Defense / Defence Secretary / Defense Secretary
    trump = next(f for f in sheet.facts if f.kind == "quote" and f.text.startswith("I am directing"))
    assert source_count(trump) == 2


def test_seed_discrepancies_are_few(sheet: FactSheet) -> None:
    assert len(sheet.discrepancies) <= 5
    assert all(d.summary and d.variants and all(v.facts for v in d.variants) for d in sheet.discrepancies)


def test_pipeline_on_the_seeds_flags_exactly_what_must_be_seen(seeds_dir: Path) -> None:
    """Extraction and reconciliation together: the must-see discrepancies and no false ones."""
    from factsheet.pipeline import build_sheet

    sheet = build_sheet([seeds_dir], use_cache=False).sheet
    found = sorted((d.kind, d.subject) for d in sheet.discrepancies)
    assert found == sorted([("role", "Emil Michael"), ("time", "deadline"), ("quote", "Dario Amodei"), ("quote", "Donald Trump")])
    contract = [f for f in sheet.facts if f.kind == "money" and f.value == "USD 200000000"]
    assert len(contract) == 1 and source_count(contract[0]) == 2
