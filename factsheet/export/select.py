"""Which facts an export carries."""

from __future__ import annotations

from factsheet.model import FactSheet


def for_export(sheet: FactSheet, *, curated: bool) -> FactSheet:
    """``sheet`` without rejected facts; with ``curated``, confirmed facts only.

    Sources and discrepancies are kept whole (a discrepancy's variants may name
    facts left out, so a reader sees what was set aside).
    """
    keep = [f for f in sheet.facts if (f.status == "confirmed" if curated else f.status != "rejected")]
    return sheet.model_copy(update={"facts": keep})
