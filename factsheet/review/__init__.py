"""The editor's review: decisions about facts and discrepancies, kept in a TOML file.

Public API: :class:`ReviewSession`, :func:`default_review_path`, :func:`check_editor`, the records in
:mod:`factsheet.review.decisions` and :class:`ReviewError`.
"""

from factsheet.review.decisions import AnchorCheck, Change, Decision, HistoryEntry, Progress, ReviewError
from factsheet.review.session import ReviewSession, check_editor, default_review_path

__all__ = [
    "AnchorCheck", "Change", "Decision", "HistoryEntry", "Progress", "ReviewError", "ReviewSession",
    "check_editor", "default_review_path",
]
