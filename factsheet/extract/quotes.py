"""Quotes and their speakers.

``extract_quotes(source)`` reads the body regions of a source and returns one
``quote`` fact per quotation:

* ``text``: the quoted words as they stand, without the quote marks; the parts of a
  quote split around its attribution (``"…," he said, "…"``), continued over
  paragraphs (an unclosed quote reopened at the next paragraph) or hard-wrapped
  over lines are joined with one space.
* ``evidence``: one anchor per quoted part, each trimmed of surrounding whitespace.
  The attribution between two parts is not evidence, so a split quote has two
  anchors rather than one anchor spanning "he said".
* ``value``: the text with whitespace collapsed, curly quotes straightened and a
  trailing comma (the attribution's punctuation) dropped.
* ``subject``: the speaker's full name (titles stripped, a surname or pronoun
  resolved in :mod:`factsheet.extract.speakers`), or the organisation or
  description named in the attribution; ``""`` when none is found.
* ``id``: ``stable_id("q", source id, value)`` (a repeated value adds its count).

Where the speaker is looked for, in order (:mod:`factsheet.extract.attribution`):
the words right after the quote (``," said Jane Doe``, ``," she added``), the
words of its sentence before it (``Jane Doe said that "…"``, ``according to X,``),
an attribution closing the sentence (``"…" with …, said Jane Doe.``), a line ending
in a colon above it, the named speaker of the sentence before it; else a quote
next to the previous one inherits its speaker.

A block quote is a paragraph without quote marks after a line that ends in a colon
and names a speech act (``X said in a blog post:``, ``…, posting:``).

Scare quotes are left out: a quote of at most four words counts as a speaker's
quote only with a speech verb next to it (``," she said``, ``said that "…"``,
``called him "…"``) or a speech verb earlier in its sentence when the word before
the quote is no label word ("for", "a", "the", "its", "called", …). Titles (every
word capitalised, or after "titled"/"dubbed"; a show or book after a possessive
or preposition) and unclosed quotes without an attribution are left out too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from factsheet.extract.attribution import (
    post_attribution,
    pre_attribution,
    sentence_end,
    sentence_start,
    subject_after,
    trailing_attribution,
)
from factsheet.extract.quote_spans import Part, paragraphs, quoted_runs
from factsheet.extract.speakers import People, Speaker
from factsheet.extract.speech_verbs import (
    HONORIFIC_GENDER,
    ORG_WORDS,
    PRONOUNS,
    SPEECH_NOUNS,
    SPEECH_VERB_RE,
    TITLE_WORDS,
)
from factsheet.model import Anchor, Fact, Source, stable_id

SHORT_QUOTE_WORDS = 4
_STRAIGHTEN = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_ALNUM_RE = re.compile(r"[^\W_]")
"""A letter or digit (``\\w`` is ``str.isalnum`` plus the underscore)."""
_TITLE_CUE_RE = re.compile(r"\b(?:titled|entitled|headlined|named|dubbed|called|the)\s*$", re.IGNORECASE)
_WORK_CUE_RE = re.compile(
    r"(?:['’]s|\b(?:on|in|to|of|from|about|for|with|book|show|film|program|programme|series|album|song|novel|memoir))\s*$"
)
_SPLIT_GAP_RE = re.compile(r"^[^.!?“”\"]{1,150},\s*$")
_QUOTE_START_RE = re.compile(r"^(?:'{2,3}|[“\"‘'«„])")
_WORD_RE = re.compile(r"[\w'’\-]+")


@dataclass
class _Item:
    """A quotation found in the body, with what is known of its speaker."""

    parts: list[Part]
    para: tuple[int, int]
    block: bool = False
    closed: bool = True
    speaker: Speaker | None = None
    name: str = ""
    own: bool = False
    """The speaker comes from this quote's own attribution (not inherited)."""
    open: int = field(init=False)
    """Where the first part's opening mark stands (read often; a merge only appends parts)."""

    def __post_init__(self) -> None:
        self.open = self.parts[0].open

    @property
    def close(self) -> int:
        return self.parts[-1].close


