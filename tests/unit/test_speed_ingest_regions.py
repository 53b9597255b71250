"""The region pass's shortcuts give what the plain way gives.

* ``_Analyser`` keeps (start, end, kind, label) tuples and validates an article's regions in one call at the
  end, instead of one ``Region`` per mark (a table, box or disclaimer growing by replacing the last one);
* ``_is_date_line`` tells a sentence (a final stop) or a line without two digits before it counts words.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.ingest.dates import find_full_date
from factsheet.ingest.regions import (
    _DATE_LINE_MAX_WORDS,
    _TIMESTAMP,
    _TWO_DIGITS,
    _Analyser,
    _is_date_line,
    _strip,
    _words,
    analyse,
)
from factsheet.model import Region, RegionKind


class _PlainAnalyser(_Analyser):
    """The analyser that also builds each region as it marks it, in ``plain``."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.plain: list[Region] = []

    def add(self, start: int, end: int, kind: RegionKind, label: str) -> None:
        super().add(start, end, kind, label)
        start, end = _strip(self.text, start, end)
        if start >= end:
            return
        last = self.plain[-1] if self.plain else None
        if last is not None and last.kind == kind and last.label == label and label in self._MERGE:
            self.plain[-1] = Region(start=last.start, end=end, kind=kind, label=label)
        else:
            self.plain.append(Region(start=start, end=end, kind=kind, label=label))


_LINES = [
    "Markets rally as rates hold", "By Jane Roe", "Published: July 29, 2004", "Updated 9:06 AM",
    "LONDON (Reuters) - Shares rose on Monday.", "The company said profits rose 5% to $2bn.",
    "| a | b |", "|---|---|", "Disclaimer: this is not advice", "This article does not constitute advice.",
    "How we covered this story", "Our sources were many.", "## Background", "- first item", "1. second item",
    "***", "```", "Sign up for our newsletter", "Reporting by Jane Roe; Editing by John Doe",
    "Correction: an earlier version misstated a date.", "Follow her on Twitter @jroe", "date 2026-02-28",
    "It added. — AFP", "“We will win,” she said", "and it went on for a while without a stop at the end",
    "12 March 2024", "Risk warning", "",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_LINES), max_size=12).flatmap(
    lambda lines: st.tuples(*(st.sampled_from(["\n", "\n\n", " \n"]) for _ in lines)).map(
        lambda breaks: "".join(line + brk for line, brk in zip(lines, breaks))
    )
)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_regions_are_those_built_one_at_a_time(text: str) -> None:
    analyser = _PlainAnalyser(text)
    regions = analyser.run().regions
    assert regions == analyser.plain
    assert [r.model_fields_set for r in regions] == [r.model_fields_set for r in analyser.plain]
    assert analyse(text).regions == regions


def _plain_is_date_line(line: str) -> bool:
    limit = _DATE_LINE_MAX_WORDS * (2 if _TIMESTAMP.match(line) else 1)
    if _words(line) > limit or line.endswith(".") or _TWO_DIGITS.search(line) is None:
        return False
    return find_full_date(line) is not None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Updated", "12 March 2024", "on Monday", "1", ".", "a", "Published:", "2026-02-28", "x" * 40]),
        max_size=14,
    ).map(" ".join)
)
def test_date_line_test_is_the_plain_one(line: str) -> None:
    assert _is_date_line(line) == _plain_is_date_line(line)
