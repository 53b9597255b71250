"""The factsheet/1 TOML export: round trip through tomllib whatever the text holds."""

from __future__ import annotations

import re
import tomllib
from datetime import UTC, date, datetime

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factsheet.errors import FactsheetError
from factsheet.export.toml import SCHEMA, dump_toml, load_toml
from factsheet.review import toml_text
from factsheet.model import FACT_KINDS, FACT_STATUSES, Anchor, Discrepancy, Fact, FactSheet, Source, Variant

GENERATED = datetime(2026, 2, 27, 17, 1, tzinfo=UTC)
C0_AND_DEL = [chr(c) for c in range(0x20)] + ["\x7f"]
HOSTILE = '"\'\\\n\r\t\x00\x1b[31m\x7f\u2028\u202e😀👩‍👩‍👧 [bold]#*_`<b>&amp;'

# Any Unicode text a decoded file can hold (hypothesis leaves out lone surrogates), with the
# characters that break writers drawn often.
texts = st.text(st.one_of(st.sampled_from(C0_AND_DEL + list('"\\\'[]{}=#\u2028\u0085😀')), st.characters(codec="utf-8")), max_size=30)


@st.composite
def sheets(draw: st.DrawFn) -> FactSheet:
    source_text = draw(st.text(st.characters(codec="utf-8"), min_size=1, max_size=80) | st.just(HOSTILE))
    source = Source(
        id=draw(st.text(st.characters(codec="utf-8"), min_size=1, max_size=8)),
        path=draw(texts), title=draw(texts), sha256="a" * 64,
        date=draw(st.none() | st.dates(date(1900, 1, 1), date(2100, 1, 1))), dateline=draw(texts), text=source_text,
    )
    facts = []
    for number in range(draw(st.integers(0, 3))):
        anchors = []
        for _ in range(draw(st.integers(0, 2))):
            start = draw(st.integers(0, len(source_text)))
            end = draw(st.integers(start, len(source_text)))
            anchors.append(Anchor.of(source, start, end))
        facts.append(Fact(
            id=f"f-{number}", kind=draw(st.sampled_from(FACT_KINDS)), text=draw(texts), subject=draw(texts),
            value=draw(texts), evidence=anchors, status=draw(st.sampled_from(FACT_STATUSES)), note=draw(texts),
        ))
    discrepancies = [
        Discrepancy(
            id="d-1", kind="money", subject=draw(texts), summary=draw(texts), note=draw(texts),
            resolution=draw(texts), status="resolved",
            variants=[Variant(value=draw(texts), facts=[f.id for f in facts]), Variant(value=draw(texts))],
        )
    ]
    return FactSheet(sources=[source], facts=facts, discrepancies=discrepancies)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets())
def test_round_trip_gives_back_the_same_model(sheet: FactSheet) -> None:
    text = dump_toml(sheet, GENERATED)
    loaded, generated = load_toml(text)
    assert generated == GENERATED
    assert loaded.model_dump() == sheet.model_dump()
    assert all(
        len(line) == 0 or line.startswith(("#", "[")) or re.match(r"^[a-z0-9_]+ = ", line) for line in text.splitlines()
    ), "no text can start a line of its own"


def test_schema_keys_and_rfc3339_time() -> None:
    source = Source(id="s1", path="a.txt", title="T", sha256="b" * 64, date=date(2026, 2, 27), text="It cost $5.")
    fact = Fact(id="m-1", kind="money", text="$5", value="USD 5", evidence=[Anchor.of(source, 8, 10)])
    sheet = FactSheet(
        sources=[source], facts=[fact],
        discrepancies=[Discrepancy(id="d-1", kind="money", variants=[Variant(value="USD 5", facts=["m-1"])])],
    )
    data = tomllib.loads(dump_toml(sheet, GENERATED))
    assert data["schema"] == SCHEMA == "factsheet/1"
    assert data["generated"] == GENERATED and "generated = 2026-02-27T17:01:00Z" in dump_toml(sheet, GENERATED)
    assert set(data["sources"][0]) == {"id", "path", "title", "sha256", "date", "dateline"}
    assert set(data["facts"][0]) == {"id", "kind", "text", "subject", "value", "status", "note", "evidence"}
    assert set(data["facts"][0]["evidence"][0]) == {"source", "start", "end", "exact", "prefix", "suffix"}
    assert set(data["discrepancies"][0]) == {
        "id", "kind", "subject", "summary", "severity", "status", "resolution", "note", "variants",
    }
    assert data["discrepancies"][0]["variants"] == [{"value": "USD 5", "facts": ["m-1"]}]


@pytest.mark.parametrize("char", C0_AND_DEL, ids=lambda c: f"U+{ord(c):04X}")
def test_every_control_character_survives_ours_and_tomli_w(char: str) -> None:
    text = f"a{char}b"
    sheet = FactSheet(sources=[Source(id="s", path=text, title=text, sha256="c" * 64)])
    dumped = dump_toml(sheet, GENERATED)
    assert char == "\t" or char not in dumped.replace("\n", ""), "written escaped, never raw"
    assert load_toml(dumped)[0].sources[0].title == text
    assert tomllib.loads(tomli_w.dumps({"s": text}))["s"] == text, "tomli_w escapes it too"


def test_a_lone_surrogate_never_reaches_a_file() -> None:
    # Text decoded from a file never holds one, but a plain str field of the model takes one
    # (constrained fields such as an anchor's prefix do not). tomli_w writes it and the UTF-8
    # encoding then fails; our writer refuses it with a clear error.
    assert "\ud800" in tomli_w.dumps({"s": "\ud800"})
    with pytest.raises(ValueError):
        Anchor(source="s", start=0, end=0, exact="", prefix="\ud800")
    sheet = FactSheet(sources=[Source(id="s", path="p", title="bad \ud800", sha256="c" * 64)])
    with pytest.raises(ValueError, match="UTF-8"):
        dump_toml(sheet, GENERATED)
    with pytest.raises(ValueError, match="UTF-8"):
        toml_text.string("bad \ud800")


@pytest.mark.parametrize(
    "text",
    ['schema = "factsheet/2"\ngenerated = 2026-02-27T17:01:00Z\n', 'schema = "factsheet/1"\n', "schema = [", ""],
)
def test_load_refuses_other_documents(text: str) -> None:
    with pytest.raises(FactsheetError):
        load_toml(text)


toml_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | texts | st.dates(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["id", "kind", "evidence", "x"]), inner, max_size=3),
    max_leaves=8,
).filter(lambda v: v is not None)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(["sources", "facts", "discrepancies", "curated"]), toml_values, max_size=3))
def test_load_refuses_any_malformed_document_with_a_factsheet_error(body: dict) -> None:
    try:
        text = tomli_w.dumps({"schema": SCHEMA, "generated": GENERATED, **body})
    except (TypeError, ValueError):
        return  # not expressible in TOML (e.g. None inside a list)
    try:
        load_toml(text)
    except FactsheetError:
        pass