def extract_quotes(source: Source) -> list[Fact]:
    """Every speaker quote in the body of ``source``, in text order."""
    text = source.text
    items: list[_Item] = []
    ranges: list[tuple[int, int]] = []
    for start, end in _body_ranges(source):
        ranges.append((start, end))
        items.extend(_items(text, start, end))
    if not items:
        return []  # no quotation: the people index is not needed
    skip = sorted((p.start, p.end) for item in items for p in item.parts)
    # The index depends only on the body and the quotes' spans, so building it at the first
    # speaker to resolve gives the same answers; an article whose quotes name no speaker never builds it.
    people = cache(lambda: People(text, ranges, skip))
    kept = _attribute(text, items, people)
    return _facts(source, kept)


def _body_ranges(source: Source) -> list[tuple[int, int]]:
    """The body regions, with neighbours separated only by whitespace joined into one range."""
    ranges: list[tuple[int, int]] = []
    for region in sorted(source.body_regions(), key=lambda r: r.start):
        if ranges and not source.text[ranges[-1][1] : region.start].strip():
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], region.end))
        else:
            ranges.append((region.start, region.end))
    return ranges


def _items(text: str, start: int, end: int) -> list[_Item]:
    paras = paragraphs(text, start, end)
    runs = quoted_runs(text, paras)
    para_starts = [a for a, _ in paras]
    items: list[_Item] = []
    blocks: list[_Item] = []
    for index, (a, b) in enumerate(paras[:-1]):
        if text[b - 1] != ":" or not _intro_cue(text, a, b):
            continue
        na, nb = paras[index + 1]
        if _QUOTE_START_RE.match(text, na) or len(text[na:nb].split()) < 4:
            continue
        blocks.append(_Item([Part(na, na, nb, nb)], (na, nb), block=True))
    block_spans = [(i.parts[0].start, i.parts[0].end) for i in blocks]
    for run in runs:
        first = run.parts[0]
        if any(s <= first.open < e for s, e in block_spans):
            continue
        items.append(_Item(run.parts, _para_of(paras, para_starts, first.open), closed=run.closed))
    items.extend(blocks)
    items.sort(key=lambda i: i.open)
    return items


