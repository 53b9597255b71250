"""Discrepancies: merged facts about one thing whose values disagree.

Only clusters in one block are compared (one person's titles with one office
word in one story; one story's figures or times for one subject head; quotes
of one story sharing a rare word shingle, or one speaker's quotes in one story
sharing content-word stems), so the cost grows with the number of
facts, not its square. A pair that one source states both sides of is not a
disagreement between sources, and is never flagged. Each discrepancy gets a
one-sentence summary naming the sources ("000 calls Tom Hale '...'; 002
calls Michael '...' -- rank differs (deputy vs under secretary)"). One
speaker's quotes are aligned sentence by sentence (:mod:`.sentences`), so one
sentence of a long quote that rewords another outlet's is flagged on its own.

Ids. A discrepancy's id comes from what is disputed, never from which facts or
sources happen to be behind it, so it survives a new article that adds a
variant, a longer version of a quote, and any order of the input:

* role: ``x-`` + hash of (kind, the person's key, the office word of the titles);
* money, number, duration, date, time: (kind, the head word of the subject,
  e.g. "deadline");
* quote: (kind, the speaker's key, the :data:`sentences.KEY_STEMS` earliest-sorting
  content stems that the disputed wordings share -- the matched sentences, or
  the whole quotes);
* attribution: (kind, the same stems of the quoted words; the speakers are what
  is disputed, so they are left out).

Such a key changes only when a new variant drops one of the key's words. When
two discrepancies get one id (two stories disputing "the deadline"), the one
whose earliest source id sorts first keeps it; the other's id also hashes its
earliest source. Merged facts keep their content-derived ids (see :mod:`.merge`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Hashable, Sequence
from dataclasses import dataclass
from itertools import chain

from factsheet.model import Discrepancy, DiscrepancyKind, Severity, Variant, stable_id
from factsheet.reconcile import context, figures, norm, quotes, sentences, times, titles
from factsheet.reconcile.merge import COMMON_SHINGLE, Cluster

MAX_VARIANTS = 6
"""A block with more distinct values than this is not one thing stated differently: no flag."""
MAX_COUNT_VARIANTS = 3
"""The same for counts: four different numbers of "passes" in one story are several things counted."""
MIN_ATTRIBUTION_WORDS = 5
"""Words two quotes must share, in order, before different speakers of them are an attribution discrepancy."""
ATTRIBUTION_SHARE = 0.8
"""...and the share of the shorter quote those words must be."""
QUOTE_CHARS = 90
"""Quotes are clipped to this many characters in summaries."""
SENTENCE_CHARS = 130
"""...and one matched sentence of a longer quote to this many."""
_SEVERITY_RANK: dict[str, int] = {"high": 0, "medium": 1, "low": 2}
_ALIKE = ("same", "punctuation/case only", "excerpt")


@dataclass(frozen=True)
class Finding:
    """Two clusters that disagree, how badly and why."""

    a: Cluster
    b: Cluster
    severity: Severity
    why: str
    diff: tuple[quotes.DiffOp, ...] = ()
    """For quotes: the word-level diff behind ``why``."""
    a_text: str = ""
    """For a quote matched by one sentence: ``a``'s sentence (else its whole quote is meant)."""
    b_text: str = ""


def source_labels(source_ids: Sequence[str]) -> dict[str, str]:
    """Short names for summaries: ``"000_6860e01a48b627b6"`` -> ``"000"`` when that stays unique."""
    short = {s: re.split(r"[_\s]", s, maxsplit=1)[0] or s for s in source_ids}
    return short if len(set(short.values())) == len(short) else {s: s for s in source_ids}


