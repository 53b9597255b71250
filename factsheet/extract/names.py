"""Person names and title words in news text, found by rule (no models, no name lists).

A *person* is a run of capitalised words that the text itself marks as a person:
a title or honorific before it ("Defense Secretary Jane Roe", "Mr. Smith"), a
speech verb next to it ("Jane Roe said", "said Jane Roe"), an appositive title
after it ("Jane Roe, the city's mayor,"), or a title phrase and a comma before it
("the agency's director, Jane Roe"). Once an article has named a person in full,
later mentions of the full name or the surname alone are that person too.

Public API (stable; the quotes and roles extractors import it):

* :class:`PersonMention` -- a span of text and the full name it refers to;
* :func:`find_people` -- every person mention in ``text[start:end]``;
* :func:`people_in` -- the same over a source's body regions;
* :func:`resolve_surname` / :func:`surname_of` -- a surname to the full name it
  stands for (a surname-only mention takes the latest full name before it, else
  the first one after it);
* lexicon helpers :func:`is_title_word`, :func:`is_title_modifier`,
  :func:`is_honorific`, :func:`is_org_word`, :func:`is_function_word`,
  :data:`SPEECH_VERBS`, and the title parsers :func:`title_before` and
  :func:`skip_name_tail` (" of Kentucky", " (D-Calif.)" after a name);
* :data:`WORD_RE` -- the word pattern the title parsers use.

A mention's ``name`` is what a fact's ``subject`` should hold; ``cue`` says why
the words were taken for a person ("title", "honorific", "speech", "appositive",
"known"). Only body text is read by :func:`people_in`.

Everything is linear in the length of the text: compiled patterns with
possessive quantifiers and bounded look-back windows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from factsheet.model import Source

# --- lexicons ------------------------------------------------------------------------------------

_HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss mx mx. dr dr. sir dame madam mme mme. mlle".split()
)
"""Forms of address: they mark a person but are not titles."""

_TITLE_HEADS = frozenset(
    """
    president vice-president premier chancellor secretary undersecretary under-secretary secretary-general
    minister governor gov. mayor senator sen. representative rep. congressman congresswoman
    congressperson lawmaker legislator mp mep mla msp assemblyman assemblywoman councillor councilor
    councilman councilwoman alderman speaker whip ambassador envoy diplomat consul attaché
    spokesperson spokesman spokeswoman press-secretary
    director chair chairman chairwoman chairperson ceo cfo coo cto cio cmo president-elect chief head founder
    co-founder cofounder executive officer commissioner administrator superintendent supt. inspector
    insp. constable detective det. sheriff marshal deputy-director
    judge justice magistrate prosecutor attorney lawyer barrister solicitor counsel advocate
    general gen. admiral adm. colonel col. lieutenant lt. commander cmdr. captain capt. sergeant sgt.
    maj. corporal private brigadier marshal commodore
    king queen prince princess emperor empress sultan emir sheikh pope cardinal bishop
    archbishop rabbi imam reverend rev. pastor priest vicar
    professor prof. lecturer dean provost principal rector researcher scientist economist analyst
    strategist historian physician surgeon doctor nurse paramedic teacher headteacher headmaster
    engineer architect accountant auditor consultant adviser advisor aide staffer
    manager partner owner proprietor investor banker trader broker entrepreneur publisher editor
    reporter correspondent journalist columnist author writer novelist poet actor actress singer
    musician artist director producer coach trainer player striker goalkeeper midfielder defender
    pitcher quarterback captain athlete
    leader official member deputy fellow champion supervisor cllr cllr. councilmember alderwoman
    closer reliever catcher shortstop outfielder infielder linebacker cornerback receiver winger
    full-back centre-back center-back fullback bowler jockey sprinter swimmer golfer boxer wrestler
    skier runner-up announcer anchor astronaut barber bartender biographer blogger bodyguard builder
    butcher carpenter cashier caretaker chef comedian composer conductor contractor cop counselor
    counsellor courier critic dancer designer driver gardener instructor janitor juror landlord
    librarian lifeguard mechanic medic midwife miner missionary monk nanny nun painter photographer
    planner playwright plumber programmer rapper referee retiree sailor sculptor surveyor tutor umpire
    waiter waitress welder pensioner expert specialist candidate nominee gp coordinator
    curator agent trustee clerk registrar coroner warden ombudsman selectman assemblymember regulator negotiator mediator treasurer controller comptroller
    democrat republican
    activist campaigner organizer organiser protester volunteer farmer worker employee resident
    student pilot soldier veteran officer firefighter witness survivor
    president-elect premier-elect chancellor-elect
    """.split()
)
"""Head nouns of titles and job descriptions (lower case)."""

_WEAK_HEADS = frozenset(
    """
    general major private chief head executive officer justice principal marshal director captain
    partner owner leader worker resident student witness democrat republican member dean coach
    """.split()
)
"""Heads that also start organisation names or ordinary phrases ("General Motors", "Private Eye").

