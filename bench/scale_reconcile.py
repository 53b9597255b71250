"""Time ``reconcile`` alone on synthetic fact sets of 1x, 10x, 100x and 1000x.

One "copy" is four articles of one story (about the seeds' size in facts): the
same people under titles written differently (and one rank that disagrees), a
quote reworded in one article, one sentence of a long quote reworded in another, a figure written three ways and one that
conflicts, a deadline in two zones and at two precisions, dates, counts and
durations. Every copy has its own names, figures and times, so copies do not
agree with each other by accident. Prints facts, discrepancies, seconds and
CPU microseconds per fact; cost per fact should stay about flat.

    .venv/bin/python bench/scale_reconcile.py [--max 1000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factsheet.model import Anchor, Fact, Source  # noqa: E402
from factsheet.reconcile import entities, figures, norm, quotes, reconcile, sentences, times, titles  # noqa: E402

_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"

Spec = tuple[str, str, str, str]  # kind, exact text, value, subject


def word(n: int, syllables: int = 3) -> str:
    """A pronounceable capitalised word unique to ``n`` (n < 70**syllables)."""
    out = []
    for _ in range(syllables):
        n, r = divmod(n, len(_CONSONANTS) * len(_VOWELS))
        out.append(_CONSONANTS[r // len(_VOWELS)] + _VOWELS[r % len(_VOWELS)])
    return "".join(out).capitalize()


def _copy_specs(k: int) -> list[list[Spec]]:
    """The facts of the four articles of copy ``k``."""
    a = f"{word(4 * k)} {word(4 * k + 1)}"
    b = f"{word(4 * k + 2)} {word(4 * k + 3)}"
    a_last, b_last = a.split()[1], b.split()[1]
    project = project_of(k)
    millions = 100 + k % 800
    hour = 1 + k % 11
    killed = 10 + k % 50
    quote = f"We will finish the {project} project by spring, whatever it costs us."
    reworded = f"We will complete the {project} project by spring, whatever it costs."
    other = f"Nobody in {project} should fear for their job this winter or the next one."
    order = f"The {project} budget is settled. Therefore, I direct every {project} crew to stop all overtime work on the {project} site."
    directing = f"I am directing EVERY {project} crew to STOP all overtime work on the {project} site. That is final."

    def filler(i: int) -> list[Spec]:
        """Eight counts only article ``i`` states, of things named for this copy."""
        things = [word(10_000 + 40 * k + 10 * i + j).lower() + "s" for j in range(8)]
        return [("number", f"{3 + j} {t}", str(3 + j), t) for j, t in enumerate(things)]

    return [
        [("role", "Deputy Secretary for Research and Engineering", "Deputy Secretary for Research and Engineering", a),
         ("role", "Transport Minister", "Transport Minister", b),
         ("quote", quote, quote, a),
         ("money", f"${millions} million", f"USD {millions}000000", "contract"),
         ("time", f"{hour} p.m.", f"T{hour + 12}", "deadline"),
         ("date", "Friday", "Friday", "vote"),
         ("number", f"{killed} people", str(killed), "people killed"),
         ("duration", "six-month", "P6M", "phaseout"),
         *filler(0)],
        [("role", "US Undersecretary for Defense", "US Undersecretary for Defense", a),
         ("role", "Minister of Transport", "Minister of Transport", b),
         ("quote", quote.replace(",", " --"), quote.replace(",", " --"), a_last),
         ("money", f"${millions}m", f"USD {millions}000000", "contract"),
         ("time", f"{hour}:01 pm", f"T{hour + 12}:01", "deadline"),
         ("time", f"{hour + 5}:01 GMT", f"T{hour + 17}:01 UTC", "deadline"),
         ("date", "February 27, 2026", "2026-02-27", "vote"),
         ("number", f"{killed + 2} people", str(killed + 2), "people killed"),
         ("quote", order, order, b),
         *filler(1)],
        [("role", "Deputy Secretary for Research and Engineering", "Deputy Secretary for Research and Engineering", a_last),
         ("quote", reworded, reworded, a),
         ("money", f"about ${millions} million", f"~USD {millions}000000", "contract"),
         ("duration", "six months", "P6M", "phaseout"),
         ("quote", other, other, b),
         *filler(2)],
        [("role", "US Transport Minister", "US Transport Minister", b),
         ("time", f"{hour}:00 PM ET", f"T{hour + 12}:00 America/New_York", "deadline"),
         ("money", f"${millions + 100} million", f"USD {millions + 100}000000", "contract"),
         ("quote", other, other, b_last),
         ("quote", directing, directing, b),
         *filler(3)],
    ]


def project_of(k: int) -> str:
    """The project copy ``k`` is about (a word unique to the copy)."""
    return word(50_000 + k).lower()


def synthetic(copies: int) -> tuple[list[Source], list[Fact]]:
    """``copies`` stories of four articles each, with their per-article facts."""
    sources: list[Source] = []
    facts: list[Fact] = []
    for k in range(copies):
        for i, specs in enumerate(_copy_specs(k)):
            sid = f"{k:05d}-{i}"
            parts: list[str] = []
            spans: list[tuple[Spec, int]] = []
            at = 0
            for spec in specs:
                lead = f"The {project_of(k)} report said "
                sentence = f"{lead}{spec[1]} was what mattered. "
                spans.append((spec, at + len(lead)))
                parts.append(sentence)
                at += len(sentence)
            source = Source(id=sid, path=f"{sid}.txt", sha256="0" * 64, text="".join(parts))
            sources.append(source)
            for n, ((kind, exact, value, subject), start) in enumerate(spans):
                facts.append(Fact(id=f"{sid}-{n}", kind=kind, text=exact, value=value, subject=subject,  # type: ignore[arg-type]
                                  evidence=[Anchor.of(source, start, start + len(exact))]))
    return sources, facts


def time_reconcile(copies: int, repeat: int = 1) -> tuple[int, int, float, float]:
    """(facts in, discrepancies out, best wall seconds, best CPU seconds) for ``copies`` copies."""
    sources, facts = synthetic(copies)
    wall = cpu = float("inf")
    flagged = 0
    for _ in range(repeat):
        for cached in (norm.fold, norm.words, quotes.quote_words, titles.parse, sentences.stem, sentences.content,
                       entities.resolve_thing, entities.org, entities._name_words, figures.parse, times.parse_date):
            cached.cache_clear()  # every run starts cold, as a fresh process does
        w0, c0 = time.perf_counter(), time.process_time()
        sheet = reconcile(sources, facts)
        cpu = min(cpu, time.process_time() - c0)
        wall = min(wall, time.perf_counter() - w0)
        flagged = len(sheet.discrepancies)
    return len(facts), flagged, wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max", type=int, default=1000, help="largest multiple to run (default 1000)")
    args = parser.parse_args(argv)
    print(f"{'copies':>7} {'facts':>8} {'flags':>7} {'wall s':>8} {'cpu s':>8} {'cpu us/fact':>12}")
    for copies in (c for c in (1, 10, 100, 1000) if c <= args.max):
        n, flagged, wall, cpu = time_reconcile(copies, repeat=3 if copies <= 100 else 2)
        print(f"{copies:>7} {n:>8} {flagged:>7} {wall:>8.3f} {cpu:>8.3f} {1e6 * cpu / n:>12.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
