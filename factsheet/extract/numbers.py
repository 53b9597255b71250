"""Money and numbers in article bodies.

* **money**: a currency symbol or code before the amount ("$200 million", "$200m", "£1.2bn",
  "€38.50", "US$5m", "EUR 4.5bn") or a currency word after it ("1.8 billion yen").
  Value ``"USD 200000000"``: the ISO code and the amount in the currency's unit (an integer
  when whole, else a plain decimal: ``"EUR 38.5"``); any hedge ("about", "up to") gives ``~``.
* **number**: counts and percentages: "9,600 people", "1.5 million", "Twelve positions",
  "two dozen", "12.5%", "15 per cent"; "about 800" -> ``"~800"``, "more than 300" -> ``"300+"``,
  "hundreds of employees" -> ``"~100+"``.

Not numbers: the digits of dates, clock times, durations and years; list markers and
digits glued to letters ("1The", "F-35", "4G", "2nd"); ranges and scores ("1-10", "5-2");
phone numbers; labels ("Route 9", "Boeing 737", "page 3"); "one" on its own ("one of the",
"no one"); a number word after a determiner unless a plural noun follows ("the three said"), and "the two
firms", which points back at a pair. A count after a determiner is one ("the eight ships"), and so are digits
joined to a unit before a noun ("a 46-yard field goal", "a 17-point deficit": the unit is the subject).

A bare "$" or "dollars" is the article's own dollar: USD unless a dateline place or local zone
marks the article as Australian, Canadian, New Zealand, Singapore or Hong Kong news
(:func:`~factsheet.extract.amounts.local_dollar` documents the rule); "US$", "A$", "C$" keep theirs.

``subject`` is the thing counted or valued where the sentence says it: the plural noun
after a count ("800 workers", "two of the victims", "nine of his last 10 starts"), the unit
of "a 46-yard field goal"; for a sum, what
:func:`~factsheet.extract.figure_facts.money_subject` finds ("a $200 million contract",
"net profit of ₹412 crore", "export revenue rose to ₹1,040 crore", "fined X €1.9bn" -> "fine");
empty when unclear.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from string import ascii_letters

from factsheet.extract.amounts import (
    BIG,
    ONES,
    TENS,
    CODE,
    CURRENCY_CODES,
    CURRENCY_NAMES,
    DIGITS,
    DOLLAR_LAND_CODES,
    DOLLAR_LANDS,
    HEDGE_LAST_WORDS,
    NAME,
    QUALIFIER,
    SHORT_SCALE,
    SYMBOL,
    VAGUE,
    WORDS,
    alternation,
    currency_of,
    format_decimal,
    local_dollar,
    may_be_word_before,
    parse_amount,
    qualifier_mark,
)
from factsheet.extract.dates import temporal_spans
from factsheet.extract.figure_facts import STOPWORDS, FactMaker, counted_noun, is_plural, money_subject, noun_run
from factsheet.extract.triggers import triggers
from factsheet.model import Fact, FactKind, Source

_Reading = tuple[FactKind, int, str, str]
"""A figure as read: its kind, where it ends, its normalised value and its subject."""

_SCALE = rf"(?:\s?(?P<{{s}}>{SHORT_SCALE})(?![\w])|(?:\s+|-)(?P<{{b}}>{BIG})\b)?"
_NUMBER = rf"(?<![\w.,$£€¥=≥≤<>#№/+-])(?:{DIGITS}|{WORDS})"

_MONEY_TAIL = (
    _SCALE.format(s="s2", b="b2")
    + rf"\s+(?:(?P<land>US|U\.S\.|{DOLLAR_LANDS})\s+(?=dollars?\b))?(?P<cur>{NAME}\b|{CODE}\b)"
    + r"(?P<cents>\s+cents\b)?"
)
_PERCENT_TAIL = r"[\s-]?(?P<pct>%|per\s?cent\b|percent\b|pct\b|percentage\s+points?\b)"
_DOZEN_TAIL = r"\s+dozen\b"
_COUNT = rf"(?P<n6>{_NUMBER}|(?<![\w-])(?i:a)(?=\s+{BIG}))(?:\s+(?P<b6>{BIG})\b)?"

CORE_RE = re.compile(
    "|".join(
        (
            # money: symbol or code, then the amount
            rf"(?P<sym>{SYMBOL}|\b{CODE}(?=\s?\d))\s?(?P<n1>{DIGITS})"
            + _SCALE.format(s="s1", b="b1"),
            # money: amount, then a currency word
            rf"(?P<n2>{_NUMBER}){_MONEY_TAIL}",
            # percentages
            rf"(?P<n3>{_NUMBER}){_PERCENT_TAIL}",
            # dozens
            r"(?P<n4>(?<![\w-])(?i:a|half\s+a)|" + _NUMBER + r")" + _DOZEN_TAIL,
            # vague magnitudes
            r"(?<![\w-])(?P<mult>(?i:tens|hundreds)\s+of\s+)?(?P<vague>(?i:dozens|scores|hundreds|thousands|millions|billions))\s+of\b",
            # plain counts
            _COUNT,
        )
    )
)
_COUNT_RE = re.compile(_COUNT)
"""The count alternative of :data:`CORE_RE` alone."""
_TAIL_RE = re.compile(f"{_MONEY_TAIL}|{_PERCENT_TAIL}|{_DOZEN_TAIL}")
"""What follows the number in the sum, percentage and dozen alternatives of :data:`CORE_RE`."""
_DIGIT_RUN = re.compile(r"\d[\d,.]*")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}\b")
_LABELS = frozenset(
    """route highway interstate page pages chapter section article articles room flight gate terminal platform level
    grade category class stage phase tier round game episode season series version model no number paragraph clause
    item exhibit district ward precinct lot unit apartment suite floor line bus channel amendment title act
    rule form figure fig table appendix volume vol issue""".split()
)
_DETERMINERS = frozenset(
    "the these those both all every each any last first next past final other".split()
)
_MONEY_GLUE = re.compile(r"[A-Za-z\d]|[-/:.]\d")
_SHORT_COUNT = re.compile(rf"(?P<s>bn|m)(?=\s+[a-z])")
_RANGE_SCALE = re.compile(
    rf"\s*(?:-|–|to|and)\s*(?:{SYMBOL})?\s?{DIGITS}(?:\s?(?P<s>{SHORT_SCALE})(?![\w])|\s+(?P<b>{BIG})\b)"
)
_ADDRESS = re.compile(
    r"(?:\s+[A-Z][\w.'-]*){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl"
    r"|Court|Ct|Square|Terrace|Highway|Parkway)\b"
)
_ALTERNATIVES = frozenset(("or", "and", "to"))
_ALTERNATIVE_BEFORE = re.compile(
    rf"(?i)(?:\d|\b(?:{'|'.join(ONES)}|{'|'.join(TENS)}))\s+(?:{'|'.join(sorted(_ALTERNATIVES))})\s+$"
)
_FRACTION_AFTER = re.compile(r"\s+(?:thirds|quarters|halves|fifths|tenths)\b")
_NEXT_LOWER = re.compile(r"\s+(of\b|or\b|to\b|[a-z][\w'-]*)")
_NEXT_ANY = re.compile(r"\s+(of\b|or\b|to\b|[A-Za-z][\w'-]*)")
"""A spelled-out number must be followed by a word; mid-sentence that word may be a name ("six AK-47s")."""
_WEIGHT = re.compile(r"(?i)\b(?:weigh\w*|heav\w*|lbs?|ounces?|kilos?|kilograms?)\b")
_TIME_UNIT_AFTER = re.compile(r"(?i)[\s-]+(?:second|minute|hour|day|week|fortnight|month|year|decade|centur)")
_CAPITAL_NEXT = re.compile(r"\s+[\"“‘'A-Z]")
_LINE_MARKER = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?$")
_YEAR = re.compile(r"(?:1[89]\d\d|20\d\d)")
_UNIT_ADJECTIVE = re.compile(r"-([a-z]{2,})(?= [a-z])")
"""A unit joined to digits before a noun: "46-yard field goal", "17-point deficit", "12-storey block"."""
_NOT_UNITS = frozenset("based odd plus something time old".split()) | frozenset(CURRENCY_NAMES)
"""Words after "N-" that make no count ("50-odd", "50-plus", "100-something", "180-pound": a weight or a sum);
"-ed" words are labels ("18-rated")."""
_GLUE_AFTER = re.compile(r"[A-Za-z\d+]|[-/:][\w]|\.\d")
_ASCII_LETTERS = frozenset(ascii_letters)


_SYMBOL_PREFIX = re.compile(r"(?<![\w$])(?:US|AU|A|CA|C|HK|NZ|S|R|NT)$")
_CODE_BEFORE = re.compile(rf"(?<![\w$])(?:{CODE}|Rs\.?)\s?$")
_CODE_ENDS = frozenset(code[-1] for code in CURRENCY_CODES) | frozenset("s.")
"""The last characters of what :data:`_CODE_BEFORE` reads ("EUR", "Rs", "Rs.")."""
_ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:half\s+)?an?\s+$")
_OF_BEFORE = re.compile(r"(?i)(?<![\w-])(?:tens|hundreds)\s+of\s+$")
_BARE_DOLLAR = frozenset(("$", "dollar", "dollars"))
_QUALIFIER_BEFORE = re.compile(rf"(?<![\w])({QUALIFIER})\s+$")


def extract_numbers(source: Source) -> list[Fact]:
    """Every money and number fact of the source's body, in text order."""
    maker = FactMaker(source)
    text = source.text
    dollar = _article_dollar(source) if "$" in text or "dollar" in text else "USD"
    for region in source.body_regions():
        figures = triggers(text, region.start, region.end).figures
        if not figures:
            continue  # (and no date scan: a third of paragraphs hold no figure)
        masked = temporal_spans(text, region.start, region.end, source.date)
        done = region.start
        for pos, trigger in figures:
            if pos < done:
                continue  # inside a figure already read
            start = _figure_start(text, pos, trigger, done)  # (never before ``done``)
            phone = _phone_at(text, start, done, region.end)
            if phone:
                done = phone
                continue
            match = _match_figure(text, start, region.end)
            if match is None:
                continue
            floor, done = done, max(done, match.end())
            core = _CORE_OF[match.lastgroup or "n6"]
            if _overlaps(masked, match.start(core), match.end(core)):
                continue  # the digits of a date, time or duration
            hedge = None
            if _may_end_hedge(text, start):  # a hedge ends in blanks right before the figure
                hedge = _QUALIFIER_BEFORE.search(text, max(floor, start - 24), start)
            found = _read(match, core, text, hedge.group(1) if hedge else "", dollar)
            if found is None:
                continue
            kind, end, value, subject = found
            maker.add(kind, hedge.start() if hedge else start, end, value, subject)
    return maker.facts()


