"""Helpers shared by the figure and time extractors: stable facts and the noun a figure is about."""

from __future__ import annotations

import re

from pydantic import TypeAdapter

from factsheet.extract.amounts import ONES, QUALIFIER, TENS
from factsheet.model import Fact, FactKind, Source, anchor_fields, stable_id

_PREFIX: dict[str, str] = {"money": "m", "number": "n", "date": "d", "time": "t", "duration": "p"}

STOPWORDS = frozenset(
    """a an the this that these those its their his her our my your of in on at by for from to with as and or but
    nor than then so if is are was were be been being has have had do does did will would shall should can could
    may might must not no said says say told tells after before since until during over under about around into
    onto per each every last next this year years week weeks day days month months which who whom whose what when
    where while because though although also just only more most less least some any all both either neither
    such other another same new own up down out off again further once here there now yet still even ago earlier
    later early late today tonight tomorrow yesterday it he she they we you i them him us me across through toward
    towards against among amongst between within without regarding via like near amid despite including while
    having being following according whether already annually below above beyond behind ahead higher lower
    respectively first spent paid won lost made gave given took taken sent held left rose fell saw spoke struck
    swept brought thought found got told wrote met came went began become became""".split()
    + list(ONES)
    + list(TENS)
)
"""Words that end a noun run (function words, auxiliaries, time adverbs)."""

IRREGULAR_PLURALS = frozenset(
    "people children men women staff police personnel cattle sheep fish deer aircraft livestock crew".split()
)
_OF_RUN = re.compile(
    r"\s+of(?:\s+(?:the|its|their|our|his|her|those|these|them|my|your))?"
    r"(?:\s+(?:last|first|next|past|final|top|previous)(?:\s+\d[\d,]*)?)?(?=\s)"
)
_ED_ADJECTIVE = re.compile(r" [a-z]{2,}ed(?= [a-z])")
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")


class FactMaker:
    """Builds the facts of one source with ids stable across runs: :meth:`add` each, then :meth:`facts`.

    The id hashes the source id, kind, value, subject and the occurrence number of that
    (kind, value, subject) in the source, so it does not move when unrelated text changes.
    """

    def __init__(self, source: Source) -> None:
        self.source = source
        self._seen: dict[tuple[str, str, str], int] = {}
        self._fields: list[dict[str, object]] = []

    def add(self, kind: FactKind, start: int, end: int, value: str, subject: str = "") -> None:
        """Add the fact of ``kind`` stated at ``source.text[start:end]``."""
        key = (kind, value, subject)
        count = self._seen.get(key, 0) + 1
        self._seen[key] = count
        source = self.source
        self._fields.append(
            {
                "id": stable_id(_PREFIX[kind], source.id, kind, value, subject, str(count)),
                "kind": kind,
                "text": source.text[start:end],
                "subject": subject,
                "value": value,
                "evidence": [anchor_fields(source, start, end)],
            }
        )

    def facts(self) -> list[Fact]:
        """The facts added so far, in order.

        Validated in one call, anchors and all (the same facts as ``Fact(evidence=[Anchor.of(...)], ...)``
        one at a time, in less than half the time).
        """
        return _FACTS.validate_python(self._fields)


_FACTS = TypeAdapter(list[Fact])


def is_plural(word: str) -> bool:
    """A rough test for a plural count noun ("workers", "people"; not "gas" or "status")."""
    if word in IRREGULAR_PLURALS:
        return True
    if word.endswith("men") and len(word) > 4:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "ous"))


def noun_run(text: str, start: int, limit: int = 3) -> list[str]:
    """Lower-case content words from ``start`` up to a stop word, punctuation or ``limit`` words."""
    words: list[str] = []
    pos = start
    n = len(text)
    while len(words) < limit:
        while pos < n and text[pos] == " ":
            pos += 1
        match = _WORD.match(text, pos)
        if match is None or (match.end() < n and text[match.end()].isalnum()):
            break
        word = match.group()
        if word in STOPWORDS or (len(word) > 4 and word.endswith(("ed", "ly"))):
            break
        words.append(word)
        pos = match.end()
        if pos < n and text[pos] != " ":
            break
    return words


