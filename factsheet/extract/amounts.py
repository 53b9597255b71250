"""Amounts as news prose writes them: digits, number words, magnitudes, currencies, hedges.

Regular-expression fragments (``DIGITS``, ``WORDS``, ``QUALIFIER``...) are shared by the
money, number and duration grammars; the parsers turn the matched text into exact
:class:`~decimal.Decimal` values and the model's value strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

_Trie = dict[str, "_Trie"]


def alternation(words: Iterable[str], after_first: str = "") -> str:
    """A regular-expression group matching any of ``words``, written as a trie: ``(?:t(?:en|wo)|…)``.

    ``re`` tries the branches of ``a|b|…`` one by one at every position of a scan; a trie tests
    one letter per level, so scanning for many words is several times faster. Where one word is
    a prefix of another the longer is tried first, as in a longest-first list of branches.

    ``after_first`` goes right after each word's first character: a look-behind there (``(?<!\\w.)``
    for ``\\b``) keeps the pattern opening with a character, so ``re`` skips ahead to candidates.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return f"(?:{_trie_pattern(trie, after_first)})"


def _trie_pattern(node: _Trie, after_first: str = "") -> str:
    branches = [re.escape(char) + after_first + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    optional = "" in node  # a word ends here
    if not branches:
        return ""
    if len(branches) == 1 and not optional:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")


def may_be_word_before(text: str, end: int, words: frozenset[str], reach: int) -> bool:
    """Whether the letters right before ``end`` (at most ``reach`` of them) may be one of ``words`` (lower case).

    A quick test that spares a case-blind pattern ending in one of ``words`` its search. A word that is
    not ASCII passes: folded for such a pattern it may become one of them ("ſome" matches "some").
    """
    start = end
    while start > 0 and end - start < reach and text[start - 1].isalpha():
        start -= 1
    word = text[start:end]
    return not word.isascii() or word.lower() in words


ONES: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
MAGNITUDES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000,
    "tn": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
VAGUE: dict[str, int] = {
    "dozens": 24, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
}
"""Plural magnitudes ("hundreds of employees"): the lower bound of the model's ``~N+``."""

WORD = alternation([*ONES, *TENS, *(f"{tens}-{one}" for tens in TENS for one in ONES)])
"""One spelled-out number up to ninety-nine ("twelve", "twenty-five"), lower case: a tens word, with or without
a hyphen and a ones word, or a ones word; where several fit, the longest is tried first."""
WORDS = rf"(?i:{WORD})(?:\s+(?:hundred|thousand|million|billion))?"
"""A spelled-out number, optionally with one magnitude ("two million")."""
DIGITS = r"(?:\d{1,2}(?:,\d\d){1,5},\d{3}(?!\d)|\d{1,3}(?:,\d{3}){1,6}|\d{1,15})(?:\.\d{1,6})?"
"""Digits with optional separators and decimals: "1,200", "4.5", and Indian grouping ("2,40,000" = 240000,
"1,25,00,000" = 12500000: the last three digits, then pairs)."""
BIG = r"(?:million|billion|trillion|thousand|lakhs?|crores?)"
SHORT_SCALE = r"(?:bn|mn|mln|tn|m|b|k)"

HEDGES = (
    "about", "around", "roughly", "approximately", "nearly", "almost", "some", "an estimated", "close to",
    "just under", "just over", "barely", "near", "up to", "as many as", "as much as", "more than", "over",
    "at least", "upwards of", "less than", "fewer than", "under",
)  # fmt: skip
"""Hedges before a figure."""
HEDGE_LAST_WORDS = frozenset(hedge.split()[-1] for hedge in HEDGES)
QUALIFIER = "(?i:" + alternation(HEDGES).replace(re.escape(" "), r"\s+") + ")"
"""Any hedge, blanks between its words, the longer first where one starts another ("nearly" before "near");
:func:`qualifier_mark` says what each one does to the value."""
_LOWER_BOUND = re.compile(r"(?i)^(?:more\s+than|over|at\s+least|upwards\s+of)$")

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "$US": "USD", "$A": "AUD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "NZ$": "NZD",
    "S$": "SGD", "R$": "BRL", "NT$": "TWD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW",
    "₽": "RUB", "₺": "TRY", "₪": "ILS", "Rs": "INR", "Rs.": "INR",
}  # fmt: skip
CURRENCY_CODES = (
    "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "INR", "KRW", "BRL",
    "MXN", "SEK", "NOK", "DKK", "PLN", "RUB", "TRY", "ZAR", "ILS", "AED", "SAR", "TWD", "RMB",
)  # fmt: skip
CURRENCY_NAMES: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
    "francs": "CHF", "roubles": "RUB", "rubles": "RUB", "pesos": "MXN", "rand": "ZAR", "naira": "NGN",
    "shekels": "ILS", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "dirhams": "AED", "riyals": "SAR",
    "lira": "TRY", "zlotys": "PLN", "zloty": "PLN", "forints": "HUF", "reais": "BRL", "hryvnias": "UAH",
    "kronor": "SEK", "cedis": "GHS", "shillings": "KES", "bitcoin": "XBT",
}  # fmt: skip
DOLLAR_LAND_CODES: dict[str, str] = {
    "Australian": "AUD", "Canadian": "CAD", "New Zealand": "NZD", "Singapore": "SGD", "Hong Kong": "HKD",
    "Taiwan": "TWD",
}  # fmt: skip
"""Words naming a dollar before "dollars" ("1.33bn Australian dollars")."""
DOLLAR_LANDS = "(?:" + "|".join(k.replace(" ", r"\s+") for k in DOLLAR_LAND_CODES) + ")"
SYMBOL = r"(?:\$US(?=\s?\d)|\$A(?=\d)|US\$|A\$|AU\$|C\$|CA\$|HK\$|NZ\$|S\$|R\$|NT\$|Rs\.?(?=\s?\d)|[$£€¥₹₩₽₺₪])"
CODE = alternation(CURRENCY_CODES)
NAME = alternation(CURRENCY_NAMES)
"""A currency name, the longest first where one starts another ("dollars" before "dollar")."""


