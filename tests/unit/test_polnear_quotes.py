"""Quote extraction against PolNeAR's hand-annotated quotes (skipped when the corpus is absent).

Only counts are asserted; no corpus text is printed or kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.polnear import PolnearScore, named_surname, run

pytestmark = pytest.mark.corpus

DOCS = 100


@pytest.fixture(scope="module")
def polnear(corpus_dir: Path) -> Path:
    path = corpus_dir / "quotes" / "polnear.jsonl"
    if not path.is_file():
        pytest.skip("polnear.jsonl is absent")
    return path


@pytest.fixture(scope="module")
def score(polnear: Path) -> PolnearScore:
    return run(polnear, limit=DOCS)


def test_quote_f1_on_polnear(score: PolnearScore) -> None:
    assert score.docs == DOCS
    assert score.gold > 300
    assert score.f1 >= 0.8, f"P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}"
    assert score.precision >= 0.9


def test_named_speakers_on_polnear(score: PolnearScore) -> None:
    assert score.speakers_checked > 100
    assert score.speaker_accuracy >= 0.75, f"{score.speakers_right}/{score.speakers_checked}"


def test_speed_on_polnear(score: PolnearScore) -> None:
    assert score.words_per_second > 100_000, f"{score.words_per_second:,.0f} words/s"


@pytest.mark.parametrize(
    ("speaker", "surname"),
    [
        ("Mr. Doe", "Doe"),
        ("Former Secretary of State Jane Doe", "Doe"),
        ("John Roe, a spokesman for the agency,", "Roe"),
        ("he", None),
        ("a source", None),
        ("a woman in Springfield, Ohio,", None),
        ("Jane Doe; John Roe", None),
    ],
)
def test_named_surname(speaker: str, surname: str | None) -> None:
    assert named_surname(speaker) == surname
