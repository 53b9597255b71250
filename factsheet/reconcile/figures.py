"""Money, numbers and durations as comparable amounts.

"$200 million" and "$200m" are both ``USD 200000000``: one value. "about $200
million" (``~USD 200000000``) agrees with it; an approximate figure within
:data:`APPROX_TOLERANCE` of an exact one is a low-severity difference, not a
conflict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal, InvalidOperation

APPROX_TOLERANCE = 0.10
"""Relative gap an approximate figure may have from another and still agree with it."""

_MONEY = re.compile(r"^(~)?([A-Z]{3}) (-?\d+(?:\.\d+)?)$")
_NUMBER = re.compile(r"^(~)?(-?\d+(?:\.\d+)?)(\+)?(%)?$")
_DURATION = re.compile(r"^(~)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
                       r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$")
_SECONDS = (365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1)


@dataclass(frozen=True)
class Amount:
    """A figure: its unit (currency, ``%``, ``s`` or empty), size and how exact it is."""

    unit: str
    size: Decimal
    approximate: bool = False
    at_least: bool = False

    @property
    def key(self) -> str:
        """Equal for the same figure however it was written or hedged."""
        return f"{self.unit} {self.size.normalize():f}{'+' if self.at_least else ''}".strip()


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


@lru_cache(maxsize=1 << 16)
def parse(kind: str, value: str) -> Amount | None:
    """The amount of a ``money``, ``number`` or ``duration`` value; ``None`` when it is not one."""
    value = value.strip()
    if kind == "money":
        m = _MONEY.match(value)
        size = _decimal(m.group(3)) if m else None
        return Amount(m.group(2), size, bool(m.group(1))) if m and size is not None else None
    if kind == "number":
        m = _NUMBER.match(value)
        size = _decimal(m.group(2)) if m else None
        return Amount(m.group(4) or "", size, bool(m.group(1)), bool(m.group(3))) if m and size is not None else None
    if kind == "duration":
        m = _DURATION.match(value)
        if not m or value.strip("~") in {"P", "PT"}:
            return None
        seconds = sum((Decimal(g) * s for g, s in zip(m.groups()[1:], _SECONDS) if g), Decimal(0))
        return Amount("s", seconds, bool(m.group(1)))
    return None


def compare(a: Amount, b: Amount) -> str:
    """``"same"``, ``"approximate"`` (a hedged figure near the other), ``"conflict"`` or ``"unrelated"``.

    Different units (currencies, a percentage and a count) are ``"unrelated"``:
    they cannot measure the same thing as written.
    """
    if a.unit != b.unit:
        return "unrelated"
    if a.size == b.size:
        return "same"
    low, high = sorted((a, b), key=lambda x: x.size)
    if low.at_least and high.size >= low.size and (high.size < low.size * 10 or high.at_least):
        return "approximate"  # "thousands" and "tens of thousands" are both vague: no conflict
    if (a.approximate or b.approximate) and high.size and abs(high.size - low.size) / abs(high.size) <= Decimal(
        str(APPROX_TOLERANCE)
    ):
        return "approximate"
    return "conflict"


def ratio(a: Amount, b: Amount) -> float:
    """How many times the larger figure is the smaller (1.0 when equal; inf when one is zero)."""
    small, large = sorted((abs(a.size), abs(b.size)))
    return float(large / small) if small else float("inf")
