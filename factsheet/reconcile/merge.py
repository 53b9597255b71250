"""Facts that state the same thing become one fact with evidence from every source.

Each fact is resolved (its person, body or thing; its value parsed) and given a
merge key; facts with one key form a :class:`Cluster`. Quotes also merge when
one is a contiguous excerpt of another by the same speaker. Keys come from
content only, so a merged fact keeps its id when new articles arrive.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from datetime import date as Date

from factsheet.model import Anchor, Fact, FactKind, Source, stable_id
from factsheet.reconcile import context, entities, figures, norm, quotes, stories, times, titles
from factsheet.reconcile.context import context_words, near_words

ID_PREFIX: dict[str, str] = {
    "quote": "q", "role": "r", "money": "m", "number": "n", "date": "d", "time": "t", "duration": "p",
}
_KIND_ORDER = {kind: i for i, kind in enumerate(ID_PREFIX)}
_WORDED_AROUND = frozenset({"money", "number", "duration"})
"""Kinds whose clusters know the words around them (``Cluster.context``, ``Cluster.near``)."""
COMMON_SHINGLE = 64
"""A shingle shared by more quotes than this is too common to suggest two are one statement."""


@dataclass
class Cluster:
    """Facts of several sources that state one thing, becoming one merged fact."""

    kind: FactKind
    subject_key: str
    value_key: str
    block: tuple[str, ...]
    """Clusters that may disagree share a block (kind, story or person, subject head)."""
    subject: str
    facts: list[Fact] = field(default_factory=list)
    parsed: object = None
    """The value parsed for comparison (Title, Amount, Wall, DateValue, word list) or None."""
    modifiers: frozenset[str] = frozenset()
    """Words of a thing's subject before its head ("response" in "response deadline")."""
    named: bool = False
    """The subject is a person by full name or a known body (see ``Entity.named``)."""
    story: str = ""
    """The story (see :mod:`.stories`) of the cluster's first fact."""
    id: str = ""
    texts: Mapping[str, Source] = field(default_factory=dict, repr=False, compare=False)
    """The sources by id, to read the sentences around a figure (see :attr:`context`)."""
    order: int = field(default=0, compare=False)
    """Where the cluster's earliest fact stands in the input order (clusters are listed by it)."""
    _representative: Fact | None = field(default=None, init=False, repr=False, compare=False)

    @cached_property
    def context(self) -> frozenset[str]:
        """Content-word stems of the sentences that state a figure (see ``context.context_words``).

        Computed when first read (only figures that may disagree are ever read), so read it
        only once every fact has joined the cluster.
        """
        if self.kind not in _WORDED_AROUND:
            return frozenset()
        return frozenset().union(*(context_words(f, self.texts) for f in self.facts))

    @cached_property
    def near(self) -> frozenset[str]:
        """Content-word stems right beside a figure (see ``context.near_words``); read it like :attr:`context`."""
        if self.kind not in _WORDED_AROUND:
            return frozenset()
        return frozenset().union(*(near_words(f) for f in self.facts))

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(a.source for f in self.facts for a in f.evidence))

    @property
    def representative(self) -> Fact:
        """The fact whose wording and value the merged fact shows: exact over hedged, then the first.

        Chosen when first read (a plain memo: ``cached_property`` takes a lock on every first read),
        so read it only once every fact has joined the cluster.
        """
        if self._representative is None:
            if len(self.facts) == 1:
                self._representative = self.facts[0]
            elif self.kind == "quote":
                self._representative = max(self.facts, key=lambda f: len(quotes.quote_words(f.value or f.text)))
            else:
                exact = [f for f in self.facts if not f.value.startswith("~")]
                self._representative = (exact or self.facts)[0]
        return self._representative

    def written(self, source: str) -> str:
        """How ``source`` writes this fact (its first passage), else the representative's text."""
        for f in self.facts:
            for a in f.evidence:
                if a.source == source:
                    return a.exact if self.kind != "role" else f.value or a.exact
        return self.representative.text

    def fact_fields(self, source_order: dict[str, int], disputed: Collection[str] = ()) -> dict[str, object]:
        """The merged fact's fields: the representative's wording, every passage in source order.

        An unreviewed fact whose id is in ``disputed`` (behind an open discrepancy) is ``disputed``.
        Fields rather than a ``Fact``: the sheet's validation builds every merged fact in one
        pass, each as ``Fact(**fields)`` would (on BBC a quarter fewer instructions than building
        the facts one by one and then the sheet).
        """
        rep = self.representative
        status = "disputed" if rep.status == "unreviewed" and self.id in disputed else rep.status
        if len(self.facts) == 1 and len(rep.evidence) <= 1:  # most facts: one source, one passage
            ordered, note = rep.evidence, rep.note  # (validation copies the list)
        else:
            evidence: dict[tuple[str, int, int], Anchor] = {}
            for f in self.facts:
                for a in f.evidence:
                    evidence.setdefault((a.source, a.start, a.end), a)
            ordered = sorted(evidence.values(), key=lambda a: (source_order.get(a.source, len(source_order)), a.source, a.start, a.end))
            note = "; ".join(dict.fromkeys(f.note for f in self.facts if f.note))
        return {
            "id": self.id, "kind": self.kind, "text": rep.text, "subject": self.subject, "value": rep.value,
            "evidence": ordered, "status": status, "note": note,
        }


