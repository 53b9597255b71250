"""The facts table's query language, row reuse, sorting, and the word diff (no Textual needed)."""

from __future__ import annotations

from factsheet.tui.filters import open_discrepancy_facts, parse_query, rows_of, set_token, sort_rows
from tests.tui.fixtures import bridge_sheet


def test_parse_query_splits_words_and_filters() -> None:
    q = parse_query("Okafor kind:quote kind:ROLE status:confirmed source:beta colour:red")
    assert q.words == ("okafor", "colour:red")
    assert q.kinds == {"quote", "role"} and q.statuses == {"confirmed"} and q.sources == {"beta"}
    assert q.unknown == ("colour:red",)
    assert parse_query("  ").empty and not parse_query("kind:money").empty


def test_query_matches_rows() -> None:
    sheet = bridge_sheet()
    rows = rows_of(sheet, open_discrepancy_facts(sheet))
    pick = lambda text: [r.fact_id for r in rows if parse_query(text).matches(r)]  # noqa: E731
    assert pick("kind:money") == ["m-cost-40", "m-cost-45"]
    assert pick("mensah source:beta") == ["r-mensah-b"]
    assert pick("status:disputed kind:role") == ["r-mensah-a", "r-mensah-b"]
    assert pick("USD 45000000") == ["m-cost-45"]  # values are searched too
    assert pick("risks lives kind:quote") == ["q-okafor-a", "q-okafor-b"]


def test_rows_are_reused_only_when_unchanged() -> None:
    sheet = bridge_sheet()
    first = rows_of(sheet)
    changed = sheet.model_copy(deep=True)
    changed.facts[0].status = "confirmed"
    second = rows_of(changed, None, {r.fact_id: r for r in first})
    assert second[0] is not first[0] and second[0].status == "confirmed"
    assert all(a is b for a, b in zip(first[1:], second[1:], strict=True))


def test_set_token_and_sort() -> None:
    assert set_token("okafor kind:quote", "kind", "role") == "okafor kind:role"
    assert set_token("okafor kind:quote", "kind", None) == "okafor"
    rows = rows_of(bridge_sheet())
    by_sources = sort_rows(rows, "sources", reverse=True)
    assert by_sources[0].fact_id == "d-closure"
    assert [r.fact_id for r in sort_rows(rows, None)] == [r.fact_id for r in rows]
    assert sort_rows(rows, "kind")[0].kind == "quote"

