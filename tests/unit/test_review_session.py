"""The review session and its file: decisions, rules, undo, orphans, anchors, bad files, disk failures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factsheet.errors import FactsheetError
from factsheet.model import Anchor, Discrepancy, Fact, FactSheet, Source, Variant
from factsheet.review import ReviewError, ReviewSession, default_review_path
from factsheet.review import store

TEXT_A = 'The mayor said "we will rebuild" on Monday. The council approved $20 million for the bridge.'
TEXT_B = "The council approved $2 million for the bridge, officials said."


def _source(source_id: str, text: str) -> Source:
    return Source(id=source_id, path=f"{source_id}.txt", title=f"Story {source_id}", sha256="0" * 64, text=text)


def _fact(fact_id: str, kind: str, source: Source, exact: str, value: str, status: str = "unreviewed") -> Fact:
    start = source.text.index(exact)
    return Fact(
        id=fact_id, kind=kind, text=exact, value=value, status=status,  # type: ignore[arg-type]
        evidence=[Anchor.of(source, start, start + len(exact))],
    )


def sample_sheet(text_a: str = TEXT_A, text_b: str = TEXT_B) -> FactSheet:
    a, b = _source("a", text_a), _source("b", text_b)
    facts = [_fact("q-1", "quote", a, "we will rebuild", "we will rebuild")]
    if "$20 million" in text_a:
        facts.append(_fact("m-a", "money", a, "$20 million", "USD 20000000", "disputed"))
    facts.append(_fact("m-b", "money", b, "$2 million", "USD 2000000", "disputed"))
    variants = [Variant(value="USD 20000000", facts=["m-a"]), Variant(value="USD 2000000", facts=["m-b"])]
    return FactSheet(
        sources=[a, b], facts=facts,
        discrepancies=[Discrepancy(id="d-1", kind="money", subject="bridge", variants=variants)],
    )


@pytest.fixture
def review(tmp_path: Path) -> Path:
    return tmp_path / "corpus.review.toml"


def test_default_review_path(tmp_path: Path) -> None:
    folder = tmp_path / "seeds"
    folder.mkdir()
    article = tmp_path / "a.txt"
    article.write_text("x")
    assert default_review_path([folder]) == tmp_path / "seeds.review.toml"
    assert default_review_path([article, folder]) == tmp_path / "a.review.toml"


def test_every_decision_is_written_and_applied(review: Path) -> None:
    session = ReviewSession.open(sample_sheet(), review, "ana")
    assert not review.exists()
    session.confirm("q-1")
    session.note_fact("q-1", 'checked "twice"\nwith the mayor\'s office \\ ok')
    session.edit_value("m-b", "USD 2500000")
    session.resolve("d-1", "USD 20000000")
    session.note_discrepancy("d-1", "ministry confirmed")
    session.reject("m-b")

    reopened = ReviewSession.open(sample_sheet(), review, "bo")
    for s in (session, reopened):
        facts = {f.id: f for f in s.sheet.facts}
        assert facts["q-1"].status == "confirmed"
        assert facts["q-1"].note == 'checked "twice"\nwith the mayor\'s office \\ ok'
        assert facts["m-b"].value == "USD 2500000" and facts["m-b"].status == "rejected"
        assert facts["m-a"].status == "unreviewed", "no longer disputed once its discrepancy is resolved"
        d = s.sheet.discrepancies[0]
        assert (d.status, d.resolution, d.note) == ("resolved", "USD 20000000", "ministry confirmed")
    assert [h.seq for h in reopened.history] == [1, 2, 3, 4, 5, 6]
    assert {d.who for d in reopened.decisions} == {"ana"}
    assert reopened.progress().facts_reviewed == 2 and reopened.progress().discrepancies_open == 0
    assert sample_sheet().facts[0].status == "unreviewed", "the base sheet is never mutated"


def test_file_is_stable_sorted_and_rewrites_identically(review: Path) -> None:
    session = ReviewSession.open(sample_sheet(), review, "ana")
    session.reject("q-1")
    session.dismiss("d-1")
    session.confirm("m-b")
    session.confirm("m-a")
    text = review.read_text()
    assert store.render(store.parse(text, review)) == text
    headers = [line for line in text.splitlines() if line.startswith("[facts.") and line.count(".") == 1]
    assert headers == sorted(headers) == ["[facts.m-a]", "[facts.m-b]", "[facts.q-1]"]
    assert "when = 20" in text and "Z\n" in text


def test_confirm_is_blocked_by_an_open_discrepancy(review: Path) -> None:
    session = ReviewSession.open(sample_sheet(), review, "ana")
    with pytest.raises(ReviewError, match="d-1"):
        session.confirm("m-a")
    assert not review.exists()
    assert isinstance(ReviewError("x"), FactsheetError)
    session.dismiss("d-1")
    session.confirm("m-a")
    assert session.sheet.fact("m-a").status == "confirmed"


def test_unknown_ids_and_empty_resolution_are_refused(review: Path) -> None:
    session = ReviewSession.open(sample_sheet(), review, "ana")
    with pytest.raises(ReviewError, match="no fact"):
        session.confirm("nope")
    with pytest.raises(ReviewError, match="no discrepancy"):
        session.dismiss("nope")
    with pytest.raises(ReviewError, match="needs a value"):
        session.resolve("d-1", "  ")
    assert not review.exists()


@pytest.mark.parametrize("editor", ["", "\udcff"])
def test_an_editor_name_no_file_can_record_is_refused_on_open(review: Path, editor: str) -> None:
    """A surrogate (a name from a non-UTF-8 command line) would make every save fail: refused at once."""
    with pytest.raises(ReviewError, match="editor name"):
        ReviewSession.open(sample_sheet(), review, editor)
    assert not review.exists()


@pytest.mark.parametrize("verb", [[], ["review"], ["export", "-o", "-"]])
def test_the_command_line_refuses_such_a_name_in_one_line(
    verb: list[str], seeds_dir: Path, review: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from factsheet.cli import main

    assert main([*verb, str(seeds_dir), "--review", str(review), "--editor", "\udcff"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "factsheet: the editor name '\\udcff' holds a character no file can store: give another (--editor NAME)"
    ]


def test_undo_restores_the_previous_decision_and_logs_it(review: Path) -> None:
    session = ReviewSession.open(sample_sheet(), review, "ana")
    session.note_fact("q-1", "first")
    session.note_fact("q-1", "second")
    session.confirm("q-1")
    assert session.undo().action == "confirm"
    assert session.sheet.fact("q-1").status == "unreviewed"
    assert session.undo().value == "second"
    assert session.sheet.fact("q-1").note == "first"
    assert session.undo().value == "first"
    assert session.sheet.fact("q-1").note == ""
    assert session.undo() is None
    assert session.decisions == [] and "anchors" not in review.read_text()
    actions = [h.action for h in ReviewSession.open(sample_sheet(), review, "x").history]
    assert actions == ["note_fact", "note_fact", "confirm", "undo", "undo", "undo"]


def test_undo_leaves_other_editors_decisions_alone(review: Path) -> None:
    ana = ReviewSession.open(sample_sheet(), review, "ana")
    bo = ReviewSession.open(sample_sheet(), review, "bo")
    ana.confirm("q-1")
    bo.reject("q-1")
    assert ana.undo() is None, "ana's decision was replaced by bo's: nothing of hers left to undo"
    assert bo.undo() is not None
    ana.reload()
    assert ana.sheet.fact("q-1").status == "confirmed"


def test_two_sessions_on_one_file_merge_instead_of_overwriting(review: Path) -> None:
    ana = ReviewSession.open(sample_sheet(), review, "ana")
    bo = ReviewSession.open(sample_sheet(), review, "bo")
    ana.confirm("q-1")
    bo.dismiss("d-1")  # bo's session never saw ana's decision
    ana.confirm("m-a")  # allowed: ana's save re-reads bo's dismissal first
    final = ReviewSession.open(sample_sheet(), review, "x")
    assert {(d.id, d.who) for d in final.decisions} == {("q-1", "ana"), ("d-1", "bo"), ("m-a", "ana")}


def test_orphaned_decisions_are_kept_and_reported(review: Path) -> None:
    session = ReviewSession.open(sample_sheet(), review, "ana")
    session.dismiss("d-1")
    session.confirm("m-a")
    session.confirm("q-1")
    shrunk = sample_sheet(text_a='The mayor said "we will rebuild" on Monday.')
    shrunk = shrunk.model_copy(update={"discrepancies": []})
    later = ReviewSession.open(shrunk, review, "ana")
    assert {d.id for d in later.orphans} == {"m-a", "d-1"}
    later.note_fact("q-1", "still here")
    text = review.read_text()
    assert "[facts.m-a.status]" in text and "[discrepancies.d-1.status]" in text


def test_anchor_states_exact_relocated_ambiguous_orphaned(review: Path) -> None:
    session = ReviewSession.open(sample_sheet(), review, "ana")
    session.dismiss("d-1")
    session.confirm("q-1")
    session.confirm("m-a")
    session.confirm("m-b")

    def states(text_a: str, text_b: str) -> dict[str, str]:
        s = ReviewSession.open(sample_sheet(TEXT_A, TEXT_B), review, "ana")
        changed = [_source("a", text_a), _source("b", text_b)]
        s = ReviewSession.open(s.base.model_copy(update={"sources": changed}), review, "ana")
        return {fid: checks[0].state for fid, checks in s.anchor_states.items()} | {"withheld": ",".join(s.withheld)}

    assert states(TEXT_A, TEXT_B) == {"q-1": "exact", "m-a": "exact", "m-b": "exact", "withheld": ""}
    moved = states("Update: " + TEXT_A, TEXT_B.replace("$2 million", "$2 million ... $2 million"))
    assert moved["q-1"] == "relocated" and moved["m-a"] == "relocated"
    assert moved["m-b"] == "exact", "still at its offsets, even with a second copy later"
    twice = states(TEXT_A, "x $2 million y. z $2 million w.")
    assert twice["m-b"] == "ambiguous"
    gone = states(TEXT_A.replace("we will rebuild", "we may rebuild"), TEXT_B)
    assert gone["q-1"] == "orphaned" and gone["withheld"] == "q-1"


def test_withheld_fact_is_not_confirmed_in_the_sheet(review: Path) -> None:
    session = ReviewSession.open(sample_sheet(), review, "ana")
    session.confirm("q-1")
    edited = [_source("a", TEXT_A.replace("will", "might")), _source("b", TEXT_B)]
    sheet = sample_sheet().model_copy(update={"sources": edited})
    later = ReviewSession.open(sheet, review, "ana")
    assert later.withheld == ["q-1"]
    assert later.sheet.fact("q-1").status == "unreviewed"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('schema = "factsheet-review/1"\n\n[facts.q-1.status]\nvalue = "confirmed\n', 4),
        ('schema = "factsheet-review/1"\n[facts.q-1.status]\nvalue = "maybe"\nwhen = 2026-01-01T00:00:00Z\nwho = "a"\n', 2),
        ('schema = "factsheet-review/1"\n[facts.q-1.status]\nvalue = "confirmed"\nwho = "a"\n', 2),
        ('schema = "factsheet-review/9"\n', 1),
        (
            'schema = "factsheet-review/1"\n'
            + '\n[[history]]\nseq = 1\naction = "reject"\ntarget = "fact"\nid = "q-1"\nfield = "status"\n'
            'value = "rejected"\nwhen = 2026-01-01T00:00:00Z\nwho = "a"\n' * 2,
            14,
        ),
    ],
)
def test_a_broken_file_is_refused_with_its_line_and_never_overwritten(review: Path, text: str, line: int) -> None:
    review.write_text(text)
    with pytest.raises(ReviewError) as caught:
        ReviewSession.open(sample_sheet(), review, "ana")
    message = str(caught.value)
    assert str(review) in message and f"line {line}" in message and "\n" not in message
    review.write_text('schema = "factsheet-review/1"\n')
    session = ReviewSession.open(sample_sheet(), review, "ana")
    review.write_text(text)  # broken behind the session's back
    with pytest.raises(ReviewError, match=f"line {line}"):
        session.confirm("q-1")
    assert review.read_text() == text


def test_a_non_utf8_file_is_refused(review: Path) -> None:
    review.write_bytes(b'schema = "factsheet-review/1"\n# caf\xe9\n')
    with pytest.raises(ReviewError, match="line 2"):
        ReviewSession.open(sample_sheet(), review, "ana")


@pytest.mark.parametrize("failing", ["replace", "fsync", "write"])
def test_a_failing_disk_gives_a_clear_error_and_loses_nothing(
    review: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    session = ReviewSession.open(sample_sheet(), review, "ana")
    session.confirm("q-1")
    session.dismiss("d-1")
    before = review.read_bytes()

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if failing == "write":
        real_fdopen = os.fdopen

        class Full:
            def __init__(self, fd: int, mode: str) -> None:
                self.handle = real_fdopen(fd, mode)

            def __enter__(self) -> Full:
                return self

            def __exit__(self, *exc: object) -> None:
                self.handle.close()

            def write(self, data: bytes) -> int:
                raise OSError(28, "No space left on device")

        monkeypatch.setattr(store.os, "fdopen", Full)
    else:
        monkeypatch.setattr(store.os, failing, refuse)
    with pytest.raises(ReviewError) as caught:
        session.reject("m-b")
    assert "No space left on device" in str(caught.value) and str(review) in str(caught.value)
    monkeypatch.undo()
    assert review.read_bytes() == before
    assert session.sheet.fact("m-b").status == "unreviewed", "the failed decision is not shown as made"
    assert [p.name for p in review.parent.iterdir() if p.name.endswith(".tmp")] == []
    session.reject("m-b")  # the disk is back: the decision can be made again
    assert len(ReviewSession.open(sample_sheet(), review, "x").decisions) == 3


def test_each_save_keeps_the_previous_version_as_backup(review: Path) -> None:
    session = ReviewSession.open(sample_sheet(), review, "ana")
    session.confirm("q-1")
    first = review.read_text()
    session.dismiss("d-1")
    assert store.backup_path(review).read_text() == first
    assert len(store.read(store.backup_path(review)).history) == 1
