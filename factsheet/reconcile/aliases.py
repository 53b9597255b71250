"""Data tables: common names of government bodies and of the areas titles cover.

General-purpose and deliberately small: every name here is one a wire story uses
for a well-known body. Keys and aliases are compared folded (see ``norm.key``).
"""

from __future__ import annotations

ORG_ALIASES: dict[str, tuple[str, ...]] = {
    "US Department of Defense": (
        "pentagon", "department of defense", "defense department", "dod", "department of war",
        "war department",
    ),
    "US Department of State": ("department of state", "state department"),
    "US Department of Justice": ("department of justice", "justice department", "doj"),
    "US Department of the Treasury": ("department of the treasury", "treasury department", "us treasury"),
    "US Department of Homeland Security": ("department of homeland security", "homeland security department", "dhs"),
    "US Department of Transportation": ("department of transportation", "transportation department", "dot"),
    "US Department of Commerce": ("department of commerce", "commerce department"),
    "US Department of Energy": ("department of energy", "energy department", "doe"),
    "UK Ministry of Defence": ("ministry of defense", "mod"),
    "UK Foreign Office": ("foreign office", "foreign commonwealth and development office", "fcdo"),
    "UK Home Office": ("home office",),
    "UK Treasury": ("hm treasury",),
    "Federal Bureau of Investigation": ("federal bureau of investigation", "fbi"),
    "Central Intelligence Agency": ("central intelligence agency", "cia"),
    "European Commission": ("european commission", "ec"),
}
"""Canonical name -> folded aliases (the canonical name's own folded form is added)."""

DEPARTMENTS: dict[str, str] = {
    "defense": "defense", "war": "defense", "pentagon": "defense", "dod": "defense",
    "state": "state", "foreign": "foreign", "foreign affairs": "foreign",
    "justice": "justice", "treasury": "treasury", "finance": "finance",
    "homeland security": "homeland security", "home": "home", "interior": "interior",
    "transport": "transport", "transportation": "transport",
    "health": "health", "health and human services": "health",
    "education": "education", "energy": "energy", "commerce": "commerce", "trade": "trade",
    "agriculture": "agriculture", "labor": "labor", "housing": "housing",
    "veterans affairs": "veterans affairs", "environment": "environment",
}
"""Folded area word(s) of a title ("Defense" in "Secretary of Defense") -> the department."""

NATIONALITY_PREFIXES: frozenset[str] = frozenset(
    {"us", "usa", "american", "federal", "uk", "british", "united", "states", "kingdom", "eu", "european"}
)
"""Folded words that only say which country a title belongs to ("US Defense Secretary")."""

ORG_WORDS: frozenset[str] = frozenset(
    """act agency administration alliance army assembly association authority bank board bureau cabinet center
    centre church city club coalition college commission committee company congress corp corporation council
    county court department district division embassy federation force forces foundation front fund government
    group guard hall holdings hospital house inc institute institution journal kingdom league limited llc ltd
    media ministry movement museum navy network news office organisation organization palace parliament party
    police post press province region republic school senate service services society squad state states
    station street avenue road square park bridge tower building airport system systems team times trust
    tribune union united university valley village ward weekly daily herald gazette telegraph guardian review
    magazine channel radio tv television award awards cup championship festival summit conference forum
    program programme project campaign""".split()
)
"""Folded words that mark a body, place or thing, never a person's name ("Rite Aid Group", "George Washington Bridge")."""
