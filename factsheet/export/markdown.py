"""The fact sheet as Markdown an editor pastes into a CMS.

Sections: sources, key figures, dates and times, people and titles, quotes, then
discrepancies. Every fact cites the passages that state it as footnotes
(``[^1]``: source id, title and the exact passage). All article-derived text goes
through :func:`factsheet.export.escape.inline`, so it can never become Markdown or
HTML structure.
"""

from __future__ import annotations

from datetime import UTC, datetime

from factsheet.export.escape import inline
from factsheet.model import Anchor, Discrepancy, Fact, FactKind, FactSheet
from factsheet.review import toml_text

SECTIONS: tuple[tuple[str, tuple[FactKind, ...]], ...] = (
    ("Key figures", ("money", "number")),
    ("Dates and times", ("date", "time", "duration")),
    ("People and titles", ("role",)),
    ("Quotes", ("quote",)),
)


class _Footnotes:
    """Numbers the cited passages and renders their definitions."""

    def __init__(self, sheet: FactSheet) -> None:
        self._titles = {s.id: s.title for s in sheet.sources}
        self._numbers: dict[Anchor, int] = {}

    def cite(self, anchors: list[Anchor]) -> str:
        refs = []
        for anchor in anchors:
            number = self._numbers.setdefault(anchor, len(self._numbers) + 1)
            refs.append(f"[^{number}]")
        return "".join(refs)

    def definitions(self) -> list[str]:
        lines = []
        for anchor, number in self._numbers.items():
            title = inline(self._titles.get(anchor.source, ""))
            where = f"{inline(anchor.source)}, *{title}*" if title else inline(anchor.source)
            lines.append(f"[^{number}]: {where}: “{inline(anchor.exact, mid_line=True)}”")
        return lines


def _count(number: int, noun: str, plural: str = "") -> str:
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def _status(fact: Fact, curated: bool) -> str:
    return "" if curated else f" *({fact.status})*"


def _fact_line(fact: Fact, notes: _Footnotes, curated: bool) -> str:
    subject = f"**{inline(fact.subject)}**" if inline(fact.subject) else ""
    if fact.kind == "quote":
        body = f"{subject}: “{inline(fact.text)}”" if subject else f"“{inline(fact.text)}”"
    elif fact.kind == "role":
        body = f"{subject}, {inline(fact.text)}" if subject else inline(fact.text)
    else:
        body = f"{subject}: {inline(fact.text)}" if subject else inline(fact.text)
        value = inline(fact.value, mid_line=True)
        if value and value != inline(fact.text, mid_line=True):
            body += f" ({value})"
    line = f"- {body}{_status(fact, curated)}{notes.cite(fact.evidence)}"
    if inline(fact.note):
        line += f" — Note: {inline(fact.note)}"
    return line


def _discrepancy_lines(discrepancy: Discrepancy, facts: dict[str, Fact], notes: _Footnotes) -> list[str]:
    subject, summary = inline(discrepancy.subject), inline(discrepancy.summary)
    lines = [
        f"### {subject or discrepancy.kind.capitalize()}",
        "",
        f"*{discrepancy.kind}, {discrepancy.severity} severity, {discrepancy.status}*",
        "",
    ]
    if summary:
        lines += [summary, ""]
    for variant in discrepancy.variants:
        anchors = [a for fid in variant.facts if fid in facts for a in facts[fid].evidence]
        sources = list(dict.fromkeys(a.source for a in anchors))
        said_by = f" — {', '.join(inline(s) for s in sources)}" if sources else ""
        lines.append(f"- {inline(variant.value) or '(empty)'}{said_by}{notes.cite(anchors)}")
    if discrepancy.status == "resolved":
        lines += ["", f"**Resolution:** {inline(discrepancy.resolution) or '(empty)'}"]
    elif discrepancy.status == "dismissed":
        lines += ["", "**Dismissed** (not a real disagreement)"]
    if inline(discrepancy.note):
        lines += ["", f"**Note:** {inline(discrepancy.note)}"]
    return lines


def render_markdown(
    sheet: FactSheet, generated: datetime, *, curated: bool = False, all_facts: FactSheet | None = None,
    title: str = "Fact sheet",
) -> str:
    """``sheet`` as Markdown.

    ``all_facts`` is the sheet before facts were left out of the export, so each
    discrepancy variant can still cite its passages (default: ``sheet``).
    """
    notes = _Footnotes(sheet)
    stamp = toml_text.when(generated.astimezone(UTC).replace(microsecond=0))
    open_count = sum(1 for d in sheet.discrepancies if d.status == "open")
    confirmed = sum(1 for f in sheet.facts if f.status == "confirmed")
    lines = [
        f"# {inline(title)}",
        "",
        f"Generated {stamp} from {_count(len(sheet.sources), 'source')}: {_count(len(sheet.facts), 'fact')} "
        f"({confirmed} confirmed), {_count(len(sheet.discrepancies), 'discrepancy', 'discrepancies')} "
        f"({open_count} open)."
        + (" Confirmed facts only." if curated else ""),
        "",
        "## Sources",
        "",
    ]
    for source in sheet.sources:
        extra = f" ({source.date.isoformat()})" if source.date else ""
        lines.append(f"- **{inline(source.id)}** — {inline(source.title) or '(untitled)'}{extra}")
    for heading, kinds in SECTIONS:
        facts = [f for f in sheet.facts if f.kind in kinds]
        if not facts:
            continue
        lines += ["", f"## {heading}", ""]
        lines += [_fact_line(f, notes, curated) for f in facts]
    if sheet.discrepancies:
        lines += ["", "## Discrepancies"]
        facts_by_id = {f.id: f for f in (all_facts or sheet).facts}
        for discrepancy in sheet.discrepancies:
            lines += [""] + _discrepancy_lines(discrepancy, facts_by_id, notes)
    definitions = notes.definitions()
    if definitions:
        lines += ["", "## Passages cited", ""] + [d + "\n" for d in definitions]
    return "\n".join(lines).rstrip("\n") + "\n"
