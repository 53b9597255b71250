"""The date grammar's shortcuts give what the plain way gives.

* ``_weekday_value`` of an article without a publication date returns the day's name without reading the
  modifier or tense around it: ``resolve_weekday`` resolves nothing without a date to count from.
"""

from __future__ import annotations

import re
from datetime import date as Date

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.extract.calendar import WEEKDAYS, resolve_weekday, tense_near
from factsheet.extract.dates import _DAY_TITLE, _EARLIER, _NAMED_DAY, _named_before, _weekday_value


def _plain_weekday_value(
    start: int, end: int, name: str, modifier: str, phrase_start: int, text: str, published: Date | None
) -> str | None:
    if _NAMED_DAY.search(text, max(0, start - 12), start) or _DAY_TITLE.match(text, end):
        return None
    if _named_before(text, start):
        return None
    modifier = " ".join(modifier.split())
    if not modifier:
        before = _EARLIER.search(text, max(0, start - 10), start)
        modifier = before.group(1).lower() if before else ""
    resolved = resolve_weekday(
        WEEKDAYS.index(name), published, modifier=modifier, tense=tense_near(text, phrase_start, end)
    )
    return resolved.isoformat() if resolved else name


_WORDS = ["Friday", "Monday", "next", "last", "will", "said", "by", "earlier", "Black", "Sheffield", "The", ".", "\n",
          "Times", "night", "had", "until", "on", "it"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=16).map(" ".join),
    st.sampled_from(["", "next ", "last ", "this coming "]),
    st.sampled_from([None, Date(2026, 2, 27), Date(2024, 3, 4)]),
)
def test_weekday_values_are_the_plain_ones(text: str, modifier: str, published: Date | None) -> None:
    for match in re.finditer("|".join(WEEKDAYS), text):
        start, end, name = match.start(), match.end(), match.group()
        phrase_start = max(0, start - len(modifier))
        args = (start, end, name, modifier, phrase_start, text, published)
        assert _weekday_value(*args) == _plain_weekday_value(*args)