After one of these, a single capitalised word counts as a surname only when the
article names that person in full.
"""

_TITLE_MODIFIERS = frozenset(
    """
    deputy vice assistant associate acting interim former ex- ex then- senior junior chief principal
    top lead executive managing general co- first second permanent special foreign home defense defence
    transport health finance trade state shadow press national security communications policy
    technology research operating financial technical founding incoming outgoing retired current
    longtime long-time veteran prime attorney ranking board district county city regional federal global
    independent private public program programme project campaign party majority minority floor
    union labour labor education energy environment environmental justice treasury interior commerce
    agriculture housing culture digital science economic economy business sales marketing product
    investment intelligence military armed police fire medical clinical legal political
    deputy-chief vice-chair co-chair staff head presiding leading reigning ruling visiting sitting serving
    elected embattled disgraced jailed ousted exiled assistant- presidential congressional parliamentary
    gubernatorial mayoral senatorial ministerial wide defensive offensive rookie starting backup relief star
    """.split()
)
"""Words that may stand in a title before its head ("deputy", "press", "Defence")."""

_ORG_WORDS = frozenset(
    """
    act acts agency administration alliance army assembly association authority bank board bureau
    cabinet center centre church city club coalition college commission committee company
    congress corp corp. corporation council county court department district division embassy
    federation force forces foundation front fund government group guard hall holdings hospital
    house inc inc. institute institution journal kingdom league limited llc ltd ltd. media ministry
    movement museum navy network news office organisation organization palace parliament party
    police post press prize province region republic school senate service services society
    squad state states station street avenue road square park bridge tower building airport
    system systems team times trust tribune union united university valley village ward week
    weekly daily herald gazette telegraph guardian review magazine channel radio tv television
    day award awards cup championship festival summit conference forum program programme project
    plan policy law treaty accord agreement court's river lake mountain island bay sea ocean
    coast beach gulf capital capitol hotel restaurant stadium arena prison jail command caucus
    homes theatre theater cinema gallery semiconductor semiconductors electronics software networks
    telecom telecoms pharma pharmaceutical biotech therapeutics robotics aerospace automotive logistics
    foods beverages brewery mining resources petroleum chemicals gold silver oil dam canal tunnel opera orchestra band choir ballet circus zoo cathedral abbey
    security affairs democratic republican national federal central international supreme social
    cooperative co-op airlines airways motors industries labs laboratories technologies pharmaceuticals
    entertainment studios enterprises ventures solutions associates insurance financial mutual electric
    utilities utility railway railways rail energy partners
    """.split()
)
"""Words that make a capitalised run an organisation, place or thing rather than a person."""

_SURNAME_ORG_WORDS = frozenset(
    "park hall church house post bank court ward bay lake river tower bridge village valley guard press law".split()
)
"""Organisation or place words that are also common surnames ("Elena Park", "Tom Hall")."""

_SURNAME_TITLES = frozenset(
    """
    king bishop judge marshal dean chancellor prince knight pope sheriff mayor carpenter baker butcher
    painter gardener driver miner barber sailor singer porter mason cook chef dancer fisher
    """.split()
)
"""Title words that are also surnames: a name may end with one."""

_FUNCTION_WORDS = frozenset(
    """
    a an the this that these those it its he she they we i you his her their our my your
    on in at by for from with to of as and or but nor so yet if when while after before since
    until during despite although though because whether where why how what who whom which
    there here then now also meanwhile however separately previously earlier later still
    yesterday today tonight tomorrow hours days weeks months years last next every each some
    many most more much few several both either neither no not all any one two three
    mr mrs ms dr
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    under over about around among between through against toward towards into onto upon
    according unlike like amid amidst
    is are was were be been has have had will would can could should shall do does did
    """.split()
)
"""Capitalised words that start sentences or name dates, never names."""

_ACRONYM_TITLES = frozenset("ceo cfo coo cto cio cmo mp mep mla msp".split())

_NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

SPEECH_VERBS = frozenset(
    """
    said says say told tells wrote writes added adds stated states noted notes argued argues
    warned warns announced announces explained explains asked asks replied replies insisted
    insists claimed claims posted posts tweeted tweets testified testifies acknowledged
    acknowledges recalled recalls conceded concedes countered counters responded responds
    declared declares continued continues admitted admits urged urges vowed vows
    """.split()
)
"""Verbs of saying; a capitalised run next to one is a speaker."""


@lru_cache(maxsize=1 << 15)
def is_title_word(word: str) -> bool:
    """Whether ``word`` is the head noun of a title ("Secretary", "CEO", "spokeswoman")."""
    w = _fold(word)
    if w in _TITLE_HEADS or _strip_prefix(w) in _TITLE_HEADS:
        return True
    if word.isalpha() and len(word) >= 7 and word[1:].islower():
        # job nouns by their ending: "epidemiologist", "statistician", "businesswoman"
        endings = _JOB_ENDINGS if word[0].islower() else ("ologist", "ician")
        if word.endswith(endings) and w not in _NOT_JOBS:
            return True
    return False


_JOB_ENDINGS = (
    "ologist", "ician", "ist", "man", "woman", "person", "ator", "teacher", "worker", "maker", "keeper", "writer",
    "owner",
)
_NOT_JOBS = frozenset(
    """
    persist consist insist resist assist desist subsist exist coexist enlist checklist playlist
    wishlist shortlist blacklist waitlist twist wrist amidst midst foremost topmost utmost almost
    human superhuman inhuman ottoman german talisman marxist leninist maoist islamist zionist jihadist
    nationalist communist fascist racist sexist populist extremist terrorist elevator calculator indicator
    ventilator generator radiator incubator alligator escalator accelerator refrigerator
    """.split()
)


def is_weak_title_word(word: str) -> bool:
    """Whether ``word`` is a title head that also starts ordinary names ("General")."""
    return _fold(word) in _WEAK_HEADS


def is_title_modifier(word: str) -> bool:
    """Whether ``word`` may stand before a title head ("deputy", "former", "Defence")."""
    w = _fold(word)
    return w in _TITLE_MODIFIERS or (len(w) > 2 and w.endswith("-") and w[:-1].isalpha())


def is_honorific(word: str) -> bool:
    """Whether ``word`` is a form of address ("Mr.", "Dr", "Dame")."""
    return _fold(word) in _HONORIFICS


def is_org_word(word: str) -> bool:
    """Whether ``word`` marks an organisation, place or thing ("Department", "Act")."""
    return _fold(word) in _ORG_WORDS


def is_function_word(word: str) -> bool:
    """Whether a capitalised ``word`` is a sentence-initial or calendar word, never a name."""
    return _fold(word) in _FUNCTION_WORDS


@lru_cache(maxsize=1 << 15)
def _fold(word: str) -> str:
    return word.lower().replace("’", "'")


def _strip_prefix(word: str) -> str:
    for prefix in ("then-", "ex-", "co-", "vice-", "deputy-"):
        if word.startswith(prefix):
            return word[len(prefix) :]
    return word


# --- capitalised runs ----------------------------------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-Þ"
_ABBREV = (
    r"(?:Mr|Mrs|Ms|Mx|Dr|Jr|Sr|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|Supt|Insp|Det|Cmdr|Maj|Cllr)\."
)
_NAME_PREFIXES = ("al", "el", "ad", "as", "bin", "ibn", "abu", "da", "de", "di", "du", "van", "von")
"""Lowercase particles joined to a name by a hyphen ("al-Assad"): the only tokens that start in lower case."""
_TOKEN = (
    rf"(?:(?=[A-Z][a-z]++\.){_ABBREV}"  # (every abbreviation has this shape: most words skip them at once)
    rf"|[{_UPPER}](?:\.[{_UPPER}])*+\.(?![\w])"  # initials: J. / U.S. / J.D.
    rf"|(?:[{_UPPER}]|(?:Mc|Mac|O['’]|D['’]|(?:{'|'.join(_NAME_PREFIXES)})-)[{_UPPER}])\w*+(?:['’][{_UPPER}]\w*+)*+(?:-[{_UPPER}]\w*+)*+"
    r"(?:['’]s)?+(?![\w-]))"
)
_PARTICLE = r"(?:van|von|de|der|den|da|del|della|di|du|dos|das|la|le|bin|ibn|al|el|ter|ten)"
_RUN_TAIL = rf"(?<![\w.’'-]){_TOKEN}(?:[ \u00a0]{{1,3}}(?:{_PARTICLE}[ \u00a0]){{0,2}}{_TOKEN})*+"
_RUN_RE = re.compile(rf"(?=[{_UPPER}{''.join(sorted({p[0] for p in _NAME_PREFIXES}))}]){_RUN_TAIL}")
"""A capitalised run. Every token starts with a capital or with a name prefix ("al-", "bin-"): a cheap first test."""
_CAPITAL_RUN_RE = re.compile(rf"(?=[{_UPPER}]){_RUN_TAIL}")
""":data:`_RUN_RE` for text where no run can start with a name prefix: it tests far fewer positions
(lowercase "a", "d", "e" ... start most words)."""
_PREFIX_START_RE = re.compile(
    "|".join(
        rf"-(?<=(?:{'|'.join(p for p in _NAME_PREFIXES if len(p) == n)})-)[{_UPPER}]"
        for n in sorted({len(p) for p in _NAME_PREFIXES})
    )
)
"""A name prefix, hyphen and capital ("al-A"), found from the hyphen: a fast scan for a rare sight.

