"""Who and what a fact is about: one key per person, organisation or thing.

People: a full name is the entity; a surname-only mention ("Roe") is the one
full name with that surname, when exactly one is known; a title-only mention
("the Defense Secretary") is the one person known to hold that title. Bodies:
aliases from :mod:`factsheet.reconcile.aliases` ("the Pentagon" = "DoD").
Things ("the deadline", "Pentagon's deadline"): folded words without
determiners and possessives, the last word singular.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from factsheet.reconcile import norm
from factsheet.reconcile.aliases import NATIONALITY_PREFIXES, ORG_ALIASES, ORG_WORDS

HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sen", "rep", "gov",
     "president", "senator", "representative", "governor", "secretary", "minister", "chancellor", "judge",
     "ceo", "chairman", "chairwoman", "chair", "general", "gen", "admiral", "adm", "colonel", "col", "captain"}
)
"""Words that may stand before a name without being part of it ("Secretary Roe")."""

DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "said"}
)

_ORG_INDEX: dict[str, str] = {}
for _canonical, _aliases in ORG_ALIASES.items():
    for _alias in (*_aliases, norm.key(_canonical)):
        _ORG_INDEX[_alias] = _canonical


@lru_cache(maxsize=1 << 16)
def org(name: str) -> str | None:
    """The canonical name of a known body, or ``None``: ``"the Pentagon"`` -> ``"US Department of Defense"``."""
    ws = [w[:-2] if w.endswith("'s") else w for w in norm.words(name)]
    while ws and ws[0] in DETERMINERS:
        ws = ws[1:]
    for candidate in (ws, [w for w in ws if w not in NATIONALITY_PREFIXES]):
        found = _ORG_INDEX.get(" ".join(candidate))
        if found:
            return found
    return None


def thing_words(subject: str) -> list[str]:
    """What a figure or time is about, folded: ``"the Pentagon's deadlines"`` -> ``["deadline"]``."""
    ws = [w for w in norm.words(subject) if w not in DETERMINERS and not w.endswith("'s")]
    if ws and len(ws[-1]) > 3 and ws[-1].endswith("s") and not ws[-1].endswith(("ss", "us", "is")):
        ws[-1] = ws[-1][:-1]
    return ws


SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Words after a surname that are not part of it ("Jr.")."""


@lru_cache(maxsize=1 << 16)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of a person's name: honorifics, possessives, middle initials and "Jr." dropped."""
    ws = [w[:-2] if w.endswith("'s") else w for w in norm.words(name)]
    while len(ws) > 1 and (ws[0] in HONORIFICS or ws[0] in NATIONALITY_PREFIXES or ws[0] in DETERMINERS):
        ws = ws[1:]
    while len(ws) > 2 and ws[-1] in SUFFIXES:
        ws = ws[:-1]
    if len(ws) > 2:
        ws = [ws[0], *(w for w in ws[1:-1] if len(w) > 1), ws[-1]]
    return tuple(ws)


SURNAME_ORG_WORDS: frozenset[str] = frozenset({"park", "hall", "church", "house", "bank", "ward", "lake", "river", "tower"})
"""Organisation words that are also common surnames ("Kim Park")."""


def _looks_like_name(raw: str) -> bool:
    """Two or more capitalised words, none of them an organisation's or a place's: a full personal name."""
    parts = [p.strip(".,'") for p in raw.replace("\u2019", "'").split() if p.strip(".,'")]
    if len(parts) < 2 or not all(p[0].isupper() for p in parts):
        return False
    last = parts[-1]
    org_word = [norm.key(p) in ORG_WORDS for p in parts]
    return not any(org_word[:-1]) and (not org_word[-1] or last.lower() in SURNAME_ORG_WORDS)