def _para_of(paras: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    return paras[max(0, bisect.bisect_right(starts, pos) - 1)]


def _intro_cue(text: str, a: int, b: int) -> bool:
    """Whether the line ``text[a:b]`` (ending in a colon) introduces someone's words."""
    tail = text[sentence_start(text, a, b - 1) : b]
    if SPEECH_VERB_RE.search(tail):
        return True
    return any(w.lower() in SPEECH_NOUNS for w in _WORD_RE.findall(tail))


def _few_words(text: str, part: Part, most: int) -> bool:
    """Whether ``part`` holds at most ``most`` words (a long quote is split no further than one word past it)."""
    return len(text[part.start : part.end].split(None, most)) <= most


def _attribute(text: str, items: list[_Item], people: Callable[[], People]) -> list[_Item]:
    """Find each item's speaker, merge split quotes and drop scare quotes and titles.

    ``people()`` gives the article's people index (built on the first call).
    """
    kept: list[_Item] = []
    last_other = ""
    described: tuple[int, str, str] | None = None
    previous: _Item | None = None
    for index, item in enumerate(items):
        short = len(item.parts) == 1 and not item.block and _few_words(text, item.parts[0], SHORT_QUOTE_WORDS)
        speaker = _intro_speaker(text, item.para[0]) if item.block else _own_speaker(text, items, index, previous, short)
        attributed = speaker is not None  # a speech verb stands by it, even when its subject is not found
        if speaker is not None and speaker.how == "inherit":
            speaker = None
        own = speaker is not None
        if previous is not None and _splits(text, previous, item):
            previous.parts = previous.parts + item.parts  # "…," he said, "…" is one quote
            continue
        if short and not attributed and not _continues_speech(text, previous, item):
            continue  # a scare quote
        if not item.block and not own and (not item.closed or _is_title(text, item)):
            continue
        if not item.block and own and _is_named_work(text, item):
            continue
        if speaker is not None:
            name = people().resolve(speaker, last_other, described)
        elif previous is not None and _may_inherit(text, previous, item):
            name = previous.name
        else:
            name = ""
        item.speaker, item.name, item.own = speaker, name, own
        if name and speaker is not None and PRONOUNS.get(speaker.phrase.lower()) is None:
            words = speaker.phrase.split()
            head = words[-1].lower()
            if words[0].lower() in ("a", "an", "the") and head in TITLE_WORDS and head not in ORG_WORDS:
                described = (speaker.pos, name, HONORIFIC_GENDER.get(head, ""))
            elif not people().is_person(name):
                last_other = name
        kept.append(item)
        previous = item
    return kept


def _own_speaker(text: str, items: list[_Item], index: int, previous: _Item | None, short: bool) -> Speaker | None:
    """The speaker named next to a quote: after it, else before it in its sentence, else on a line ending in a colon."""
    item = items[index]
    last = item.parts[-1]
    limit = text.find("\n", last.close, last.close + 2000)
    if limit == -1:
        limit = min(len(text), last.close + 2000)
    if index + 1 < len(items) and items[index + 1].open < limit:
        limit = items[index + 1].open
    speaker: Speaker | None = None
    # where the sentence after the quote ends: both readings of the words after it stop there
    after_end = sentence_end(text, last.close, limit) if item.closed and limit > last.close else last.close
    # a quote ending in a full stop ends its sentence: the words after it are the next sentence
    if item.closed and not text[last.start : last.end].rstrip().endswith("."):
        speaker = post_attribution(text, last.close, after_end)
    if speaker is None:
        lo = item.para[0]
        if previous is not None and lo < previous.close <= item.open:
            lo = previous.close
        # at most two quotes back (one may be a dropped scare quote), so many quotes stay linear
        if index >= 2 and lo < items[index - 2].close <= item.open:
            lo = items[index - 2].close
        speaker, _verb = pre_attribution(text, sentence_start(text, lo, item.open), item.open, short)
        if speaker is not None and speaker.how == "after":
            speaker = subject_after(text, last.close, limit)  # "Calling him "…," top Democrat Jane Doe said"
    if speaker is None and item.closed and limit > last.close:
        # "…" with its new fleet, said Jane Doe.
        speaker = trailing_attribution(text, last.close, after_end)
    if speaker is None and item.open == item.para[0]:
        speaker = _intro_speaker(text, item.para[0])
    if speaker is None and not short and item.open > item.para[0]:
        speaker = _previous_sentence_speaker(text, item)
    return speaker


def _previous_sentence_speaker(text: str, item: _Item) -> Speaker | None:
    """The named speaker of the sentence before a quote that opens a sentence.

    (Jane Doe said the war had hurt trust. "Issues of war and peace …")
    """
    start = sentence_start(text, item.para[0], item.open)
    if text[start : item.open].strip():
        return None  # the quote does not open its sentence
    before = start
    while before > item.para[0] and text[before - 1].isspace():
        before -= 1
    if before <= item.para[0] or text[before - 1] not in ".!?":
        return None
    if text[before - 2 : before - 1] in ("”", '"', "'", "’"):
        return None  # that sentence ends in a quote of its own
    speaker, _verb = pre_attribution(text, sentence_start(text, item.para[0], before - 1), before - 1)
    if speaker is None or speaker.how != "pre" or not speaker.phrase[:1].isupper():
        return None
    return speaker


def _splits(text: str, previous: _Item, item: _Item) -> bool:
    """Whether ``item`` continues ``previous`` after its attribution: "…," she said, "…"."""
    return (
        previous.speaker is not None
        and previous.speaker.pos >= previous.close
        and not previous.block
        and previous.para == item.para
        and text[previous.parts[-1].start : previous.parts[-1].end].rstrip().endswith(",")
        and _SPLIT_GAP_RE.match(text[previous.close : item.open]) is not None
    )


def _intro_speaker(text: str, para_a: int) -> Speaker | None:
    """The speaker of a quote opening a paragraph, from a previous line ending in a colon."""
    prev_end = para_a - 1
    while prev_end > 0 and text[prev_end].isspace():
        prev_end -= 1
    if prev_end <= 0 or text[prev_end] != ":":
        return None
    line_start = text.rfind("\n", 0, prev_end) + 1
    speaker, _ = pre_attribution(text, sentence_start(text, line_start, prev_end), prev_end + 1)  # with the colon
    return speaker


def _continues_speech(text: str, previous: _Item | None, item: _Item) -> bool:
    """Whether a short unattributed quote goes on from an attributed quote just before it:
    a whole sentence after it in the paragraph ("…," Jane Doe said. "That tells you
    everything."), or a phrase in the same sentence (Jane Doe called him a "fascist"
    and a "Stalinist").
    """
    if previous is None or not previous.name or not previous.own or previous.para != item.para:
        return False
    words = text[item.parts[0].start : item.parts[-1].end].strip()
    if words[:1].isupper() and words.rstrip("'’\"”")[-1:] in (".", "!", "?"):
        return True
    return sentence_start(text, item.para[0], item.open) <= previous.open


def _may_inherit(text: str, previous: _Item, item: _Item) -> bool:
    """Whether an unattributed quote continues the previous speaker.

    (Measured on PolNeAR: also inheriting past another person named in between is
    right more often than not, as news quotes a speaker's reply to that person.)
    """
    if not previous.name:
        return False
    if previous.para == item.para:
        return True
    # a paragraph that opens with a quote right after a paragraph with the previous quote
    if item.open != item.para[0]:
        return False
    between = text[previous.close : item.para[0]]
    return between.count("\n") <= 2 or len(between.split()) < 40


def _is_title(text: str, item: _Item) -> bool:
    words = [w for w in _WORD_RE.findall(text[item.parts[0].start : item.parts[-1].end]) if w[:1].isalpha()]
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) >= 2 and len(words) <= 12 and all(w[:1].isupper() for w in long_words):
        return True
    return bool(_TITLE_CUE_RE.search(text, max(0, item.open - 12), item.open)) and len(words) <= 12