A lowercase position starts a match of :data:`_RUN_RE` only where its prefix branch
matches, that is where this pattern matches too (this one does not ask what stands
before the prefix, so it may say yes where :data:`_RUN_RE` finds nothing, never the
reverse). Where it finds nothing, both patterns match at the same positions.
"""

_INITIAL_RE = re.compile(rf"^(?:[{_UPPER}]\.){{1,3}}$|^[{_UPPER}]{{1,2}}$")
_CAMEL_RE = re.compile(r"^[A-Z][a-z]{3,}[A-Z]")
_POSSESSIVE_RE = re.compile(r"\w['’]s$|s['’]$")
_SPACES_RE = re.compile(r"\s+")
AGE_WORD_RE = re.compile(r"\d{1,3}-year-old$")
"""An age as an adjective ("a 34-year-old teacher"): not part of a title."""


def _runs(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The capitalised runs of ``text[lo:hi]``: :data:`_RUN_RE`'s matches, found faster when no name prefix is there."""
    pattern = _RUN_RE if _PREFIX_START_RE.search(text, lo, hi) else _CAPITAL_RUN_RE
    return pattern.finditer(text, lo, hi)


class _WordKind(NamedTuple):
    """What the people finder asks of a run's word, asked once per distinct word and kept on its tokens."""

    function: bool
    suffix: bool
    """A name suffix ("Jr.")."""
    honorific: bool
    title: bool
    name: bool
    """It may stand inside a name (:func:`_name_word`)."""
    name_end: bool
    """It may end a name ("Theresa May", "Mervyn King")."""
    alone: bool
    """It may be a one-word name: what :func:`_candidate` asks of it before any context."""


class _Tok(NamedTuple):
    """One word of a capitalised run (a tuple: made by the hundred thousand)."""

    start: int
    end: int
    word: str
    possessive: bool
    kind: _WordKind


def _run_tokens(run: str, start: int) -> list[_Tok]:
    """The words of a capitalised run found at ``start``, possessive ``'s`` cut off (and flagged).

    :data:`_RUN_RE` joins its words with spaces only (and no word holds one), so the
    words are the pieces between spaces: no second pattern is needed.
    """
    toks: list[_Tok] = []
    for piece in run.replace("\u00a0", " ").split(" "):
        if piece:
            toks.append(_token(piece, start))
        start += len(piece) + 1
    return toks


def _token(word: str, start: int) -> _Tok:
    bare, possessive, kind = _read_word(word)
    return _new_tuple(_Tok, (start, start + len(bare), bare, possessive, kind))


_new_tuple = tuple.__new__
"""What ``_Tok(...)`` calls with its fields in order, called at once: one Python call fewer per word."""


@lru_cache(maxsize=1 << 15)
def _read_word(word: str) -> tuple[str, bool, _WordKind]:
    """``word`` without a possessive ``'s`` or ``'``, whether it had one, and what kind of word that leaves."""
    # only a word ending in "s" or a quote can be possessive: skip the pattern for the rest
    if len(word) > 3 and word[-1] in "s'’" and _POSSESSIVE_RE.search(word):
        return word[:-2], True, _word_kind(word[:-2])
    return word, False, _word_kind(word)


def _word_kind(word: str) -> _WordKind:
    """What :class:`_WordKind` says of ``word`` (asked by :func:`_read_word`, whose cache keeps it)."""
    f = _fold(word)
    name, name_end = _name_word(word, False), _name_word(word, True)
    return _WordKind(
        f in _FUNCTION_WORDS,
        f in _NAME_SUFFIXES,
        is_honorific(word),
        is_title_word(word),
        name,
        name_end,
        f not in _FUNCTION_WORDS and name and name_end,
    )


def _name_word(w: str, last: bool) -> bool:
    """Whether a capitalised word can be part of a person's name (``last``: as its last word)."""
    f = _fold(w)
    if f in _FUNCTION_WORDS:
        return last and f in ("may", "june", "april", "august")  # "Theresa May"
    if f in _TITLE_HEADS or f in _HONORIFICS:
        return last and f in _SURNAME_TITLES  # "Mervyn King", "Grant Dean"
    if f in _ORG_WORDS and not (last and f in _SURNAME_ORG_WORDS):
        return False
    if f in _NAME_SUFFIXES:
        return True
    if w[0].islower():
        return True  # a particle ("van", "de")
    if _INITIAL_RE.match(w):
        return not last and f not in ("us", "uk", "eu", "un", "u.s.", "u.k.", "e.u.", "u.n.")
    if w.isupper() and len(w) > 2:
        return False  # an acronym: NATO, CEO
    if _CAMEL_RE.match(w):
        return False  # a brand: BlackBerry, YouTube, DeepMind (but McDonald, DeSantis, LeBron)
    return any(c.islower() for c in w)