def _clip(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _clip_around(text: str, words: Sequence[str], limit: int = QUOTE_CHARS) -> str:
    """``text`` clipped to ``limit`` characters so that the first of ``words`` found in it stays in view."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    folded = text.lower()
    at = min((i for w in words if (i := folded.find(w)) >= 0), default=0)
    start = max(0, min(at - limit // 3, len(text) - limit + 1))
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = start + limit - 2
    if len(text) - end <= 3:  # a closing "." or "," is not worth an ellipsis
        end = len(text)
    return ("\u2026" if start else "") + text[start:end].strip() + ("\u2026" if end < len(text) else "")


def _clip_sentence(sentence: str, quote: str, words: Sequence[str]) -> str:
    """One sentence of a longer quote, clipped like :func:`_clip_around`; "…" where the quote goes on."""
    clipped = _clip_around(sentence, words, SENTENCE_CHARS)
    whole = " ".join(quote.split())
    at = whole.find(" ".join(sentence.split()))
    before = "\u2026" if at != 0 and not clipped.startswith("\u2026") else ""
    after = " \u2026" if at + len(" ".join(sentence.split())) < len(whole) and not clipped.endswith("\u2026") else ""
    return before + clipped + after


def _changed_words(c: Cluster, finding: Finding) -> list[str]:
    """The words of ``c``'s quote that the finding's diff changes (to keep them in view in a summary)."""
    if c is not finding.a and c is not finding.b:
        return []
    side = 1 if c is finding.a else 2
    return [w for op in finding.diff if op[0] != "equal" for w in op[side]]


class _Flagger:
    """Collects discrepancies with their sort keys; names sources the same way in every summary."""

    def __init__(self, labels: dict[str, str]) -> None:
        self.labels = labels
        self.out: list[tuple[tuple[int, int], str, Discrepancy]] = []
        self.position: dict[int, int] = {}

    def who(self, c: Cluster) -> str:
        return ", ".join(self.labels.get(s, s) for s in c.sources)

    def says(self, c: Cluster, verb: str) -> str:
        """``"000 calls"`` or ``"000, 002 call"``."""
        return f"{self.who(c)} {verb if len(c.sources) == 1 else verb.removesuffix('s')}"

    def emit(
        self, kind: DiscrepancyKind, id_parts: tuple[str, ...], subject: str, findings: list[Finding],
        summary: Callable[[list[Cluster], Finding], str], variants: list[Variant] | None = None,
    ) -> None:
        clusters: list[Cluster] = []
        for f in findings:
            for c in (f.a, f.b):
                if all(c is not x for x in clusters):
                    clusters.append(c)
        clusters.sort(key=lambda c: self.position[id(c)])
        worst = min(findings, key=lambda f: _SEVERITY_RANK[f.severity])
        discrepancy = Discrepancy(
            id=stable_id("x", kind, *id_parts),
            kind=kind,
            subject=subject,
            summary=summary(clusters, worst),
            severity=worst.severity,
            variants=variants or [Variant(value=c.representative.value, facts=[c.id]) for c in clusters],
        )
        earliest = min(s for c in clusters for s in c.sources)
        self.out.append(((_SEVERITY_RANK[worst.severity], self.position[id(clusters[0])]), earliest, discrepancy))


def _disjoint(a: Cluster, b: Cluster) -> bool:
    return not set(a.sources) & set(b.sources)


def _pairs(clusters: list[Cluster]) -> list[tuple[Cluster, Cluster]]:
    return [(a, b) for i, a in enumerate(clusters) for b in clusters[i + 1 :] if _disjoint(a, b)]


def _role(a: Cluster, b: Cluster) -> Finding | None:
    if not isinstance(a.parsed, titles.Title) or not isinstance(b.parsed, titles.Title):
        return None
    diff = titles.compare(a.parsed, b.parsed)
    return Finding(a, b, diff.severity, diff.explanation) if diff else None  # type: ignore[arg-type]


SHARED_CONTEXT: dict[str, int] = {"money": 2, "duration": 2, "number": 3}
"""Content words (besides the subject) two figures' sentences must share to be about one measured thing.

Counts need more: their subject is usually a bare noun ("people", "states")."""
NEAR_CONTEXT = 2
"""Content words right beside two counts that must match ("warehouse fire ... killed")."""


def _figure(a: Cluster, b: Cluster) -> Finding | None:
    x, y = a.parsed, b.parsed
    if not isinstance(x, figures.Amount) or not isinstance(y, figures.Amount):
        return None
    subject = {w[: context.STEM] for w in (*a.subject_key.split(), *b.subject_key.split())}
    if len((a.context & b.context) - subject) < SHARED_CONTEXT.get(a.kind, 2):
        return None
    if a.kind == "number" and len((a.near & b.near) - subject) < NEAR_CONTEXT:
        return None  # "fire killed 12 people" / "fire killed 14 people": a count also needs words beside it in common
    relation = figures.compare(x, y)
    if relation == "conflict":
        r = figures.ratio(x, y)
        return Finding(a, b, "high" if r >= 1.5 else "medium", f"conflict: {x.key} vs {y.key}")
    if relation == "approximate":
        return Finding(a, b, "low", f"an approximate figure near the other: {a.representative.value} vs {b.representative.value}")
    return None


def _date(a: Cluster, b: Cluster) -> Finding | None:
    x, y = a.parsed, b.parsed
    if not isinstance(x, times.DateValue) or not isinstance(y, times.DateValue):
        return None
    if times.compare_dates(x, y) != "conflict":
        return None
    return Finding(a, b, "high" if x.full and y.full else "medium",
                   f"conflict: {a.representative.value} vs {b.representative.value}")


def _clock(w: times.Wall) -> str:
    return f"{w.hour:02d}" + (f":{w.minute:02d}" if w.minute is not None else "")


def _time(a: Cluster, b: Cluster) -> Finding | None:
    x, y = a.parsed, b.parsed
    if not isinstance(x, times.Wall) or not isinstance(y, times.Wall):
        return None
    relation = times.compare_walls(x, y)
    if relation == "conflict":
        severe = x.hour != y.hour or (x.day and y.day and times.compare_dates(x.day, y.day) == "conflict")
        return Finding(a, b, "high" if severe else "medium", f"conflict: {_clock(x)} vs {_clock(y)}")
    if relation == "precision" and (x.minute is None) != (y.minute is None) and (x.minute or y.minute):
        hour_only, exact = (x, y) if x.minute is None else (y, x)
        return Finding(a, b, "low", f"precision only: {_clock(hour_only)} (hour) vs {_clock(exact)}")
    return None


_VALUE_CHECKS: dict[str, Callable[[Cluster, Cluster], Finding | None]] = {
    "money": _figure, "number": _figure, "duration": _figure, "date": _date, "time": _time,
}


def _compatible_subjects(a: Cluster, b: Cluster) -> bool:
    return a.modifiers <= b.modifiers or b.modifiers <= a.modifiers


def _components(findings: list[Finding]) -> list[list[Finding]]:
    """Findings grouped so that each group's clusters are connected."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for f in findings:
        parent[root(id(f.a))] = root(id(f.b))
    groups: dict[int, list[Finding]] = defaultdict(list)
    for f in findings:
        groups[root(id(f.a))].append(f)
    return list(groups.values())


def find_discrepancies(clusters: Sequence[Cluster], source_ids: Sequence[str]) -> list[Discrepancy]:
    """Every discrepancy among ``clusters``, worst first, then in order of appearance."""
    flagger = _Flagger(source_labels(source_ids))
    flagger.position = {id(c): i for i, c in enumerate(clusters)}
    blocks: dict[tuple[str, ...], list[Cluster]] = defaultdict(list)
    for c in clusters:
        blocks[c.block].append(c)
    for block, members in blocks.items():
        if len(members) < 2:  # most blocks: nothing to compare
            continue
        kind = members[0].kind
        if len(members) > (MAX_COUNT_VARIANTS if kind == "number" else MAX_VARIANTS) or not block[-1] or not members[0].subject_key:
            continue
        if kind == "role":
            findings = [f for a, b in _pairs(members) if (f := _role(a, b))]
            if findings:
                _emit_role(flagger, members[0], findings)
        elif kind in _VALUE_CHECKS:
            check = _VALUE_CHECKS[kind]
            findings = [f for a, b in _pairs(members) if _compatible_subjects(a, b) and (f := check(a, b))]
            if findings:
                _emit_value(flagger, members[0], findings)
    _quote_flags(flagger, [c for c in clusters if c.kind == "quote"])
    return _unique_ids(flagger.out)


def _unique_ids(out: list[tuple[tuple[int, int], str, Discrepancy]]) -> list[Discrepancy]:
    """Discrepancies worst first; of several with one id, the one whose earliest source sorts first keeps it.

    The others get an id from theirs and their earliest source (and summary, on a tie), so
    no id depends on the order of the input or on which other discrepancies exist.
    """
    holders: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for _, earliest, d in out:
        holders[d.id].append((earliest, d.summary))
    result: list[Discrepancy] = []
    for _, earliest, d in sorted(out, key=lambda item: item[0]):
        claims = sorted(holders[d.id])
        if len(claims) == 1 or claims[0] == (earliest, d.summary):
            result.append(d)
            continue
        tie = sum(1 for e, _ in claims if e == earliest) > 1
        result.append(d.model_copy(update={"id": stable_id("x", d.id, earliest, *((d.summary,) if tie else ()))}))
    return result


def _surname(display: str, key: str) -> str:
    """The word of ``display`` that is the key's surname ("Joseph R. Biden Jr." -> "Biden")."""
    last = key.rsplit(" ", 1)[-1]
    return next((p for p in display.split() if norm.key(p) == last), display)


def _emit_role(flagger: _Flagger, first: Cluster, findings: list[Finding]) -> None:
    name = first.subject
    short = _surname(name, first.subject_key)

    def summary(clusters: list[Cluster], worst: Finding) -> str:
        parts = [f"{flagger.says(clusters[0], 'calls')} {name} '{clusters[0].representative.value}'"]
        parts += [f"{flagger.says(c, 'calls')} {short} '{c.representative.value}'" for c in clusters[1:]]
        return "; ".join(parts) + f" \u2014 {worst.why}."

    flagger.emit("role", (first.subject_key, first.block[-1]), name, findings, summary)  # story left out: ids stay stable


def _emit_value(flagger: _Flagger, first: Cluster, findings: list[Finding]) -> None:
    kind = first.kind
    subject = first.subject or first.subject_key

    def summary(clusters: list[Cluster], worst: Finding) -> str:
        parts = [f"{flagger.who(c)} '{_clip(c.representative.text, 40)}' ({c.representative.value})" for c in clusters]
        parts[0] = parts[0].replace(" '", " say '" if len(clusters[0].sources) > 1 else " says '", 1)
        why = worst.why
        hour_only = [c for c in clusters if isinstance(c.parsed, times.Wall) and c.parsed.minute is None]
        if why.startswith("conflict") and hour_only:
            why += "; " + ", ".join(f"'{_clip(c.representative.text, 40)}'" for c in hour_only) + " gives only the hour"
        return f"{subject.capitalize()}: " + "; ".join(parts) + f" \u2014 {why}."

    flagger.emit(kind, (first.block[-1],), subject, findings, summary)


def _same_surname(a: str, b: str) -> bool:
    """Whether two person keys end in one surname, however it is spaced ("Del Giudice", "DelGiudice")."""
    return a.rsplit(" ", 1)[-1] == b.rsplit(" ", 1)[-1] or a.replace(" ", "").endswith(
        b.rsplit(" ", 1)[-1]
    ) and b.replace(" ", "").endswith(a.rsplit(" ", 1)[-1])


def _words(c: Cluster) -> str:
    return c.representative.value or c.representative.text


def _wording(a: Cluster, b: Cluster, cmp: quotes.Comparison) -> Finding | None:
    """Two quotes of one speaker as one statement in other words.

    The quotes are compared over the stretch where their sentences match (see
    :func:`sentences.overlap`), so one sentence of a long quote that rewords a
    sentence of another outlet's quote is flagged with the diff of those sentences.
    A stretch worded alike is no rewording, unless the whole quotes are near-identical
    and the sentences outside the stretch share content words (worded apart, not
    other parts of the statement). Without a matching stretch, near-identical whole
    quotes are compared whole.
    """
    ta, tb = _words(a), _words(b)
    stretch = sentences.overlap(ta, tb)
    if stretch is None:
        part, a_text, b_text = cmp, "", ""
        if not cmp.near:
            return None
    elif stretch.a == ta and stretch.b == tb:
        part, a_text, b_text = cmp, "", ""
    else:
        part, a_text, b_text = quotes.compare(stretch.a, stretch.b), stretch.a, stretch.b
        if part.wording in _ALIKE:
            rest_a = sentences.content(ta.replace(stretch.a, " ", 1))
            rest_b = sentences.content(tb.replace(stretch.b, " ", 1))
            if not cmp.near or not set(rest_a) & set(rest_b):
                return None
            part, a_text, b_text = cmp, "", ""  # the sentences around the stretch differ in wording
    if part.wording not in ("reworded", "shortened"):
        return None
    severity: Severity = "medium" if part.wording == "reworded" else "low"
    return Finding(a, b, severity, f"{part.wording}: {quotes.describe(part.diff)}", part.diff, a_text, b_text)


def _shared_keys(members: Sequence[tuple[Cluster, Collection[Hashable]]]) -> dict[tuple[int, int], list]:
    """Pairs of ``members`` (each a cluster and its keys, in order of appearance) that share keys:
    ``(id(a), id(b)) -> [a, b, how many keys they share]``, ``a`` before ``b``.

    A key counts only among the first ``COMMON_SHINGLE`` members holding it (a common key says
    nothing about which pairs are one statement). Keys only one member holds are dropped first.
    """
    held = Counter(chain.from_iterable(keys for _, keys in members))
    common = {key for key, n in held.items() if n > 1}
    pairs: dict[tuple[int, int], list] = {}
    if not common:
        return pairs
    holders: dict[Hashable, list[Cluster]] = defaultdict(list)
    for c, keys in members:
        for key in common.intersection(keys):
            bucket = holders[key]
            if len(bucket) >= COMMON_SHINGLE:
                continue
            for other in bucket:
                pair = pairs.get((id(other), id(c)))
                if pair is None:
                    pairs[(id(other), id(c))] = [other, c, 1]
                else:
                    pair[2] += 1
            bucket.append(c)
    return pairs


def _grouped(clusters: list[Cluster], key: Callable[[Cluster], Hashable | None]) -> list[list[Cluster]]:
    """``clusters`` grouped by ``key`` (``None``: in no group), in order; groups of one left out."""
    groups: dict[Hashable, list[Cluster]] = defaultdict(list)
    for c in clusters:
        k = key(c)
        if k is not None:
            groups[k].append(c)
    return [g for g in groups.values() if len(g) > 1]


def _same_speaker_candidates(clusters: list[Cluster]) -> list[tuple[Cluster, Cluster]]:
    """Quotes of one speaker in one story sharing enough content stems to be one statement in other words.

    Found through an index of content stems per speaker and story (a stem in more
    than ``COMMON_SHINGLE`` of one speaker's quotes is skipped), never all pairs.
    """
    found: list[tuple[Cluster, Cluster]] = []
    for group in _grouped(clusters, lambda c: (c.story, c.subject_key) if c.subject_key else None):
        stems = [(c, set(sentences.content(_words(c)))) for c in group]
        found += [(a, b) for a, b, n in _shared_keys(stems).values() if n >= sentences.MIN_SHARED]
    return found


def _matched_sentences(group: list[Finding], worst: Finding) -> dict[int, str]:
    """The text of each quote a summary shows: the worst finding's sentences (or whole quotes), else any
    sentence another finding of ``group`` matched, else nothing (the whole quote)."""
    out: dict[int, str] = {id(worst.a): worst.a_text or _words(worst.a), id(worst.b): worst.b_text or _words(worst.b)}
    for f in group:
        for c, text in ((f.a, f.a_text), (f.b, f.b_text)):
            if text:
                out.setdefault(id(c), text)
    return out


def _quote_flags(flagger: _Flagger, clusters: list[Cluster]) -> None:
    """Near-identical wordings by one speaker, and the same words given to different speakers."""
    # candidates share a rare shingle within one story: a phrase reused in another story is no discrepancy
    candidates: dict[tuple[int, int], tuple[Cluster, Cluster]] = {}
    for story in _grouped(clusters, lambda c: c.story if len(c.parsed) >= quotes.SHINGLE else None):  # type: ignore[arg-type]
        shingled = [(c, quotes.shingles(c.parsed)) for c in story]  # type: ignore[arg-type]
        for pair_key, (a, b, _) in _shared_keys(shingled).items():
            candidates.setdefault(pair_key, (a, b))
    for pair in _same_speaker_candidates(clusters):
        candidates.setdefault((id(pair[0]), id(pair[1])), pair)
    wording: list[Finding] = []
    attribution: list[Finding] = []
    # in order of appearance: the shingles and stems that found them come out of sets in hash order
    position = flagger.position
    for a, b in sorted(candidates.values(), key=lambda pair: (position[id(pair[0])], position[id(pair[1])])):
        same_speaker = a.subject_key == b.subject_key
        if not _disjoint(a, b) or not (same_speaker or (a.named and b.named)):
            continue
        cmp = quotes.compare(_words(a), _words(b))
        if same_speaker:
            if a.subject_key and (finding := _wording(a, b, cmp)):
                wording.append(finding)
        elif (
            cmp.aligned >= MIN_ATTRIBUTION_WORDS and cmp.share >= ATTRIBUTION_SHARE
            and not _same_surname(a.subject_key, b.subject_key)  # "Tim Murray" = "Timothy Murray"
        ):
            attribution.append(Finding(a, b, "high", "the same words, different speakers"))

    for group in _components(wording):
        first = min((c for f in group for c in (f.a, f.b)), key=lambda c: flagger.position[id(c)])

        def quote_summary(
            cs: list[Cluster], worst: Finding, speaker: str = first.subject, group: list[Finding] = group
        ) -> str:
            matched = _matched_sentences(group, worst)

            def shown(c: Cluster) -> str:
                text = matched.get(id(c), "")
                if not text or text == _words(c):
                    return _clip_around(c.representative.text, _changed_words(c, worst))
                return _clip_sentence(text, _words(c), _changed_words(c, worst))

            parts = [f"{flagger.says(cs[0], 'quotes')} {speaker} '{shown(cs[0])}'"]
            parts += [f"{flagger.who(c)} '{shown(c)}'" for c in cs[1:]]
            return "; ".join(parts) + f" \u2014 {worst.why}."

        disputed = [text for f in group for text in (f.a_text or _words(f.a), f.b_text or _words(f.b))]
        flagger.emit("quote", (first.subject_key, *sentences.key_stems(disputed)), first.subject, group, quote_summary)
    for group in _components(attribution):
        members: list[Cluster] = []
        for f in group:
            for c in (f.a, f.b):
                if all(c is not m for m in members):
                    members.append(c)
        members.sort(key=lambda c: flagger.position[id(c)])
        by_speaker: dict[str, list[Cluster]] = defaultdict(list)
        for c in members:
            by_speaker[c.subject_key].append(c)
        variants = [Variant(value=cs[0].subject, facts=[c.id for c in cs]) for cs in by_speaker.values()]
        words = _clip(members[0].representative.text, 60)

        def attribution_summary(
            cs: list[Cluster], worst: Finding, words: str = words, speakers: list[list[Cluster]] = list(by_speaker.values())
        ) -> str:
            def who(group: list[Cluster]) -> str:
                return ", ".join(dict.fromkeys(flagger.who(c) for c in group))

            parts = [f"{who(speakers[0])} {'give' if len(speakers[0]) > 1 or ',' in who(speakers[0]) else 'gives'} "
                     f"'{words}' to {speakers[0][0].subject}"]
            parts += [f"{who(g)} to {g[0].subject}" for g in speakers[1:]]
            return "; ".join(parts) + f" \u2014 {worst.why}."

        key = sentences.key_stems([_words(c) for c in members]) or (norm.key(_words(members[0])),)
        flagger.emit("attribution", key, words, group, attribution_summary, variants)
