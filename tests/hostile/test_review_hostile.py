"""Decisions whose text is hostile: none is lost, and every verb still shows them literally.

An editor (with a hostile name) writes notes, edited wording and resolutions made
of the hostile payloads into a review file; reopening it must give back every
decision exactly, and the review and export verbs must stay inert and valid.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factsheet.review import ReviewError, ReviewSession
from tests.hostile import checks
from tests.hostile.generate import PAYLOADS, Case

EDITOR = "ed\x1b[31m[bold]itor\u202e"
CASES = ["rich_markup", "ansi_osc", "c1_controls", "bidi_zero_width", "markdown", "toml", "quote_marks"]


def make_decisions(session: ReviewSession) -> dict[tuple[str, str, str], str]:
    """Decide on every fact and discrepancy with hostile text; the decisions made, by key."""
    payloads = [p for p in PAYLOADS.values() if len(p) < 1000]
    made: dict[tuple[str, str, str], str] = {}
    for index, fact in enumerate(session.base.facts):
        text = payloads[index % len(payloads)]
        if index % 3 == 0:
            session.note_fact(fact.id, f"check {text}")
            made[("fact", fact.id, "note")] = f"check {text}"
        elif index % 3 == 1:
            session.edit_text(fact.id, f"{fact.text} {text}")
            made[("fact", fact.id, "text")] = f"{fact.text} {text}"
        else:
            try:
                session.confirm(fact.id)
                made[("fact", fact.id, "status")] = "confirmed"
            except ReviewError:  # an open discrepancy involves it: reject instead
                session.reject(fact.id)
                made[("fact", fact.id, "status")] = "rejected"
    for index, discrepancy in enumerate(session.base.discrepancies):
        text = payloads[index % len(payloads)]
        session.resolve(discrepancy.id, f"settled {text}")
        made[("discrepancy", discrepancy.id, "status")] = "resolved"
        session.note_discrepancy(discrepancy.id, f"why {text}")
        made[("discrepancy", discrepancy.id, "note")] = f"why {text}"
    return made


def lost(path: Path, sheet, made: dict[tuple[str, str, str], str]) -> list[tuple[str, str, str]]:  # sheet: FactSheet
    """Keys of the decisions in ``made`` that a fresh session on ``path`` does not give back exactly."""
    reopened = ReviewSession.open(sheet, path, "someone else")
    found = {d.key: d.value for d in reopened.decisions}
    return [key for key, value in made.items() if found.get(key) != value]


@pytest.fixture(scope="module")
def reviewed(hostile: tuple[Path, dict[str, Case]], tmp_path_factory: pytest.TempPathFactory):
    """The corpus paths, the review file and the decisions made in it."""
    from factsheet.pipeline import build_sheet

    good, cases = hostile
    paths = [good, *(p for name in CASES for p in cases[name].paths)]
    sheet = build_sheet(paths).sheet
    review = tmp_path_factory.mktemp("review") / "hostile.review.toml"
    session = ReviewSession.open(sheet, review, EDITOR)
    made = make_decisions(session)
    return paths, review, sheet, made


def test_no_decision_is_lost(reviewed) -> None:
    _, review, sheet, made = reviewed
    assert len(made) > 20
    assert lost(review, sheet, made) == []


@pytest.mark.parametrize("verb", ["review", "review-json", "export-toml", "export-md", "facts-json"])
def test_verbs_on_reviewed_hostile_sheet(verb: str, reviewed, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.hostile.test_verbs import VERBS

    paths, review, sheet, made = reviewed
    words = VERBS[verb]
    argv = [*words, *paths] + (["--review", review, "--editor", EDITOR] if words[0] in ("review", "export") else [])
    run = checks.run_cli(argv, capsys)
    assert run.code == 0, run.err
    checks.assert_one_line_each(run, [])
    checks.assert_inert(run.out, f"{verb} stdout")
    if verb == "review-json":
        payload = json.loads(run.out)
        found = {(d["target"], d["id"], d["field"]): d["value"] for d in payload["decisions"]}
        assert {k: found.get(k) for k in made} == made
    elif verb == "export-toml":
        from factsheet.export.toml import load_toml

        loaded, _ = load_toml(run.out)
        facts = {f.id: f for f in loaded.facts}
        for (target, target_id, field), value in made.items():
            if target == "fact" and field in ("text", "note") and target_id in facts:
                assert getattr(facts[target_id], field) == value
        assert not any(f.status == "rejected" for f in loaded.facts)
    elif verb == "export-md":
        from datetime import UTC, datetime

        from factsheet.export.select import for_export

        decided = ReviewSession.open(sheet, review, EDITOR).sheet
        words: dict[str, str] = {}
        clean = checks.neutral(for_export(decided, curated=False), words)
        everything = checks.neutral(decided, words)
        expected = checks.markdown_of(clean, datetime.now(UTC), all_facts=everything)
        assert checks.structure(run.out) == checks.structure(expected)
