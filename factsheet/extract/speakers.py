"""The people of an article body, for resolving who a speaker is.

:class:`People` indexes the named people of a body (a full name, the titles
before it, a gender when an honorific or title tells it) so that a surname-only
mention ("Doe said") resolves to the full name used elsewhere, a pronoun ("he
said") to the most recent fitting person before it, a role ("the minister said")
to the last person holding it, and "the company" to the organisation the article
names most.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from factsheet.extract.speech_verbs import (
    FUNCTION_WORDS,
    HONORIFIC_GENDER,
    NAME_PARTICLES,
    ORG_HEAD_NOUNS,
    ORG_WORDS,
    PRONOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
)

_ABBREVIATIONS = (
    "Mr Ms Mrs Dr Sen Rep Reps Gov Gen Lt Col Sgt Capt Cpt Adm Maj Prof Rev St Jr Sr Supt Insp Det Cmdr Pres "
    "Gov".split()
)
ABBR = rf"(?:{'|'.join(_ABBREVIATIONS)})\."
_NAME_TOKEN = rf"(?:(?:[A-Z]\.){{2,}}|(?=[A-Z][a-z]++\.){ABBR}|[A-Z]\.|[A-Z][\w'’\-]*\w|[A-Z])"
"""One word of a name. Every abbreviation is a capital, lower-case letters and a point: the look-ahead
for that shape lets most words skip the abbreviations at once (it holds wherever one of them matches)."""
_NAME_TOKEN_REST = (
    r"(?:\.(?:[A-Z]\.)+"
    + r"|(?=[a-z]++\.)(?:" + "|".join(f"{a[1:]}(?<={a})" for a in _ABBREVIATIONS) + r")\."
    + r"|\.|[\w'’\-]*\w|)"
)
""":data:`_NAME_TOKEN` after its first capital, branch for branch in the same order (initials,
abbreviation, initial, word, lone capital). An abbreviation's rest comes first and its whole word is
checked behind ("r(?<=Mr)"), so that a word whose next letter differs fails each at once; the
look-ahead does for the rest what :data:`_NAME_TOKEN`'s does for the whole word."""
_PARTICLE = "|".join(re.escape(p) for p in sorted(NAME_PARTICLES, key=len, reverse=True))
CAP_SEQ_RE = re.compile(
    rf"[A-Z](?<![\w’'][A-Z]){_NAME_TOKEN_REST}(?:[ \u00a0]+(?:(?:{_PARTICLE})[ \u00a0]+)?{_NAME_TOKEN})*"
)
"""A run of capitalised words, not right after a letter or an apostrophe. Its first name token is
written as a capital then :data:`_NAME_TOKEN_REST`, so that the pattern opens with a character
class and the scan skips to the next capital at once."""
_GROUP_TITLES = frozenset("officials members employees workers residents official".split())
"""Role nouns that stand for unnamed people rather than the last person named."""
_HONORIFICS = frozenset("mr mr. ms ms. mrs mrs. dr dr. sen. rep. gov. prof. sir dame".split())
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
DETERMINERS = frozenset("the a an its his her their our this another one".split())


@dataclass(frozen=True)
class Speaker:
    """A speaker phrase as written in an attribution, and where it stands."""

    phrase: str
    pos: int
    how: str
    """Where it was found: ``post`` (after the quote), ``pre`` (before it), ``according``
    ("according to X"), ``relative`` ("X, who said"); ``inherit`` / ``after`` mark a
    speech verb whose subject is the previous speaker / the name after the quote."""


@dataclass
class Person:
    """A named person of the article."""

    name: str
    gender: str = ""
    titles: set[str] = field(default_factory=set)
    confirmed: bool = False
    """Something beyond capital letters says this is a person: a title, an honorific,
    a speech verb or appositive next to the name, or the surname used alone."""
    strong: bool = False
    """A title, an honorific or an appositive role says so (not just a speech verb or a reused surname)."""


def _bare(token: str) -> str:
    """A token without its possessive ending ("Doe’s" -> "Doe")."""
    if len(token) <= 2:
        return token
    if token.endswith(("'s", "’s")):
        return token[:-2]
    if token.endswith(("'", "’")):
        return token[:-1]
    return token


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """``(titles, name)``: a capitalised sequence split after its last title or function word."""
    cut = 0
    last = len(tokens) - 1
    for index, token in enumerate(tokens):
        if index == last and index > 0:
            previous = tokens[index - 1]
            after_name = index > cut and previous[:1].isupper() and previous.lower() not in FUNCTION_WORDS
            if after_name or previous.lower() in _HONORIFICS:
                break  # a last word after a name or an honorific is a surname, even if a title ("Rosa King", "Mr. King")
        low = _bare(token).lower()
        if (
            low in TITLE_WORDS
            or low in FUNCTION_WORDS
            or ("-" in low and all(part in TITLE_WORDS for part in low.split("-") if part))  # "Vice-President"
            or (token.isupper() and len(token) > 1 and "." not in token and low not in _SUFFIXES)  # "NAACP", not "III"
        ):
            cut = index + 1
    return [t.lower() for t in tokens[:cut]], [_bare(t) for t in tokens[cut:]]