def _ordered(sources: Sequence[Source], facts: Sequence[Fact]) -> list[Fact]:
    """``facts`` by first source (input order), position in it, kind and id; stable for equal keys."""
    index = {s.id: i for i, s in enumerate(sources)}
    n = len(index)
    positions = [
        (index.get(f.evidence[0].source, n), f.evidence[0].start, _KIND_ORDER.get(f.kind, 99), f.id) if f.evidence
        else (n + 1, -1, _KIND_ORDER.get(f.kind, 99), f.id)
        for f in facts
    ]  # built in one comprehension rather than by a key function called per fact
    return [facts[i] for i in sorted(range(len(facts)), key=positions.__getitem__)]


class _Builder:
    """Collects facts into clusters by merge key."""

    def __init__(self) -> None:
        self.clusters: dict[tuple[str, ...], Cluster] = {}

    def add(self, fact: Fact, key: tuple[str, ...], make: Callable[[], Cluster]) -> None:
        """Add ``fact`` to the cluster of ``key``, made by ``make()`` for the key's first fact.

        ``make`` is called here or never (callers' lambdas may capture loop variables); it spares
        building a cluster for every fact when most join one that exists."""
        cluster = self.clusters.get(key)
        if cluster is None:
            cluster = self.clusters[key] = make()
        cluster.facts.append(fact)


def _title_office(mention: str) -> str | None:
    title = titles.parse(mention)
    return title.office_key if title and title.departments else None


def _resolve_people(ordered: list[Fact], firsts: list[str]) -> list[entities.Entity | None]:
    """The person or body behind each role and quote fact of ``ordered`` (``None`` for other kinds).

    ``firsts`` are the facts' first sources. Roles are read first: they say who
    holds which title, so a title-only speaker ("the Defense Secretary") can be resolved.
    """
    said = [(at, f, first) for at, (f, first) in enumerate(zip(ordered, firsts)) if f.kind in ("role", "quote")]
    people = entities.People((first, f.subject) for _, f, first in said if f.subject)
    for _, f, first in said:
        if f.kind == "role" and f.subject:
            person = people.resolve(f.subject, source=first)
            title = titles.parse(f.value or f.text)
            if person and title and title.departments:
                people.add_title(title.office_key, person.key)
    nobody = entities.Entity("", "")
    speakers: dict[tuple[str, str], entities.Entity] = {}  # one mention in one source names one speaker
    resolved: list[entities.Entity | None] = [None] * len(ordered)
    for at, f, first in said:
        if not f.subject:
            resolved[at] = nobody
            continue
        who = speakers.get((f.subject, first))
        if who is None:
            who = speakers[(f.subject, first)] = entities.resolve_speaker(f.subject, people, _title_office, first)
        resolved[at] = who
    return resolved


def _add_role(builder: _Builder, at: int, f: Fact, who: entities.Entity, story: str) -> None:
    """A title: one person's titles are compared within one story (titles change over the years)."""
    title = titles.parse(f.value or f.text)
    value_key = title.key if title else norm.key(f.value or f.text)
    head = title.head if title else value_key
    builder.add(f, ("role", story, who.key, value_key),
                lambda: Cluster("role", who.key, value_key, ("role", story, who.key, head), who.display,
                                parsed=title, story=story, order=at))


