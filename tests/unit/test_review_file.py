"""The review file format: any text round-trips, and the fast path agrees with tomllib."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.model import Anchor
from factsheet.review import store
from factsheet.review.decisions import Decision, HistoryEntry

texts = st.text(st.characters(codec="utf-8") | st.sampled_from(['"', "\\", "\n", "\x00", "\x1b", "\u2028", "]"]), max_size=12)
ids = st.text(st.characters(codec="utf-8") | st.sampled_from(["-", ".", "[", '"', " "]), min_size=1, max_size=10)
moments = st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1), timezones=st.just(UTC)).map(
    lambda d: d.replace(microsecond=0)
)


@st.composite
def states(draw: st.DrawFn) -> store.ReviewState:
    state = store.ReviewState()
    for _ in range(draw(st.integers(0, 4))):
        target = draw(st.sampled_from(["fact", "discrepancy"]))
        field = draw(st.sampled_from(["status", "note"] + (["value", "text"] if target == "fact" else [])))
        value = draw(texts)
        resolution = ""
        if field == "status":
            value = draw(st.sampled_from(["confirmed", "rejected"] if target == "fact" else ["resolved", "dismissed"]))
            resolution = draw(texts) if value == "resolved" else ""
        decision = Decision(target, draw(ids), field, value, draw(moments), draw(texts), resolution)  # type: ignore[arg-type]
        state.decisions[decision.key] = decision
        if target == "fact" and draw(st.booleans()):
            exact = draw(texts)
            state.anchors[decision.id] = [
                Anchor(source=draw(ids), start=3, end=3 + len(exact), exact=exact, prefix=draw(texts), suffix=draw(texts))
            ]
        state.history.append(HistoryEntry(
            seq=len(state.history) + 1, action="note_fact", target=decision.target, id=decision.id,
            field=decision.field, value=decision.value, when=decision.when, who=decision.who,
            resolution=decision.resolution, before=draw(st.none() | st.just(decision)),
        ))
    # anchors only where the fact still has a decision, as the session keeps them
    state.anchors = {k: v for k, v in state.anchors.items() if ("fact", k, "status") in state.decisions
                     or any(key[0] == "fact" and key[1] == k for key in state.decisions)}
    return state


@settings(max_examples=50, deadline=None)
@given(states())
def test_any_state_round_trips_and_both_parsers_agree(state: store.ReviewState) -> None:
    text = store.render(state)
    path = Path("x.review.toml")
    fast = store._parse_own_format(text)
    assert fast is not None, "a file factsheet wrote takes the fast path"
    slow = store.parse(text + "\n# a hand edit: forces the full parse\n", path)
    for parsed in (fast, slow):
        assert parsed.decisions == state.decisions
        assert parsed.anchors == state.anchors
        assert parsed.history == state.history
    assert store.render(fast) == text
    assert all(line == "" or line[0] in "#[ ]" or " = " in line for line in text.split("\n"))
