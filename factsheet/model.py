"""The fact model: the public contract shared by every stage and every output.

Field names here are the keys of every JSON and TOML document factsheet writes.

Value formats (``Fact.value``), so that reconciliation can compare facts from
different sources without re-parsing their text:

* ``money``    ``"USD 200000000"`` -- ISO 4217 code, a space, an integer amount in
  the currency's unit; a leading ``~`` marks an approximate figure
  (``"~USD 200000000"`` for "about $200 million").
* ``number``   ``"800"``, ``"12.5%"``; ``~`` marks approximate (``"~800"``), and
  vague magnitudes use a lower bound with a ``+`` (``"~100+"`` for "hundreds").
* ``date``     ISO 8601: ``"2026-02-27"``; without a known year ``"--02-27"``; an
  unresolved weekday ``"Friday"`` (capitalised day name, never guessed).
* ``time``     ISO 8601 time with reduced precision: ``"T17"`` (hour only, "5 p.m."),
  ``"T17:01"``; a date prefix when known (``"2026-02-27T17:01"``); a zone suffix
  after a space when stated, as an IANA name or UTC offset
  (``"2026-02-27T17:01 America/New_York"``, ``"T22:01 UTC"``).
* ``duration`` ISO 8601 duration: ``"P6M"``, ``"PT24H"``, ``"P2D"``; ``~`` marks a
  vague one (``"~P1W"`` for "weeks-long").
* ``role``     the title as written, whitespace collapsed.
* ``quote``    the quoted words, whitespace collapsed, curly quotes straightened.
"""

from __future__ import annotations

import hashlib
from datetime import date as Date
from typing import Self, TypedDict

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

# The vocabularies are plain literals in factsheet.kinds (the app offers them before it imports pydantic).
from factsheet.kinds import (
    FACT_KINDS as FACT_KINDS,
    FACT_STATUSES as FACT_STATUSES,
    DiscrepancyKind as DiscrepancyKind,
    DiscrepancyStatus as DiscrepancyStatus,
    FactKind as FactKind,
    FactStatus as FactStatus,
    RegionKind as RegionKind,
    Severity as Severity,
)

CONTEXT_CHARS = 32
"""Characters of prefix/suffix context kept with every anchor (W3C TextQuoteSelector)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Span(BaseModel):
    """A half-open character range ``[start, end)`` of a source's text."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Region(Span):
    """A labelled part of a source: its title, dateline, body or boilerplate."""

    kind: RegionKind
    label: str = ""
    """Why the region has its kind, e.g. ``"risk warning"`` or ``"table"``."""


class Source(_Model):
    """One article as read from disk."""

    id: str = Field(min_length=1)
    path: str
    title: str = ""
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    date: Date | None = None
    """Publication date where the article states it."""
    dateline: str = ""
    text: str = Field(default="", exclude=True, repr=False)
    """The decoded text (BOM dropped, newlines ``\\n``); in memory only."""
    regions: list[Region] = Field(default_factory=list, exclude=True, repr=False)
    """Title, dateline, body and boilerplate regions, in text order; in memory only."""
    sentences: list[Span] = Field(default_factory=list, exclude=True, repr=False)
    """Sentences of the body, in text order; in memory only."""

    def body_regions(self) -> list[Region]:
        """The regions later stages extract from."""
        return [r for r in self.regions if r.kind == "body"]

    def words(self, kind: RegionKind) -> int:
        """Number of words in regions of ``kind``."""
        return sum(len(self.text[r.start : r.end].split()) for r in self.regions if r.kind == kind)


def _inconsistency(start: int, end: int, exact: str) -> str | None:
    """Why ``start``/``end``/``exact`` cannot be one anchor (a place from 0 on, its end not before its start,
    ``exact`` as many characters as it spans), or ``None`` when they can."""
    if start < 0:
        return f"anchor start {start} is negative"
    if end < start:
        return f"anchor end {end} is before its start {start}"
    if len(exact) != end - start:
        return f"anchor exact text has {len(exact)} characters but spans {end - start} ({start}-{end})"
    return None