def _add_figure_or_date(
    builder: _Builder, at: int, f: Fact, subject: str, thing: entities.Entity, block: tuple[str, ...],
    by_id: dict[str, Source],
) -> None:
    """Money, a count, a duration or a date (about ``thing``): merged by subject and normalised value."""
    parsed, value_key = _parsed_value(f.kind, f.value, f.text if f.kind == "date" else "")
    builder.add(f, (*block, thing.key, value_key),
                lambda: Cluster(f.kind, thing.key, value_key, block, subject, parsed=parsed,
                                modifiers=_modifiers(thing.key), texts=by_id, order=at))


@lru_cache(maxsize=1 << 16)
def _parsed_value(kind: str, value: str, text: str) -> tuple[object, str]:
    """A figure's or date's parsed value (or ``None``) and its merge key.

    ``text``, the words as written, matters only for a date (see ``times.as_written``): pass ``""``
    for a figure, so that each value is parsed and keyed once however many facts state it.
    """
    parsed: object = times.parse_date(value) if kind == "date" else figures.parse(kind, value)
    if isinstance(parsed, times.DateValue):
        parsed = times.as_written(parsed, text)
    if isinstance(parsed, figures.Amount):
        return parsed, parsed.key
    return parsed, value.lstrip("~") if parsed else norm.key(value)


@lru_cache(maxsize=1 << 14)
def _modifiers(thing_key: str) -> frozenset[str]:
    """The words of a thing's key before its head."""
    return frozenset(thing_key.split()[:-1])


def cluster_facts(sources: Sequence[Source], facts: Sequence[Fact]) -> list[Cluster]:
    """Merge ``facts`` (one source each) into clusters, in the order their first fact appears."""
    ordered = _ordered(sources, facts)
    firsts = [f.evidence[0].source if f.evidence else "" for f in ordered]
    by_id = {s.id: s for s in sources}
    resolved = _resolve_people(ordered, firsts)
    source_ids = [s.id for s in sources] + sorted(set(firsts) - set(by_id))
    people_named = ((first, e.key) for first, e in zip(firsts, resolved) if e and e.person)
    story = stories.stories(source_ids, people_named, {s.id: s.text for s in sources})

    builder = _Builder()
    quote_facts: list[tuple[int, Fact, entities.Entity, str]] = []
    timed: dict[tuple[str, ...], list[tuple[int, Fact, str, str]]] = defaultdict(list)
    for at, (f, first, who) in enumerate(zip(ordered, firsts, resolved)):
        where = story.get(first, "")
        if who is not None:  # a quote or a role
            if f.kind == "quote":
                quote_facts.append((at, f, who, where))
            else:
                _add_role(builder, at, f, who, where)
            continue
        subject = context.inferred_subject(f, by_id)
        thing = entities.resolve_thing(subject)
        head = thing.key.rsplit(" ", 1)[-1] if thing.key else ""
        # a figure or time about nothing named is kept per source: "2" in two articles is not one fact
        block: tuple[str, ...] = (f.kind, where, head) if head else (f.kind, "", "", first)
        if f.kind == "time":
            timed[block].append((at, f, first, subject))
        else:
            _add_figure_or_date(builder, at, f, subject, thing, block, by_id)
    source_date: dict[str, Date | None] = {s.id: s.date for s in sources}
    for block, block_facts in timed.items():
        _cluster_times(builder, block, block_facts, source_date)
    _cluster_quotes(builder, quote_facts)
    clusters = sorted(builder.clusters.values(), key=lambda c: c.order)
    _assign_ids(clusters)
    return clusters


def _cluster_times(
    builder: _Builder, block: tuple[str, ...], facts: list[tuple[int, Fact, str, str]],
    source_date: dict[str, Date | None],
) -> None:
    """Times of one event on one clock: the event's zone, with the rules of the event's date.

    ``facts`` are ``(position, fact, first source, subject)``.
    """
    parsed = {id(f): times.parse_time(f.value) for _, f, _, _ in facts}
    valid = [t for t in parsed.values() if t]
    zone = times.event_zone(valid)
    days = {t.day.full for t in valid if t.day and t.day.full}
    event_day = next(iter(days)) if len(days) == 1 else None
    dated = [d for _, _, first, _ in facts if (d := source_date.get(first))]
    for at, f, first, subject in facts:
        thing = entities.resolve_thing(subject)
        t = parsed[id(f)]
        on = event_day or source_date.get(first) or (dated[0] if dated else None)
        wall = times.to_wall(t, zone, on) if t else None
        if wall and wall.day and not times.states_year(f.text):
            wall = times.Wall(wall.hour, wall.minute)  # the date was inferred, not written: compare the clock only
        if wall and wall.day and wall.day.full and wall.day.full == event_day:
            value_key = "T" + wall.label.split("T", 1)[1]
        else:
            value_key = wall.label if wall else norm.key(f.value)
        builder.add(f, (*block, thing.key, value_key),
                    lambda: Cluster("time", thing.key, value_key, block, subject, parsed=wall,
                                    modifiers=_modifiers(thing.key), order=at))


