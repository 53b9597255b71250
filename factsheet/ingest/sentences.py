"""Sentence segmentation of body regions, with offsets into the source text.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
brackets) followed by whitespace and a capital, digit or opening quote.
Abbreviations ("Mr.", "Dr.", "Feb.", "Calif.", "Inc."), initials ("J.", "p. m.")
and dotted acronyms ("U.S.", "p.m.") do not end a sentence, except that an
ambiguous one ("U.S.", "Inc.", "p.m.") does when the next word is a common
sentence opener ("... in the U.S. The company ..."). Linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import TypeAdapter

from factsheet.model import Region, Span

_NEVER_FINAL = frozenset(
    "mr mrs ms mx dr prof sen sens rep reps gov gen lt col maj sgt capt cpt cmdr adm rev hon fr sr sra "
    "st mt ft pres supt det insp atty messrs mme mlle vol vols fig figs pp art ch sec vs v "
    "approx dept univ assn bros e.g i.e cf viz".split()
)
"""Abbreviations that a name or number always follows."""
_AMBIGUOUS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "inc corp co ltd llc plc jr sr etc al est no nos "
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb "
    "nev okla ore pa tenn tex va vt wash wis wyo".split()
)
"""Abbreviations that may also end a sentence."""
_OPENERS = frozenset(
    "the a an he she it they we i you but and yet so this that these those there then in on at for "
    "his her its their our my if when while after before as some many most one two three "
    "however meanwhile still also".split()
)
_BOUNDARY = re.compile(r"(?P<mark>(?P<punct>[.!?…][.!?…]*)(?:[ ]?[\"”’')\]]+)?)\s+")
"""Terminal punctuation with any closing quotes or brackets (``mark``), then the whitespace after it. (A
pattern that opens with a character class, not a repeat, lets ``re`` skip ahead to candidates fast.)"""
_SPANS = TypeAdapter(list[Span])
"""Validates a list of spans in one call (the same spans as ``Span(...)`` one by one, in a third less time)."""
_OPEN_QUOTES = frozenset("\"“‘'([¿¡")
_WORD_LEAD = "\"“‘'([{"


def _word_before(text: str, end: int, floor: int) -> str:
    """The word that ends at ``end`` (at most 24 characters back, not before ``floor``)."""
    before = text[max(floor, end - 24) : end]
    if not before or before[-1].isspace():
        return ""
    return before.rsplit(None, 1)[-1].lstrip(_WORD_LEAD)


def _opens_sentence(text: str, pos: int, end: int) -> bool:
    char = text[pos]
    if char in _OPEN_QUOTES:
        return pos + 1 < end and not text[pos + 1].islower()
    return char.isupper() or char.isdigit()


def _next_word(text: str, pos: int, end: int) -> str:
    while pos < end and text[pos] in _OPEN_QUOTES:
        pos += 1
    stop = pos
    while stop < end and stop - pos < 16 and text[stop].isalpha():
        stop += 1
    return text[pos:stop].lower()


def _ends_here(text: str, punct_start: int, punct: str, nxt: int, floor: int, end: int) -> bool:
    if not _opens_sentence(text, nxt, end):
        return False
    if punct != ".":
        return True
    word = _word_before(text, punct_start, floor)
    bare = word.lower()
    if not bare:
        return True
    if len(bare) == 1 and bare.isalpha():
        return False  # an initial: "J. Smith", detokenised "p. m."
    if bare in _NEVER_FINAL:
        return False
    dotted = "." in bare and all(len(part) <= 2 for part in bare.split("."))  # U.S, p.m, D.C
    if dotted or bare in _AMBIGUOUS:
        return _next_word(text, nxt, end) in _OPENERS
    return True


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans, trimmed of whitespace."""
    return [Span(start=a, end=b) for a, b in _bounds(text, start, end)]


def _bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, trimmed of whitespace."""
    spans: list[tuple[int, int]] = []
    begin = start
    while begin < end and text[begin].isspace():
        begin += 1
    for match in _BOUNDARY.finditer(text, begin, end):
        nxt = match.end()  # the next sentence would start here
        if nxt >= end:
            break
        if _ends_here(text, match.start(), match.group("punct"), nxt, begin, end):
            spans.append((begin, match.end("mark")))
            begin = nxt
    stop = end
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    if stop > begin:
        spans.append((begin, stop))
    return spans


def sentences(text: str, regions: Iterable[Region]) -> list[Span]:
    """Sentences of every body region (each region is a paragraph), in text order."""
    bounds = [pair for region in regions if region.kind == "body" for pair in _bounds(text, region.start, region.end)]
    return _SPANS.validate_python([{"start": a, "end": b} for a, b in bounds])
