"""A decision updates only what depends on it; the result is what applying every decision again gives."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.model import Anchor, Discrepancy, Fact, FactSheet, Source, Variant
from factsheet.review import Progress, ReviewError, ReviewSession, store
from factsheet.review.anchors import check_anchor
from factsheet.review.apply import Applied, apply_state

WORDS = 8
"""Facts f-0 .. f-7, one per word of the single source."""


def _sheet(upper: frozenset[int], disputed: frozenset[int], variants: list[list[int]], twin: int | None) -> FactSheet:
    """One source of ``WORDS`` words (those in ``upper`` upper-cased), a fact on each word, discrepancies
    whose variants name the facts given (index ``WORDS``: a fact that is not in the sheet) and, with
    ``twin``, a second fact with the id of fact ``twin``."""
    words = [f"word{i}".upper() if i in upper else f"word{i}" for i in range(WORDS)]
    text = " ".join(words)
    source = Source(id="a", path="a.txt", title="A", sha256="0" * 64, text=text)
    facts = []
    for i, word in enumerate(words):
        start = text.index(word + (" " if i < WORDS - 1 else ""))
        facts.append(Fact(
            id=f"f-{i}", kind="number", text=word, value=str(i), status="disputed" if i in disputed else "unreviewed",
            evidence=[Anchor.of(source, start, start + len(word))],
        ))
    if twin is not None:
        facts.append(facts[twin].model_copy(update={"value": "twin", "status": "disputed"}))
    discrepancies = [
        Discrepancy(id=f"d-{n}", kind="number", variants=[Variant(value=str(i), facts=[f"f-{i}"]) for i in named])
        for n, named in enumerate(variants)
    ]
    return FactSheet(sources=[source], facts=facts, discrepancies=discrepancies)


FACT_IDS = [f"f-{i}" for i in range(WORDS + 1)]  # f-8 is never in a sheet: decisions on it are orphans
OPS = st.tuples(
    st.sampled_from(["confirm", "reject", "edit_value", "edit_text", "note_fact", "resolve", "dismiss",
                     "note_discrepancy", "undo", "other_editor"]),
    st.integers(0, WORDS),
    st.sampled_from(["", "x", "y"]),
)


def _do(session: ReviewSession, op: str, target: int, value: str) -> bool:
    """Make the call; ``False`` when it was refused."""
    fact_id, discrepancy_id = FACT_IDS[target], f"d-{target % 4}"
    calls = {
        "confirm": lambda: session.confirm(fact_id),
        "reject": lambda: session.reject(fact_id),
        "edit_value": lambda: session.edit_value(fact_id, value),
        "edit_text": lambda: session.edit_text(fact_id, value),
        "note_fact": lambda: session.note_fact(fact_id, value),
        "resolve": lambda: session.resolve(discrepancy_id, value or "v"),
        "dismiss": lambda: session.dismiss(discrepancy_id),
        "note_discrepancy": lambda: session.note_discrepancy(discrepancy_id, value),
        "undo": session.undo,
    }
    try:
        calls[op]()
    except ReviewError:
        return False  # unknown id, blocked confirm: nothing is made, and what is shown must still be right
    return True


def _plain_apply(base: FactSheet, state: store.ReviewState) -> Applied:
    """Every decision of ``state`` applied to a copy of every fact and discrepancy, the plain way: the
    reference both :func:`apply_state` and :func:`reapply` must agree with (they share their helpers).
    The decisions on an id apply to the last fact or discrepancy with that id, as a lookup by id finds it."""
    facts = [f.model_copy() for f in base.facts]
    discrepancies = [d.model_copy() for d in base.discrepancies]
    fact_at = {f.id: place for place, f in enumerate(facts)}
    discrepancy_at = {d.id: place for place, d in enumerate(discrepancies)}
    orphans = []
    for (target, target_id, field), decision in sorted(state.decisions.items()):
        if target == "fact" and target_id in fact_at:
            setattr(facts[fact_at[target_id]], field, decision.value)
        elif target == "discrepancy" and target_id in discrepancy_at:
            discrepancy = discrepancies[discrepancy_at[target_id]]
            setattr(discrepancy, field, decision.value)
            if field == "status":
                discrepancy.resolution = decision.resolution
        else:
            orphans.append(decision)
    still_open = {fact_id for d in discrepancies if d.status == "open" for fact_id in d.fact_ids}
    for fact in facts:  # disputed, no status decision, every discrepancy about it closed
        decided = ("fact", fact.id, "status") in state.decisions
        if fact.status == "disputed" and fact.id not in still_open and not decided:
            fact.status = "unreviewed"
    sources = {s.id: s for s in base.sources}
    anchor_states = {fact_id: [check_anchor(a, sources) for a in state.anchors[fact_id]]
                     for fact_id in sorted(state.anchors)}
    withheld = []
    for fact_id, checks in anchor_states.items():  # confirmed on a passage that is gone: shown unreviewed
        fact = facts[fact_at[fact_id]] if fact_id in fact_at else None
        if fact is not None and fact.status == "confirmed" and any(c.state == "orphaned" for c in checks):
            fact.status = "unreviewed"
            withheld.append(fact_id)
    return Applied(
        sheet=base.model_copy(update={"facts": facts, "discrepancies": discrepancies}), orphans=orphans,
        anchor_states=anchor_states, withheld=withheld,
        facts_reviewed=sum(1 for f in facts if f.status in ("confirmed", "rejected")),
        discrepancies_open=sum(1 for d in discrepancies if d.status == "open"),
    )


def _assert_same_as_full_apply(session: ReviewSession) -> None:
    state = store.read(session.path)
    full = _plain_apply(session.base, state)
    applied = apply_state(session.base, state)
    for got in (session, applied):
        assert got.sheet.model_dump() == full.sheet.model_dump()
        assert [type(f) for f in got.sheet.facts] == [type(f) for f in full.sheet.facts]
        assert got.orphans == full.orphans
        assert list(got.anchor_states.items()) == list(full.anchor_states.items()), "same checks, same order"
        assert got.withheld == full.withheld
    assert session.decisions == [state.decisions[k] for k in sorted(state.decisions)]
    assert session.history == state.history
    facts, discrepancies = full.sheet.facts, full.sheet.discrepancies
    assert session.progress() == Progress(
        facts_reviewed=sum(1 for f in facts if f.status in ("confirmed", "rejected")),
        facts_total=len(facts),
        discrepancies_open=sum(1 for d in discrepancies if d.status == "open"),
        discrepancies_total=len(discrepancies),
    )


def _assert_only_the_change_differs(shown: FactSheet, session: ReviewSession) -> None:
    """What :attr:`ReviewSession.changed` leaves out is what was shown before (a view may keep it)."""
    change = session.changed
    assert change is not None
    for before, now in zip(shown.facts, session.sheet.facts, strict=True):
        assert now is before or now.id in change.facts
    for before_d, now_d in zip(shown.discrepancies, session.sheet.discrepancies, strict=True):
        assert now_d is before_d or now_d.id in change.discrepancies
    last = {f.id: f for f in session.sheet.facts}
    assert all(last[fid] is fact for fid, fact in change.facts.items())


@settings(max_examples=100, deadline=None)
@given(
    upper=st.frozensets(st.integers(0, WORDS - 1)),
    disputed=st.frozensets(st.integers(0, WORDS - 1)),
    variants=st.lists(st.lists(st.integers(0, WORDS), min_size=1, max_size=4), max_size=3),
    twin=st.none() | st.integers(0, WORDS - 1),
    earlier=st.lists(OPS, max_size=8),
    ops=st.lists(OPS, min_size=1, max_size=25),
)
def test_each_decision_gives_what_applying_every_decision_gives(
    upper: frozenset[int], disputed: frozenset[int], variants: list[list[int]], twin: int | None,
    earlier: list[tuple[str, int, str]], ops: list[tuple[str, int, str]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.review.toml"
        # Earlier decisions, made on the articles before some words changed (their anchors are orphaned now)
        # and on a fact (f-8) and a discrepancy (d-3) the current sheet does not have.
        before = _sheet(frozenset(), disputed, [[0], [1], [2], [3]], None)
        before = before.model_copy(update={"facts": [*before.facts, before.facts[0].model_copy(update={"id": "f-8"})]})
        old = ReviewSession.open(before, path, "ana")
        for op, target, value in earlier:
            if op != "other_editor":
                _do(old, op, target, value)
        sheet = _sheet(upper, disputed, variants, twin)
        session = ReviewSession.open(sheet, path, "ana")
        other = ReviewSession.open(sheet, path, "bo")
        _assert_same_as_full_apply(session)
        unseen = False
        """Whether the file holds a save by the other editor that the session has not read yet."""
        for op, target, value in ops:
            if op == "other_editor":  # another editor saves: the next call must notice and apply everything
                unseen |= _do(other, "note_fact", target, value + "!")
                continue
            shown = session.sheet
            made = _do(session, op, target, value)
            unseen &= not made  # a refused call may not read the file (an unknown id is refused at once)
            if not unseen:
                _assert_same_as_full_apply(session)
            if made and session.changed is not None:
                _assert_only_the_change_differs(shown, session)
        if not unseen:
            reopened = ReviewSession.open(session.base, session.path, "someone")
            assert reopened.sheet.model_dump() == session.sheet.model_dump()


def test_a_decision_reports_what_it_changed(tmp_path: Path) -> None:
    sheet = _sheet(frozenset(), frozenset({1, 2}), [[1, 2], [2, 8]], None)
    session = ReviewSession.open(sheet, tmp_path / "r.toml", "ana")
    assert session.changed is None, "on open, everything is new"
    session.confirm("f-0")
    assert session.changed is not None and not session.changed.discrepancies
    assert session.changed.facts == {"f-0": session.sheet.fact("f-0")}
    session.dismiss("d-0")
    assert session.changed is not None
    assert (set(session.changed.facts), set(session.changed.discrepancies)) == ({"f-1", "f-2"}, {"d-0"})
    assert session.changed.discrepancies["d-0"] is session.sheet.discrepancies[0]
    assert session.sheet.fact("f-1").status == "unreviewed" and session.sheet.fact("f-2").status == "disputed"
    assert not _do(session, "confirm", 8, "")  # no f-8 in the sheet: refused before the file is read
    assert session.changed is not None and not session.changed.facts and not session.changed.discrepancies
    ReviewSession.open(sheet, tmp_path / "r.toml", "bo").reject("f-3")
    assert not _do(session, "confirm", 2, "")  # behind the open d-1: refused, after reading bo's save
    assert session.changed is None, "another editor saved meanwhile: everything was applied again"
    assert session.sheet.fact("f-3").status == "rejected"
    session.reject("f-4")
    assert session.changed is not None and set(session.changed.facts) == {"f-4"}
    assert session.sheet.fact("f-3").status == "rejected"


def test_nothing_to_undo_and_a_failed_reload_leave_the_next_decision_incremental(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    session = ReviewSession.open(_sheet(frozenset(), frozenset(), [[1, 2]], None), path, "ana")
    session.reject("f-0")
    assert session.undo() is not None and session.undo() is None
    assert session.changed is not None and not session.changed.facts, "an undo with nothing to undo changes nothing"
    session.reject("f-3")
    assert session.changed is not None and set(session.changed.facts) == {"f-3"}, "still the state shown: incremental"
    path.write_bytes(b"\xff")
    with pytest.raises(ReviewError, match="not UTF-8"):
        session.reload()
    assert session.changed is not None and not session.changed.facts and not session.changed.discrepancies


def test_with_two_facts_or_discrepancies_of_one_id_every_rule_takes_the_last(tmp_path: Path) -> None:
    """Decisions apply to the last fact or discrepancy with an id: its anchors are stored, and only its
    status decides whether a confirmation is blocked."""
    sheet = _sheet(frozenset(), frozenset({1}), [[1], [1]], None)
    last = sheet.facts[2].model_copy(update={"id": "f-1"})  # f-1 again, on another word
    first, other = sheet.discrepancies
    discrepancies = [first, other.model_copy(update={"id": "d-0"}), other]  # d-0 twice, then d-1
    sheet = sheet.model_copy(update={"facts": [*sheet.facts, last], "discrepancies": discrepancies})
    path = tmp_path / "r.toml"
    session = ReviewSession.open(sheet, path, "ana")
    session.note_fact("f-1", "seen")
    assert store.read(path).anchors["f-1"] == last.evidence
    session.dismiss("d-1")
    session.dismiss("d-0")  # the second d-0: the first stays open, and so f-1 stays disputed
    assert [d.status for d in session.sheet.discrepancies] == ["open", "dismissed", "dismissed"]
    with pytest.raises(ReviewError, match="discrepancy d-0 is open"):
        session.confirm("f-1")
    _assert_same_as_full_apply(session)
    session.undo()
    with pytest.raises(ReviewError, match="discrepancy d-0 is open"):  # named once, though two are open
        session.confirm("f-1")


def _fresh(state: store.ReviewState) -> store.ReviewState:
    """The same decisions, anchors and history in a state never rendered."""
    return store.ReviewState(
        decisions=dict(state.decisions), anchors={k: list(v) for k, v in state.anchors.items()},
        history=list(state.history),
    )


EDITS = st.lists(
    st.tuples(st.sampled_from(["decide", "drop", "anchor", "anchor_in_place", "unanchor", "log", "rewrite_log"]),
              st.sampled_from(["fact", "discrepancy"]), st.integers(0, 5), st.sampled_from(["status", "note"]),
              st.sampled_from(["confirmed", "rejected", "a \"note\"", ""])),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(edits=EDITS)
def test_render_after_any_edits_is_the_render_of_a_new_state(edits: list[tuple[str, str, int, str, str]]) -> None:
    """The text kept from the last render is reused only for what did not change, however the state changed."""
    from datetime import UTC, datetime

    from factsheet.review.decisions import Decision, HistoryEntry

    state = store.ReviewState()
    source = Source(id="a", path="a.txt", title="A", sha256="0" * 64, text="one two three four five six")
    for step, (edit, target, number, field, value) in enumerate(edits):
        target_id, when = f"{target[0]}-{number}", datetime(2026, 1, 1, 0, 0, step, tzinfo=UTC)
        if target == "discrepancy" and field == "status":
            value = "resolved"
        elif field == "status":
            value = "confirmed" if value != "rejected" else value
        key = (target, target_id, field)
        if edit == "decide":
            state.decisions[key] = Decision(target, target_id, field, value, when, "ana")  # type: ignore[arg-type]
        elif edit == "drop":
            state.decisions.pop(key, None)
        elif edit == "anchor":
            state.anchors[f"f-{number}"] = [Anchor.of(source, number, number + 3)]
        elif edit == "anchor_in_place" and f"f-{number}" in state.anchors:
            state.anchors[f"f-{number}"].append(Anchor.of(source, 0, 3))
        elif edit == "unanchor":
            state.anchors.pop(f"f-{number}", None)
        elif edit == "log":
            state.history.append(HistoryEntry(state.next_seq(), "note_fact", "fact", target_id, "note", value, when, "bo"))
        elif edit == "rewrite_log" and state.history:
            state.history[number % len(state.history)] = HistoryEntry(
                state.history[number % len(state.history)].seq, "reject", "fact", "f-9", "status", "rejected", when, "cy"
            )
        assert store.render(state) == store.render(_fresh(state))


def test_a_render_that_fails_leaves_no_stale_text_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table that cannot be rendered (e.g. a surrogate no file can store) raises; the changes seen by
    that render are not kept as if they had been rendered, so the next render of the state writes them."""
    from datetime import UTC, datetime

    from factsheet.review.decisions import Decision

    when = datetime(2026, 1, 1, tzinfo=UTC)
    state = store.ReviewState()
    state.decisions[("fact", "f-1", "note")] = Decision("fact", "f-1", "note", "old", when, "ana")
    store.render(state)
    state.decisions[("fact", "f-1", "note")] = Decision("fact", "f-1", "note", "new", when, "ana")
    state.decisions[("fact", "f-2", "note")] = Decision("fact", "f-2", "note", "x", when, "\udcff")
    with pytest.raises(ValueError):
        store.render(state)  # f-2 cannot be written; whether f-1 was rendered first depends on set order

    def cannot_render(*args: object) -> str:
        raise ValueError("cannot render")

    with monkeypatch.context() as patch:
        patch.setattr(store, "_tables", cannot_render)
        with pytest.raises(ValueError):
            store.render(state)  # this time no table is rendered at all
    del state.decisions[("fact", "f-2", "note")]
    assert store.render(state) == store.render(_fresh(state))
    assert 'value = "new"' in store.render(state)