def _cluster_quotes(builder: _Builder, facts: list[tuple[int, Fact, entities.Entity, str]]) -> None:
    """Same speaker and same words: one quote; a contiguous excerpt joins the quote it is part of.

    ``facts`` are ``(position, fact, speaker, story)``.
    """
    exact: dict[tuple[str, str], Cluster] = {}
    for at, f, who, story in facts:
        ws = quotes.quote_words(f.value or f.text)
        key = (who.key, " ".join(ws))
        cluster = exact.get(key)
        if cluster is None:
            cluster = exact[key] = Cluster("quote", who.key, key[1], ("quote", who.key), who.display, parsed=ws,
                                           story=story, named=who.named, order=at)
        cluster.facts.append(f)
    # longest first: each quote joins the longest earlier quote of its speaker that contains it
    by_length = sorted(exact.values(), key=lambda c: -len(c.parsed))  # type: ignore[arg-type]
    # only the runs some quote starts with are ever looked up: index those, and only their lengths
    probes: set[tuple[str, tuple[str, ...]]] = set()
    probe_sizes: dict[str, set[int]] = defaultdict(set)
    probe_starts: dict[str, set[str]] = defaultdict(set)
    later = Counter(cluster.subject_key for cluster in by_length)  # quotes of each speaker still to come
    for cluster in by_length:
        probe = tuple(cluster.parsed[: quotes.SHINGLE])  # type: ignore[index]
        if probe:  # a quote without words is part of no other
            probes.add((cluster.subject_key, probe))
            probe_sizes[cluster.subject_key].add(len(probe))
            probe_starts[cluster.subject_key].add(probe[0])
    run_sizes = {speaker: sorted(sizes) for speaker, sizes in probe_sizes.items()}
    index: dict[tuple[str, tuple[str, ...]], list[Cluster]] = defaultdict(list)
    parent: dict[int, Cluster] = {}
    for cluster in by_length:
        words: tuple[str, ...] = cluster.parsed  # type: ignore[assignment]
        speaker = cluster.subject_key
        later[speaker] -= 1
        host = None
        for other in index.get((speaker, words[: quotes.SHINGLE]), ()):
            if len(other.parsed) > len(words) and quotes.contains(other.parsed, words):  # type: ignore[arg-type]
                host = parent.get(id(other), other)
                break
        if host is not None:
            parent[id(cluster)] = host
            host.facts.extend(cluster.facts)
            host.order = min(host.order, cluster.order)
            continue
        if later[speaker]:  # only a later (shorter) quote of the speaker looks the index up
            _index_runs(index, cluster, words, probes, probe_starts[speaker], run_sizes.get(speaker, []))
    for cluster in by_length:
        if id(cluster) not in parent:  # its value key is its own words, joined when it was made
            builder.clusters[("quote", cluster.subject_key, cluster.value_key)] = cluster


def _index_runs(
    index: dict[tuple[str, tuple[str, ...]], list[Cluster]], cluster: Cluster, words: tuple[str, ...],
    probes: set[tuple[str, tuple[str, ...]]], starts: set[str], sizes: list[int],
) -> None:
    """Index ``cluster`` under each run of its ``words`` that some quote of its speaker starts with
    (a run already held by ``COMMON_SHINGLE`` quotes takes no more)."""
    speaker = cluster.subject_key
    n = len(words)
    for i, word in enumerate(words):
        if word not in starts:
            continue
        for size in sizes:
            if i + size > n:
                break
            key = (speaker, words[i : i + size])
            if key in probes:
                bucket = index[key]
                if len(bucket) < COMMON_SHINGLE:
                    bucket.append(cluster)


def _assign_ids(clusters: list[Cluster]) -> None:
    """Ids from kind, subject and value; a clash (two stories, one key) gets ``.2``, ``.3``."""
    seen: dict[str, int] = {}
    for c in clusters:
        base = stable_id(ID_PREFIX.get(c.kind, "f"), c.kind, c.subject_key, c.value_key)
        seen[base] = seen.get(base, 0) + 1
        c.id = base if seen[base] == 1 else f"{base}.{seen[base]}"