class Anchor(_Model):
    """Where a fact stands in a source: a position and a quote selector in one.

    ``start``/``end`` index the source text (0-based, end excluded); ``exact`` is the
    text in between, ``prefix``/``suffix`` up to 32 characters either side, so the
    passage can be found again after small edits to the source.

    An anchor built with validation (``Anchor(...)``, :meth:`of`, ``model_validate``, or from a dict as a field
    of a fact being validated) is consistent in itself. ``model_construct`` and ``model_copy(update=...)`` skip
    validation (pydantic's design), and a fact takes an anchor already built as it is: the check that refuses
    such an anchor is the sheet's (see ``FactSheet._anchors_fit``).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    exact: str
    prefix: str = Field(default="", max_length=CONTEXT_CHARS)
    suffix: str = Field(default="", max_length=CONTEXT_CHARS)

    @field_validator("exact")
    @classmethod
    def _consistent(cls, exact: str, info: ValidationInfo) -> str:
        """``start``/``end`` in order and ``exact`` as long as they say (checked once both are valid).

        On the last of the three fields rather than on the model: pydantic re-runs a model's "after"
        validators on every instance it is handed (each anchor of each fact of a sheet), while a
        field's validators run only when an anchor is validated, and a frozen anchor stays as built.
        """
        start, end = info.data.get("start"), info.data.get("end")
        if start is None or end is None:
            return exact  # (the invalid one is reported already)
        if problem := _inconsistency(start, end, exact):
            raise ValueError(problem)
        return exact

    @classmethod
    def of(cls, source: Source, start: int, end: int) -> Anchor:
        """The anchor of ``source.text[start:end]`` with its context."""
        return cls.model_validate(anchor_fields(source, start, end))

    def inconsistency(self) -> str | None:
        """Why this anchor is not consistent in itself (only one built without validation can be), or ``None``."""
        problem = _inconsistency(self.start, self.end, self.exact)
        return f"anchor {self.start}-{self.end} of source {self.source!r}: {problem}" if problem else None

    def mismatch(self, text: str) -> str | None:
        """Why this anchor does not fit ``text``, or ``None`` when it does."""
        start, end, exact = self.start, self.end, self.exact
        if end > len(text):
            return f"anchor {start}-{end} runs past the end of source {self.source!r} ({len(text)} characters)"
        if start >= 0 and end - start == len(exact) and text.startswith(exact, start):
            return None  # the text holds ``exact`` there (the common case: no slice is taken)
        if problem := self.inconsistency():  # (one built without validation)
            return problem
        return (
            f"anchor {start}-{end} of source {self.source!r}: exact text {exact[:40]!r} "
            f"is not the source's text there ({text[start:end][:40]!r})"
        )


class AnchorFields(TypedDict):
    """The fields of an anchor, as :func:`anchor_fields` gives them."""

    source: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


def anchor_fields(source: Source, start: int, end: int) -> AnchorFields:
    """The fields of the anchor of ``source.text[start:end]`` with its context (for :meth:`Anchor.of`, or to be
    validated with the fact that holds them); ``ValueError`` when the span is not within the text."""
    text = source.text
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}-{end} is outside source {source.id!r} ({len(text)} characters)")
    return {
        "source": source.id,
        "start": start,
        "end": end,
        "exact": text[start:end],
        "prefix": text[max(0, start - CONTEXT_CHARS) : start],
        "suffix": text[end : end + CONTEXT_CHARS],
    }


class Fact(_Model):
    """A candidate fact with the passages that state it."""

    id: str = Field(min_length=1)
    kind: FactKind
    text: str
    """The words as they stand in the (first) source; for a quote, the quoted words."""
    subject: str = ""
    """Speaker of a quote, person of a role, what a figure or time is about."""
    value: str = ""
    """Normalised value; see the module docstring for each kind's format."""
    evidence: list[Anchor] = Field(default_factory=list)
    status: FactStatus = "unreviewed"
    note: str = ""

    @property
    def source_ids(self) -> list[str]:
        """Ids of the sources that state this fact, without repeats, in evidence order."""
        return list(dict.fromkeys(a.source for a in self.evidence))


class Variant(_Model):
    """One of the competing values of a discrepancy."""

    value: str
    facts: list[str] = Field(default_factory=list)
    """Ids of the facts that state this value."""


class Discrepancy(_Model):
    """Sources that disagree about one thing."""

    id: str = Field(min_length=1)
    kind: DiscrepancyKind
    subject: str = ""
    summary: str = ""
    severity: Severity = "medium"
    variants: list[Variant] = Field(default_factory=list)
    status: DiscrepancyStatus = "open"
    resolution: str = ""
    """The value the editor settled on (a variant's value or one they typed)."""
    note: str = ""

    @property
    def fact_ids(self) -> list[str]:
        """Ids of every fact behind any variant."""
        return [fid for v in self.variants for fid in v.facts]


class FactSheet(_Model):
    """Sources, the facts drawn from them and where they disagree."""

    sources: list[Source] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    discrepancies: list[Discrepancy] = Field(default_factory=list)

    @field_validator("sources")
    @classmethod
    def _unique_sources(cls, sources: list[Source]) -> list[Source]:
        seen: set[str] = set()
        for s in sources:
            if s.id in seen:
                raise ValueError(f"two sources share the id {s.id!r}")
            seen.add(s.id)
        return sources

    @model_validator(mode="after")
    def _anchors_fit(self) -> Self:
        """Every anchor names a source of the sheet (when it has any) and fits it: the source's text holds the
        anchor's exact text at its place; for a source without text (a sheet read back from a file, which keeps
        no text) the anchor is at least consistent in itself.

        Run whenever a sheet is validated (built or a field assigned; not by ``model_copy``): the one check of
        anchors built without validation, which a fact takes as they are (see :class:`Anchor`).
        """
        texts = {s.id: s.text for s in self.sources}
        for fact in self.facts:
            for anchor in fact.evidence:
                text = texts.get(anchor.source)
                if text is None and texts:
                    raise ValueError(f"fact {fact.id}: evidence names unknown source {anchor.source!r}")
                if problem := anchor.mismatch(text) if text else anchor.inconsistency():
                    raise ValueError(f"fact {fact.id}: {problem}")
        return self

    def source(self, source_id: str) -> Source:
        """The source with ``source_id``; ``KeyError`` when there is none."""
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    def fact(self, fact_id: str) -> Fact:
        """The fact with ``fact_id``; ``KeyError`` when there is none."""
        for f in self.facts:
            if f.id == fact_id:
                return f
        raise KeyError(fact_id)


def stable_id(prefix: str, *parts: str) -> str:
    """A short id derived from content only, so a fact keeps it across runs.

    ``stable_id("q", "doe", "we cannot ...")`` -> ``"q-3f9a0c12d4"``.
    """
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=5).hexdigest()
    return f"{prefix}-{digest}"