# --- title phrases -------------------------------------------------------------------------------

WORD_RE = re.compile(
    rf"(?=[-A-Za-z{_UPPER}]++\.)(?:(?:[A-Za-z]\.){{2,}}|(?:[a-z]+-)?{_ABBREV}|[{_UPPER}]\.(?=[ \u00a0]?[{_UPPER}]))"
    r"|[\w’'&-]+|[^\w\s]"
)
"""Words for title parsing: a sentence-final period is a word of its own, "U.S." and "Dr." are not split.
(The look-ahead, letters then a point, lets most words skip the three dotted branches at once.)"""
_OF_PREPS = frozenset(("of", "for", "at", "on"))
_OF_INNER = frozenset(("and", "&", "the", "of", "on", "for", "de"))
_OF_ANY = _OF_PREPS | _OF_INNER
_NO_PRETITLE = frozenset(("fellow",))
"""Title words that never stand right before a name as its title ("fellow Democrats")."""
_VERB_LEADS = frozenset("to will would can could may might must should shall".split())
_VERB_HEADS = frozenset(
    "champion head chair judge coach captain witness pilot partner nurse doctor host advocate counsel "
    "engineer author referee manage mentor usher".split()
)
"""Title words that are also verbs: after "to" or "will" they are no title ("to champion Mr. Roe")."""
_DETERMINERS = frozenset("the a an its his her their our your my this another".split())
_WINDOW = 110
_TAIL = 24
"""Characters of a title's tail tokenised first: enough for the few words that decide most titles."""
_SPACE_RE = re.compile(r"\s")


@dataclass(frozen=True)
class TitleSpan:
    """A title phrase found in text: its span, and whether a determiner or possessive led it."""

    start: int
    end: int
    led: bool
    """True when "the", "a", "its" or a possessive ("the ministry's") stands right before it."""
    coordinated: TitleSpan | None = None
    """The title joined to this one by "and" ("founder" in "founder and chief executive")."""


_WORD_CHARS = frozenset("’'.&-_")


def _prev_word(text: str, pos: int, floor: int) -> tuple[int, str] | None:
    """The word (or punctuation mark) before ``pos``, whitespace skipped, not before ``floor``."""
    i = pos
    while i > floor and text[i - 1].isspace():
        i -= 1
    if i <= floor:
        return None
    c = text[i - 1]
    if not (c.isalnum() or c in _WORD_CHARS):
        return i - 1, c
    j = i - 1
    while j > floor and (text[j - 1].isalnum() or text[j - 1] in _WORD_CHARS):
        j -= 1
    return j, text[j:i]


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, end)]


def _premod(word: str) -> bool:
    """A word that may stand left of a title head inside the title."""
    f = _fold(word)
    if f in _FUNCTION_WORDS or _POSSESSIVE_RE.search(word) or f in _HONORIFICS:
        return False
    if is_title_word(word) or is_title_modifier(word):
        return True
    return word[0].isupper() and not word.endswith(",")


class _NearKind(NamedTuple):
    """What the word right before a name says about a title or cue there (asked once per distinct word)."""

    of_any: bool
    """It is "of", "for", "the", "and" ... (:data:`_OF_ANY`): an office or organisation may go on."""
    ends_of_any: bool
    """The same without a trailing period ("of." too)."""
    may_end_title: bool
    """A title may end with it: a capital, a title word, or "of"/"the"/"and" inside an office."""
    honorific: bool
    ends_sentence: bool
    """It ends with a period that :data:`WORD_RE` reads as a word of its own ("Thursday.", not "Mr." or "U.S.")."""
    may_cue: bool
    """A title (:func:`_title_before` without ``open_end``), an honorific or a led title's comma may end here."""


_KEEPS_PERIOD_RE = re.compile(rf"(?:[A-Za-z]\.[A-Za-z]\.|[{_UPPER}]\.|{_ABBREV})$")
"""The endings whose period :data:`WORD_RE` may keep: dotted letters, an initial, an abbreviation."""


@lru_cache(maxsize=1 << 15)
def _near_kind(word: str) -> _NearKind:
    last = word.rstrip(".") or word
    of_any, ends_of_any = _fold(word) in _OF_ANY, _fold(last) in _OF_ANY
    may_end_title = last[0].isupper() or _fold(last) in _OF_INNER or is_title_word(word)
    honorific = is_honorific(word)
    ends_sentence = word.endswith(".") and not _KEEPS_PERIOD_RE.search(word)
    # what _title_before asks before it reads a window, then the honorific and the comma
    may_title = may_end_title and not ends_of_any and not ends_sentence
    may_cue = not of_any and (may_title or honorific or word == ",")
    return _NearKind(of_any, ends_of_any, may_end_title, honorific, ends_sentence, may_cue)


def title_before(
    text: str, pos: int, floor: int = 0, *, open_end: bool = False, lower_ok: bool = False
) -> TitleSpan | None:
    """The title phrase that ends right before ``pos`` (whitespace between), or ``None``.

    Recognises "Defense Secretary", "Acme CEO", "top House Democrat", "chief
    executive" and titles with an of-phrase ("Secretary of Defense", "Deputy
    Secretary for Research and Engineering"). A possessive or determiner before the
    title is left out of the span (``led`` says it was there). With ``open_end`` the
    phrase may stop inside its of-phrase ("Secretary of", "Secretary for Research and"),
    as it does when the words after ``pos`` continue it. With ``lower_ok`` the
    of-phrase may hold lowercase words ("a spokesman for the ministry, John Smith").
    """
    return _title_before(text, pos, floor, _prev_word(text, pos, floor), open_end, lower_ok)


