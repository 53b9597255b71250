"""People with their titles: the ``role`` facts of an article body.

Patterns (general news writing, no names in code):

* title before the name: "Defense Secretary Jane Roe", "Acme CEO Sam Lee",
  "top House Democrat Ann Kay", "U.S. Secretary of Defense Roe";
* a led title and a comma before the name: "the ministry's Deputy Secretary for
  Research and Engineering, Tom Hale";
* an appositive after the name: "Tom Hale, the US Undersecretary for Defense,",
  "Jane Roe, 54, a nurse,", "Jo Bloggs, chief executive of Acme,", also after a
  name tail ("Mitch McConnell of Kentucky, the majority leader,", "Rep. Jo Fincher,
  R-Tenn., ...") and chained ("Bob Menendez, Democrat of New Jersey, the incoming
  chairman,"); a dash works like a comma when "the"/"a" follows it.

Titles stand before an honorific too ("Commissioner Sir John Stevens"); honorifics
themselves (Mr., Dr., Sir) are no roles. Titles coordinated before a bare name are
two people ("the President and Speaker Boehner": only "Speaker" is Boehner's);
coordinated in a led title or an appositive they are one person's ("Acme's founder
and chief executive, Jo Roe" gives "founder" and "chief executive").

What a role fact holds:

* ``subject`` -- the person's full name; a surname-only mention takes the full
  name the article uses elsewhere (see :mod:`factsheet.extract.names`);
* ``text`` / evidence -- the **title alone**, as written, without the name, without a
  leading determiner ("the", "a") and without a possessive organisation ("the
  ministry's"): those change from source to source while the title is what editors
  compare. An organisation written as a modifier stays ("Acme CEO", "US Senator").
* ``value`` -- the title with whitespace collapsed;
* a coordinated description is split into its parts: "a Democrat and vice chairman
  of the Select Committee on Intelligence" gives "Democrat" and "vice chairman of
  the Select Committee on Intelligence";
* one fact per (subject, title) in a source, with one anchor per occurrence.

An age ("Jane Roe, 54,") is not a title; a title with no named person is no role.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from factsheet.extract.names import (
    AGE_WORD_RE,
    WORD_RE,
    SPEECH_VERBS,
    PersonMention,
    TitleSpan,
    collapse,
    is_function_word,
    is_honorific,
    is_title_modifier,
    is_title_word,
    people_in,
    skip_name_tail,
    title_before,
)
from factsheet.model import Anchor, Fact, Source, stable_id

_AGE_RE = re.compile(r"\d{1,3}$")
_POSSESSIVE_RE = re.compile(r"\w['’]s?$")
_INITIALS_RE = re.compile(r"^(?:[A-Z]\.){1,3}$")
_YEAR_RE = re.compile(r"(?:19|20)\d\d$")
_DETERMINERS = frozenset(("the", "a", "an"))
_PRONOUN_POSSESSIVES = frozenset(("its", "his", "her", "their", "our"))
_OF_PREPS = frozenset(("of", "for", "at", "on", "to", "with"))
_CLAUSE_STOPS = frozenset(
    """
    who whom whose which that where when while since until after before because although though
    said says say told tells wrote writes added adds has had have is was were are will would could
    should can may might did does do who's said, but as if than
    """.split()
)
_TAIL_PREPS = frozenset("in from since during under until by near between among about over".split())
_PARTICIPLES = frozenset(
    """
    known born based named chosen seen shown sworn hurt shot held left taken found caught
    now once still perhaps currently formerly then also long best widely later
    """.split()
)
_DELIMS = frozenset((",", ".", ";", ":", "—", "–", "-", "(", ")", '"', "“", "”", "?", "!", "[", "]"))
_MAX_OF_WORDS = 10
_WINDOW = 260


@dataclass(frozen=True)
class _Title:
    start: int
    end: int


def extract_roles(source: Source) -> list[Fact]:
    """Role facts (person + title) of ``source``'s body, in order of first mention."""
    text = source.text
    regions = sorted((r.start, r.end) for r in source.body_regions())
    found: list[tuple[PersonMention, _Title]] = []
    seen: set[tuple[int, int]] = set()
    region_of = _region_lookup(regions)
    mentions = people_in(source)
    starts = frozenset(m.start for m in mentions)
    for mention in mentions:
        lo, hi = region_of(mention.start)
        for title in _titles_for(text, mention, lo, hi, starts):
            if (title.start, title.end) not in seen:
                seen.add((title.start, title.end))
                found.append((mention, title))
    found.sort(key=lambda pair: pair[1].start)
    groups: dict[tuple[str, str], list[_Title]] = {}
    for mention, title in found:
        groups.setdefault((mention.name, collapse(text[title.start : title.end])), []).append(title)
    return [
        Fact.model_construct(  # every field is built valid here (anchors by Anchor.of): no second validation
            id=stable_id("r", source.id, subject, value),
            kind="role",
            text=text[titles[0].start : titles[0].end],
            subject=subject,
            value=value,
            evidence=[Anchor.of(source, t.start, t.end) for t in titles],
        )
        for (subject, value), titles in groups.items()
    ]


