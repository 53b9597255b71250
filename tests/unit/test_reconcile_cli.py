"""``factsheet discrepancies``: table and --json on small articles (extraction stubbed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factsheet.cli import main
from factsheet.model import Anchor, Fact, Source


def _stub_extract(source: Source) -> list[Fact]:
    """Facts for the articles below: each article states a deadline time and a title."""
    facts = []
    for exact, kind, value, subject in (
        ("5 p.m.", "time", "T17", "deadline"), ("6 p.m.", "time", "T18", "deadline"),
        ("Deputy Secretary", "role", "Deputy Secretary", "Jo [bold]Bloggs"),
        ("Under Secretary", "role", "Under Secretary", "Jo [bold]Bloggs"),
    ):
        at = source.text.find(exact)
        if at >= 0:
            facts.append(Fact(id=f"{source.id}-{at}", kind=kind, text=exact, value=value, subject=subject,  # type: ignore[arg-type]
                              evidence=[Anchor.of(source, at, at + len(exact))]))
    return facts


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "one.txt").write_text("Vote called\n\nDeputy Secretary Jo [bold]Bloggs set the deadline at 5 p.m. today at the Springfield council, with the Acme firm and the Harbour board.\n")
    (tmp_path / "two.txt").write_text("Vote called\n\nUnder Secretary Jo [bold]Bloggs set the deadline at 6 p.m. today at the Springfield council, with the Acme firm and the Harbour board.\n")
    monkeypatch.setattr("factsheet.extract.extract_facts", lambda source, kinds=None: _stub_extract(source))
    monkeypatch.setattr("factsheet.pipeline.extract_facts", lambda source, kinds=None: _stub_extract(source), raising=False)
    return tmp_path


def test_json_has_sources_facts_and_discrepancies(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["discrepancies", "--json", "--no-cache", str(corpus)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"sources", "facts", "discrepancies"}
    kinds = sorted(d["kind"] for d in payload["discrepancies"])
    assert kinds == ["role", "time"]
    d = payload["discrepancies"][0]
    assert set(d) == {"id", "kind", "subject", "summary", "severity", "variants", "status", "resolution", "note"}
    fact_ids = {f["id"] for f in payload["facts"]}
    assert all(fid in fact_ids for d in payload["discrepancies"] for v in d["variants"] for fid in v["facts"])
    assert all(f["status"] == "disputed" for f in payload["facts"])


def test_table_shows_untrusted_text_literally(
    corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "400")
    assert main(["discrepancies", "--no-cache", str(corpus)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "2 discrepancies" in out
    assert "[bold]Bloggs" in out  # markup in article text is shown, not applied
    assert "Deputy Secretary (one)" in out and "Under Secretary (two)" in out
