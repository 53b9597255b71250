"""Random sequences of decisions and undos by two editors match a simple reference model,
and the file always reads back to what the sessions show."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from factsheet.model import Discrepancy, Fact, FactSheet, Variant
from factsheet.review import ReviewError, ReviewSession

FACTS = ["f-1", "f-2", "f-3"]
SHEET = FactSheet(
    facts=[Fact(id=f, kind="number", text=f, status="disputed" if f == "f-3" else "unreviewed") for f in FACTS],
    discrepancies=[Discrepancy(id="d-1", kind="number", variants=[Variant(value="1", facts=["f-3"])])],
)
_tokens = itertools.count()


class TwoEditors(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        path = Path(self.folder.name) / "r.review.toml"
        self.sessions = {who: ReviewSession.open(SHEET, path, who) for who in ("ana", "bo")}
        self.current: dict[tuple[str, str, str], tuple[str, str, int]] = {}  # key -> (value, resolution, token)
        self.log: list[tuple[int, str, tuple[str, str, str], tuple[str, str, int] | None]] = []
        self.undone: set[int] = set()

    def _record(self, who: str, key: tuple[str, str, str], value: str, resolution: str = "") -> None:
        token = next(_tokens)
        self.log.append((token, who, key, self.current.get(key)))
        self.current[key] = (value, resolution, token)

    @rule(who=st.sampled_from(["ana", "bo"]), fact=st.sampled_from(FACTS), status=st.sampled_from(["confirm", "reject"]))
    def decide_status(self, who: str, fact: str, status: str) -> None:
        blocked = status == "confirm" and fact == "f-3" and ("discrepancy", "d-1", "status") not in self.current
        try:
            getattr(self.sessions[who], status)(fact)
        except ReviewError:
            assert blocked, "only a confirm behind an open discrepancy is refused"
            return
        assert not blocked
        self._record(who, ("fact", fact, "status"), "confirmed" if status == "confirm" else "rejected")

    @rule(who=st.sampled_from(["ana", "bo"]), fact=st.sampled_from(FACTS), note=st.text(max_size=5))
    def note(self, who: str, fact: str, note: str) -> None:
        self.sessions[who].note_fact(fact, note)
        self._record(who, ("fact", fact, "note"), note)

    @rule(who=st.sampled_from(["ana", "bo"]), value=st.sampled_from(["", "1", "2"]))
    def settle(self, who: str, value: str) -> None:
        if value:
            self.sessions[who].resolve("d-1", value)
            self._record(who, ("discrepancy", "d-1", "status"), "resolved", value)
        else:
            self.sessions[who].dismiss("d-1")
            self._record(who, ("discrepancy", "d-1", "status"), "dismissed")

    @rule(who=st.sampled_from(["ana", "bo"]))
    def undo(self, who: str) -> None:
        expected = next(
            (
                entry for entry in reversed(self.log)
                if entry[1] == who and entry[0] not in self.undone
                and self.current.get(entry[2], (None, None, -1))[2] == entry[0]
            ),
            None,
        )
        undone = self.sessions[who].undo()
        assert (undone is None) == (expected is None)
        if expected is not None:
            token, _, key, before = expected
            assert (undone.target, undone.id, undone.field) == key
            self.undone.add(token)
            if before is None:
                del self.current[key]
            else:
                self.current[key] = before

    @invariant()
    def file_matches_model(self) -> None:
        session = self.sessions["ana"]
        session.reload()
        shown = {d.key: (d.value, d.resolution) for d in session.decisions}
        assert shown == {k: (v, r) for k, (v, r, _) in self.current.items()}
        fact_3 = session.sheet.fact("f-3")
        status = self.current.get(("fact", "f-3", "status"))
        if status:
            assert fact_3.status == status[0]
        else:
            settled = ("discrepancy", "d-1", "status") in self.current
            assert fact_3.status == ("unreviewed" if settled else "disputed")

    def teardown(self) -> None:
        self.folder.cleanup()


TwoEditors.TestCase.settings = settings(max_examples=15, stateful_step_count=15, deadline=None)
test_two_editors_match_the_model = TwoEditors.TestCase
