"""Source -> candidate facts, one module per kind.

Every extractor is a pure, deterministic function of one :class:`Source` that
reads only its body regions and anchors each fact to its exact span.
"""

from __future__ import annotations

from collections.abc import Callable

from factsheet.model import Fact, FactKind, Source

Extractor = Callable[[Source], list[Fact]]

_KIND_ORDER: dict[str, int] = {"quote": 0, "role": 1, "money": 2, "number": 3, "date": 4, "time": 5, "duration": 6}


def extractors() -> list[Extractor]:
    """The extractors of every kind, in a fixed order."""
    from factsheet.extract.dates import extract_dates
    from factsheet.extract.numbers import extract_numbers
    from factsheet.extract.quotes import extract_quotes
    from factsheet.extract.roles import extract_roles

    return [extract_quotes, extract_roles, extract_numbers, extract_dates]


def extract_facts(source: Source, kinds: frozenset[FactKind] | None = None) -> list[Fact]:
    """Every candidate fact of ``source``, ordered by position then kind.

    ``kinds`` keeps only facts of those kinds (all when ``None``).
    """
    facts: list[Fact] = []
    for extract in extractors():
        facts.extend(extract(source))
    if kinds is not None:
        facts = [f for f in facts if f.kind in kinds]
    facts.sort(key=lambda f: (f.evidence[0].start if f.evidence else -1, _KIND_ORDER[f.kind], f.id))
    return _unique_ids(facts)


def _unique_ids(facts: list[Fact]) -> list[Fact]:
    """Guarantee unique ids: a repeated id gets a stable ``.2``, ``.3`` suffix."""
    seen: dict[str, int] = {}
    out: list[Fact] = []
    for fact in facts:
        count = seen.get(fact.id, 0) + 1
        seen[fact.id] = count
        out.append(fact if count == 1 else fact.model_copy(update={"id": f"{fact.id}.{count}"}))
    return out