def _title_before(
    text: str, pos: int, floor: int, near: tuple[int, str] | None, open_end: bool, lower_ok: bool
) -> TitleSpan | None:
    """:func:`title_before` given ``near``, the word before ``pos`` (callers often hold it already)."""
    if near is None:
        return None
    kind = _near_kind(near[1])
    if not open_end and kind.ends_of_any:
        return None  # a title never ends with "and", "of" or "the"
    if not (lower_ok or kind.may_end_title):
        return None  # fast path: most words before a name are none of these
    if kind.ends_sentence:
        return None  # "Thursday. Jane Roe": the last word before the name is a period, no title's head or part
    lo = max(floor, pos - _WINDOW)
    lo = max(lo, text.rfind("\n", lo, pos) + 1)  # a title does not run across lines
    if not lower_ok and _plain_word_ends_no_title(text, near, lo):
        return None
    # the head is found among the last few words: tokenise a short tail first, the window only when needed
    # (with lower_ok the head is usually several lowercase words back: tokenise the window at once)
    tail_start = _SPACE_RE.search(text, pos - _TAIL, pos) if pos - _TAIL > lo and not lower_ok else None
    if tail_start is not None:
        words, complete = _words(text, tail_start.start(), pos), False
    else:
        words, complete = _words(text, lo, pos), True
    head = _title_head(words, complete, open_end, lower_ok)
    if head is None:  # the tail was too short to tell
        words, complete = _words(text, lo, pos), True
        head = _title_head(words, complete, open_end, lower_ok)
    if head is None or head < 0:
        return None
    if not complete:
        tail_len = len(words)
        words = _words(text, lo, pos)
        head += len(words) - tail_len
    n = len(words)
    first, j = _extend_left(words, head)
    if head == n - 1 and _fold(words[head][2]) in _NO_PRETITLE:
        return None  # "Pugh's fellow Neath-Swansea Ospreys player": an adjective here
    if first == head == n - 1 and words[head][2] in _VERB_HEADS and j >= 0 and _fold(words[j][2]) in _VERB_LEADS:
        return None  # "rushed to champion Mr. Labrador's bid": a verb, not a title
    led = _leads(words, j)
    coordinated = None
    if not led and j >= 1 and words[j][2] == "and" and is_title_word(words[j - 1][2]):
        # "founder and chief executive": the first title is a title of its own
        c_first, c_j = _extend_left(words, j - 1)
        led = _leads(words, c_j)
        coordinated = TitleSpan(words[c_first][0], words[j - 1][1], led)
    elif not led and j >= 1 and words[j][2] == "and":
        # "the president's son-in-law and senior adviser": the determiner leads both
        for x in range(j - 1, max(-1, j - 5), -1):
            if not words[x][2][0].isalnum():
                break
            if _leads(words, x):
                led = True
                break
    return TitleSpan(words[first][0], words[-1][1], led, coordinated)


def _plain_word_ends_no_title(text: str, near: tuple[int, str], lo: int) -> bool:
    """Whether the two words before a name already rule a title out ("said the", "in London").

    Without ``lower_ok`` a title ending at ``near`` needs ``near`` to be its head or the
    word before it to be capitalised, a title head, or "of"/"the"/"and" ... So a plain
    lowercase word (or a punctuation mark, or a sentence's period) before a plain ``near``
    settles it. Words without a period are single words of :data:`WORD_RE` too, so this
    agrees with it.
    """
    if "." in near[1] or is_title_word(near[1]):
        return False
    before = _prev_word(text, near[0], lo)
    if before is None or before[0] < lo:
        return False
    w = before[1]
    if _near_kind(w).ends_sentence:
        return True  # "... on Thursday. The Treasury": the word before ``near`` is the period
    return "." not in w and not w[0].isupper() and _fold(w) not in _OF_ANY and not is_title_word(w)


def _title_head(words: list[tuple[int, int, str]], complete: bool, open_end: bool, lower_ok: bool) -> int | None:
    """Index of the head of a title that ends ``words``, -1 for none, ``None`` when ``words`` is too short to tell.

    ``words`` are the last words before a position (all of the window when ``complete``).
    Words are never joined across whitespace, so the words after a whitespace are the
    same whether tokenising starts there or earlier: a tail is a true suffix of the window.
    """
    n = len(words)
    if not words:
        return -1 if complete else None
    if is_title_word(words[-1][2]):
        return n - 1
    # an of-phrase: "... Secretary of [the] Defense" / "for Research and Engineering"
    i = n - 1
    steps = 0
    while i >= 1 and steps < 8:
        w = words[i][2]
        f = _fold(w)
        if f in _OF_PREPS and (i < n - 1 or open_end) and is_title_word(words[i - 1][2]):
            return i - 1
        if not (w[0].isupper() or f in _OF_INNER or (lower_ok and w.isalpha())) or _POSSESSIVE_RE.search(w):
            return -1
        if f in _HONORIFICS and not lower_ok:
            return -1  # "mayor of Chicago and Mr. Obama": the honorific starts another name
        i -= 1
        steps += 1
    return -1 if complete or steps >= 8 else None


def _extend_left(words: list[tuple[int, int, str]], head: int) -> tuple[int, int]:
    """First word of the title whose head is ``words[head]``, and the index of the word before it."""
    first = head
    j = head - 1
    while j >= 0 and words[j][1] + 3 >= words[j + 1][0]:
        w = words[j][2]
        if w in ("of", "for", "&") and j >= 1 and first < head and words[first][2][0].isupper():
            if _premod(words[j - 1][2]) and words[j - 1][2][0].isupper() and not is_title_word(words[j - 1][2]):
                first = j - 1  # "Bank of England governor", "University of Chicago professor"
                j -= 2
                continue
        if not _premod(w) or _sentence_opener(words, j):
            break  # "Following President Obama": a capitalised verb that opens the sentence
        first = j
        j -= 1
    # "the city's budget officer": lowercase nouns between a determiner or possessive and a lowercase head
    k = j if words[head][2][0].islower() and words[first][2][0].islower() else -1
    while k >= 0 and first - k <= 2 and words[k][2][0].islower() and words[k][2].isalpha():
        w = words[k][2]
        if _fold(w) in _FUNCTION_WORDS or w in SPEECH_VERBS or w == "and" or w.endswith("ed"):
            break
        k -= 1
    if k < j and _leads(words, k):
        return k + 1, k
    return first, j


def _sentence_opener(words: list[tuple[int, int, str]], j: int) -> bool:
    """Whether ``words[j]`` is an "-ing" or "-ed" word opening a sentence (not a title word)."""
    w = words[j][2]
    if not w.endswith(("ing", "ed")) or is_title_word(w) or is_title_modifier(w):
        return False
    return j == 0 or words[j - 1][2] in (".", "!", "?", '"', "“", "”", ":", ";")


