"""Every CLI verb on every hostile article, mixed with good ones, in process.

For each (case, verb): no exception escapes; exit status 0; stdout holds no raw
ESC, C0, C1 or bidi control (JSON and TOML must escape them); tables show the
planted text literally (Rich markup as typed, controls as placeholders); JSON
is valid and gives the exact text; the TOML export loads into the same model;
the Markdown export has the structure its facts alone give; stderr has one line
per input that could not be read (or was read with a caveat), naming it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factsheet.model import FactSheet
from tests.hostile import checks
from tests.hostile.generate import PAYLOADS, Case, read_text

TEXT_CASES = [
    "rich_markup", "textual_markup", "ansi_csi", "ansi_osc", "c1_controls", "c0_controls", "bidi_zero_width",
    "combining_emoji", "line_separators", "markdown", "toml", "long_token", "quote_marks", "hostile_file_name",
    "windows_1252", "utf16_bom", "utf8_bom_cr", "symlink_loop_folder", "renamed_seeds",
]  # fmt: skip
VERBS: dict[str, list[str]] = {
    "sources": ["sources"],
    "sources-json": ["sources", "--json"],
    "facts": ["facts"],
    "facts-json": ["facts", "--json"],
    "discrepancies": ["discrepancies"],
    "discrepancies-json": ["discrepancies", "--json"],
    "export-toml": ["export", "--format", "toml", "-o", "-"],
    "export-md": ["export", "--format", "md", "-o", "-"],
    "review": ["review"],
    "review-json": ["review", "--json"],
}
_REVIEWED = ("export", "review")
"""Verbs that take --review (the review file goes under tmp_path, never beside the corpus)."""

_expected: dict[str, FactSheet] = {}


def expected_sheet(good: Path, case: Case) -> FactSheet:
    """The sheet the pipeline builds for ``case`` (without the cache), once per session."""
    if case.name not in _expected:
        from factsheet.pipeline import build_sheet

        _expected[case.name] = build_sheet([good, *case.paths], use_cache=False).sheet
    return _expected[case.name]


def source_texts(sheet: FactSheet, case: Case) -> dict[str, str]:
    """Source id -> its text as read independently of factsheet (Python's own decoder)."""
    return {s.id: read_text(Path(s.path), case) for s in sheet.sources}


def argv_for(verb: str, good: Path, case: Case, tmp_path: Path) -> list[str | Path]:
    words = VERBS[verb]
    argv: list[str | Path] = [*words, good, *case.paths]
    if words[0] in _REVIEWED:
        argv += ["--review", tmp_path / "review.toml"]
    return argv


def check_tables(verb: str, out: str, sheet: FactSheet, case: Case) -> None:
    """A table shows each planted string literally."""
    if verb == "sources":
        for source in sheet.sources:
            if len(checks.shown(source.id)) <= 20:  # the id column folds longer ids
                assert checks.shown(source.id) in out
            if source.title:
                assert checks.shown(source.title) in out
    elif verb == "facts":
        for fact in sheet.facts:
            assert checks.shown(fact.text) in out, fact
            assert checks.shown(fact.subject) in out, fact
            for source_id in fact.source_ids:
                assert checks.shown(source_id) in out, fact
    elif verb == "discrepancies":
        for discrepancy in sheet.discrepancies:
            assert checks.shown(discrepancy.subject) in out
            for variant in discrepancy.variants:
                assert checks.shown(variant.value) in out
    if case.title and verb in ("sources", "facts"):
        ours = next(s for s in sheet.sources if s.path == str(case.paths[0]))
        assert checks.shown(" ".join(case.title.split())) == checks.shown(ours.title)
    if "[bold red]ALERT[/bold red]" in case.payload and verb == "sources":
        assert "[bold red]ALERT[/bold red]" in out  # markup as typed, not interpreted


def check_json(verb: str, out: str, sheet: FactSheet, case: Case) -> None:
    """Valid JSON whose strings are exactly the model's (and so the article's) text."""
    payload = json.loads(out)
    want = checks.dump(sheet)
    if verb in ("sources-json", "facts-json", "discrepancies-json"):
        assert payload["sources"] == want["sources"]
    if verb in ("facts-json", "discrepancies-json"):
        assert payload["facts"] == want["facts"]
        assert checks.assert_anchors_are_slices(payload["facts"], source_texts(sheet, case)) > 0
    if verb == "discrepancies-json":
        assert payload["discrepancies"] == want["discrepancies"]
    if case.title and verb == "sources-json":
        ours = next(s for s in payload["sources"] if s["path"] == str(case.paths[0]))
        assert ours["title"] == " ".join(case.title.split())


def check_toml(out: str, sheet: FactSheet) -> None:
    from factsheet.export.toml import load_toml

    loaded, _ = load_toml(out)
    assert checks.dump(loaded) == checks.dump(sheet)


def check_markdown(out: str, sheet: FactSheet) -> None:
    from datetime import UTC, datetime

    clean = checks.markdown_of(checks.neutral(sheet), datetime.now(UTC))
    assert checks.structure(out) == checks.structure(clean)
    seen = checks.shown_text(out)
    for source in sheet.sources:
        if source.title:
            assert checks.shown(" ".join(source.title.split())) in seen


@pytest.mark.parametrize("verb", list(VERBS))
@pytest.mark.parametrize("name", TEXT_CASES)
def test_verb_on_hostile_article(
    name: str, verb: str, hostile: tuple[Path, dict[str, Case]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, cases = hostile
    case = cases[name]
    sheet = expected_sheet(good, case)
    assert len(sheet.sources) == len(list(good.iterdir())) + case.loads

    run = checks.run_cli(argv_for(verb, good, case, tmp_path), capsys)

    assert run.code == 0, run.err
    checks.assert_one_line_each(run, case.bad, case.noted)
    checks.assert_inert(run.out, f"{verb} stdout")
    if verb.endswith("-json"):
        check_json(verb, run.out, sheet, case)
    elif verb == "export-toml":
        check_toml(run.out, sheet)
    elif verb == "export-md":
        check_markdown(run.out, sheet)
    else:
        check_tables(verb, run.out, sheet, case)


@pytest.mark.parametrize("name", [n for n in PAYLOADS if n != "toml"])  # the TOML payload breaks its quotes
def test_hostile_text_reaches_the_facts(name: str, hostile: tuple[Path, dict[str, Case]]) -> None:
    """The planted text is quoted in the facts, so the checks above see it (and a quote is not dropped for it)."""
    good, cases = hostile
    case = cases[name]
    sheet = expected_sheet(good, case)
    fragment = case.payload[:8]
    assert any(fragment in fact.text for fact in sheet.facts if fact.kind == "quote")
    assert any(fragment in anchor.exact for fact in sheet.facts for anchor in fact.evidence)


def test_process_pool_gives_the_same_facts(
    hostile: tuple[Path, dict[str, Case]], capsys: pytest.CaptureFixture[str]
) -> None:
    """Hostile text crosses the process boundary (--jobs 2) unchanged."""
    good, cases = hostile
    paths = [good, *(p for name in TEXT_CASES for p in cases[name].paths)]
    one = checks.run_cli(["facts", "--json", "--no-cache", *paths], capsys)
    two = checks.run_cli(["facts", "--json", "--no-cache", "--jobs", "2", *paths], capsys)
    assert one.code == two.code == 0
    assert one.out == two.out
    assert one.err == two.err