def _display_name(raw: str, ws: Sequence[str]) -> str:
    """``raw`` without leading honorifics ("President Jo Bloggs" -> "Jo Bloggs"), as written."""
    parts = raw.split()
    for i, part in enumerate(parts):
        words = norm.words(part)
        if words and words[0].removesuffix("'s") == ws[0]:
            shown = parts[i:]
            shown[-1] = shown[-1].removesuffix("'s").removesuffix("\u2019s")
            return " ".join(shown)
    return " ".join(w.capitalize() for w in ws)


@dataclass(frozen=True)
class Entity:
    """A resolved subject: a comparable key and the name to show."""

    key: str
    display: str
    person: bool = False

    @property
    def named(self) -> bool:
        """A person by full name: safe to say two sources name different speakers."""
        return self.person and " " in self.key


def _full_name(raw: str) -> tuple[str, str, str] | None:
    """``(key, surname, display)`` of a mention that is a full personal name, else ``None``."""
    if not _looks_like_name(raw) or org(raw):
        return None
    ws = _name_words(raw)
    if len(ws) < 2:
        return None
    return " ".join(ws), ws[-1], _display_name(raw, ws)


class People:
    """Resolves person mentions against the full names known in a set of facts.

    ``names`` are ``(source id, mention)`` pairs. A surname-only mention is
    resolved against the full names of its own source first, then of all
    sources; never when two people share the surname.
    """

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self._display: dict[str, str] = {}
        surnames: dict[str, set[str]] = defaultdict(set)
        local: dict[tuple[str, str], set[str]] = defaultdict(set)
        read: dict[str, tuple[str, str, str] | None] = {}
        for source, raw in names:
            if raw not in read:
                read[raw] = _full_name(raw)
            name = read[raw]
            if name is None:
                continue
            full, surname, display = name
            self._display.setdefault(full, display)
            surnames[surname].add(full)
            local[(source, surname)].add(full)
        self._surname = {s: next(iter(f)) for s, f in surnames.items() if len(f) == 1}
        self._local = {k: next(iter(f)) for k, f in local.items() if len(f) == 1}
        self._titles: dict[str, set[str]] = defaultdict(set)

    def add_title(self, title_key: str, person_key: str) -> None:
        """Record that ``person_key`` holds the title whose comparable key is ``title_key``."""
        self._titles[title_key].add(person_key)

    def resolve(
        self, mention: str, title_key: Callable[[str], str | None] | None = None, source: str = ""
    ) -> Entity | None:
        """The person ``mention`` (in ``source``) names, or ``None`` when it names nobody known for sure."""
        ws = _name_words(mention)
        if not ws:
            return None
        full = " ".join(ws)
        if full in self._display:
            return Entity(full, self._display[full], person=True)
        if len(ws) == 1:
            key = self._local.get((source, ws[0])) or self._surname.get(ws[0])
            if key:
                return Entity(key, self._display[key], person=True)
        if title_key is not None:
            tk = title_key(mention)
            holders = self._titles.get(tk or "")
            if holders and len(holders) == 1:
                key = next(iter(holders))
                return Entity(key, self._display[key], person=True)
        return None

    def display(self, key: str) -> str:
        return self._display.get(key, key)


def resolve_speaker(
    mention: str, people: People, title_key: Callable[[str], str | None] | None = None, source: str = ""
) -> Entity:
    """A quote's speaker or a role's holder: a person, a known body, or the mention itself."""
    person = people.resolve(mention, title_key, source)
    if person:
        return person
    body = org(mention)
    if body:
        return Entity("org:" + norm.key(body), body)
    return Entity(" ".join(_name_words(mention)), " ".join(mention.split()), person=_looks_like_name(mention))


@lru_cache(maxsize=1 << 16)
def resolve_thing(subject: str) -> Entity:
    """What a figure, date or time is about: a known body or the folded thing words."""
    body = org(subject)
    if body:
        return Entity("org:" + norm.key(body), body)
    return Entity(" ".join(thing_words(subject)), " ".join(subject.split()))