def test_withheld_confirmations_through_decisions_and_undos(tmp_path: Path) -> None:
    """A confirmation withheld because its passage changed: each later decision and undo gives what
    applying every decision gives."""
    path = tmp_path / "r.toml"
    old = ReviewSession.open(_sheet(frozenset(), frozenset(), [[1, 2]], None), path, "ana")
    old.dismiss("d-0")
    for fact_id in ("f-1", "f-2", "f-3"):
        old.confirm(fact_id)
    session = ReviewSession.open(_sheet(frozenset({1, 2}), frozenset(), [[1, 2]], None), path, "ana")
    assert session.withheld == ["f-1", "f-2"]
    steps = [("note_fact", 1, "x"), ("undo", 0, ""), ("undo", 0, ""), ("reject", 2, ""), ("undo", 0, ""),
             ("undo", 0, ""), ("confirm", 1, ""), ("undo", 0, ""), ("undo", 0, "")]
    withheld = []
    for op, target, value in steps:
        assert _do(session, op, target, value)
        _assert_same_as_full_apply(session)
        withheld.append(session.withheld)
    assert withheld[0] == ["f-2"], "a new decision on f-1 stores its new passage: no longer withheld"
    assert withheld[-1] == [], "every confirmation made on the old passages is undone or made again"