def currency_of(token: str) -> str:
    """The ISO 4217 code of a symbol, code or currency name."""
    if token in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[token]
    upper = token.upper()
    if upper == "RMB":
        return "CNY"
    if upper in CURRENCY_CODES:
        return upper
    return CURRENCY_NAMES[token.lower()]


def word_value(text: str) -> int | None:
    """The value of a spelled-out number ("Twelve", "twenty-five"), magnitude excluded."""
    text = text.lower()
    if text in ONES:
        return ONES[text]
    tens, _, ones = text.partition("-")
    if tens in TENS and (not ones or ones in ONES):
        return TENS[tens] + (ONES[ones] if ones else 0)
    return None


def parse_amount(number: str, scale: str = "") -> Decimal | None:
    """``number`` (digits or words) times ``scale`` ("million", "bn", "dozen"...)."""
    number = number.strip()
    value: Decimal | None
    if number[:1].isdigit():
        try:
            value = Decimal(number.replace(",", ""))
        except InvalidOperation:
            return None
    else:
        parts = number.split()
        word = word_value(parts[0]) if parts[0].lower() not in ("a", "an") else 1
        if word is None:
            return None
        value = Decimal(word)
        for extra in parts[1:]:
            value *= MAGNITUDES.get(extra.lower(), 1)
    scale = scale.strip().lower()
    if scale == "dozen":
        value *= 12
    elif scale:
        value *= MAGNITUDES.get(scale, 1)
    return value