def _region_lookup(regions: list[tuple[int, int]]) -> Callable[[int], tuple[int, int]]:
    """A function from a position to the body region around it (``(pos, pos)`` outside them)."""
    starts = [lo for lo, _hi in regions]

    def region_of(pos: int) -> tuple[int, int]:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and regions[i][0] <= pos < regions[i][1]:
            return regions[i]
        return pos, pos

    return region_of


def _titles_for(text: str, m: PersonMention, lo: int, hi: int, starts: frozenset[int]) -> list[_Title]:
    """Every title the text gives the person at mention ``m``."""
    out: list[_Title] = []
    name_start = _before_honorific(text, m.start, lo)
    before = title_before(text, name_start, lo)
    if before is not None and _clean_before(text, before.start, lo):
        # no coordination here: "the President and Speaker Boehner" are two people
        out.append(_Title(before.start, before.end))
        name_start = before.start  # "the House Republican leader, Representative Kevin McCarthy"
    comma = _comma_before(text, name_start, lo)
    if comma is not None:
        led = title_before(text, comma, lo, lower_ok=True)
        if (
            led is not None
            and (
                led.led
                or _at_sentence_start(text, led.start, lo)
                or (led.coordinated and led.coordinated.led)
                or _after_speech_verb(text, led.start, lo)
            )
            and _closes(text, m.end, hi)
            and not _titled_name_inside(text, led.start, comma, starts)
        ):
            out[:0] = _parts(led)
    if not m.possessive:
        out.extend(_appositive(text, skip_name_tail(text, m.end), hi, starts))
    return out


def _before_honorific(text: str, start: int, lo: int) -> int:
    """Where a name begins with its honorific: "Commissioner Sir John Stevens" -> at "Sir"."""
    last = None
    for last in WORD_RE.finditer(text, max(lo, start - 12), start):
        pass  # only the last word counts
    if last is not None and is_honorific(last.group()) and not text[last.end() : start].strip():
        return last.start()
    return start


def _parts(title: TitleSpan) -> list[_Title]:
    """A title and the title coordinated with it ("founder and chief executive")."""
    first = [_Title(title.coordinated.start, title.coordinated.end)] if title.coordinated else []
    return [*first, _Title(title.start, title.end)]


def _clean_before(text: str, start: int, lo: int) -> bool:
    """A title directly before a name must not be the tail of a longer capitalised name."""
    lo = max(lo, start - 40)
    lo = max(lo, text.rfind("\n", lo, start) + 1)
    words = WORD_RE.findall(text, lo, start)
    if not words:
        return True
    prev = words[-1]
    if len(words) == 1 or words[-2] in (".", "!", "?", '"', "“", "”", ":", ";"):
        if prev.endswith(("ing", "ed")):
            return True  # "Following President Obama": a sentence-opening verb, not part of a name
    if prev[-1] in "'’" or prev.endswith(("'s", "’s")):
        return True  # "the BBC's political editor Andrew Marr"
    return not (prev[0].isupper() and not is_function_word(prev) and not prev.endswith("."))


def _titled_name_inside(text: str, start: int, end: int, starts: frozenset[int]) -> bool:
    """Whether a person with a title of their own stands in ``text[start:end]``.

    "the chair of President Washington, President Jefferson" is no title of
    Jefferson's; "A lawyer for Mr. Grimm, William McGinley" is McGinley's.
    """
    for x in starts:
        if start <= x < end:
            before = WORD_RE.findall(text, max(start, x - 12), x)
            if not (before and is_honorific(before[-1])):
                return True
    return False


