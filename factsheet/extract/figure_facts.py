"""Helpers shared by the figure and time extractors: stable facts and the noun a figure is about."""

from __future__ import annotations

import re
from collections import Counter

from factsheet.extract.amounts import ONES, TENS
from factsheet.model import Anchor, Fact, FactKind, Source, stable_id

_PREFIX: dict[str, str] = {"money": "m", "number": "n", "date": "d", "time": "t", "duration": "p"}

STOPWORDS = frozenset(
    """a an the this that these those its their his her our my your of in on at by for from to with as and or but
    nor than then so if is are was were be been being has have had do does did will would shall should can could
    may might must not no said says say told tells after before since until during over under about around into
    onto per each every last next this year years week weeks day days month months which who whom whose what when
    where while because though although also just only more most less least some any all both either neither
    such other another same new own up down out off again further once here there now yet still even ago earlier
    later early late today tonight tomorrow yesterday it he she they we you i them him us me across through toward
    towards against among amongst between within without regarding via like near amid despite including while
    having being following according whether already annually below above beyond behind ahead higher lower
    respectively first spent paid won lost made gave given took taken sent held left rose fell saw spoke struck
    swept brought thought found got told wrote met came went began become became""".split()
    + list(ONES)
    + list(TENS)
)
"""Words that end a noun run (function words, auxiliaries, time adverbs)."""

IRREGULAR_PLURALS = frozenset(
    "people children men women staff police personnel cattle sheep fish deer aircraft livestock crew".split()
)
_OF_RUN = re.compile(
    r"\s+of(?:\s+(?:the|its|their|our|his|her|those|these|them|my|your))?"
    r"(?:\s+(?:last|first|next|past|final|top|previous)(?:\s+\d[\d,]*)?)?(?=\s)"
)
_ED_ADJECTIVE = re.compile(r" [a-z]{2,}ed(?= [a-z])")
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")


class FactMaker:
    """Builds facts of one source with ids stable across runs.

    The id hashes the source id, kind, value, subject and the occurrence number of that
    (kind, value, subject) in the source, so it does not move when unrelated text changes.
    """

    def __init__(self, source: Source) -> None:
        self.source = source
        self._seen: Counter[tuple[str, str, str]] = Counter()

    def make(self, kind: FactKind, start: int, end: int, value: str, subject: str = "") -> Fact:
        key = (kind, value, subject)
        self._seen[key] += 1
        fact_id = stable_id(_PREFIX[kind], self.source.id, kind, value, subject, str(self._seen[key]))
        return Fact(
            id=fact_id,
            kind=kind,
            text=self.source.text[start:end],
            subject=subject,
            value=value,
            evidence=[Anchor.of(self.source, start, end)],
        )


def is_plural(word: str) -> bool:
    """A rough test for a plural count noun ("workers", "people"; not "gas" or "status")."""
    if word in IRREGULAR_PLURALS:
        return True
    if word.endswith("men") and len(word) > 4:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "ous"))


def noun_run(text: str, start: int, limit: int = 3) -> list[str]:
    """Lower-case content words from ``start`` up to a stop word, punctuation or ``limit`` words."""
    words: list[str] = []
    pos = start
    n = len(text)
    while len(words) < limit:
        while pos < n and text[pos] == " ":
            pos += 1
        match = _WORD.match(text, pos)
        if match is None or (match.end() < n and text[match.end()].isalnum()):
            break
        word = match.group()
        if word in STOPWORDS or (len(word) > 4 and word.endswith(("ed", "ly"))):
            break
        words.append(word)
        pos = match.end()
        if pos < n and text[pos] != " ":
            break
    return words


def counted_noun(text: str, start: int) -> str:
    """The thing a count is of: the first plural in the noun run after ``start``.

    "1.5 million paying customers" -> "customers"; "roughly 400 of the cuts" -> "cuts"; "nine of his last 10
    starts" -> "starts"; "20 unanswered points" -> "points";
    a run with no plural gives its last word ("3% property tax increase" -> "increase").
    """
    of = _OF_RUN.match(text, start)
    if of:
        start = of.end()
    words = noun_run(text, start)
    if not words:
        adjective = _ED_ADJECTIVE.match(text, start)  # "20 unanswered points", "40 armed officers"
        after = noun_run(text, adjective.end(), limit=1) if adjective else []
        if after and is_plural(after[0]):
            return after[0]
    for word in words:
        if is_plural(word):
            return word
    return words[-1] if words and not of else ""


def event_noun(text: str, start: int) -> str:
    """The event a date, time or duration modifies: up to two words right after it.

    "six-month transition period" -> "transition period"; "January 9 memo" -> "memo".
    """
    if start >= len(text) or text[start] != " ":
        return ""
    words = noun_run(text, start, limit=2)
    if len(words) == 2 and words[1].endswith("s") and not words[0].endswith("s"):
        words = words[:1]  # "a Sept. 15 email shows": the second word is the verb
    return " ".join(words)