def looks_like_person(name: list[str]) -> bool:
    """Whether name tokens (titles removed) read as a person's full name."""
    words = [t for t in name if t.lower() not in NAME_PARTICLES]
    if not 2 <= len(words) <= 4:
        return False
    for index, token in enumerate(words):
        low = token.lower()
        if not token[:1].isupper():
            return False
        surname_title = low in TITLE_WORDS and index == len(words) - 1  # "Rosa King", "Tom Judge"
        if low in ORG_WORDS or low in FUNCTION_WORDS or (low in TITLE_WORDS and not surname_title):
            return False
        if token.isupper() and len(token) > 2 and "." not in token:
            return False  # an acronym, not initials ("G.K.")
        if any(ch.isdigit() for ch in token):
            return False
        if "-" in token and not all(piece[:1].isupper() for piece in token.split("-") if piece):
            return False
    return True


def _surname(name: str) -> str:
    parts = [p for p in name.split() if p.lower() not in _SUFFIXES]
    return parts[-1] if parts else name


_APPOSITIVE_RE = re.compile(r"\s*(?:,\s*(?:a|an|the|who|whose|\d)\b|\()")
"""After a person's name: an appositive, a "who" clause, an age or a parenthesis ("Jane Doe, 45,", "Jane Doe (D-Md.)")."""
_SPEECH_AFTER_RE = re.compile(
    r"\s+(?:" + "|".join(sorted({"said", "says", "told", "added", "wrote", "asked", "explained", "argued", "warned", "noted"})) + r")\b"
)


def _person_context(text: str, start: int, end: int, lo: int) -> int:
    """How strongly the words around a name say it is a person's: 2 strong, 1 weak, 0 not at all.

    Strong signs: a role before it ("volunteer Jane Doe", "the lawyer, Jane Doe") or an
    appositive or age after it ("Jane Doe, a spokeswoman", "Jane Doe, 45,"). Weak signs: a
    speech verb next to it ("said Jane Doe", "Jane Doe said"), which organisations share.
    """
    before = text[max(lo, start - 30) : start].split()
    raw = before[-1] if before else ""
    word = raw.strip(",").lower()
    if word in TITLE_WORDS or word in HONORIFIC_GENDER or _APPOSITIVE_RE.match(text, end) is not None:
        return 2
    if raw.isalpha() and raw.islower() and word not in FUNCTION_WORDS and word not in SPEECH_VERBS:
        return 2  # a role noun right before the name: "volunteer Jane Doe" (places follow "the", "of", "in")
    return 1 if word in SPEECH_VERBS or _SPEECH_AFTER_RE.match(text, end) is not None else 0


@lru_cache(maxsize=1 << 15)
def _read_sequence(sequence: str) -> tuple[tuple[str, ...], tuple[str, ...], str, str, str] | None:
    """``(titles, name, gender, full name, surname)`` of a capitalised sequence, ``None`` for a lone function or
    title word ("The", "However"); the full name and surname are ``""`` when the name does not read as a person's.

    Cached: articles name the same people, places and sentence openers again and again.
    """
    tokens = sequence.split()
    if len(tokens) == 1:
        low = tokens[0].lower()
        if low in FUNCTION_WORDS or (low in TITLE_WORDS and low not in HONORIFIC_GENDER):
            return None
    titles, name = split_title(tokens)
    gender = next((HONORIFIC_GENDER[t] for t in reversed(titles) if t in HONORIFIC_GENDER), "")
    full = " ".join(name) if looks_like_person(name) else ""
    return tuple(titles), tuple(name), gender, full, _surname(full) if full else ""


def _gender_before(text: str, lo: int, start: int) -> str:
    """The gender of an honorific written just before a name but outside its capitalised run ("mr", "Ms,")."""
    before = text[max(lo, start - 25) : start].rsplit(None, 1)
    return HONORIFIC_GENDER.get(before[-1].lower().strip(","), "") if before else ""


_PRONOUN_REACH = 4
"""How many of the last people named a gendered pronoun looks back over for a known gender."""


