"""Hand-built fact sheets for the app's tests: invented articles, every fact kind, discrepancies.

Offsets are never typed by hand: every anchor is found in its source's text, so
the sheet passes the model's anchor validation.
"""

from __future__ import annotations

import hashlib
from datetime import date

from factsheet.model import Anchor, Discrepancy, Fact, FactKind, FactSheet, Region, Source, Variant

ALPHA = """Harbour bridge closes after cracks found

PORTSMOUTH, March 3 (Wire) -

The Harbour Bridge will close for six months after inspectors found cracks in two of its supports, the city said on Tuesday.

Repairs will cost $40 million, Mayor Ruth Okafor told reporters at 9 a.m. "We will not take risks with people's lives," Okafor said.

About 12,000 vehicles cross the bridge every day. Transport chief Daniel Mensah said the detour would add 20 minutes to most trips.

Subscribe to our newsletter for more local news. Follow us on social media.
"""

BETA = """Bridge shut for repairs, city says

PORTSMOUTH (Local) -

City officials on Tuesday, March 3, ordered the Harbour Bridge shut for six months.

The work is expected to cost $45 million. "We won't take any risks with people's lives," Mayor Ruth Okafor said at a news conference.

Deputy transport commissioner Daniel Mensah said buses would be rerouted. Some 12,000 vehicles use the crossing daily.

(c) Local News Group. All rights reserved.
"""

GAMMA = """Commuters brace for bridge closure

Commuters faced a six-month closure of the Harbour Bridge announced on March 3. Transport chief Daniel Mensah urged drivers to plan ahead.

"We will not take risks with people's lives," Okafor said. The repairs will cost $40 million, officials said.
"""


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _regions(text: str, *, boilerplate_tail: bool = True) -> list[Region]:
    """Title (first line), body (the rest) and a boilerplate last paragraph."""
    first_break = text.index("\n")
    regions = [Region(start=0, end=first_break, kind="title")]
    body_end = len(text.rstrip("\n"))
    if boilerplate_tail:
        last = text.rstrip("\n").rfind("\n\n") + 2
        regions.append(Region(start=first_break + 1, end=last, kind="body"))
        regions.append(Region(start=last, end=body_end, kind="boilerplate", label="footer"))
    else:
        regions.append(Region(start=first_break + 1, end=body_end, kind="body"))
    return regions


def make_source(source_id: str, text: str, *, title: str = "", day: date | None = None, boilerplate_tail: bool = True) -> Source:
    """A source with title/body/boilerplate regions."""
    return Source(
        id=source_id,
        path=f"{source_id}.txt",
        title=title or text.split("\n", 1)[0],
        sha256=_sha(text),
        date=day,
        text=text,
        regions=_regions(text, boilerplate_tail=boilerplate_tail),
    )


def anchor(source: Source, exact: str, occurrence: int = 1) -> Anchor:
    """The anchor of the ``occurrence``-th appearance of ``exact`` in ``source``."""
    start = -1
    for _ in range(occurrence):
        start = source.text.index(exact, start + 1)
    return Anchor.of(source, start, start + len(exact))


def fact(
    fact_id: str, kind: FactKind, text: str, value: str, subject: str, *anchors: Anchor, status: str = "unreviewed"
) -> Fact:
    return Fact(id=fact_id, kind=kind, text=text, value=value, subject=subject, evidence=list(anchors), status=status)  # type: ignore[arg-type]


def bridge_sheet() -> FactSheet:
    """Three invented articles about a bridge closure, with three discrepancies."""
    a = make_source("alpha", ALPHA, day=date(2026, 3, 3))
    b = make_source("beta", BETA, day=date(2026, 3, 3))
    g = make_source("gamma", GAMMA, boilerplate_tail=False)
    facts = [
        fact("q-okafor-a", "quote", "We will not take risks with people's lives", "We will not take risks with people's lives",
             "Ruth Okafor", anchor(a, "We will not take risks with people's lives"),
             anchor(g, "We will not take risks with people's lives")),
        fact("q-okafor-b", "quote", "We won't take any risks with people's lives", "We won't take any risks with people's lives",
             "Ruth Okafor", anchor(b, "We won't take any risks with people's lives")),
        fact("m-cost-40", "money", "$40 million", "USD 40000000", "repairs", anchor(a, "$40 million"), anchor(g, "$40 million")),
        fact("m-cost-45", "money", "$45 million", "USD 45000000", "repairs", anchor(b, "$45 million")),
        fact("n-vehicles", "number", "12,000", "12000", "vehicles per day", anchor(a, "12,000"), anchor(b, "12,000")),
        fact("d-closure", "date", "March 3", "--03-03", "closure announced", anchor(a, "March 3"), anchor(b, "March 3"),
             anchor(g, "March 3")),
        fact("t-briefing", "time", "9 a.m.", "T09", "mayor's briefing", anchor(a, "9 a.m.")),
        fact("p-closure", "duration", "six months", "P6M", "closure", anchor(a, "six months"), anchor(b, "six months")),
        fact("p-detour", "duration", "20 minutes", "PT20M", "detour", anchor(a, "20 minutes")),
        fact("r-okafor", "role", "Mayor", "Mayor", "Ruth Okafor", anchor(a, "Mayor"), anchor(b, "Mayor")),
        fact("r-mensah-a", "role", "Transport chief", "Transport chief", "Daniel Mensah", anchor(a, "Transport chief"),
             anchor(g, "Transport chief")),
        fact("r-mensah-b", "role", "Deputy transport commissioner", "Deputy transport commissioner", "Daniel Mensah",
             anchor(b, "Deputy transport commissioner")),
    ]
    discrepancies = [
        Discrepancy(
            id="x-mensah-role", kind="role", subject="Daniel Mensah", severity="high",
            summary="Daniel Mensah's title differs between sources",
            variants=[Variant(value="Transport chief", facts=["r-mensah-a"]),
                      Variant(value="Deputy transport commissioner", facts=["r-mensah-b"])],
        ),
        Discrepancy(
            id="x-cost", kind="money", subject="repairs", severity="high", summary="The cost of the repairs differs",
            variants=[Variant(value="USD 40000000", facts=["m-cost-40"]), Variant(value="USD 45000000", facts=["m-cost-45"])],
        ),
        Discrepancy(
            id="x-okafor-quote", kind="quote", subject="Ruth Okafor", severity="medium",
            summary="Ruth Okafor's quote is worded differently",
            variants=[Variant(value="We will not take risks with people's lives", facts=["q-okafor-a"]),
                      Variant(value="We won't take any risks with people's lives", facts=["q-okafor-b"])],
        ),
    ]
    return FactSheet(sources=[a, b, g], facts=facts, discrepancies=discrepancies)


