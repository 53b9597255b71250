"""Score extraction against the hand-annotated gold set (format: notes/GOLD.md).

Every occurrence of a gold ``text`` is one gold item; every evidence anchor of
an extracted fact is one prediction. A prediction is right when a gold item of
the same kind overlaps it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from factsheet.model import Fact, FactKind, Source

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "data" / "gold"
ARTICLE_DIRS = (GOLD_DIR / "articles", ROOT / "seeds")
GROUP_KINDS: dict[str, tuple[FactKind, ...]] = {
    "figures": ("money", "number"),
    "times": ("date", "time", "duration"),
    "quotes": ("quote",),
    "roles": ("role",),
}


@dataclass(frozen=True)
class GoldItem:
    """One annotated occurrence of a fact in an article."""

    kind: FactKind
    start: int
    end: int
    text: str
    value: str | None = None
    subject: str | None = None


@dataclass
class GoldArticle:
    """An article with the kinds annotated for it and their gold items."""

    stem: str
    path: Path
    kinds: set[FactKind] = field(default_factory=set)
    items: list[GoldItem] = field(default_factory=list)


@dataclass
class Counts:
    """Predictions and gold items, right and hit, and what they give."""

    predictions: int = 0
    right: int = 0
    gold: int = 0
    hit: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.predictions if self.predictions else 1.0

    @property
    def recall(self) -> float:
        return self.hit / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class KindScore(Counts):
    """Counts for one kind, with value and subject checks and the items behind the misses."""

    values_checked: int = 0
    values_right: int = 0
    subjects_checked: int = 0
    subjects_right: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)


def _article_path(stem: str) -> Path:
    for folder in ARTICLE_DIRS:
        for suffix in (".txt", ".md"):
            candidate = folder / f"{stem}{suffix}"
            if candidate.is_file():
                return candidate
    raise FileNotFoundError(f"gold annotations name an article {stem!r} that is in neither {ARTICLE_DIRS}")


def _occurrences(text: str, needle: str) -> list[int]:
    starts, at = [], text.find(needle)
    while at != -1 and needle:
        starts.append(at)
        at = text.find(needle, at + 1)
    return starts


def load_gold(source_text: dict[str, str] | None = None) -> list[GoldArticle]:
    """Every annotated article, its annotated kinds and gold items.

    ``source_text`` maps stems to the text as ingested (to place items); read
    from disk with ``utf-8-sig`` when not given.
    """
    articles: dict[str, GoldArticle] = {}
    for ann in sorted((GOLD_DIR / "annotations").glob("*.toml")):
        stem, group = ann.name[: -len(".toml")].rsplit(".", 1)
        if group not in GROUP_KINDS:
            raise ValueError(f"{ann}: unknown group {group!r}; expected one of {sorted(GROUP_KINDS)}")
        article = articles.get(stem)
        if article is None:
            article = articles[stem] = GoldArticle(stem, _article_path(stem))
        text = (source_text or {}).get(stem)
        if text is None:
            with open(article.path, encoding="utf-8-sig") as handle:
                text = handle.read()
        article.kinds.update(GROUP_KINDS[group])
        for entry in tomllib.loads(ann.read_text(encoding="utf-8")).get("fact", []):
            kind = entry["kind"]
            if kind not in GROUP_KINDS[group]:
                raise ValueError(f"{ann}: kind {kind!r} does not belong in group {group!r}")
            starts = _occurrences(text, entry["text"])
            if not starts:
                raise ValueError(f"{ann}: text {entry['text']!r} is not in {article.path.name}")
            if "occurrence" in entry:
                starts = [starts[entry["occurrence"] - 1]]
            for start in starts:
                article.items.append(
                    GoldItem(kind, start, start + len(entry["text"]), entry["text"], entry.get("value"), entry.get("subject"))
                )
    return list(articles.values())


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score_article(article: GoldArticle, facts: Iterable[Fact], scores: dict[str, KindScore]) -> None:
    """Add one article's counts to ``scores`` (kind -> KindScore)."""
    facts = [f for f in facts if f.kind in article.kinds]
    hit_items: set[GoldItem] = set()
    for fact in facts:
        score = scores.setdefault(fact.kind, KindScore())
        for anchor in fact.evidence:
            score.predictions += 1
            matches = [
                g for g in article.items if g.kind == fact.kind and _overlaps(anchor.start, anchor.end, g.start, g.end)
            ]
            if not matches:
                score.false_alarms.append(f"{article.stem}: {fact.kind} {anchor.exact!r}")
                continue
            score.right += 1
            for gold in matches:
                if gold in hit_items:
                    continue
                hit_items.add(gold)
                if gold.value is not None:
                    score.values_checked += 1
                    score.values_right += fact.value == gold.value
                if gold.subject is not None:
                    score.subjects_checked += 1
                    score.subjects_right += fact.subject == gold.subject
    for gold in article.items:
        score = scores.setdefault(gold.kind, KindScore())
        score.gold += 1
        if gold in hit_items:
            score.hit += 1
        else:
            score.misses.append(f"{article.stem}: {gold.kind} {gold.text!r}")


def annotated_stems() -> list[str]:
    """Stems of every article that has at least one annotation file."""
    return sorted({ann.name.split(".", 1)[0] for ann in (GOLD_DIR / "annotations").glob("*.toml")})


HELD_OUT_PREFIX = "heldout_"
"""Articles annotated blind, before the extractor was ever run on them (then used for tuning)."""
BLIND_PREFIX = "blind_"
"""The final blind set: annotated without seeing the extractor, and never tuned on."""


def score_gold(stems: Callable[[str], bool] = lambda stem: True) -> dict[str, KindScore]:
    """Run extraction over every annotated article whose stem passes ``stems``; score it per kind."""
    from factsheet.extract import extract_facts
    from factsheet.ingest import read_source

    sources: dict[str, Source] = {
        stem: read_source(_article_path(stem), stem) for stem in annotated_stems() if stems(stem)
    }
    scores: dict[str, KindScore] = {}
    # Gold items are placed in the text exactly as ingest decoded it.
    for article in load_gold({stem: s.text for stem, s in sources.items()}):
        if article.stem not in sources:
            continue
        score_article(article, extract_facts(sources[article.stem]), scores)
    return scores