def counted_noun(text: str, start: int) -> str:
    """The thing a count is of: the first plural in the noun run after ``start``.

    "1.5 million paying customers" -> "customers"; "roughly 400 of the cuts" -> "cuts"; "nine of his last 10
    starts" -> "starts"; "20 unanswered points" -> "points";
    a run with no plural gives its last word ("3% property tax increase" -> "increase").
    """
    of = _OF_RUN.match(text, start)
    if of:
        start = of.end()
    words = noun_run(text, start)
    if not words:
        adjective = _ED_ADJECTIVE.match(text, start)  # "20 unanswered points", "40 armed officers"
        after = noun_run(text, adjective.end(), limit=1) if adjective else []
        if after and is_plural(after[0]):
            return after[0]
    for word in words:
        if is_plural(word):
            return word
    return words[-1] if words and not of else ""


def event_noun(text: str, start: int) -> str:
    """The event a date, time or duration modifies: up to two words right after it.

    "six-month transition period" -> "transition period"; "January 9 memo" -> "memo".
    """
    if start >= len(text) or text[start] != " ":
        return ""
    words = noun_run(text, start, limit=2)
    if len(words) == 2 and words[1].endswith("s") and not words[0].endswith("s"):
        words = words[:1]  # "a Sept. 15 email shows": the second word is the verb
    return " ".join(words)


# What a sum of money is -----------------------------------------------------------------------------------------

FIN_NOUNS = frozenset(
    """contract contracts deal deals agreement package budget stake loan bond fund grant settlement investment
    order acquisition takeover purchase sale offer bid award fine program programme project subsidy""".split()
)
"""Nouns that name what a sum is for; preferred when the phrase after a sum holds one ("$5m defence contract")."""

GENERIC_ADJECTIVES = frozenset(
    """average annual total overall global worldwide consolidated combined voluntary estimated additional extra new
    fresh initial current proposed planned expected possible full whole entire quarterly yearly monthly weekly daily
    one-time one-off interim record further latest""".split()
)
"""Modifiers an editor drops from a subject ("average annual wage" -> "wage"); "net profit" keeps "net"."""

_VERB_NOUNS: dict[str, str] = {
    "fined": "fine", "fines": "fine", "fine": "fine", "paid": "payment", "pays": "payment", "pay": "payment",
    "paying": "payment", "raised": "funding", "raises": "funding", "raising": "funding", "borrowed": "borrowing",
    "donated": "donation", "invested": "investment", "awarded": "award", "charged": "charge", "owes": "debt",
    "owed": "debt", "earned": "earnings", "spent": "spending", "spend": "spending", "spends": "spending",
}  # fmt: skip
"""A verb right before a sum names it: "fined Lumora €1.9bn" -> "fine", "raised $5m" -> "funding"."""

