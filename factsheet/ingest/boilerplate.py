"""Line patterns for what is not reporting: general news-page shapes, never article strings.

Each predicate looks at one line (or unit of wrapped lines) without its
surrounding whitespace and answers in linear time.
"""

from __future__ import annotations

import re

HEADING_MAX_WORDS = 20
"""A line without terminal punctuation and at most this many words is a heading or label."""
_HEADING_MAX_CHARS = 240

_TERMINAL = frozenset(".!?:;…")
_CLOSERS = "\"'”’»)]*_ \t"

FENCE = re.compile(r"(?:```|~~~)[^\n]*")
TRAILING_FENCE = re.compile(r"[ \t]*(?:```|~~~)+[ \t]*$")
_TABLE_SEPARATOR = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?")
_NO_WORD = re.compile(r"[\W_]*")
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+")
LIST_MARKER = re.compile(
    r"(?:[-*+•▪‣◦·][ \t]*\d{1,3}(?=[^\W\d_])"  # "- 1The ministry": a number glued to the first word
    r"|[-*+•▪‣◦·][ \t]+"  # "- ", "• "
    r"|\(?\d{1,3}[.)][ \t]+(?=\S))"  # "1. ", "2) "
)
_DISCLAIMER = re.compile(
    r"(?:risk warning|disclaimer|disclosure\b|important notice|legal notice"
    r"|(?:this|the) (?:article|content|material|report|information|post|page|story)"
    r" (?:does not|do not|is not|should not|shall not) (?:constitute|represent|be (?:construed|considered|taken))"
    r"|nothing (?:in|on) this (?:article|page|site|website) (?:constitutes|is)"
    r"|(?:not|no) (?:investment|financial|legal|tax) advice"
    r"|the views (?:and opinions )?expressed"
    r"|copyright\b|©|\(c\) \d{4}|all rights reserved)",
    re.IGNORECASE,
)
_METHODOLOGY = re.compile(
    r"(?:how (?:we|i) (?:covered|reported|report|cover|verified|verify|sourced|source|wrote|write|made|built)"
    r"|(?:our|about (?:our|the|this)) (?:methodology|method|sources|sourcing|data|coverage|reporting)"
    r"|methodology|about this (?:story|article|report|data))\b",
    re.IGNORECASE,
)
_PROMO = re.compile(
    r"\(?(?:sign up\b|subscribe\b|follow us\b|click here\b|read more\b|read next\b|related:|see also:"
    r"|share this\b|advertisement\b|download (?:our|the) app\b|listen to this\b)",
    re.IGNORECASE,
)
_QUOTE_THEN_WORDS = re.compile(r"[,.!?…][\"”’'](?:[ \t]*[―—–-]+)?[ \t]+[^\W\d_]")
_TRAILING_REFERENCE = re.compile(r"[ \t]*\[[^\[\]\n]{1,40}\]$")
"""A link reference after a sentence: "... is “weird.” [538]"."""
_CORRECTION = re.compile(
    r"(?:correction|clarification|editor['’]s note)s?:"
    r"|an earlier version of this (?:article|story|report)"
    r"|this (?:article|story|report) (?:has been|was) (?:updated|corrected|amended)",
    re.IGNORECASE,
)
_AUTHOR_NOTE = re.compile(
    r"[Ff](?<!\w.)(?i:ollow (?:him|her|them|me|us) (?:on|at) "
    r"(?:twitter|x|facebook|instagram|threads|bluesky|linkedin|mastodon|tiktok|@))"
)
"""A follow prompt ("follow her on Twitter"); the case-explicit first letter lets ``re`` skip ahead to it."""
_BIO = re.compile(
    r"\bis an? (?:[\w-]+ ){0,3}(?:reporter|correspondent|writer|editor|contributor|columnist|producer)\b", re.IGNORECASE
)
_AGENCY_CREDIT = re.compile(
    r"\(?(?:(?:additional )?reporting|writing|editing|compiled|contributing|contributed|written)(?: by\b|:)",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"(?:(?:<[^<>\n]{1,200}>|!\[[^\[\]\n]{0,200}\]\([^()\n]{0,500}\))[ \t]*)+\.?")
TRAILING_CREDIT = re.compile(r"(?<=[.!?”\"’'])[ \t]+(?:—|–|--|-)[ \t]?[A-Z][A-Za-z&.]*(?:[ /][A-Z][A-Za-z&.]*){0,2}[ \t]*$")
"""A wire credit after the last sentence: "... it added. — AFP"."""


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with terminal punctuation (closing quotes, brackets and a link reference aside)."""
    if text.endswith("]"):
        text = _TRAILING_REFERENCE.sub("", text)
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def is_fence(line: str) -> bool:
    return line.startswith(("```", "~~~"))


def is_table(line: str) -> bool:
    """A markdown or pipe table row, or its ``|---|`` separator."""
    if line.startswith("|") and line.count("|") >= 2:
        return True
    return "-" in line and _TABLE_SEPARATOR.fullmatch(line) is not None and "|" in line


def is_separator(line: str) -> bool:
    """A line without a single letter or digit ("***", "---", "• • •")."""
    return _NO_WORD.fullmatch(line) is not None


def markdown_heading(line: str) -> int:
    """Length of a leading ``#`` heading marker, 0 when there is none."""
    match = _MARKDOWN_HEADING.match(line)
    return match.end() if match else 0


def list_marker(line: str) -> int:
    """Length of a leading list marker ("- ", "• ", "1. ", or "- 1" glued to a word), 0 when none."""
    match = LIST_MARKER.match(line)
    return match.end() if match else 0


def is_markup(line: str) -> bool:
    """A line of HTML tags or markdown images only ("<tweet tweet-id=...></tweet>", "![photo](a.jpg)")."""
    return line.startswith(("<", "![")) and _MARKUP.fullmatch(line) is not None


def is_heading(line: str) -> bool:
    """A short line with no sentence: a heading, navigation label or kicker."""
    if len(line) > _HEADING_MAX_CHARS or ends_sentence(line) or line.rstrip(_CLOSERS).endswith((",", "—", "–")):
        return False  # a sentence, or one that runs on
    if _QUOTE_THEN_WORDS.search(line):
        return False  # a quotation and its attribution: '"We will win," she said'
    return len(line.split()) <= HEADING_MAX_WORDS


def is_disclaimer(line: str) -> bool:
    """A risk warning, disclaimer, disclosure or copyright notice starts here."""
    return _DISCLAIMER.match(line) is not None


def is_methodology(line: str) -> bool:
    """A "how we covered this story" box starts with this heading."""
    return _METHODOLOGY.match(line) is not None and is_heading(line.rstrip(":"))


def is_promo(line: str) -> bool:
    """A newsletter, subscription or read-more prompt."""
    return _PROMO.match(line) is not None and len(line) <= _HEADING_MAX_CHARS


def is_agency_credit(line: str) -> bool:
    """"(Reporting by ...; Editing by ...)"."""
    return _AGENCY_CREDIT.match(line) is not None


def is_correction(line: str) -> bool:
    """An editor's correction or update note about the article itself."""
    return _CORRECTION.match(line) is not None


def is_author_note(line: str) -> bool:
    """A short author bio with a follow prompt ("... Follow her on Twitter at @name.")."""
    if len(line) > 2 * _HEADING_MAX_CHARS or line[:1] in "\"“‘'" or _AUTHOR_NOTE.search(line) is None:
        return False
    return "@" in line or _BIO.search(line) is not None
