"""Job titles as comparable parts: rank, office, department, organisation, scope.

"US Defence Secretary", "Secretary of Defense" and "U.S. Secretary of Defense"
are one title; "Transport Minister" is "Minister of Transport". Two titles of one
person are compared part by part, so a discrepancy can say whether the rank
differs ("deputy" vs "under" secretary) or only the scope ("for Research and
Engineering" vs none).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from factsheet.reconcile import norm
from factsheet.reconcile.aliases import DEPARTMENTS, NATIONALITY_PREFIXES

PHRASES: dict[str, str] = {
    "chief executive officer": "ceo",
    "chief executive": "ceo",
    "chief financial officer": "cfo",
    "chief operating officer": "coo",
    "chief technology officer": "cto",
    "undersecretary": "under secretary",
    "vicepresident": "vice president",
    "vicechairman": "vice chairman",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "chairwoman": "chair",
    "chairman": "chair",
    "chairperson": "chair",
    "head of state": "head-of-state",
}
"""Folded phrase -> one form, longest first when applied."""

RANKS: frozenset[str] = frozenset(
    {"deputy", "under", "vice", "assistant", "associate", "acting", "principal", "interim", "lieutenant"}
)
"""Words that change the rank of an office ("deputy secretary" is not "secretary")."""
STATUSES: frozenset[str] = frozenset({"former", "ex", "outgoing", "incoming", "designate", "elect"})
"""Words that say when the office is held ("former"): often left out, so a difference is low severity."""

_PREPOSITIONS = ("of", "for", "at", "on", "to")
_COMPLEMENT_END = frozenset({"in", "since", "from", "who", "which", "with", "until", "during"})
_FILLER = frozenset({"the", "a", "an", "and", "of", "for", "department", "ministry", "office", "dept"})
_CONJUNCTIONS = frozenset({"and", "&"})


@dataclass(frozen=True)
class Title:
    """A title split into the parts that are compared."""

    head: str
    rank: frozenset[str] = frozenset()
    status: frozenset[str] = frozenset()
    departments: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()
    scope: tuple[str, ...] = ()
    scope_text: str = field(default="", compare=False)
    """The scope as written, folded ("research and engineering"), for explanations."""

    @property
    def key(self) -> str:
        """Equal for titles that say the same thing in other words."""
        return "|".join(
            (" ".join(sorted(self.rank | self.status)), self.head, " ".join(sorted(self.departments)),
             " ".join(sorted(self.organisations | set(self.scope))))
        )

    @property
    def office_key(self) -> str:
        """Rank, office and department: enough to find a person from a title-only mention."""
        return "|".join((" ".join(sorted(self.rank)), self.head, " ".join(sorted(self.departments))))


_PHRASINGS: tuple[tuple[str, str], ...] = tuple(
    (f" {phrase} ", f" {PHRASES[phrase]} ") for phrase in sorted(PHRASES, key=len, reverse=True)
)
"""``PHRASES`` as whole-word replacements, longest phrase first."""


def _phrased(ws: list[str]) -> list[str]:
    text = " " + " ".join(ws) + " "
    for phrase, one_form in _PHRASINGS:
        text = text.replace(phrase, one_form)
    return text.split()


def _departments(ws: list[str]) -> tuple[set[str], list[str]]:
    """Department names found in ``ws`` (longest match first) and the words left over."""
    found: set[str] = set()
    rest: list[str] = []
    i = 0
    while i < len(ws):
        for size in (3, 2, 1):
            phrase = " ".join(ws[i : i + size])
            if len(ws) - i >= size and phrase in DEPARTMENTS:
                found.add(DEPARTMENTS[phrase])
                i += size
                break
        else:
            rest.append(ws[i])
            i += 1
    return found, rest


@lru_cache(maxsize=1 << 18)
def parse(written: str) -> Title | None:
    """The parts of a title, or ``None`` when it has no words."""
    ws = _phrased([w[:-2] if w.endswith("'s") else w for w in norm.words(written)])
    if not ws:
        return None
    cut = next((i for i, w in enumerate(ws) if w in _PREPOSITIONS and i > 0), len(ws))
    head_phrase, complement = ws[:cut], ws[cut + 1 :]
    portfolio = cut < len(ws) and ws[cut] == "for"
    for i, w in enumerate(complement):
        if w in _COMPLEMENT_END:
            complement = complement[:i]
            break
    # "a Democrat and vice chairman": the last conjoined title is the office.
    for i in range(len(head_phrase) - 1, -1, -1):
        if head_phrase[i] in _CONJUNCTIONS:
            head_phrase = head_phrase[i + 1 :]
            break
    if not head_phrase:
        return None
    head = head_phrase[-1]
    rank = {w for w in head_phrase[:-1] if w in RANKS}
    status = {w for w in head_phrase[:-1] if w in STATUSES}
    modifiers = [
        w for w in head_phrase[:-1]
        if w not in RANKS and w not in STATUSES and w not in NATIONALITY_PREFIXES and w not in _FILLER
    ]
    departments, organisations = _departments(modifiers)
    comp_departments, rest = _departments([w for w in complement if w not in NATIONALITY_PREFIXES])
    departments |= comp_departments
    rest = [w for w in rest if w not in _FILLER]
    # "for X" names a portfolio (scope); "of/at/on X" the body, as a prefix does ("RNC Chairman")
    scope = tuple(rest) if portfolio else ()
    if not portfolio:
        organisations = [*organisations, *rest]
    return Title(
        head=head,
        rank=frozenset(rank),
        status=frozenset(status),
        departments=frozenset(departments),
        organisations=frozenset(organisations),
        scope=scope,
        scope_text=" ".join(complement) if scope else "",
    )


@dataclass(frozen=True)
class TitleDifference:
    """How two titles of one person differ; ``parts`` name what differs."""

    parts: tuple[str, ...]
    severity: str
    explanation: str


def _rank_words(t: Title) -> str:
    return " ".join(sorted(t.rank)) or "no rank word"


def compare(a: Title, b: Title) -> TitleDifference | None:
    """How ``a`` and ``b`` differ, or ``None`` when they agree or name different offices.

    Titles with different office words ("senator" and "chair") are two roles a
    person may hold at once, not a disagreement. A part one title leaves out
    (no department, no organisation) is less precise, not different -- except
    the scope ("for Research and Engineering"), reported at low severity. A
    status word alone ("former") is not reported; with another difference it is named.
    Organisations are never compared: outlets name one body in too many ways
    ("RNC", "the party", "Republican National Committee").
    """
    if a.head != b.head:
        return None
    parts: list[str] = []
    notes: list[str] = []
    if a.rank != b.rank:
        parts.append("rank")
        notes.append(f"rank differs ({_rank_words(a)} vs {_rank_words(b)} {a.head})")
    if a.departments and b.departments and a.departments != b.departments:
        parts.append("department")
        notes.append(f"department differs ({', '.join(sorted(a.departments))} vs {', '.join(sorted(b.departments))})")
    if a.status != b.status:
        parts.append("status")
        notes.append(f"status differs ({' '.join(sorted(a.status)) or 'none'} vs {' '.join(sorted(b.status)) or 'none'})")
    # "lawyer for Wal-Mart" = "Wal-Mart lawyer": a scope the other title names as its organisation is no difference
    scope_differs = a.scope != b.scope and not (
        (a.scope and not b.scope and set(a.scope) <= b.organisations)
        or (b.scope and not a.scope and set(b.scope) <= a.organisations)
        or set(a.scope) & set(b.scope)  # "for Speaker Boehner" / "for House Speaker John Boehner": one is fuller
    )
    if scope_differs:
        sa, sb = a.scope_text or "none", b.scope_text or "none"
        parts.append("scope")
        notes.append(f"scope differs ('{sa}' vs '{sb}')" if a.scope and b.scope else f"scope '{sa if a.scope else sb}' vs none")
    if not parts or parts == ["status"]:
        return None  # "former" is often left out: on its own it is not worth an editor's time
    if {"rank", "department"} & set(parts):
        severity = "high"
    elif a.scope and b.scope:
        severity = "medium"
    else:
        severity = "low"
    only = "only the scope differs: " if parts == ["scope"] else ""
    return TitleDifference(tuple(parts), severity, only + "; ".join(notes))