def _leads(words: list[tuple[int, int, str]], j: int) -> bool:
    """Whether ``words[j]`` is a determiner or a possessive standing before a title."""
    if j < 0:
        return False
    w = words[j][2]
    return _fold(w) in _DETERMINERS or bool(_POSSESSIVE_RE.search(w))


# --- people --------------------------------------------------------------------------------------

Cue = str
"""Why a mention is taken as a person: "title", "honorific", "speech", "appositive", "known"."""


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person: its span in the text and the full name it stands for."""

    start: int
    end: int
    name: str
    """The full name (whitespace collapsed), or the mention as written when no full name is known."""
    text: str
    """The words of the mention as written (a surname alone, or the full name)."""
    cue: Cue
    possessive: bool = False

    @property
    def surname(self) -> str:
        return surname_of(self.name)


def surname_of(name: str) -> str:
    """The last word of ``name`` that is not a suffix ("Jr.")."""
    parts = name.split()
    while len(parts) > 1 and _fold(parts[-1]) in _NAME_SUFFIXES:
        parts.pop()
    return parts[-1] if parts else ""


def resolve_surname(surname: str, full_names: Sequence[str]) -> str | None:
    """The full name that ``surname`` stands for: the latest in ``full_names`` with that surname."""
    for name in reversed(full_names):
        if name != surname and surname_of(name) == surname:
            return name
    return None


_SPEECH_AFTER_RE = re.compile(r"[ \u00a0]*+(?:,[ \u00a0]*+who[ \u00a0]+)?(?:who[ \u00a0]+)?(?:also[ \u00a0]+|later[ \u00a0]+|then[ \u00a0]+)?(\w+)")
_SPEECH_BEFORE = ("said", "says", "told", "wrote", "added")
_SPEECH_BEFORE_RE = re.compile(rf"(?:\b(?:{'|'.join(_SPEECH_BEFORE)}|according[ \u00a0]+to)[ \u00a0,]*+)$")
_SPEECH_BEFORE_NEAR = (*_SPEECH_BEFORE, "to")
"""How the word before a name ends when :data:`_SPEECH_BEFORE_RE` may match before it (or the word is ",")."""


def _split_run(text: str, toks: list[_Tok]) -> tuple[int, Cue]:
    """Index of the first name word of a run, and the cue the run's own words give."""
    kinds = [t.kind for t in toks]
    n = len(toks)
    k = 0
    while k < n and kinds[k].function:
        k += 1
    cue = ""
    # the last title word or honorific that has a name word after it
    tail = n  # trailing suffixes ("Jr.") start here
    while tail > 0 and kinds[tail - 1].suffix:
        tail -= 1
    for i in range(min(n - 2, tail - 2), k - 1, -1):  # "Martin Luther King Jr.": a name ending in a title-like word
        if kinds[i].honorific:
            return i + 1, "honorific"
        if kinds[i].title:
            return i + 1, "title"
    return k, cue


def _name_end(toks: list[_Tok], first: int) -> int:
    """Index past the last name word, from ``first``: names stop at a possessive or a non-name word."""
    i = first
    n = len(toks)
    while i < n:
        t = toks[i]
        if not t.kind.name:
            # a word that only ends a name ("Theresa May") is its last word
            return i + 1 if i > first and t.kind.name_end else i
        if t.possessive:
            return i + 1
        i += 1
    return i


def _of_phrase_split(text: str, toks: list[_Tok], first: int, known: dict[str, str]) -> int:
    """In "Secretary of Defense Jane Roe" the run after "of" holds the office, then the name."""
    words = [t.word for t in toks[first:]]
    n = len(words)
    for k in range(max(1, n - 5), n):  # a known full name or surname ending the run wins
        tail = " ".join(words[k:])
        if tail in known.values() or (k == n - 1 and tail in known):
            return first + k
    if n <= 2:
        return first + 1  # "of Defense Roe": a surname; "of Defense": no name
    i = n - 1  # name = given [initials...] surname [suffix]
    if _fold(words[i]) in _NAME_SUFFIXES:
        i -= 1
    j = i - 1
    while j > 1 and _INITIAL_RE.match(words[j]):
        j -= 1
    return first + max(j, 1)


def find_people(
    text: str, start: int = 0, end: int | None = None, *, known: Iterable[str] = ()
) -> list[PersonMention]:
    """Every mention of a person in ``text[start:end]``, in text order.

    ``known`` are full names already established (e.g. from other regions of the
    same article). A surname-only mention gets the full name as ``name``.
    """
    return _find(text, [(start, len(text) if end is None else end)], list(known))


def people_in(source: Source) -> list[PersonMention]:
    """Every mention of a person in the body regions of ``source``, in text order."""
    return _find(source.text, [(r.start, r.end) for r in source.body_regions()], [])


@dataclass
class _Cand:
    start: int
    end: int
    words: tuple[str, ...]
    cue: Cue
    possessive: bool
    single_ok: bool
    """A lone word is accepted (after a strong title or honorific)."""


def _find(text: str, spans: list[tuple[int, int]], known_list: list[str]) -> list[PersonMention]:
    cands: list[_Cand] = []
    runs: list[tuple[int, list[_Tok]]] = []
    for lo, hi in spans:
        for m in _runs(text, lo, hi):
            for piece in _run_pieces(m.group(), m.start()):
                runs.append((lo, piece))
    # pass 1: runs the text marks as people
    known: dict[str, str] = {}  # surname -> latest full name
    for name in known_list:
        known[surname_of(name)] = name
    for lo, toks in runs:
        if len(toks) == 1:
            cand = _lone_candidate(text, lo, toks[0], known) if toks[0].kind.alone else None
        else:
            cand = _candidate(text, lo, toks, known)
        if cand is not None:
            cands.append(cand)
            if len(cand.words) >= 2:
                full = " ".join(cand.words)
                known.setdefault(surname_of(full), full)
    full_names = list(dict.fromkeys([*known_list, *(" ".join(c.words) for c in cands if len(c.words) >= 2)]))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(full_names, key=lambda n: -len(n.split())):
        parts = tuple(name.split())
        by_first.setdefault(parts[0], []).append(parts)
    surnames = {surname_of(n) for n in full_names}
    covered: set[int] = set()
    for c in cands:
        covered.update(range(c.start, c.end))
    # pass 2: other mentions of the same people, full name or surname alone
    wanted = by_first.keys() | surnames
    for _lo, toks in runs:
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.word not in wanted or t.start in covered:
                i += 1
                continue
            step = 1
            for parts in by_first.get(t.word, ()):
                j = i + len(parts)
                if j <= len(toks) and tuple(x.word for x in toks[i:j]) == parts:
                    cands.append(_Cand(t.start, toks[j - 1].end, parts, "known", toks[j - 1].possessive, True))
                    step = len(parts)
                    break
            else:
                if t.word in surnames and _alone(toks, i):
                    cands.append(_Cand(t.start, t.end, (t.word,), "known", t.possessive, True))
            i += step
    cands.sort(key=lambda c: (c.start, c.end))
    first_full: dict[str, str] = {}
    for name in full_names:
        first_full.setdefault(surname_of(name), name)
    latest: dict[str, str] = {surname_of(n): n for n in known_list}
    out: list[PersonMention] = []
    for c in cands:
        written = " ".join(c.words)
        if len(c.words) >= 2:
            name = written
            latest[surname_of(name)] = name
        else:
            name = latest.get(written) or first_full.get(written) or written
            if name == written and not c.single_ok:
                continue
        out.append(PersonMention(c.start, c.end, name, text[c.start : c.end], c.cue, c.possessive))
    return out


