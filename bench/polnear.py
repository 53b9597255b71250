"""Score quote extraction on PolNeAR (../shared/corpus/quotes/polnear.jsonl).

    python bench/polnear.py [--limit N] [--misses K]

The corpus text stays outside the project; this harness only reads it and prints
counts (and, with ``--misses``, short excerpts to the terminal for debugging).

Matching, per document (the headline line is not body, so it and the quotes in it
are left out):

* gold items are the annotated ``direct`` and ``mixed`` quotes; a quote's target is
  its ``quoted_spans`` (the parts inside quotation marks) or, when it has none, its
  ``content_spans``;
* every evidence anchor of an extracted quote is one prediction; it is **right**
  when it overlaps (shares at least one character with) the target of any gold
  quote;
* precision = right predictions / predictions; recall = gold quotes overlapped by
  at least one prediction / gold quotes;
* named-speaker accuracy: over the gold quotes that were hit and whose annotated
  speaker is a name (not a pronoun or a description such as "a source", not several
  sources), the share whose overlapping prediction's ``subject`` contains the
  name's last word (its surname) as a word. PolNeAR resolves no coreference, so a
  speaker annotated as "he" is not scored.

Scare quotes and titles are not attributions in PolNeAR: reporting them costs
precision, as it would for an editor.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factsheet.extract.speakers import looks_like_person, split_title  # noqa: E402
from factsheet.extract.quotes import extract_quotes  # noqa: E402
from factsheet.extract.speech_verbs import FUNCTION_WORDS, PRONOUNS  # noqa: E402
from factsheet.model import Fact, Region, Source  # noqa: E402
from bench.gold import Counts  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT.parent / "shared" / "corpus" / "quotes" / "polnear.jsonl"
QUOTE_KINDS = ("direct", "mixed")
_PLACE_WORDS = frozenset({"in", "at", "on", "for", "with", "from", "by", "near", "to"})


@dataclass
class PolnearScore(Counts):
    """Counts over the documents scored, and what they give."""

    docs: int = 0
    words: int = 0
    seconds: float = 0.0
    gold_by_kind: dict[str, int] = field(default_factory=dict)
    hit_by_kind: dict[str, int] = field(default_factory=dict)
    speakers_checked: int = 0
    speakers_right: int = 0
    false_alarms: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    wrong_speakers: list[str] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_checked if self.speakers_checked else 1.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "docs": self.docs,
            "gold": self.gold,
            "predictions": self.predictions,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "speakers_checked": self.speakers_checked,
            "speaker_accuracy": self.speaker_accuracy,
            "words": self.words,
            "words_per_second": self.words_per_second,
            **{f"recall_{k}": self.hit_by_kind.get(k, 0) / v for k, v in self.gold_by_kind.items() if v},
        }


def read_docs(path: Path, limit: int | None = None) -> Iterator[dict]:
    """The corpus records, in file order, at most ``limit`` of them."""
    with open(path, encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            if limit is not None and index >= limit:
                return
            if line.strip():
                yield json.loads(line)


def body_start(text: str) -> int:
    """Where the body begins: after the headline line."""
    nl = text.find("\n")
    return len(text) if nl == -1 else nl + 1


def source_of(doc: dict) -> Source:
    """A source of one corpus record, its body the text after the headline line."""
    text: str = doc["text"]
    return Source(
        id=doc["doc_id"],
        path=doc.get("source_text_path", ""),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=text,
        regions=[Region(kind="body", start=body_start(text), end=len(text))],
    )


def named_surname(speaker: str | None) -> str | None:
    """The last word of an annotated speaker that is a name; ``None`` for pronouns and descriptions."""
    if not speaker or ";" in speaker:
        return None
    parts = re.split(r",| \(| who | from | that ", speaker.replace("\n", " ").replace("\xa0", " "))
    head = parts[0]
    tokens = head.split()
    if not tokens or tokens[0].lower() in PRONOUNS:
        return None
    owner = head.split(" of ", 1)[0]
    if owner != head:
        # "Jane Doe of Acme" names the person before "of" when there is one
        surname = _surname_in(owner.split(), person_only=True)
        if surname:
            return surname
    surname = _surname_in(tokens, person_only=True)
    if surname:
        return surname
    if len(parts) > 1 and tokens[-1].islower():
        # "the mayor's campaign chairman, John Roe": the name in the appositive after a description
        surname = _surname_in(parts[1].split()[:4], person_only=True)
        if surname:
            return surname
    if tokens[-1].islower():
        return None  # a description: "the Florida senator"
    return _surname_in(tokens)


def _surname_in(tokens: list[str], person_only: bool = False) -> str | None:
    """The surname of the last run of capitalised words that reads as a person, else of the first named run."""
    runs: list[tuple[int, list[str]]] = []
    run: list[str] = []
    for index, token in enumerate(tokens + ["."]):
        if token[:1].isupper() and token != ".":
            run.append(token)
            continue
        if run:
            runs.append((index - len(run), run))
        run = []
    first: str | None = None
    for start, run in reversed(runs):
        _titles, name = split_title(run)
        if not name or name[0].lower() in FUNCTION_WORDS:
            continue
        if looks_like_person(name):
            return name[-1].strip(".,'’")
        if not any(t.lower() in _PLACE_WORDS for t in tokens[:start]):
            first = name[-1].strip(".,'’")  # not "a woman in Worcester"
    return None if person_only else first


def _targets(quote: dict) -> list[tuple[int, int]]:
    spans = quote.get("quoted_spans") or quote.get("content_spans") or [[quote["start"], quote["end"]]]
    return [(int(a), int(b)) for a, b in spans]


def _words(text: str) -> set[str]:
    return {re.sub(r"['’]s$", "", w.strip(".,'’\"“”")) for w in text.split()}


def score_doc(doc: dict, facts: list[Fact], score: PolnearScore) -> None:
    """Add one document's counts to ``score``."""
    text: str = doc["text"]
    start = body_start(text)
    gold = [q for q in doc.get("quotes", []) if q.get("kind") in QUOTE_KINDS and q["start"] >= start]
    targets = [_targets(q) for q in gold]
    hit_by: dict[int, Fact] = {}
    for fact in facts:
        for anchor in fact.evidence:
            score.predictions += 1
            matched = [
                i for i, spans in enumerate(targets) if any(anchor.start < b and a < anchor.end for a, b in spans)
            ]
            if matched:
                score.right += 1
                for i in matched:
                    hit_by.setdefault(i, fact)
            else:
                score.false_alarms.append(f"{doc['doc_id']}: {anchor.exact[:70]!r}")
    for i, quote in enumerate(gold):
        kind = quote["kind"]
        score.gold += 1
        score.gold_by_kind[kind] = score.gold_by_kind.get(kind, 0) + 1
        fact = hit_by.get(i)
        if fact is None:
            score.misses.append(f"{doc['doc_id']}: {kind} {quote['quote_text'][:70]!r}")
            continue
        score.hit += 1
        score.hit_by_kind[kind] = score.hit_by_kind.get(kind, 0) + 1
        surname = named_surname(quote.get("speaker"))
        if surname is None:
            continue
        score.speakers_checked += 1
        if surname in _words(fact.subject):
            score.speakers_right += 1
        else:
            score.wrong_speakers.append(f"{doc['doc_id']}: gold {quote['speaker']!r} got {fact.subject!r}")