HOSTILE_TEXT = (
    "Markup test [bold red]x[/] and [@click=app.quit]click me[/] and [link=https://evil.example]link[/] [0]\n\n"
    "Escapes: \x1b[31mred\x1b[0m, \x1b]8;;https://evil.example\x07osc link\x1b]8;;\x07, \x1b]52;c;aGVsbG8=\x07 clip, "
    "NUL\x00 and bidi \u202eevil\u202c.\n\n"
    "The official said \"[bold]we never[/bold] agreed\" about the $[5] million deal.\n"
)


def hostile_sheet() -> FactSheet:
    """One article full of markup and escape codes, with facts whose strings carry them too."""
    s = make_source("[red]evil[/]", HOSTILE_TEXT, title="[bold red]x[/] \x1b[2J title", boilerplate_tail=False)
    facts = [
        fact("q-hostile", "quote", "[bold]we never[/bold] agreed", "[bold]we never[/bold] agreed", "[@click=app.quit]boss[/]",
             anchor(s, "[bold]we never[/bold] agreed")),
        fact("m-hostile", "money", "$[5] million", "USD 5000000", "[link=https://evil.example]deal[/]", anchor(s, "$[5] million")),
        fact("r-hostile", "role", "\x1b[31mred\x1b[0m", "\x1b[31mred\x1b[0m", "[bold red]x[/]", anchor(s, "\x1b[31mred\x1b[0m")),
    ]
    discrepancies = [
        Discrepancy(
            id="x-hostile", kind="quote", subject="[@click=app.quit]boss[/]", summary="[bold red]x[/] wording",
            variants=[Variant(value="[bold]we never[/bold] agreed", facts=["q-hostile"]),
                      Variant(value="\x1b[31m[/]we [@click=app.quit]did[/]", facts=[])],
        )
    ]
    return FactSheet(sources=[s], facts=facts, discrepancies=discrepancies)


def big_sheet(n_facts: int = 10_000) -> FactSheet:
    """A sheet of ``n_facts`` facts over a few generated sources (for speed tests and the bench)."""
    kinds: tuple[FactKind, ...] = ("quote", "money", "number", "date", "time", "duration", "role")
    sources: list[Source] = []
    facts: list[Fact] = []
    per_source = 500
    for s_index in range(max(1, n_facts // per_source)):
        lines = [f"Story {s_index}", ""]
        lines += [f"Official {i} of town {s_index} said {i * 7} people came on day {i % 28 + 1}." for i in range(per_source)]
        text = "\n\n".join(lines) + "\n"
        source = make_source(f"s{s_index:03d}", text, boilerplate_tail=False)
        sources.append(source)
        cursor = 0
        for i in range(per_source):
            needle = f"Official {i} of town {s_index}"
            start = text.index(needle, cursor)
            cursor = start + len(needle)
            kind = kinds[(s_index * per_source + i) % len(kinds)]
            facts.append(
                Fact(
                    id=f"f-{s_index:03d}-{i:04d}", kind=kind, text=needle, value=str(i * 7),
                    subject=f"Person {i % 97}", evidence=[Anchor.of(source, start, cursor)],
                )
            )
    return FactSheet(sources=sources, facts=facts[:n_facts], discrepancies=[])


def run_async(test):  # type: ignore[no-untyped-def]
    """Run an ``async def`` test with asyncio (no async plugin is installed); fixtures still resolve."""
    import asyncio
    import functools

    @functools.wraps(test)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        return asyncio.run(test(*args, **kwargs))

    return wrapper