def _closes(text: str, end: int, hi: int) -> bool:
    """Whether the name is closed like an appositive ("..., Jane Roe, said" / "Jane Roe.")."""
    end = skip_name_tail(text, end)
    rest = text[end : min(hi, end + 2)]
    return rest == "" or rest[0] in ",.;:—–)"


def _comma_before(text: str, pos: int, lo: int) -> int | None:
    i = pos
    while i > lo and text[i - 1] in " \u00a0":
        i -= 1
    return i - 1 if i > lo and text[i - 1] == "," else None


def _after_speech_verb(text: str, start: int, lo: int) -> bool:
    """Whether "said" (or another verb of saying) stands right before ``start``."""
    words = WORD_RE.findall(text, max(lo, start - 16), start)
    return bool(words) and words[-1].lower() in SPEECH_VERBS


def _at_sentence_start(text: str, start: int, lo: int) -> bool:
    before = text[max(lo, start - 3) : start].strip()
    return before == "" or before[-1] in ".!?\n"


def _appositive(text: str, end: int, hi: int, starts: frozenset[int]) -> list[_Title]:
    """Titles in an appositive after a name: ", the US Undersecretary for Defense,"."""
    if text.startswith((" —", " –"), end):
        end += 1  # "Jane Roe — the agency's director — said"
    if not text.startswith((",", "—", "–"), end):
        return []
    spans = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, end, min(hi, end + _WINDOW))]
    if len(spans) < 2 or spans[0][0] != end:
        return []
    if spans[0][2] != "," and spans[1][2].lower() not in _DETERMINERS:
        return []  # a dash opens an appositive only with "the"/"a"
    i = 1
    if _AGE_RE.match(spans[i][2]) and i + 1 < len(spans) and spans[i + 1][2] == ",":
        i += 2  # an age: "Jane Roe, 54, a nurse"
    out: list[_Title] = []
    while True:
        parsed = _title_phrase(spans, i)
        if parsed is None:
            after_and = out and spans[i - 1][2] == "and"
            if after_and and any(spans[x][0] in starts for x in range(i, min(i + 5, len(spans)))):
                return []  # "the Intel Atom, SeaMicro CEO and co-founder Andrew Feldman": the next person's titles
            break
        first, last, nxt = parsed
        if _names_next_person(spans, first, nxt, starts):
            break  # "..., former Secretary of State Hillary Clinton, ...": a title of the next person
        out.append(_Title(spans[first][0], spans[last][1]))
        if nxt < len(spans) and spans[nxt][2] == "and":
            i = nxt + 1
            continue
        if nxt + 1 < len(spans) and spans[nxt][2] == "," and len(out) < 3 and _opens_title(spans[nxt + 1][2]):
            i = nxt + 1  # a second appositive: "Bob Menendez, Democrat of New Jersey, the incoming chairman,"
            continue
        break
    return out


def _opens_title(word: str) -> bool:
    """Whether a second appositive may start with ``word`` ("the", "a", "then", a capital or a title word)."""
    w = word.lower()
    return w in _DETERMINERS or w in ("then", "now", "formerly", "also") or word[0].isupper() or is_title_word(word)


def _names_next_person(spans: list[tuple[int, int, str]], first: int, nxt: int, starts: frozenset[int]) -> bool:
    """Whether a capitalised title in the phrase is followed by another person's name."""
    for x in range(first + 1, min(nxt + 1, len(spans))):
        if spans[x][0] in starts:
            heads = [spans[y][2] for y in range(first, x) if is_title_word(spans[y][2])]
            if heads and heads[0][0].isupper():
                return True
    return False


def _head_ahead(spans: list[tuple[int, int, str]], k: int) -> int:
    """Index of a title word within three lowercase words from ``k``, or -1."""
    for x in range(k, min(k + 3, len(spans))):
        w = spans[x][2]
        if not (w.isalpha() and w.islower()) or is_function_word(w) or w in _CLAUSE_STOPS or w in _OF_PREPS:
            return -1
        if is_title_word(w):
            return x
    return -1


