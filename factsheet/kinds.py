"""The fact model's vocabularies: the kinds and statuses a fact or discrepancy can have.

Plain literals, free of pydantic, so that the review app can offer them (filters,
command palette) before the first frame without importing the model;
:mod:`factsheet.model` re-exports every name here.
"""

from __future__ import annotations

from typing import Literal

FactKind = Literal["quote", "money", "number", "date", "time", "duration", "role"]
FACT_KINDS: tuple[FactKind, ...] = ("quote", "money", "number", "date", "time", "duration", "role")
FactStatus = Literal["unreviewed", "confirmed", "rejected", "disputed"]
FACT_STATUSES: tuple[FactStatus, ...] = ("unreviewed", "confirmed", "rejected", "disputed")
DiscrepancyKind = Literal["quote", "money", "number", "date", "time", "duration", "role", "attribution"]
Severity = Literal["high", "medium", "low"]
DiscrepancyStatus = Literal["open", "resolved", "dismissed"]
RegionKind = Literal["title", "dateline", "body", "boilerplate"]