def _run_pieces(run: str, start: int) -> list[list[_Tok]]:
    """The words of a capitalised run, cut after each possessive ("Acme's Jane Roe": "Acme's" | "Jane Roe").

    Only a word with an apostrophe can be possessive, so most runs are one piece at once.
    (The words of a run are joined by spaces, so no word but the last stands before a
    sentence's period: a period never cuts a run.)
    """
    if " " not in run and "\u00a0" not in run:
        return [[_token(run, start)]]  # one word (most runs): one token, one piece
    toks = _run_tokens(run, start)
    if "'" not in run and "’" not in run:
        return [toks]
    pieces: list[list[_Tok]] = []
    piece: list[_Tok] = []
    for t in toks:
        piece.append(t)
        if t.possessive:
            pieces.append(piece)
            piece = []
    if piece:
        pieces.append(piece)
    return pieces


def _alone(toks: list[_Tok], i: int) -> bool:
    """Whether ``toks[i]`` stands as a surname alone, not inside another name ("Capitol Hill", "Hill Street")."""
    if i > 0:
        prev = toks[i - 1].word
        if not (is_title_word(prev) or is_honorific(prev) or is_function_word(prev) or toks[i - 1].possessive):
            return False
    if i + 1 >= len(toks) or toks[i].possessive:
        return True
    nxt = toks[i + 1]
    return not (nxt.kind.name_end or is_org_word(nxt.word))


def _candidate(text: str, lo: int, toks: list[_Tok], known: dict[str, str]) -> _Cand | None:
    """The person a capitalised run names when the text marks it as one, else ``None``."""
    first, cue = _split_run(text, toks)
    strong = True
    office = False  # the name follows an office: "Secretary of Defense Roe"
    if cue == "title":
        strong = _strong_head(toks[first - 1].word)
    if first >= len(toks):
        return None
    prev_word: tuple[int, str] | None = None  # read below only when the run gives no cue of its own
    if not cue:
        prev_word = _prev_word(text, toks[first].start, lo)
        near = _near_kind(prev_word[1]) if prev_word is not None else None
        in_office = near is not None and near.of_any
        before = None  # no title, honorific or led title ends at a word that cannot cue (most words)
        if near is not None and (in_office or near.may_cue):
            before = _title_before(text, toks[first].start, lo, prev_word, in_office, False)
        if before is not None:
            heads = _title_words(text, before)
            if in_office:  # "of Defense Jane Roe": the first words belong to the office
                if not heads or not heads[-1][0].isupper() or is_org_word(toks[-1].word):
                    return None  # "a spokeswoman for Valley Electric Cooperative": an organisation
                first = _of_phrase_split(text, toks, first, known)
                office = True
            cue = "title"
            strong = bool(heads) and _strong_head(heads[-1])
        elif near is not None and near.honorific:
            cue = "honorific"
        elif prev_word is not None and prev_word[1] == "," and _comma_title(text, prev_word[0], lo):
            cue = "title"
    last = _name_end(toks, first)
    if last <= first:
        return None
    if last - first >= 2 and _fold(toks[last - 1].word) in _SURNAME_ORG_WORDS and cue not in ("title", "honorific"):
        if _context_cue(text, lo, toks[first].start, toks[last - 1].end, False, prev_word) != "appositive":
            return None  # "Central Park", "Wall Street": a surname only with a title before or after
    if not toks[last - 1].kind.name_end and last - first == 1:
        return None
    end = last  # trailing initials are not part of the name; one slice, not one per initial
    while end - first > 1 and _INITIAL_RE.match(toks[end - 1].word):
        end -= 1
    name_toks = toks[first:end]
    if _too_many_capitals(name_toks):
        return None
    words = tuple(t.word for t in name_toks)
    if len(words) == 1 and not cue and words[0] not in known:
        return None  # a lone word needs a title or honorific before it, or a known full name
    s, e = name_toks[0].start, name_toks[-1].end
    poss = name_toks[-1].possessive
    if last < len(toks) and not poss:
        # the run goes on with non-name words: "Jane Roe Foundation" is not a person
        if is_org_word(toks[last].word) or is_title_word(toks[last].word):
            return None  # "Chief Public Relations Officer": a title, no name
    if not cue:
        cue = _context_cue(text, lo, s, e, poss, prev_word)
        if not cue:
            return None
    if len(words) == 1:
        if words[0] in known:
            return _Cand(s, e, words, cue, poss, True)
        if cue in ("title", "honorific") and strong:
            # after an office a lone word is a surname only when the article names the person in full
            # ("MP for Leeds East" is no person "East")
            return _Cand(s, e, words, cue, poss, not office)
        return None
    return _Cand(s, e, words, cue, poss, True)


def _too_many_capitals(toks: list[_Tok]) -> bool:
    """Whether more than four of ``toks`` are capitalised (no person's name: "High Speed Downlink Packet Access").

    Four words or fewer are not counted: they cannot hold five capitals.
    """
    return len(toks) > 4 and sum(1 for t in toks if not t.word[0].islower()) > 4