def score_polnear(path: Path | str = DEFAULT_PATH, limit: int | None = None) -> dict[str, float | int]:
    """Quote-span precision/recall/F1 and named-speaker accuracy over the first ``limit`` documents."""
    return run(Path(path), limit).as_dict()


def run(path: Path, limit: int | None = None) -> PolnearScore:
    """Extract and score every document; the full :class:`PolnearScore`."""
    score = PolnearScore()
    for doc in read_docs(path, limit):
        source = source_of(doc)
        began = time.perf_counter()
        facts = extract_quotes(source)
        score.seconds += time.perf_counter() - began
        score.words += len(source.text[source.regions[0].start :].split())
        score.docs += 1
        score_doc(doc, facts, score)
    return score


def table(score: PolnearScore) -> str:
    """The scores as a Markdown table."""
    lines = [
        "| docs | gold quotes | predicted | precision | recall | F1 | recall direct | recall mixed | named speaker right | words/s |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    by_kind = {k: score.hit_by_kind.get(k, 0) / v for k, v in score.gold_by_kind.items() if v}
    lines.append(
        f"| {score.docs} | {score.gold} | {score.predictions} | {score.precision:.3f} | {score.recall:.3f} | "
        f"{score.f1:.3f} | {by_kind.get('direct', 0):.3f} | {by_kind.get('mixed', 0):.3f} | "
        f"{score.speakers_right}/{score.speakers_checked} ({score.speaker_accuracy:.3f}) | {score.words_per_second:,.0f} |"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH, help="the polnear.jsonl file")
    parser.add_argument("--misses", type=int, default=0, help="print up to K misses, false alarms and wrong speakers")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"PolNeAR is absent: {args.path}", file=sys.stderr)
        return 2
    score = run(args.path, args.limit)
    print(table(score))
    if args.misses:
        for label, rows in (("miss", score.misses), ("false alarm", score.false_alarms), ("speaker", score.wrong_speakers)):
            for row in rows[: args.misses]:
                print(f"{label:11} {row}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
