"""Who said a quote: the attribution next to it.

:func:`post_attribution` reads the words right after a quote (``," said Jane Doe``,
``," he added``, ``," the letter said``); :func:`pre_attribution` reads the words of
the sentence before it (``Jane Doe said:``, ``according to X,``, ``who called him``).
Both return a :class:`Speaker` phrase as written; :meth:`People.resolve` turns it
(:mod:`factsheet.extract.speakers`) into the name to report.
"""

from __future__ import annotations

import re

from factsheet.extract.speakers import ABBR, DETERMINERS, Speaker, looks_like_person, split_title
from factsheet.extract.speech_verbs import (
    FUNCTION_WORDS,
    HONORIFIC_GENDER,
    NAME_PARTICLES,
    NAMING_VERBS,
    PRONOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    WEAK_VERBS,
)

TOKEN_RE = re.compile(
    rf"(?=[A-Za-z]++\.)(?:(?:[A-Za-z]\.){{2,}}|{ABBR}|[A-Z]\.(?=\s+[A-Z]))"
    rf"|\w(?:[\w'’\-]*\w)?(?:['’](?=\s+[a-z]))?|[^\w\s]"
)
"""Words (with a plural possessive: "operators' association"), abbreviations, initials and punctuation.
(The look-ahead, letters then a point, lets most tokens skip the abbreviation branches at once.)"""
_STOPS = ".!?…"
_SENTENCE_END_RE = re.compile(rf"[{_STOPS}]+(?: ?[\"”’')\]]+)?\s+(?=[\"“‘'(]?[A-Z0-9])")
"""A sentence end: its stop, closing marks (one space before them happens: 'values. " His'), space, a capital."""
_ABBREV_BEFORE_DOT = re.compile(
    rf"(?:{ABBR}|\b[A-Z]\.|\b(?:[A-Za-z]\.){{2,}}"
    r"|\b(?:[Nn]o|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|vs|etc|approx|Inc|Corp|Co|Ltd|a\.m|p\.m)\.)$"
)
_MAX_SENTENCE = 600
"""Characters looked at either side of a quote for its sentence (keeps huge lines linear)."""
_ADVERBS = frozenset(
    "also then later further again frankly previously earlier once recently simply repeatedly flatly bluntly quickly "
    "angrily".split()
)
_AUXILIARIES = frozenset("has have had was were is are would will could should might may must did does do not never".split())
"""Auxiliaries between a subject and its speech verb ("Jane Doe has said")."""
_SHORT_GAP = 40
"""Most tokens between a speech verb and a short quote it introduces ("said those principles went …")."""
_LABEL_BEFORE = frozenset(
    "for over of with without about as like into from to on in at by against under a an the its his her their our my "
    "your this these those so-called than , ( and or called dubbed titled named termed labeled labelled branded using "
    "citing including".split()
)
"""Words before a short quote that make it a label or a scare quote, not someone's words."""
_CLAUSE_VERBS = frozenset(
    "could would should will can may might must is was are were has had have did does do".split()
)
_PHRASAL = {
    "shot": "back", "fired": "back", "hit": "back", "went": "on", "pointed": "out", "chimed": "in", "spoke": "up",
    "wrote": "back",
}
"""Two-word speech verbs: the verb and its particle (``Doe shot back``)."""
_CUE_WORDS = SPEECH_VERBS | {"according", "put", "read"} | _PHRASAL.keys()
"""Every word (lower case) that :func:`pre_attribution` reads as a cue: a speech verb, "according (to)",
"put (it)", "read (:)" and the phrasal verbs. All are lower case, so a token whose lower-case form is
none of them is no cue as written either."""
_CONTRACTION_RE = re.compile(r"['’](?:m|re|ve|ll|d)$", re.IGNORECASE)
_NOUN_BEFORE = DETERMINERS | {"of", "in", "on", "with", "by", "for", "from", "my", "your"}
"""Words after which a speech-verb form is a noun ("a series of tweets", "her remarks")."""
_RELATIVES = frozenset("that which who whom whose where when".split())
_STOP_AFTER_NP = frozenset(
    "in on at during while when after before to from by with for of about as because who which that whose".split()
)
_INVERTING_VERBS = frozenset(
    "said says added adds wrote writes asked continued explained noted recalled replied argued insisted stated "
    "declared warned tweeted posted remarked observed concluded admitted acknowledged claimed countered joked "
    "quipped responded told".split()
)


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence holding ``pos``, not before ``lo`` (nor more than a long sentence back).

    That is the end of the last sentence end (:data:`_SENTENCE_END_RE`, not after an
    abbreviation) that a scan from ``lo`` finds ending by ``pos``. The runs of stops are
    read from ``pos`` back, so the search usually stops at the nearest one. (The same
    answer: a match of the scan can only start at the first stop of a run, or at ``lo``
    inside one, since from later in the run the same rest of the pattern must match; and
    a match never takes in another run's stops.)
    """
    lo = max(lo, pos - _MAX_SENTENCE)
    stop = min(len(text), pos + 2)
    at = stop
    while True:
        at = max(text.rfind(mark, lo, at) for mark in _STOPS)  # the last stop of the run before
        if at < 0:
            return lo
        while at > lo and text[at - 1] in _STOPS:
            at -= 1
        m = _SENTENCE_END_RE.match(text, at, stop)
        if m is None or m.end() > pos:
            continue
        if text[at] == "." and _ABBREV_BEFORE_DOT.search(text, max(lo, at - 8), at + 1):
            continue  # "Mr. Doe" (only a point can end an abbreviation)
        return m.end()


def sentence_end(text: str, pos: int, hi: int) -> int:
    """End of the sentence holding ``pos`` (the end of its punctuation), not after ``hi`` (nor a long sentence on)."""
    hi = min(hi, pos + _MAX_SENTENCE)
    for m in _SENTENCE_END_RE.finditer(text, pos, hi):
        if text[m.start()] == "." and _ABBREV_BEFORE_DOT.search(text, max(pos, m.start() - 8), m.start() + 1):
            continue
        return m.start() + 1
    return hi


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int]]:
    return [(m[0], m.start()) for m in TOKEN_RE.finditer(text, start, end)]


def _is_verb(token: str, strong_only: bool = False) -> bool:
    """A speech verb as written in running text (lower case: "States" is no verb)."""
    return token in SPEECH_VERBS and not (strong_only and token in WEAK_VERBS)


def _np_before(tokens: list[tuple[str, int]], k: int) -> Speaker | None:
    """The noun phrase ending right before token index ``k`` (adverbs skipped)."""
    i = k - 1
    while i >= 0 and (
        tokens[i][0].lower() in _ADVERBS
        or tokens[i][0] in _AUXILIARIES
        or (tokens[i][0].endswith("ly") and tokens[i][0].islower())
    ):
        i -= 1
    if i < 0:
        return None
    token, pos = tokens[i]
    low = token.lower()
    if token == ")":
        # a parenthesis after a name: "Jane Doe (D-Md.) said"
        for c in range(i - 1, max(-1, i - 8), -1):
            if tokens[c][0] == "(":
                return _np_before(tokens, c)
        return None
    if token == ",":
        # an appositive: "Jane Doe, a spokeswoman for X, said" -- the name before the earliest comma
        # rank: a person's name, then another name, then a description ("The operators' association")
        found: Speaker | None = None
        best = -1
        for c in range(i, max(-1, i - 30), -1):
            if tokens[c][0] != "," or (c + 1 < len(tokens) and tokens[c + 1][0] in ('"', "”", "'", "’")):
                continue
            inner = _np_before(tokens, c)
            if inner is None or not inner.phrase[:1].isupper():
                continue
            words = inner.phrase.split()
            rank = 2 if looks_like_person(split_title(words)[1]) else 0 if words[0].lower() in DETERMINERS else 1
            if rank >= best:
                found, best = inner, rank
        return found
    if low in PRONOUNS:
        if low == "who":
            j = i - 1
            if j >= 0 and tokens[j][0] == ",":
                j -= 1
            inner = _np_before(tokens, j + 1) if j >= 0 else None
            return Speaker(inner.phrase, inner.pos, "relative") if inner else None
        return Speaker(token, pos, "pre")
    if token[:1].isupper() and token[:1].isalpha():
        j = i
        while j - 1 >= 0 and (tokens[j - 1][0][:1].isupper() or tokens[j - 1][0] in NAME_PARTICLES) and tokens[j - 1][0][:1].isalpha():
            j -= 1
        # a lower-case determiner phrase ending in a capitalised word ("the Treasury")
        if j - 1 >= 0 and tokens[j - 1][0].lower() in ("the",):
            j -= 1
        words = [t for t, _ in tokens[j : i + 1]]
        while words and words[0].lower() in FUNCTION_WORDS and words[0].lower() != "the":
            words.pop(0)
            j += 1
        if words == ["the"] or not words:
            return None
        participle = words[0].lower().endswith(("ing", "ed")) and not (i + 1 < len(tokens) and _is_verb(tokens[i + 1][0]))
        if len(words) == 1 and participle:
            return None  # "Facing …, Mr. Doe said": a participle, no name
        if j - 2 >= 0 and tokens[j - 1][0] == "of" and tokens[j - 2][0][:1].isupper():
            # "Jane Doe of Acme Holdings said": the person, not the organisation
            owner = _np_before(tokens, j - 1)
            if owner is not None:
                titles, name = split_title(owner.phrase.split())
                if name and (looks_like_person(name) or any(t in HONORIFIC_GENDER for t in titles)):
                    return owner  # "Mr. Doe of the River Trust"
        return Speaker(" ".join(words), tokens[j][1], "pre")
    if token.isalpha() or "-" in token or "’" in token or "'" in token:
        j = i
        while j >= 0 and i - j < 10:
            word = tokens[j][0]
            if word.lower() in DETERMINERS:
                if low in FUNCTION_WORDS:
                    return None  # "the Senate seat vacated by": no noun phrase ends in a preposition
                words = [t for t, _ in tokens[j : i + 1]]
                return Speaker(" ".join(words), tokens[j][1], "pre")
            if not (word.isalpha() or "-" in word or "’" in word or "'" in word or word.endswith(".")) or _is_verb(word) or word.lower() in _RELATIVES:
                break
            if word[:1].isupper() and word.endswith(("'s", "’s")) and j < i:
                # "Mrs. Doe's campaign said": the owner's name and the noun
                h = j
                while h - 1 >= 0 and tokens[h - 1][0][:1].isupper() and tokens[h - 1][0].lower() not in FUNCTION_WORDS:
                    h -= 1
                return Speaker(" ".join(t for t, _ in tokens[h : i + 1]), tokens[h][1], "pre")
            j -= 1
        if low.endswith("s") and not low.endswith("ss") and i - j <= 3:
            # a bare plural: "opponents called it"
            words = [t for t, _ in tokens[j + 1 : i + 1]]
            return Speaker(" ".join(words), tokens[j + 1][1], "pre")
    return None


def _name_run(words: list[str]) -> int:
    """How many of ``words`` form a capitalised name, lower-case titles inside allowed ("Democratic presidential nominee Jane Doe")."""
    index = 0
    while index < len(words):
        word = words[index]
        if word[:1].isupper() or (word in NAME_PARTICLES and index):
            index += 1
            continue
        ahead = index
        while ahead < len(words) and ahead - index < 4 and words[ahead].islower():
            ahead += 1
        if ahead > index and ahead < len(words) and words[ahead][:1].isupper() and words[ahead - 1] in TITLE_WORDS:
            index = ahead
            continue
        break
    return index


def _np_after(tokens: list[tuple[str, int]], k: int) -> Speaker | None:
    """The noun phrase starting at token index ``k`` (``said Jane Doe, a spokeswoman``)."""
    if k >= len(tokens):
        return None
    token, pos = tokens[k]
    low = token.lower()
    if low in PRONOUNS and low != "who":
        return Speaker(token, pos, "post")
    words: list[str] = []
    i = k
    while i < len(tokens):
        word = tokens[i][0]
        if word in (",", ".", ";", ":", "—", "–", "(", ")", "!", "?") or word.lower() in _STOP_AFTER_NP:
            break
        if _is_verb(word) and words:
            break
        words.append(word)
        i += 1
        if len(words) >= 8:
            break
    if not words:
        return None
    if words[0][:1].islower() and i + 1 < len(tokens) and tokens[i][0] == ",":
        # "said a spokeswoman, Jane Doe" -- prefer the appositive name
        j = i + 1
        name: list[str] = []
        while j < len(tokens) and (tokens[j][0][:1].isupper() or tokens[j][0] in NAME_PARTICLES) and tokens[j][0][:1].isalpha():
            name.append(tokens[j][0])
            j += 1
        if name and looks_like_person(split_title(name)[1]):
            return Speaker(" ".join(name), tokens[i + 1][1], "post")
    if words[0][:1].isupper() and words[0].lower() not in ("the",):
        # lower-case title words between capitalised ones: "Acme chief executive Jane Doe"
        words = words[: _name_run(words)]
    elif words[0][:1].islower():
        # "said former secretary of state Jane Doe": the name after lower-case titles
        rest = [t for t, _ in tokens[k : k + 10]]
        for start in range(1, min(len(rest), 7)):
            if not rest[start - 1].isalpha() or not rest[start - 1].islower():
                break
            if rest[start][:1].isupper():
                run = rest[start : start + _name_run(rest[start:])]
                if looks_like_person(split_title(run)[1]):
                    return Speaker(" ".join(run), tokens[k + start][1], "post")
                break
    if len(words) == 1 and words[0].islower() and words[0] not in PRONOUNS:
        return None
    return Speaker(" ".join(words), pos, "post")


def post_attribution(text: str, start: int, end: int) -> Speaker | None:
    """The speaker named in the attribution ``text[start:end]`` right after a quote."""
    tokens = _tokens(text, start, min(end, start + 200))
    while tokens and tokens[0][0] in (",", "—", "–", "-", ";"):
        tokens = tokens[1:]
    if not tokens:
        return None
    first = tokens[0][0].lower()
    if first == "according" and len(tokens) > 2 and tokens[1][0].lower() == "to":
        found = _np_after(tokens, 2)
        return Speaker(found.phrase, found.pos, "according") if found else None
    inverting = first in _INVERTING_VERBS or (
        tokens[0][0] in SPEECH_VERBS and first not in NAMING_VERBS and first not in WEAK_VERBS and first.endswith("ed")
    )
    if inverting and first != "told":
        found = _np_after(tokens, 1)
        if found is not None and found.phrase[:1].islower():
            # "…,'' said the candidate could be …" is no inverted attribution
            after = len(_tokens(text, found.pos, found.pos + len(found.phrase)))
            index = next((n for n, (_, at) in enumerate(tokens) if at == found.pos), 0) + after
            if index < len(tokens) and tokens[index][0] in _CLAUSE_VERBS:
                return None
        return found
    lead = tokens[0][0]
    skip = 0
    while skip + 1 < len(tokens) and tokens[skip][0].islower() and tokens[skip][0] in TITLE_WORDS:
        skip += 1  # "," general manager Jane Doe said"
    if not skip:
        while (
            skip < 3
            and skip + 1 < len(tokens)
            and tokens[skip][0].isalpha()
            and tokens[skip][0].islower()
            and tokens[skip][0] not in FUNCTION_WORDS
            and tokens[skip][0] not in SPEECH_VERBS
        ):
            skip += 1  # "," screenwriter Jane Doe wrote"
        if skip and not (tokens[skip][0][:1].isupper() and tokens[skip][0].lower() not in FUNCTION_WORDS):
            skip = 0
    if skip and tokens[skip][0][:1].isupper():
        lead = tokens[skip][0]
    elif first in NAME_PARTICLES and len(tokens) > 1 and tokens[1][0][:1].isupper():
        lead = tokens[1][0]
    capital = lead[:1].isupper() and lead.lower() not in FUNCTION_WORDS
    if not (capital or first in PRONOUNS or first in DETERMINERS):
        return None
    depth = 0
    for k, (token, _at) in enumerate(tokens[: 30 if capital else 12]):
        if token == "(":
            depth += 1
            continue
        if token == ")":
            depth -= 1
            continue
        if depth > 0:
            continue
        if token == "." and _at < len(text) - 1 and not text[_at + 1].isspace():
            continue  # "fivethirtyeight.com", "R-Ky.,"
        if token in (".", "!", "?", ";", ":", "“", '"') or (token == "," and not capital):
            return None
        if k > 0 and token in _PHRASAL and k + 1 < len(tokens) and tokens[k + 1][0] == _PHRASAL[token]:
            found = _np_before(tokens, k)  # "," Doe shot back"
            return Speaker(found.phrase, found.pos, "post") if found else None
        if k > 0 and not _is_verb(token) and token.islower() and token.endswith("ed") and k <= 3 and capital and tokens[k - 1][0][:1].isupper():
            found = _np_before(tokens, k)  # "," Doe assured Roe"
            return Speaker(found.phrase, found.pos, "post") if found else None
        if _is_verb(token) and k > 0 and tokens[k - 1][0].lower() not in _NOUN_BEFORE:
            found = _np_before(tokens, k)
            if found is None:
                return None
            return Speaker(found.phrase, found.pos, "post" if found.how == "pre" else found.how)
    return None


def pre_attribution(text: str, start: int, end: int, short: bool = False) -> tuple[Speaker | None, bool]:
    """The speaker of a quote opening at ``end``, from the words ``text[start:end]`` before it.

    Returns ``(speaker, verb_found)``. With ``short`` the verb must stand right
    before the quote (``said``, ``said that``, ``added:``, ``called him``), as short
    quotes far from their verb are usually scare quotes.
    """
    tokens = _tokens(text, start, end)
    while tokens and tokens[-1][0] in ("“", '"', "'", "‘", "«"):
        tokens.pop()  # a doubled opening mark
    if not tokens:
        return None, False
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k][0]
        low = token.lower()
        if low not in _CUE_WORDS:
            continue  # the common case, decided at once: none of the tests below can hold
        if low == "according" and k + 1 < len(tokens) and tokens[k + 1][0].lower() == "to":
            if short:
                return None, False
            found = _np_after(tokens, k + 2)
            return (Speaker(found.phrase, found.pos, "according") if found else None), found is not None
        put_it = token == "put" and k + 1 < len(tokens) and tokens[k + 1][0] == "it"  # "as Jane Doe put it:"
        put_it = put_it or (token == "read" and k + 1 < len(tokens) and tokens[k + 1][0] == ":")  # "the statement read:"
        phrasal = token in _PHRASAL and k + 1 < len(tokens) and tokens[k + 1][0] == _PHRASAL[token]
        if not (_is_verb(token) or (k == 0 and _is_verb(low)) or put_it or phrasal):
            continue
        if k > 0 and tokens[k - 1][0].lower() in _NOUN_BEFORE:
            continue  # "in a series of tweets", "his remarks": a noun, not a verb
        gap = len(tokens) - 1 - k
        naming = low in NAMING_VERBS
        if short or low in WEAK_VERBS:
            rest = [t.lower() for t, _ in tokens[k + 1 :]]
            adjacent = not rest or rest in (["that"], [":"], [","], ["it"], ["them"], ["him"], ["her"], ["this"], ["to"])
            possessive = rest and rest[-1] in ("its", "his", "her", "their", "our", "my", "your")
            if (naming or low in WEAK_VERBS) and rest and rest[-1] in (",", ":"):
                adjacent = True  # "asks at the town hall, "…""
            if (naming or low in WEAK_VERBS) and 0 < len(rest) <= 4 and not possessive and not any(
                r in ("for", "of", "to", "with") for r in rest
            ):
                adjacent = True  # "called him "a fraud"", "called Roe the "worst choice"" (not "called its "best offer"")
            if not adjacent and short and gap <= _SHORT_GAP and tokens[-1][0].lower() not in _LABEL_BEFORE:
                adjacent = True  # "said those principles went "into our agreement""
            if not adjacent:
                if short:
                    return None, False
                continue
        elif gap > 60:
            return None, False
        if (
            low in _INVERTING_VERBS
            and low != "told"
            and k > 0
            and tokens[k - 1][0] == ","
            and k + 1 < len(tokens)
            and tokens[k + 1][0][:1].isupper()
        ):
            # "The paradox, says Jane Doe, a historian, is that …": a name after the verb, then a comma
            inverted = _np_after(tokens, k + 1)
            if inverted is not None:
                words = inverted.phrase.split()
                after = k + 1 + len(_tokens(inverted.phrase, 0, len(inverted.phrase)))
                subject = _np_before(tokens, k)
                subject_named = subject is not None and looks_like_person(split_title(subject.phrase.split())[1])
                if (
                    after < len(tokens)
                    and tokens[after][0] == ","
                    and words[0].lower() not in FUNCTION_WORDS
                    and looks_like_person(split_title(words)[1])
                    and not subject_named
                ):
                    return Speaker(inverted.phrase, inverted.pos, "pre"), True
        participle = low.endswith("ing") and (
            k == 0
            or tokens[k - 1][0] in (",", "and", "while", "before", "after", "by")
            or (tokens[k - 1][0].lower() in SPEECH_NOUNS and k > 1 and tokens[k - 2][0].lower() in DETERMINERS)
        )  # "…, saying", "by tweeting", "issued a statement saying"
        coordinated = k > 0 and tokens[k - 1][0].lower() in ("and", "but", "then", "to")  # "… was prompted to say"
        found = None if participle or coordinated else _np_before(tokens, k)
        if found is None and (participle or coordinated or (k > 0 and tokens[k - 1][0] == ",")):
            subject = _sentence_subject(tokens[:k])
            return subject or Speaker("", tokens[k][1], "inherit" if k else "after"), True
        if found is None:
            continue  # "would like Roe to explain …": look for an earlier verb with a subject
        if not _named(found) and not short:
            # "Jane Doe said the way officials treated women who complained "…"": prefer a named subject
            earlier = _earlier_named(tokens, k)
            if earlier is not None:
                return earlier, True
        return found, True
    if not short and tokens[-1][0] == ":":
        # "X delivered a blunt message: "…"" -- the sentence's subject
        subject = _sentence_subject(tokens)
        if subject is not None and subject.phrase.lower() in ("he", "she"):
            return subject, False  # "Asked about it, he shrugged: "…""
        if subject is not None and subject.phrase[:1].isupper() and subject.phrase.split()[0].lower() not in FUNCTION_WORDS:
            return subject, False
    return None, False


def _named(speaker: Speaker) -> bool:
    """Whether a speaker phrase is a name or a personal pronoun (not a description)."""
    first = speaker.phrase.split()[0] if speaker.phrase else ""
    return first[:1].isupper() or first.lower() in PRONOUNS


def _earlier_named(tokens: list[tuple[str, int]], k: int) -> Speaker | None:
    """The named subject of an earlier strong speech verb in the same window."""
    for j in range(k):
        if _is_verb(tokens[j][0], strong_only=True) and tokens[j][0] not in NAMING_VERBS:
            found = _np_before(tokens, j)
            if found is not None and found.phrase[:1].isupper():
                return found
    return None


def _sentence_subject(tokens: list[tuple[str, int]]) -> Speaker | None:
    """The subject opening a sentence ("Acme echoed …, saying"): a name or a pronoun before its verb."""
    while tokens and tokens[0][0] in ("And", "But", "So", "Yet", "Or", "Then", "Still", "Now"):
        tokens = tokens[1:]  # "And Doe agreed, adding: …"
    whole = tokens
    opening = len(tokens) > 3 and tokens[0][0].lower() in FUNCTION_WORDS and tokens[0][0].lower() not in PRONOUNS
    if len(tokens) > 3 and tokens[1][0] in ("in", "on", "at", "after", "before", "during", "since", "for", "with", "to"):
        opening = True  # "Back in 1999, Mr. Doe …"
    for _phrase in range(3):
        if not opening:
            break
        # skip opening phrases: "On Thursday, after staying neutral, Doe endorsed …"
        for c, (token, _) in enumerate(tokens[:25]):
            if token == ",":
                tokens = tokens[c + 1 :]
                break
        else:
            break
        head = tokens[0][0].lower() if tokens else ""
        opening = len(tokens) > 3 and head not in DETERMINERS and head not in PRONOUNS and (
            head in FUNCTION_WORDS or tokens[0][0].islower()
        )
    found = _subject_at_start(tokens)
    if found is None and tokens is not whole:
        found = _subject_at_start(whole)
    if found is None:
        found = _first_name_before_verb(whole)  # "then Doe went on the attack, saying"
    return found


def _subject_at_start(tokens: list[tuple[str, int]]) -> Speaker | None:
    """A name, pronoun or determiner phrase at the start of ``tokens`` followed by its verb."""
    k = _name_run([t for t, _ in tokens[:12]])
    if k and (tokens[0][0].lower() in FUNCTION_WORDS or _CONTRACTION_RE.search(tokens[0][0])):
        k = 0  # "I'm old enough to …" has no named subject
    if k and k < len(tokens) and (tokens[k][0][:1].islower() or tokens[k][0] in (",", "(", ":")):
        if tokens[k][0] not in NAME_PARTICLES:
            return Speaker(" ".join(t for t, _ in tokens[:k]), tokens[0][1], "pre")
    if tokens and tokens[0][0].lower() in ("he", "she", "they", "it"):
        return Speaker(tokens[0][0], tokens[0][1], "pre")
    if tokens and tokens[0][0].lower() in ("the", "a", "an"):
        c = 1
        while c < min(len(tokens), 6):
            word = tokens[c][0]
            if (
                _is_verb(word)
                or not word[:1].isalpha()
                or word.endswith(("ly", "ed"))
                or word in _RELATIVES
                or word in _AUXILIARIES
                or word in _PHRASAL
            ):
                break
            c += 1
        if c > 1 and tokens[c - 1][0].lower() not in FUNCTION_WORDS:
            return Speaker(" ".join(t for t, _ in tokens[:c]), tokens[0][1], "pre")
    return None


def _first_name_before_verb(tokens: list[tuple[str, int]]) -> Speaker | None:
    """The first capitalised name in ``tokens`` that a lower-case word (its verb) follows."""
    words = [t for t, _ in tokens]
    index = 0
    while index < min(len(words), 25):
        if words[index][:1].isupper() and words[index].lower() not in FUNCTION_WORDS:
            run = _name_run(words[index:])
            after = index + run
            if run and after < len(words) and words[after].islower() and words[after].isalpha():
                if index == 0 or words[index - 1].lower() not in ("in", "at", "of", "from", "to", "for", "by", "with"):
                    return Speaker(" ".join(words[index:after]), tokens[index][1], "pre")
            index = after if run else index + 1
            continue
        index += 1
    return None


def trailing_attribution(text: str, start: int, end: int) -> Speaker | None:
    """An attribution closing the sentence after a mid-sentence quote.

    (""…" with its new fleet, said Jane Doe." / "… in the pool, Jane Doe said.")

    Both readings start after a comma token, and a comma is always a token of its own
    (:data:`TOKEN_RE` puts none inside a word): without a comma there is nothing to tokenise.
    """
    if text.find(",", start, end) < 0:
        return None
    tokens = _tokens(text, start, end)
    for c in range(len(tokens) - 2, max(-1, len(tokens) - 40), -1):
        if tokens[c][0] != ",":
            continue
        rest = tokens[c + 1 :]
        while rest and rest[-1][0] in (".", "!", "?"):
            rest = rest[:-1]
        if not rest:
            continue
        first = rest[0][0]
        if first in _INVERTING_VERBS and first != "told" and len(rest) > 1:
            found = _np_after(rest, 1)
            if found is None or not found.phrase[:1].isupper():
                return None
            return Speaker(found.phrase, found.pos, "post")
        if first[:1].isupper() and first.lower() not in FUNCTION_WORDS and _is_verb(rest[-1][0]):
            found = _np_before(rest, len(rest) - 1)
            return Speaker(found.phrase, found.pos, "post") if found else None
    return None


def subject_after(text: str, start: int, end: int) -> Speaker | None:
    """The name opening ``text[start:end]`` ("Calling him "…," top Democrat Jane Doe praised…")."""
    tokens = _tokens(text, start, min(end, start + 200))
    while tokens and not tokens[0][0][:1].isalpha():
        tokens = tokens[1:]
    words: list[tuple[str, int]] = []
    for token, pos in tokens[:10]:
        if token[:1].isupper() or (token.lower() in TITLE_WORDS and not words) or (words and token in NAME_PARTICLES):
            words.append((token, pos))
        elif token.lower() in TITLE_WORDS and words and not words[-1][0][:1].isupper():
            words.append((token, pos))
        else:
            break
    caps = [w for w in words if w[0][:1].isupper()]
    if not caps:
        return None
    return Speaker(" ".join(t for t, _ in words), words[0][1], "post")