def _lone_candidate(text: str, lo: int, tok: _Tok, known: dict[str, str]) -> _Cand | None:
    """:func:`_candidate` for a one-word run whose word may stand alone (most runs: kept lean).

    A lone word is a surname after a strong title or an honorific, or when the article
    names the person in full; after an office ("of Defense Roe") it is the office's.
    """
    prev_word = _prev_word(text, tok.start, lo)
    near = _near_kind(prev_word[1]) if prev_word is not None else None
    known_word = tok.word in known
    if not known_word and (near is None or not near.may_cue):
        return None  # an unknown word needs a title, an honorific or a led title and comma right before it
    if near is not None and near.of_any:
        # "the BBC", "of London": no title or honorific cue here, so only a known surname may stand;
        # and not after an office, whose word it is ("Secretary of Defense")
        if _title_before(text, tok.start, lo, prev_word, True, False) is not None:
            return None
        cue = _context_cue(text, lo, tok.start, tok.end, tok.possessive, prev_word)
        return _Cand(tok.start, tok.end, (tok.word,), cue, tok.possessive, True) if cue else None
    before = _title_before(text, tok.start, lo, prev_word, False, False)
    cue = ""
    strong = True
    if before is not None:
        cue = "title"
        heads = _title_words(text, before)
        strong = bool(heads) and _strong_head(heads[-1])
    elif near is not None and near.honorific:
        cue = "honorific"
    elif prev_word is not None and prev_word[1] == "," and _comma_title(text, prev_word[0], lo):
        cue = "title"
    if known_word:
        cue = cue or _context_cue(text, lo, tok.start, tok.end, tok.possessive, prev_word)
        return _Cand(tok.start, tok.end, (tok.word,), cue, tok.possessive, True) if cue else None
    if cue and strong:
        return _Cand(tok.start, tok.end, (tok.word,), cue, tok.possessive, True)
    return None


def _title_words(text: str, title: TitleSpan) -> list[str]:
    """The title words of a title phrase, in order: the last is its head."""
    return [w for w in WORD_RE.findall(text, title.start, title.end) if is_title_word(w)]


def _strong_head(word: str) -> bool:
    """A head that may take a surname alone: capitalised and unambiguous ("Secretary", not "broker")."""
    bare = word.split("-", 1)[1] if word.lower().startswith(("then-", "ex-")) else word
    return bare[0].isupper() and not is_weak_title_word(bare)


def _comma_title(text: str, comma: int, lo: int) -> bool:
    """Whether a led title phrase ends at ``comma`` ("the agency's director, Jane Roe")."""
    t = title_before(text, comma, lo, lower_ok=True)
    if t is None:
        return False
    before = text[max(lo, t.start - 2) : t.start].strip()
    if t.led or before == "" or before in ".\n" or (t.coordinated is not None and t.coordinated.led):
        return True
    prev = _prev_word(text, t.start, lo)
    return prev is not None and prev[1].lower() in SPEECH_VERBS  # "said EEF chief economist, Steve Radley"


def _context_cue(text: str, lo: int, s: int, e: int, possessive: bool, near: tuple[int, str] | None) -> Cue:
    """A cue around a full-name run: a speech verb or an appositive title.

    ``near`` is the word before ``s`` (:func:`_prev_word`). :data:`_SPEECH_BEFORE_RE` ends
    with a verb, then spaces and commas (and maybe the window's last newline): so the
    word before the name is "," or ends with the verb, or the pattern need not be tried.
    """
    if possessive:
        return ""
    m = _SPEECH_AFTER_RE.match(text, e)
    if m and m.group(1).lower() in SPEECH_VERBS:
        return "speech"
    if (
        near is not None
        and (near[1] == "," or near[1].endswith(_SPEECH_BEFORE_NEAR))
        and _SPEECH_BEFORE_RE.search(text, max(lo, s - 24), s)
    ):
        return "speech"
    return "appositive" if _appositive_title(text, e) else ""


_NAME_TAIL_RE = re.compile(
    rf"(?:[ \u00a0]+of[ \u00a0]+[{_UPPER}][\w’'-]*+(?:[ \u00a0]+[{_UPPER}][\w’'-]*+){{0,2}}(?![\w’'-]))?"
    r"(?:[ \u00a0]*\([^()\n]{1,24}\))?"
    r"(?:,[ \u00a0]*[DRI]-[A-Z][\w.]{0,12}(?=,))?"
)


def skip_name_tail(text: str, end: int) -> int:
    """Position after what may follow a name before its appositive.

    Skips " of Kentucky", " (D-Calif.)" and ", R-Tenn." so that "Mitch McConnell of
    Kentucky, the majority leader," reads like "Mitch McConnell, the majority leader,".
    """
    tail = _NAME_TAIL_RE.match(text, end)
    return tail.end() if tail else end  # every part is optional: it always matches


def _appositive_title(text: str, e: int) -> bool:
    """Whether ", [54,] [the|a] [Org's] ... <title word>" follows position ``e``."""
    e = skip_name_tail(text, e)
    if text.startswith((" —", " –"), e):
        e += 1
    if not text.startswith((",", "—", "–"), e):
        return False
    # at most the first 12 words are read below
    words = [m.group() for m in islice(WORD_RE.finditer(text, e, e + 120), 12)]
    if len(words) < 2:
        return False
    if words[0] != "," and _fold(words[1]) not in ("the", "a", "an"):
        return False  # a dash opens an appositive only with "the"/"a": "Jane Roe — the agency's director —"
    i = 1
    if words[i].isdigit() and len(words) > i + 2 and words[i + 1] == ",":
        i += 2
    if _fold(words[i]) in ("then", "now", "formerly", "also") and len(words) > i + 1:
        i += 1
    if _fold(words[i]) in ("the", "a", "an"):
        i += 1
    for w in words[i : i + 7]:
        if AGE_WORD_RE.match(w) or (len(w) == 4 and w.isdigit()):
            continue  # "a 34-year-old teacher", "the 2008 Republican nominee"
        if is_title_word(w):
            return True
        if not (is_title_modifier(w) or w[0].isupper() or _POSSESSIVE_RE.search(w) or _fold(w) in _DETERMINERS):
            if not (w.isalpha() and w.islower() and _fold(w) not in _FUNCTION_WORDS and w not in SPEECH_VERBS):
                return False  # lowercase nouns may stand before the head: "the homeland security secretary"
    return False


def collapse(text: str) -> str:
    """``text`` with runs of whitespace made one space."""
    return _SPACES_RE.sub(" ", text).strip()
