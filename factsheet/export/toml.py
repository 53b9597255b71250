"""The fact sheet as TOML, schema ``factsheet/1`` (documented in docs/schema.md).

:func:`dump_toml` writes it with stable formatting (every string a one-line basic
string, control characters escaped); :func:`load_toml` reads it back into the same
model with the standard library's ``tomllib``.
"""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from datetime import date as Date

from pydantic import ValidationError

from factsheet.errors import FactsheetError
from factsheet.model import Anchor, Discrepancy, Fact, FactSheet, Source
from factsheet.review import toml_text

SCHEMA = "factsheet/1"

_SOURCE_KEYS = ("id", "path", "title", "sha256", "date", "dateline")
_FACT_KEYS = ("id", "kind", "text", "subject", "value", "status", "note")
_ANCHOR_KEYS = ("source", "start", "end", "exact", "prefix", "suffix")
_DISCREPANCY_KEYS = ("id", "kind", "subject", "summary", "severity", "status", "resolution", "note")


def _table(header: str, pairs: dict[str, object]) -> str:
    lines = [f"[[{header}]]"]
    for name, item in pairs.items():
        if item is None:
            continue
        rendered = item.isoformat() if isinstance(item, Date) else toml_text.value(item)  # a TOML local date
        lines.append(f"{toml_text.key(name)} = {rendered}")
    return "\n".join(lines)


def dump_toml(sheet: FactSheet, generated: datetime, *, curated: bool = False) -> str:
    """``sheet`` as a ``factsheet/1`` TOML document generated at ``generated``.

    Raises ``ValueError`` if a string holds a lone surrogate (no UTF-8 file can).
    """
    parts = [
        f"# Fact sheet, schema {SCHEMA}: see docs/schema.md\n"
        f"schema = {toml_text.string(SCHEMA)}\n"
        f"generated = {toml_text.when(generated)}\n"
        f"curated = {toml_text.value(curated)}"
    ]
    for source in sheet.sources:
        parts.append(_table("sources", {k: getattr(source, k) for k in _SOURCE_KEYS}))
    for fact in sheet.facts:
        parts.append(_table("facts", {k: getattr(fact, k) for k in _FACT_KEYS}))
        for anchor in fact.evidence:
            parts.append(_table("facts.evidence", {k: getattr(anchor, k) for k in _ANCHOR_KEYS}))
    for discrepancy in sheet.discrepancies:
        parts.append(_table("discrepancies", {k: getattr(discrepancy, k) for k in _DISCREPANCY_KEYS}))
        for variant in discrepancy.variants:
            parts.append(_table("discrepancies.variants", {"value": variant.value, "facts": list(variant.facts)}))
    return "\n\n".join(parts) + "\n"


def load_toml(text: str) -> tuple[FactSheet, datetime]:
    """The fact sheet and generation time of a ``factsheet/1`` document.

    Raises :class:`FactsheetError` for bad TOML, another schema or invalid values.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise FactsheetError(f"not a valid fact sheet TOML document: {error}") from None
    if data.get("schema") != SCHEMA:
        raise FactsheetError(f"fact sheet schema is {data.get('schema')!r}, expected {SCHEMA!r}")
    generated = data.get("generated")
    if not isinstance(generated, datetime) or generated.tzinfo is None:
        raise FactsheetError("fact sheet 'generated' must be an RFC 3339 time with an offset")
    def tables(value: object, where: str) -> list[dict]:
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise FactsheetError(f"fact sheet '{where}' must be an array of tables")
        return value

    try:
        sheet = FactSheet(
            sources=[Source.model_validate(s) for s in tables(data.get("sources", []), "sources")],
            facts=[
                Fact.model_validate(
                    {**f, "evidence": [Anchor.model_validate(a) for a in tables(f.get("evidence", []), "facts.evidence")]}
                )
                for f in tables(data.get("facts", []), "facts")
            ],
            discrepancies=[Discrepancy.model_validate(d) for d in tables(data.get("discrepancies", []), "discrepancies")],
        )
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise FactsheetError(f"fact sheet TOML does not fit the model: {where}: {first['msg']}") from None
    return sheet, generated.astimezone(UTC)