_LEAD = re.compile(rf"\s(?:\s*(?:{QUALIFIER}|(?i:an?\s+estimated|estimated)))?\s*$")
"""Blanks, or a hedge, between the words before a sum and its symbol (looked up once the symbol is cut off).
No match means the sum starts right there. Like every pattern searched over a stretch of text here, it opens
with a character class (not a repeat, look-behind or ``\b``), so ``re`` skips ahead to candidates."""
_CLAUSE = re.compile(r"[.;:!?,\s](?:(?<=[.;:!?,])(?=\s)|(?<=\n)|(?<=\s)[\u2014\u2013]\s)")
"""A clause break: ``[.;:!?,]`` before a blank, a newline, or a dash between blanks."""
_SENTENCE = re.compile(r"[.;:!?](?=\s)|\n")
_AFTER_OF_IN = re.compile(r"\s+(?:of|in)(?:\s+(?:the|its|their|new|fresh|additional))?(?=\s)")
_AFTER_IDIOM = re.compile(r"\s+(over|under)\s+budget\b")
_AFTER_THROUGH = re.compile(r",?\s+(?:through|via)\s+(?:(?:a|an|the|new)\s+)?(?=[a-z])")
# The end-anchored patterns below are searched over up to 160 characters; each opens with a character class
# (a word's first letter, then "not inside a word"; "\s\s*" for "\s+"), so re skips ahead to candidates.
_PREDICATE = re.compile(r"[wotf](?<!\w.)(?:(?<=w)orth|(?<=o)f|(?<=t)o|(?<=f)rom)\s*$")  # worth, of, to, from
_BEFORE_VALUED = re.compile(r"([Vv](?<!\w.)(?i:alued|aluing|aluation))\b[^.,;]{0,20}$")
_BEFORE_WORTH = re.compile(r"[Ww](?<!\w.)(?i:orth)\s*$")
_BEFORE_OF = re.compile(r"\s\s*of\s*$")
_BEFORE_TO = re.compile(r"\s\s*(?:to|from)\s*$")
_BEFORE_VERB = re.compile(
    rf"\b({'|'.join(_VERB_NOUNS)})(?:\s+(?:the|a|an|its|their|his|her|our))?(?:\s+(?:[A-Z][\w'’.-]*|[a-z][\w-]*)){{0,3}}"
    r"\s*$"
)
_CHANGE_VERB = re.compile(
    r"\s(?:(?:has|had|have|was|were|is|are|will|would)\s+(?:been\s+)?)?(?:rose|risen|fell|fallen|increased|decreased"
    r"|grew|grown|climbed|jumped|dropped|declined|surged|soared|slumped|plunged|slipped|edged\s+(?:up|down)|reached"
    r"|hit|totalled|totaled|came\s+in|rises|falls|grows|climbs|jumps|drops|declines|increases|decreases|reaches"
    r"|rise|fall|grow|climb|increase|decrease|soar|soars|plummet|plummets|plummeted|surge|surges|slump|slumps|plunge"
    r"|plunges|jump|drop|decline|tumble|tumbles|tumbled|slide|slides|slid|sink|sinks|sank|double|doubled|triple|tripled"
    r"|halve|halved|balloon|ballooned|recover|recovered|rebound|rebounded)\b"
)
_PP_BEFORE = re.compile(
    r"\s\s*(?:at|from|in|of|for|on|across|within)\s+(?:(?:the|its|their|a|an)\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:[a-z][\w-]*\s*){0,2}$"
)
_NOT_SUBJECTS = frozenset(
    """one all some most part total sum amount tune excess region upwards range average equivalent
    close equal up down back more less much many year-on-year percent cent cents pence points gone been done come
    set""".split()
)
_AUXILIARY_BEFORE = re.compile(
    r"(?i)\b(?:could|would|will|may|might|can|should|must|to|has|had|have|did|does|do|'ll|not)\s*$"
)
"""Before the words ahead of "to £3m", a verb phrase opens: "could balloon to", "will pay to"."""
_CAPITAL_WORD = re.compile(r"([A-Za-z](?<![\w$£€¥₹.,'’-].)(?:[\w'’-]*[A-Za-z])?)[ \t]*$")
_CLAUSE_OPEN = re.compile(r"(?:^|[.!?:;\n\"“‘(\u2014]|,)\s*$")


def noun_run_before(text: str, end: int, floor: int, limit: int = 3) -> list[str]:
    """Lower-case content words ending at ``end`` (back to a stop word, a name, punctuation or ``floor``).

    A capitalised word counts only where it opens the clause ("Revenue from operations rose...").
    """
    words: list[str] = []
    pos = end
    while len(words) < limit:
        match = _CAPITAL_WORD.search(text, max(floor, pos - 40), pos)
        if match is None:
            break
        word = match.group(1)
        opens = bool(_CLAUSE_OPEN.search(text, max(floor, match.start() - 4), match.start())) or match.start() == floor
        if word[0].isupper() and not opens:
            break
        lowered = word.lower()
        if lowered in STOPWORDS or lowered.endswith(("'s", "’s")) or (len(lowered) > 4 and lowered.endswith(("ed", "ly"))):
            break
        words.insert(0, lowered)
        pos = match.start()
        if opens:
            break
    return words