class People:
    """The people named in a body, in text order, for surname and pronoun resolution."""

    def __init__(self, text: str, ranges: list[tuple[int, int]], skip: list[tuple[int, int]]) -> None:
        self.text = text
        self.persons: dict[str, Person] = {}
        self._by_surname: dict[str, list[tuple[int, str]]] = {}
        self._mentions: list[tuple[int, str]] = []
        skip_starts = [a for a, _ in skip]
        pending_single: list[tuple[int, str, str]] = []
        self._singles: list[tuple[int, str]] = []
        self._full_forms: dict[str, str] = {}
        for lo, hi in ranges:
            for m in CAP_SEQ_RE.finditer(text, lo, hi):
                read = _read_sequence(m.group())
                if read is None:
                    continue  # "The", "However": no name (the common case, kept fast)
                start = m.start()
                at = bisect.bisect_right(skip_starts, start) - 1
                if at >= 0 and skip[at][0] <= start < skip[at][1]:
                    continue  # inside a quote
                titles, name, gender, full, surname = read
                if full:
                    gender = gender or _gender_before(text, lo, start)
                    person = self.persons.get(full) or self.persons.setdefault(full, Person(full))
                    person.titles.update(titles)
                    person.gender = person.gender or gender
                    if not person.strong:  # (a strong person is confirmed too: no context can add to it)
                        context = 2 if titles or gender else _person_context(text, start, m.end(), lo)
                        person.strong = context == 2
                        person.confirmed = person.confirmed or context > 0
                    self._by_surname.setdefault(surname, []).append((start, full))
                    self._mentions.append((start, full))
                elif len(name) == 1 and name[0].lower() not in ORG_WORDS:
                    gender = gender or _gender_before(text, lo, start)
                    pending_single.append((start, name[0], gender or ("?" if titles else "")))
                elif len(name) == 1 and not titles:
                    self._singles.append((start, name[0]))
                elif len(name) >= 2 and name[0].lower() not in ORG_WORDS:
                    self._singles.append((start, name[0]))  # "Acme Technologies" counts for "Acme"
                    self._full_forms.setdefault(name[0], " ".join(name))
        for pos, token, gender in pending_single:
            owner = self.full_name(token, pos)
            if owner is not None:
                self._mentions.append((pos, owner))
                person = self.persons[owner]
                person.confirmed = True  # people, not places, are named again by surname
                person.strong = person.strong or gender in ("m", "f")  # "Ms Doe"
                if gender in ("m", "f"):
                    person.gender = person.gender or gender
            elif gender in ("m", "f"):
                self.persons.setdefault(token, Person(token, gender, confirmed=True, strong=True))
                self._mentions.append((pos, token))
            else:
                self._singles.append((pos, token))
        self._mentions.sort()
        self._mention_pos = [p for p, _ in self._mentions]

    def full_name(self, surname: str, pos: int) -> str | None:
        """The full name whose surname is ``surname``: the last one used before ``pos``, else the first after."""
        uses = self._by_surname.get(surname)
        if not uses:
            return None
        before = [full for at, full in uses if at < pos]
        return before[-1] if before else uses[0][1]

    def last_mention_pos(self, name: str, pos: int) -> int:
        """Where ``name`` was last mentioned before ``pos`` (-1 when it was not)."""
        index = bisect.bisect_left(self._mention_pos, pos) - 1
        while index >= 0:
            if self._mentions[index][1] == name:
                return self._mentions[index][0]
            index -= 1
        return -1

    def _unnamed_role(self, head: str, pos: int) -> str:
        """An unnamed person introduced with ``head`` ("a city hall spokesperson") since the last name."""
        lo = max(0, pos - 1500)
        found = None
        for m in re.finditer(rf"\b[Aa]n?\s+((?:[\w'’.-]+\s+){{0,4}}{re.escape(head)})\b", self.text[lo:pos]):
            found = m
        if found is None:
            return ""
        at = lo + found.start()
        index = bisect.bisect_left(self._mention_pos, pos) - 1
        if index >= 0 and self._mention_pos[index] > at and self.persons[self._mentions[index][1]].strong:
            return ""  # someone was named since
        return found.group(1)

    def main_organisation(self, pos: int, min_count: int = 2) -> str:
        """The organisation named most often before ``pos`` ("the company said", "it said").

        Names are counted by their first word ("Acme" and "Acme Technologies"),
        people's names left out; the first full form is returned.
        """
        counts: dict[str, int] = {}
        for at, token in self._singles:
            if at >= pos:
                continue
            if token in self._by_surname or token in self.persons:
                continue
            counts[token] = counts.get(token, 0) + 1
        if not counts:
            return ""
        best = max(counts.items(), key=lambda kv: (kv[1], -self._first_single(kv[0])))
        if best[1] < min_count:
            return ""
        return self._full_forms.get(best[0], best[0])  # "Acme" -> "Acme Technologies"

    def _first_single(self, token: str) -> int:
        return next(at for at, t in self._singles if t == token)

    def is_person(self, name: str) -> bool:
        return name in self.persons

    def last_person(self, pos: int, gender: str = "", title: str = "") -> str | None:
        """The most recent person named before ``pos`` who fits ``gender`` (m/f) and holds ``title``.

        A name with strong signs of a person (a title, an honorific, an appositive role)
        wins over a nearer one known only from a speech verb or a reused surname, among
        the last few names.
        """
        index = bisect.bisect_left(self._mention_pos, pos) - 1
        fallback: str | None = None
        seen: set[str] = set()
        while index >= 0 and len(seen) < _PRONOUN_REACH:
            name = self._mentions[index][1]
            index -= 1
            person = self.persons[name]
            if not person.confirmed:
                continue  # "the Coast Highway", "of Ridge County": two capitalised words, no person
            seen.add(name)
            if (title and title not in person.titles) or (gender and person.gender and person.gender != gender):
                continue
            if person.strong:
                return name
            if fallback is None:
                fallback = name
        return fallback

    def resolve(self, speaker: Speaker, last_other: str, described: tuple[int, str, str] | None = None) -> str:
        """The name to report for a speaker phrase.

        ``last_other`` is the last speaker before this one that is not a person (for
        "it"/"they"/"the company"); ``described`` the last unnamed person speaker
        (position, description, gender), for "she said" after "a spokeswoman said".
        """
        phrase = speaker.phrase.strip()
        low = phrase.lower()
        kind = PRONOUNS.get(low)
        if kind in ("m", "f"):
            who = self.last_person(speaker.pos, kind)
            if described is not None and described[2] in ("", kind):
                last_pos = self.last_mention_pos(who, speaker.pos) if who else -1
                if described[0] > last_pos:
                    return described[1]
            return who or ""
        if kind in ("n", "p"):
            return last_other or self.main_organisation(speaker.pos, 1)  # "it said": the article's organisation
        if kind is not None:
            return ""
        tokens = phrase.split()
        if tokens and tokens[0].lower() in DETERMINERS:
            head = _bare(tokens[-1]).lower()
            if len(tokens) >= 2 and head in TITLE_WORDS and head not in ORG_WORDS:
                gender = HONORIFIC_GENDER.get(head, "")
                who = self.last_person(speaker.pos, gender, head)
                if who is None and tokens[0].lower() == "the":
                    unnamed = self._unnamed_role(head, speaker.pos)
                    if unnamed:
                        return unnamed  # "A city hall spokesperson said …" then "the spokesperson added"
                    if head not in _GROUP_TITLES:
                        who = self.last_person(speaker.pos, gender)  # "the right-hander said": the last person named
                if who:
                    return who
            possessive = any(t.endswith(("'s", "’s", "s'", "s’")) for t in tokens[1:-1])
            if head in ORG_HEAD_NOUNS and not possessive:  # not "the governor's office"
                organisation = self.main_organisation(speaker.pos)
                if organisation:
                    return organisation
            if tokens[0].lower() == "the" and all(t[:1].isupper() for t in tokens[1:]):
                _titles, name = split_title(tokens[1:])
                if looks_like_person(name):
                    return " ".join(name)  # "the ACME President Jane Roe Doe"
                return " ".join(_bare(t) for t in tokens[1:])  # "the Defense Department"
            if tokens[0].lower() in ("a", "an") and len(tokens) > 1:
                tokens = tokens[1:]
            return " ".join(tokens[:-1] + [_bare(tokens[-1])])
        if len(tokens) > 1 and tokens[-1].islower() and tokens[-1] not in NAME_PARTICLES:
            return phrase  # a description: "Google's security team"
        titles, name = split_title(tokens)
        if not name:
            if titles:
                who = self.last_person(speaker.pos, "", titles[-1])
                if who:
                    return who
            return " ".join(_bare(t) for t in tokens)
        if len(name) == 1:
            return self.full_name(name[0], speaker.pos) or name[0]
        joined = " ".join(name)
        fuller = [full for full in self.persons if full.endswith(" " + joined)]
        if fuller:
            return max(fuller, key=lambda full: self.last_mention_pos(full, speaker.pos))  # "Doe Jr." -> "John Doe Jr."
        if joined in self.persons:
            return joined
        longer = self.full_name(name[-1], speaker.pos)
        if longer and longer.endswith(joined):
            return longer
        return joined
