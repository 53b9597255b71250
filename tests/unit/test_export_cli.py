"""``factsheet export`` and ``factsheet review`` end to end, on a hand-built sheet (the pipeline is stubbed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import factsheet.pipeline
from factsheet.cli import main
from factsheet.export.toml import load_toml
from factsheet.model import Anchor, Discrepancy, Fact, FactSheet, Source, Variant
from factsheet.pipeline import BuildResult
from factsheet.review import ReviewSession, default_review_path

TEXT = 'Mayor [bold]Ann Lee[/] said "we will <b>rebuild</b>". The council approved $20 million.\n# Not a heading'


def _sheet() -> FactSheet:
    source = Source(id="000", path="corpus/000.txt", title="Bridge *vote*", sha256="f" * 64, text=TEXT)

    def fact(fact_id: str, kind: str, exact: str, value: str, subject: str = "") -> Fact:
        start = TEXT.index(exact)
        return Fact(id=fact_id, kind=kind, text=exact, value=value, subject=subject,  # type: ignore[arg-type]
                    evidence=[Anchor.of(source, start, start + len(exact))])

    facts = [
        fact("q-1", "quote", "we will <b>rebuild</b>", "we will <b>rebuild</b>", "Ann Lee"),
        fact("m-1", "money", "$20 million", "USD 20000000", "bridge"),
        fact("r-1", "role", "Mayor", "Mayor", "[bold]Ann Lee[/]"),
    ]
    facts[1].status = "disputed"
    discrepancy = Discrepancy(id="d-1", kind="money", subject="bridge",
                              variants=[Variant(value="USD 20000000", facts=["m-1"]), Variant(value="USD 2000000")])
    return FactSheet(sources=[source], facts=facts, discrepancies=[discrepancy])


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "000.txt").write_text(TEXT)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(factsheet.pipeline, "build_sheet", lambda paths, **_: BuildResult(sheet=_sheet()))
    return folder


def test_export_writes_both_formats_into_exports(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(corpus)]) == 0
    loaded, _ = load_toml(Path("exports/factsheet.toml").read_text())
    assert [f.id for f in loaded.facts] == ["q-1", "m-1", "r-1"]
    assert loaded.facts[0].text == "we will <b>rebuild</b>"
    markdown = Path("exports/factsheet.md").read_text()
    assert markdown.startswith("# Fact sheet\n") and "&lt;b&gt;rebuild&lt;/b&gt;" in markdown
    assert "wrote exports/factsheet.toml" in capsys.readouterr().err


def test_decisions_reach_the_export_and_curated_keeps_confirmed_only(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(corpus), "--curated", "-o", "-"]) == 1, "nothing confirmed yet"
    session = ReviewSession.open(_sheet(), default_review_path([corpus]), "ana")
    session.resolve("d-1", "USD 20000000")
    session.confirm("m-1")
    session.reject("r-1")
    capsys.readouterr()
    assert main(["export", str(corpus), "--format", "toml", "-o", "-"]) == 0
    everything, _ = load_toml(capsys.readouterr().out)
    assert {f.id: f.status for f in everything.facts} == {"q-1": "unreviewed", "m-1": "confirmed"}
    assert everything.discrepancies[0].resolution == "USD 20000000"
    assert main(["export", str(corpus), "--curated", "-o", "curated.md"]) == 0
    curated = Path("curated.md").read_text()
    assert "$20 million" in curated and "rebuild" not in curated.split("## Passages cited")[0]


def test_a_broken_review_file_stops_the_export_and_is_left_alone(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    review = default_review_path([corpus])
    review.write_text('schema = "factsheet-review/1"\n[facts.q-1.status\n')
    assert main(["export", str(corpus)]) == 2
    error = capsys.readouterr().err
    assert str(review) in error and "line 2" in error and error.count("\n") == 1
    assert review.read_text() == 'schema = "factsheet-review/1"\n[facts.q-1.status\n'
    assert not Path("exports").exists()


def test_review_verb_shows_decisions_orphans_and_undoes(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    review = corpus.parent / "mine.review.toml"
    session = ReviewSession.open(_sheet(), review, "ana")
    session.confirm("q-1")
    session.note_fact("r-1", "[red]check[/] \x1b[2J")
    text = review.read_text()
    review.write_text(text.replace("q-1", "q-gone"))  # the fact has since disappeared
    assert main(["review", str(corpus), "--review", str(review), "--editor", "ana"]) == 0
    out = capsys.readouterr().out
    assert "orphaned" in out and "q-gone" in out and "[red]check[/]" in out and "\x1b" not in out
    assert main(["review", str(corpus), "--review", str(review), "--editor", "ana", "--undo", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["undone"]["action"] == "note_fact"
    assert [d["id"] for d in payload["decisions"]] == ["q-gone"]
    assert [d["id"] for d in payload["orphans"]] == ["q-gone"]