def subject_phrase(words: list[str]) -> str:
    """The subject an editor writes for a noun phrase: its head and one modifier, generic adjectives dropped."""
    words = [w for w in words if w not in GENERIC_ADJECTIVES]
    if not words or words[-1] in _NOT_SUBJECTS:
        return ""
    return " ".join(words[-2:])


def money_subject(text: str, start: int, end: int) -> str:
    """What the sum at ``text[start:end]`` is ("$200 million contract", "fined X €1.9bn" -> "fine").

    In order: the noun the sum modifies (a deal word first) or the noun after "of"/"in"; "over budget"; the
    "valued at" valuation; the deal or noun phrase a "worth" refers to; the noun phrase before "of"; the
    subject of a change verb or the noun phrase before "to"/"from" ("export revenue rose to ₹1,040 crore",
    "net profit to ₹412 crore"); a verb's noun ("fined", "paid", "raised"); "through debt".
    """
    floor = max(0, start - 160)
    cut = max((m.end() for m in _CLAUSE.finditer(text, floor, start)), default=floor)
    lead = _LEAD.search(text, cut, start)
    at = lead.start() if lead else start
    after = _AFTER_OF_IN.match(text, end)
    words = noun_run(text, after.end() if after else end)
    if words and not after and _PREDICATE.search(text, cut, at):
        words = []  # "a scheme worth $20 million opens": the sum does not modify "opens"
    if words:
        known = [w for w in words if w in FIN_NOUNS]
        if known:
            return known[0]
        if not after:
            return words[-1]
        plural = next((i for i, w in enumerate(words) if is_plural(w)), len(words) - 1)
        return subject_phrase(words[: plural + 1])  # "£40m of invoices remain unpaid" -> "invoices"
    idiom = _AFTER_IDIOM.match(text, end)
    if idiom:
        return "overspend" if idiom.group(1) == "over" else "underspend"
    before = text[max(0, start - 90) : start]
    if _BEFORE_VALUED.search(before):
        return "valuation"
    worth = _BEFORE_WORTH.search(text, cut, at)
    if worth:
        sentence = max((m.end() for m in _SENTENCE.finditer(text, floor, worth.start())), default=floor)
        nouns = [w for w in re.findall(r"[a-z]+", text[sentence : worth.start()]) if w in FIN_NOUNS]
        return nouns[-1] if nouns else subject_phrase(noun_run_before(text, worth.start(), cut))
    of = _BEFORE_OF.search(text, cut, at)
    if of:
        return subject_phrase(noun_run_before(text, of.start(), cut))
    to = _BEFORE_TO.search(text, cut, at)
    if to:
        verbs = list(_CHANGE_VERB.finditer(text, cut, to.start()))
        if verbs:
            np_end = verbs[-1].start()
            pp = _PP_BEFORE.search(text, cut, np_end)
            found = subject_phrase(noun_run_before(text, pp.start() if pp else np_end, cut))
            if found:
                return found
        if verbs and not text[verbs[-1].end() : to.start()].strip():
            return ""  # "should more than double to $21bn": the verb stands right before "to"
        run = noun_run_before(text, to.start(), cut)
        verb_like = _AUXILIARY_BEFORE.search(text, cut, to.start() - len(" ".join(run)) - 1) if run else None
        found = "" if verb_like else subject_phrase(run)
        if found:
            return found
    verb = _BEFORE_VERB.search(text, cut, at)
    if verb:
        return _VERB_NOUNS[verb.group(1)]
    through = _AFTER_THROUGH.match(text, end)
    if through:
        return subject_phrase(noun_run(text, through.end(), limit=2))
    return ""