def format_decimal(value: Decimal) -> str:
    """``value`` without exponent or trailing zeros: ``"200000000"``, ``"38.5"``."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def qualifier_mark(qualifier: str) -> str:
    """``"+"`` for a lower bound ("more than"), ``"~"`` for any other hedge, ``""`` for none."""
    qualifier = " ".join(qualifier.split())
    if not qualifier:
        return ""
    return "+" if _LOWER_BOUND.match(qualifier) else "~"


# Which dollar a bare "$" is -------------------------------------------------------------------------------------
#
# A bare "$" (or "dollars") is the US dollar unless the article marks itself as written where another dollar is
# the local currency. Measured on real news (BBC, ECB+, PolNeAR: 952 articles with a "$"), place names alone
# mislead: a London paper writing about Qantas or Nortel still means US dollars, and a writer who spells out
# "A$" or "Australian dollars" uses the bare "$" for the US dollar. So, per currency:
#
# * a local clue is needed: the dateline's place ("BRISBANE —") or a local zone abbreviation ("10.30am AEST");
# * each distinct place name (states, provinces, big cities) in the title or body adds support;
# * an explicit local marker in the article ("A$", "Australian dollars") means the bare "$" is not local;
# * the local dollar must outweigh every other (the US zones, "ET", "PST"..., count for the US dollar).
#
# A dateline place or a zone weighs 2, every other distinct clue 1. Explicit markers ("US$", "A$", "C$") always
# keep their own currency; only the bare "$" and "dollars" follow the locale.

DOLLAR_LOCALES: dict[str, tuple[str, str, str]] = {
    # currency: (zones, explicit markers, places)
    "AUD": (
        "AEST AEDT ACST ACDT AWST",
        "A$|AU$|$A|Australian dollar",
        "Australia|Queensland|New South Wales|Tasmania|Northern Territory|Australian Capital Territory|Sydney"
        "|Melbourne|Brisbane|Adelaide|Canberra|Hobart|Townsville|Cairns|Gold Coast|Perth",
    ),
    "CAD": (
        "NDT",
        "C$|CA$|Canadian dollar",
        "Canada|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick"
        "|Newfoundland|Toronto|Montreal|Ottawa|Vancouver|Calgary|Edmonton|Winnipeg",
    ),
    "NZD": ("NZST NZDT", "NZ$|New Zealand dollar", "New Zealand|Auckland|Christchurch|Dunedin|Aotearoa"),
    "SGD": ("SGT", "S$|Singapore dollar", "Singapore"),
    "HKD": ("HKT", "HK$|Hong Kong dollar", "Hong Kong|Kowloon"),
    "USD": ("ET EST EDT CT CST CDT PT PST PDT MT MST MDT", "", ""),
}  # fmt: skip
"""Locale clues of the dollar currencies: zone abbreviations, explicit markers, place names."""

_Clue = tuple[str, str]  # (currency, "zone" | "marker" | "place")


def _clue_table() -> tuple[tuple[re.Pattern[str], ...], dict[str, _Clue], re.Pattern[str]]:
    clues: dict[str, _Clue] = {}
    for code, (zones, markers, places) in DOLLAR_LOCALES.items():
        clues.update({z: (code, "zone") for z in zones.split()})
        clues.update({m: (code, "marker") for m in filter(None, markers.split("|"))})
        clues.update({p: (code, "place") for p in filter(None, places.split("|"))})
    # two scans, each opening with a clue's first character; a symbol and a word clue never overlap
    symbols = alternation((c for c in clues if "$" in c), after_first=r"(?<![\w$].)")  # not after "$" or a word
    words = alternation((c for c in clues if "$" not in c), after_first=r"(?<!\w.)")  # a whole word
    # a word clue ends at a word boundary; only "... dollar" may take a plural "s"
    scans = (re.compile(rf"{symbols}(?=\s?\d)"), re.compile(rf"{words}(?:(?<=dollar)s)?\b"))
    place_clues = sorted((c for c, (_, what) in clues.items() if what == "place"), key=len, reverse=True)
    return scans, clues, re.compile(r"(?i)\b(?:" + "|".join(place_clues) + r")\b")


_CLUE_SCANS, _CLUES, _DATELINE_PLACE = _clue_table()
_CLUE_KEYS = {c.lower(): c for c in _CLUES}


def local_dollar(text: str, dateline: str = "") -> str:
    """The currency a bare "$" means in an article: ``"USD"`` unless its locale clues say otherwise.

    ``text`` is the article (title and body); ``dateline`` its dateline place ("BRISBANE"), if any.
    """
    weight: dict[str, int] = {}
    local: set[str] = set()
    marked: set[str] = set()
    found = {m.group() for scan in _CLUE_SCANS for m in scan.finditer(text)}
    found = {clue.removesuffix("s") if clue.endswith("dollars") else clue for clue in found}
    place = _DATELINE_PLACE.search(dateline) if dateline else None
    for clue in found:
        code, what = _CLUES[clue]
        if what == "marker":
            marked.add(code)
            continue
        weight[code] = weight.get(code, 0) + (2 if what == "zone" else 1)
        if what == "zone":
            local.add(code)
    if place:
        code = _CLUES[_CLUE_KEYS[place.group().lower()]][0]
        weight[code] = weight.get(code, 0) + 2
        local.add(code)
    candidates = [c for c in local if c != "USD" and c not in marked]
    if not candidates:
        return "USD"
    best = max(candidates, key=lambda c: weight[c])
    if any(w >= weight[best] for c, w in weight.items() if c != best):
        return "USD"
    return best