def _is_named_work(text: str, item: _Item) -> bool:
    """A title after a possessive or preposition, whoever is speaking: told ABC's "This Week", on "Meet the Press"."""
    if len(item.parts) > 1 or not _WORK_CUE_RE.search(text, max(0, item.open - 16), item.open):
        return False
    words = [w for w in _WORD_RE.findall(text[item.parts[0].start : item.parts[0].end]) if w[:1].isalpha()]
    return 1 <= len(words) <= 6 and all(w[:1].isupper() for w in words if len(w) > 3 or w is words[0])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _facts(source: Source, items: list[_Item]) -> list[Fact]:
    text = source.text
    facts: list[Fact] = []
    seen: dict[str, int] = {}
    for item in items:
        spans = [_trim(text, p.start, p.end) for p in item.parts]
        spans = [(a, b) for a, b in spans if b > a]
        if not any(_ALNUM_RE.search(text, a, b) for a, b in spans):
            continue  # nothing but marks and punctuation
        quoted = " ".join(text[a:b] for a, b in spans)
        value = " ".join(quoted.translate(_STRAIGHTEN).split()).rstrip(",").rstrip()  # whitespace collapsed
        count = seen.get(value, 0) + 1
        seen[value] = count
        parts = (source.id, value) if count == 1 else (source.id, value, str(count))
        facts.append(
            Fact.model_construct(  # every field is built valid here (anchors by Anchor.of): no second validation
                id=stable_id("q", *parts),
                kind="quote",
                text=quoted,
                subject=item.name,
                value=value,
                evidence=[Anchor.of(source, a, b) for a, b in spans],
            )
        )
    return facts