def _match_figure(text: str, start: int, end: int) -> re.Match[str] | None:
    """:data:`CORE_RE`'s match at ``start`` (in ``text[:end]``); for most digits, its count alternative's alone.

    Digits start neither a symbol or code nor a vague magnitude. The sum, percentage and dozen alternatives read
    a number, then a tail (:data:`_TAIL_RE`) that never opens with a digit, comma or point, so it can only stand
    where the run of those from ``start`` ends. Where no tail stands there, only the count alternative can
    match: the same match, in a third of the time (most figures are counts and years).
    """
    run = _DIGIT_RUN.match(text, start, end)
    if run is not None and _TAIL_RE.match(text, run.end(), end) is None:
        return _COUNT_RE.match(text, start, end)
    return CORE_RE.match(text, start, end)


def _may_end_hedge(text: str, start: int) -> bool:
    """Whether a hedge ("about", "more than") can end in the blanks right before ``start``: a quick test that
    spares :data:`_QUALIFIER_BEFORE` its search before most figures ("the 5", "in 2004")."""
    return _may_end_word(text, start, HEDGE_LAST_WORDS, 13)


def _may_end_word(text: str, start: int, words: frozenset[str], reach: int) -> bool:
    """Whether one of ``words`` (lower case, at most ``reach`` letters) can end in the blanks right before ``start``."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == start:
        return False
    return may_be_word_before(text, end, words, reach)


def _may_end_code(text: str, pos: int) -> bool:
    """Whether a currency code ("EUR", "Rs.") can end right before ``pos``, or a blank before it: a quick test that
    spares :data:`_CODE_BEFORE` its search before most digits ("the 5", "in 2004")."""
    at = pos
    if text[at - 1 : at] == "\n":
        at -= 1  # ``$`` also matches before a final newline
    if text[at - 1 : at].isspace():
        at -= 1
    return text[at - 1 : at] in _CODE_ENDS


def _article_dollar(source: Source) -> str:
    """The currency of a bare "$" in ``source`` (see :func:`~factsheet.extract.amounts.local_dollar`)."""
    parts = [source.text[r.start : r.end] for r in source.regions if r.kind in ("title", "dateline", "body")]
    return local_dollar("\n".join(parts) or source.text, source.dateline)


def _phone_at(text: str, pos: int, floor: int, end: int) -> int:
    """The end of a phone number starting at (or just before) ``pos``, else 0."""
    if not text[pos].isdigit():
        return 0
    at = pos - 1 if pos - 1 >= floor and text[pos - 1] in "(+" else pos
    if at > floor and text[at - 1] == "+":
        at -= 1
    match = _PHONE.match(text, at, end)
    return match.end() if match else 0


def _figure_start(text: str, pos: int, trigger: str, floor: int) -> int:
    """Where the figure around a trigger (at ``pos``) starts, not before ``floor``: before "US$", "EUR ", "a dozen",
    "tens of"."""
    char = text[pos]
    if char == "$":
        before = _SYMBOL_PREFIX.search(text, max(floor, pos - 2), pos)
        return before.start() if before else pos
    if char.isdigit():
        before = _CODE_BEFORE.search(text, max(floor, pos - 4), pos) if _may_end_code(text, pos) else None
        return before.start() if before else pos
    word = trigger.lower()
    if word in ("dozen", "million", "billion", "trillion"):
        before = _ARTICLE_BEFORE.search(text, max(floor, pos - 8), pos)
        return before.start() if before else pos
    if word in ("thousands", "millions", "billions"):
        before = _OF_BEFORE.search(text, max(floor, pos - 13), pos)
        return before.start() if before else pos
    return pos


_CORE_OF: dict[str, str] = {
    **dict.fromkeys(("sym", "n1", "s1", "b1"), "n1"),
    **dict.fromkeys(("n2", "s2", "b2", "land", "cur", "cents"), "n2"),
    **dict.fromkeys(("n3", "pct"), "n3"),
    "n4": "n4",
    **dict.fromkeys(("mult", "vague"), "vague"),
    **dict.fromkeys(("n6", "b6"), "n6"),
}
"""The group holding the figure itself (for the date/time mask), by the last group a match of
:data:`CORE_RE` filled: each alternative has its own groups."""


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(spans, (start, 10**12))
    if i and spans[i - 1][1] > start:
        return True
    return i < len(spans) and spans[i][0] < end


def _read(
    match: re.Match[str], core: str, text: str, hedge: str, dollar: str = "USD"
) -> _Reading | None:
    """(kind, end, value, subject) of one match (``core``: its figure's group), or ``None`` when it is no figure."""
    start, end = match.start(), match.end()
    if core in ("n1", "n2"):
        return _money(match, text, hedge, dollar)
    if core == "n3":
        amount = parse_amount(match["n3"])
        if amount is None or _glued(text, start, end):
            return None
        unit = "pp" if match["pct"].lower().startswith("percentage") else "%"
        value = _hedged(hedge, format_decimal(amount) + unit)
        return "number", end, value, counted_noun(text, end)
    if core == "n4":
        lowered = " ".join(match["n4"].lower().split())
        dozens = {"a": 1, "half a": 0.5}.get(lowered)
        amount = parse_amount(match["n4"]) if dozens is None else None
        if dozens is None and amount is None:
            return None
        total = int(dozens * 12) if dozens is not None else int(amount * 12)  # type: ignore[operator]
        return "number", end, _hedged(hedge, str(total)), counted_noun(text, end)
    if core == "vague":
        base = VAGUE[match["vague"].lower()]
        if match["mult"]:
            base *= 10 if match["mult"].lower().startswith("tens") else 100
        end = match.end("vague")
        return "number", end, f"~{base}+", counted_noun(text, end)
    return _count(match, text, hedge)


def _money(match: re.Match[str], text: str, hedge: str, dollar: str = "USD") -> _Reading | None:
    start, end = match.start(), match.end()
    if match["sym"]:
        number, scale, big, currency = match["n1"], match["s1"], match["b1"], match["sym"].strip()
    else:
        number, scale, big, currency = match["n2"], match["s2"], match["b2"], match["cur"]
        if not number[:1].isdigit() and number.lower() == "one" and not (scale or big):
            return None
    if match["sym"] and not (scale or big):
        shared = _RANGE_SCALE.match(text, end)  # "$140 and $150 million": the scale is shared
        if shared:
            scale = shared.group("s") or shared.group("b")
    amount = parse_amount(number, scale or big or "")
    if amount is None or _MONEY_GLUE.match(text, end):
        return None
    if not match["sym"] and match["cents"]:
        amount /= 100
    if not match["sym"] and match["cur"].lower().startswith("pound") and not (scale or big):
        if _WEIGHT.search(text, max(0, start - 60), start) or amount != amount.to_integral_value():
            return None  # "weighing 180 pounds", "4.46 pounds": a weight
    code = currency_of(currency)
    if match["cur"] and match["land"]:
        code = DOLLAR_LAND_CODES.get(" ".join(match["land"].split()), "USD")  # "US dollars", "Australian dollars"
    elif currency.lower() in _BARE_DOLLAR:
        code = dollar  # a bare "$" or "dollars" is the article's own dollar
    value = f"{qualifier_mark(hedge) and '~'}{code} {format_decimal(amount)}"
    return "money", end, value, money_subject(text, start, end)


def _hedged(qualifier: str | None, value: str) -> str:
    mark = qualifier_mark(qualifier or "")
    return value + "+" if mark == "+" else mark + value


def _glued(text: str, start: int, end: int) -> bool:
    """True when the figure runs into letters or another number ("1The", "5-2", "24/7")."""
    return bool(_GLUE_AFTER.match(text, end)) if end < len(text) else False


def _count(match: re.Match[str], text: str, hedge: str) -> _Reading | None:
    number, big = match["n6"], match["b6"]
    start, end = match.start(), match.end()
    n_start = match.start("n6")
    short = _SHORT_COUNT.match(text, end) if number[:1].isdigit() and not big else None
    if short and is_plural(counted_noun(text, short.end())):
        big, end = short.group("s"), short.end()  # "50m passengers"
    is_digits = number[:1].isdigit()
    if is_digits and not big and not hedge and _YEAR.fullmatch(number):
        return None  # a year; counts this size are written "2,000" (the first test: years are common)
    if _TIME_UNIT_AFTER.match(text, end):
        return None  # "four years ago", "3 Weeks": a duration or a relative date, not a count
    unit = _UNIT_ADJECTIVE.match(text, end) if is_digits and not big and "." not in number else None
    if unit and unit.group(1) not in _NOT_UNITS and unit.group(1) not in STOPWORDS and not unit.group(1).endswith("ed"):
        end = unit.end(1)  # "a 46-yard field goal", "a 17-point deficit": the unit is what is counted
    elif _glued(text, start, end):
        return None
    if is_digits:
        if not hedge and _is_label(_word_before(text, n_start)):
            return None
        if _ADDRESS.match(text, end):
            return None  # "40 East Fifth Avenue"
        if _LINE_MARKER.search(text, max(0, n_start - 12), n_start) and (
            text[end : end + 1] in (".", ")") or _CAPITAL_NEXT.match(text, end)
        ):
            return None  # "1. The...", "7 “Broad City” Star...": a list or headline number
        if text[n_start - 1 : n_start] in ("'", "’") and len(number) == 2:
            return None  # "early '09": a year
        if not big and len(number) >= 7 and number.isdigit():
            return None  # an identifier or timestamp, not a count
        if text[n_start - 1 : n_start] == "(" and text[end : end + 1] == ")":
            return None
    else:
        lowered = number.lower()
        if lowered in ("a", "one") and not big:
            return None
        prev_word = _word_before(text, n_start)
        if prev_word.lower() in _LABELS:
            return None
        if prev_word.lower() in _DETERMINERS and (lowered == "two" or not _plural_next(text, end)):
            return None  # "the eight ships" is a count; "the two firms" points back at a pair, "the three said" at people
        if (
            _may_end_word(text, n_start, _ALTERNATIVES, 3)
            and _ALTERNATIVE_BEFORE.search(text, max(0, n_start - 24), n_start)
        ) or _FRACTION_AFTER.match(text, end):
            return None  # "one or two", "two thirds"
        lower_start = number[:1].islower()
        nxt = (_NEXT_ANY if lower_start else _NEXT_LOWER).match(text, end)
        if not big and (nxt is None or nxt.group(1) in ("or", "to") or nxt.group(1).endswith("'s")):
            return None
    amount = parse_amount(number, big or "")
    if amount is None:
        return None
    value = _hedged(hedge, format_decimal(amount))
    return "number", end, value, unit.group(1) if unit and end == unit.end(1) else counted_noun(text, end)


def _plural_next(text: str, end: int) -> bool:
    """True when the word right after ``end`` is a plural noun ("the eight ships")."""
    words = noun_run(text, end, limit=1)
    return bool(words) and is_plural(words[0])


def _word_before(text: str, n_start: int) -> str:
    """The word that ends in blanks right before a number, or "".

    Within the 30 characters before the number: after the blanks (spaces and tabs, up to a newline right before
    the number), the run of word characters, points, apostrophes and hyphens, from its first ASCII letter on.
    """
    last = text[n_start - 1 : n_start]
    if last not in (" ", "\t", "\n"):
        return ""
    floor = max(0, n_start - 30)
    end = n_start - 1 if last == "\n" else n_start
    stop = end
    while stop > floor and text[stop - 1] in " \t":
        stop -= 1
    if stop == end:
        return ""
    start = stop
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in "_.'-"):
        start -= 1
    while start < stop and text[start] not in _ASCII_LETTERS:
        start += 1
    return text[start:stop]


def _is_label(prev_word: str) -> bool:
    """Digits that name rather than count: "Route 9", "Boeing 737", "page 3", "No. 10" (``prev_word`` before them)."""
    if not prev_word:
        return False
    if prev_word.lower().rstrip(".") in _LABELS:
        return True
    if not any(c.isupper() for c in prev_word):
        return False
    return prev_word not in _CAPITAL_OK


_CAPITAL_OK = frozenset(
    """January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday About Some Nearly Almost Over Around Roughly Only Just More Fewer
    Less At I In On By To For From Of And But Or With Than Since Until After Before Around Between The A An
    Only Just Another Those These All Its Their Our His Her Nearly Up Down Under Above Below Per Top""".split()
)