def _title_phrase(spans: list[tuple[int, int, str]], i: int) -> tuple[int, int, int] | None:
    """Parse "[the|a] [Org's] premods* HEAD [of-phrase]" from word ``i``.

    Returns (first word, last word, next word) or ``None``. The phrase must end at
    a delimiter, "and" or a clause word ("who", "said"), or it is no appositive.
    """
    n = len(spans)
    if i + 1 < n and spans[i][2].lower() in ("then", "now", "formerly", "also"):
        i += 1
    led = i < n and spans[i][2].lower() in _DETERMINERS
    if led:
        i += 1
    while i < n and AGE_WORD_RE.match(spans[i][2]):
        i += 1  # "a 34-year-old teacher": the age is no part of the title
    # a possessive organisation: "Acme's", "the company's", "its"
    j = i
    while j < n and j - i < 4 and spans[j][2] not in _DELIMS:
        w = spans[j][2]
        if _POSSESSIVE_RE.search(w) and w[-1] in "sS'’" and ("'" in w or "’" in w):
            i, led = j + 1, True
            break
        if w.lower() in _PRONOUN_POSSESSIVES:
            i, led = j + 1, True
            break
        if not w[0].isupper():
            break
        j += 1
    first = i
    head = -1
    k = i
    while k < n:
        w = spans[k][2]
        if w in _DELIMS or w.lower() in _CLAUSE_STOPS or w.lower() in _OF_PREPS or w == "and":
            break
        if is_title_word(w):
            head = k
        elif head < 0 and _YEAR_RE.match(w):
            pass  # "the 2008 Republican vice presidential nominee"
        elif not (is_title_modifier(w) or (w[0].isupper() and not is_function_word(w)) or _INITIALS_RE.match(w)):
            if head >= 0 and w[0].islower():
                ahead = _head_ahead(spans, k)
                if ahead < 0:
                    break  # "a Republican in her second term": the title ends at its head
                k = ahead  # "a veteran capital defense attorney": the last head counts
                head = k
                k += 1
                continue
            if not (
                head < 0
                and k - first < (3 if led else 2)
                and w.isalpha()
                and w.islower()
                and not is_function_word(w)
                and (led or not w.endswith("ed"))
            ):
                return None  # a few lowercase nouns: "the homeland security secretary", "telecoms analyst"
        k += 1
    if head >= 0 and head < k - 1 and all(spans[x][2].islower() for x in range(head + 1, k)):
        k = head + 1  # "a former immigration lawyer elected in 2010": the title ends at its head
    if head < 0 or head != k - 1:
        return None  # no head, or a name follows the head ("Senator Mark Warner"): not an appositive
    last = head
    if k < n and spans[k][2].lower() in _OF_PREPS:
        stop = k + 1
        while stop < n and stop - k <= _MAX_OF_WORDS:
            w = spans[stop][2]
            if w in _DELIMS or w.lower() in _CLAUSE_STOPS:
                break
            if w == "and" and (
                (stop + 1 < n and spans[stop + 1][2].lower() in ("a", "an")) or _title_phrase(spans, stop + 1) is not None
            ):
                break
            stop += 1
        if stop < n and stop - k > _MAX_OF_WORDS:
            return first, last, last + 1  # runaway: keep the bare title
        if stop > k + 1:
            last = stop - 1
            if spans[last][2].lower() in _DETERMINERS or spans[last][2] == "and":
                return first, head, head + 1
        k = stop
    if k < n and not _ends_title(spans[k][2]) and last == head and spans[head][2][0].isupper():
        w = spans[k][2]
        if w.isalpha() and w.islower() and not is_function_word(w) and (k + 1 >= n or _ends_title(spans[k + 1][2])):
            last, k = k, k + 1  # "a veteran Republican operative": the noun after a capitalised head is the head
    if k < n and not _ends_title(spans[k][2]):
        return None  # "..., the comedian stares at the camera": a subject, not an appositive
    return first, last, k


def _ends_title(word: str) -> bool:
    """Whether ``word`` may follow an appositive title: punctuation, "and", "who", a preposition, a participle."""
    w = word.lower()
    if word in _DELIMS or w == "and" or w in _CLAUSE_STOPS or w in _OF_PREPS or w in _TAIL_PREPS:
        return True
    return word.isalpha() and word.islower() and (w.endswith(("ed", "ing")) or w in _PARTICIPLES)
