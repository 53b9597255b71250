"""The lexicon of attribution: speech verbs, titles and words that are not names.

General English news usage only; no article's names or strings.
"""

from __future__ import annotations

import re

_VERB_STEMS: dict[str, tuple[str, ...]] = {
    # base: inflected forms (3rd person, past, participle, gerund)
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "post": ("posted", "posting"),
    "tweet": ("tweets", "tweeted", "tweeting"),
    "state": ("states", "stated", "stating"),
    "note": ("notes", "noted", "noting"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "ask": ("asks", "asked", "asking"),
    "warn": ("warn", "warns", "warned", "warning"),
    "continue": ("continues", "continued", "continuing"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "reply": ("reply", "replies", "replied", "replying"),
    "respond": ("responds", "responded", "responding"),
    "recall": ("recalls", "recalled", "recalling"),
    "acknowledge": ("acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admits", "admitted", "admitting"),
    "claim": ("claims", "claimed", "claiming"),
    "announce": ("announces", "announced", "announcing"),
    "emphasize": ("emphasizes", "emphasized", "emphasises", "emphasised", "emphasizing", "emphasising"),
    "stress": ("stresses", "stressed", "stressing"),
    "suggest": ("suggests", "suggested", "suggesting"),
    "urge": ("urges", "urged", "urging"),
    "call": ("called", "calling", "calls"),
    "joke": ("jokes", "joked", "joking"),
    "quip": ("quips", "quipped"),
    "complain": ("complains", "complained", "complaining"),
    "predict": ("predicts", "predicted", "predicting"),
    "promise": ("promises", "promised", "promising"),
    "vow": ("vows", "vowed", "vowing"),
    "conclude": ("concludes", "concluded", "concluding"),
    "observe": ("observes", "observed", "observing"),
    "remark": ("remarks", "remarked", "remarking"),
    "comment": ("commented", "commenting"),
    "describe": ("describes", "described", "describing"),
    "shout": ("shouts", "shouted", "shouting"),
    "exclaim": ("exclaims", "exclaimed"),
    "testify": ("testifies", "testified", "testifying"),
    "concede": ("concedes", "conceded", "conceding"),
    "counter": ("countered", "countering"),
    "contend": ("contends", "contended", "contending"),
    "maintain": ("maintains", "maintained"),
    "pledge": ("pledges", "pledged", "pledging"),
    "assert": ("asserts", "asserted", "asserting"),
    "boast": ("boasts", "boasted", "boasting"),
    "lament": ("laments", "lamented", "lamenting"),
    "muse": ("mused", "musing"),
    "wonder": ("wondered", "wonders"),
    "read": ("reads",),
    "chant": ("chanted", "chanting"),
    "cry": ("cried",),
    "yell": ("yelled", "yelling"),
    "whisper": ("whispered",),
    "scoff": ("scoffed",),
    "retort": ("retorted",),
    "confirm": ("confirms", "confirmed", "confirming"),
    "report": ("reported",),
    "reveal": ("reveals", "revealed"),
    "demand": ("demanded",),
    "accuse": ("accused", "accusing"),
    "characterize": ("characterized", "characterised"),
    "label": ("labeled", "labelled"),
    "dub": ("dubbed",),
    "brand": ("branded",),
    "praise": ("praised",),
    "criticize": ("criticized", "criticised"),
    "blast": ("blasted",),
    "slam": ("slammed",),
    "thank": ("thanked",),
    "assure": ("assures", "assured", "assuring"),
    "proclaim": ("proclaims", "proclaimed", "proclaiming"),
    "reiterate": ("reiterates", "reiterated", "reiterating"),
    "caution": ("cautions", "cautioned", "cautioning"),
    "opine": ("opines", "opined"),
    "fume": ("fumed",),
    "rail": ("railed",),
    "tout": ("touts", "touted", "touting"),
    "brag": ("brags", "bragged"),
    "advise": ("advised",),
    "plead": ("pleaded",),
    "snap": ("snapped",),
    "grouse": ("groused",),
    "gripe": ("griped",),
    "sigh": ("sighed",),
    "laugh": ("laughed",),
    "predict_": ("forecast",),
    "recount": ("recounts", "recounted"),
    "echo": ("echoed",),
    "allege": ("alleges", "alleged", "alleging"),
    "charge": ("charged",),
    "complain_": ("griped",),
    "chide": ("chided",),
    "mock": ("mocked",),
    "tease": ("teased",),
    "boom": ("boomed",),
    "thunder": ("thundered",),
    "offer": ("offered",),
    "estimate": ("estimated", "estimates"),
    "condemn": ("condemned", "condemning", "condemns"),
    "denounce": ("denounced", "denouncing"),
    "decry": ("decried", "decrying"),
    "agree": ("agrees",),
    "sing": ("sings", "sang"),
    "react": ("reacted",),
    "interject": ("interjected",),
    "interrupt": ("interrupted",),
}

SPEECH_VERBS: frozenset[str] = frozenset(form for forms in _VERB_STEMS.values() for form in forms)
"""Every inflected speech verb form, lower case."""

NAMING_VERBS: frozenset[str] = frozenset(
    {"called", "calling", "calls", "dubbed", "labeled", "labelled", "branded", "described", "describing",
     "characterized", "characterised"}
)
"""Verbs whose object is followed by the quoted words (``called him "a fraud"``)."""

WEAK_VERBS: frozenset[str] = frozenset(
    {"reports", "reported", "reveals", "revealed", "confirms", "confirmed", "confirming", "demands", "demanded",
     "demanding", "accused", "accusing", "praised", "criticized", "criticised", "blasted", "slammed", "thanked",
     "urges", "urged", "urging", "promises", "promised", "promising", "asks", "asked", "asking", "calls",
     "continues", "continued", "continuing"}
)
"""Verbs that attribute a quote only when directly next to it (they often take plain objects)."""

SPEECH_VERB_RE = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b", re.IGNORECASE)

SPEECH_NOUNS: frozenset[str] = frozenset(
    {"statement", "interview", "post", "tweet", "memo", "letter", "blog", "email", "e-mail", "speech", "message",
     "remarks", "release", "briefing", "conference", "podcast", "video", "op-ed", "column", "filing", "testimony"}
)
"""Nouns of a medium of speech (``in a statement:``)."""

PRONOUNS: dict[str, str] = {
    "he": "m", "she": "f", "they": "p", "it": "n", "i": "s", "we": "s", "him": "m", "her": "f", "who": "r",
}
"""Subject pronouns that may stand as a speaker, and what they refer to (m, f, plural, neuter, self, relative)."""

TITLE_WORDS: frozenset[str] = frozenset(
    """
    president vice secretary sen sen. senator senators rep rep. reps. representative gov gov. governor lt.gov. mayor
    mr mr. ms ms. mrs mrs. miss dr dr. prof prof. professor ceo cfo coo cto cio chief executive officer chairman
    chairwoman chair chairperson director spokesman spokeswoman spokesperson minister prime premier chancellor king
    queen prince princess pope judge justice attorney general gen gen. lt lt. col col. sgt sgt. capt capt. cpt. adm
    adm. maj maj. commander detective sheriff deputy undersecretary under assistant associate leader speaker whip
    majority minority senate democrat democratic democrats republican republicans gop former top then
    ambassador envoy commissioner inspector superintendent founder co-founder cofounder head manager analyst
    economist strategist candidate nominee presidential lawmaker congressman congresswoman councilman
    councilwoman councillor councilor alderman trustee pastor rev rev. reverend father rabbi imam bishop cardinal
    dame sir lord lady coach defense defence state homeland security treasury health interior energy commerce
    labor labour education transportation agriculture foreign finance home us u.s. uk u.k. un u.n. eu
    federal national regional county city district special counsel officials official sergeant private corporal
    captain major colonel lieutenant admiral pres. supt. insp. det. cmdr. st. gov.-elect president-elect
    mayor-elect chief-executive owner partner editor reporter correspondent columnist producer anchor host actor
    actress singer rapper star author writer researcher scientist doctor nurse teacher student lawyer
    prosecutor investigator agent employee worker resident member members fellow activist campaigner
    supervisor treasurer clerk auditor controller comptroller administrator coordinator registrar marshal
    constable warden provost dean rector vicar principal mp mep msp cllr cllr. councilmember assemblyman
    assemblywoman assemblymember delegate selectman alderwoman magistrate coroner ombudsman secretary-general
    director-general attorney-general solicitor barrister counsel closer pitcher manager quarterback striker
    midfielder goalkeeper forward guard catcher shortstop outfielder infielder reliever starter right-hander
    left-hander rookie veteran gm coach skipper defender winger captain ranking nominee hopeful journalist
    commentator pollster consultant expert historian scholar moderator lobbyist operative aide adviser advisor
    """.split()
)
"""Words of titles and descriptions that come before a name (``Defense Secretary Jane Doe``), lower case."""

HONORIFIC_GENDER: dict[str, str] = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
                                    "father": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f",
                                    "dame": "f", "lady": "f", "queen": "f", "princess": "f",
                                    "spokeswoman": "f", "spokesman": "m", "chairwoman": "f", "chairman": "m",
                                    "congresswoman": "f", "congressman": "m", "councilwoman": "f",
                                    "councilman": "m", "actress": "f"}
"""Title words that tell a person's gender, for pronoun resolution."""

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    the a an in on at for but and or nor if when while after before since as so yet then this that these those it
    he she they we i his her their our my its of to from with by despite although though because until meanwhile
    however also now still even only why what how where who whom whose which there here last next earlier later
    according asked both all some many most other another every each no not under over without within among
    between into about like unlike following during through against amid toward towards upon once just speaking
    including instead indeed perhaps meanwhile yes thus hence rather than such whether whatever whoever today
    yesterday tomorrow tonight first second third finally previously recently currently separately similarly
    additionally furthermore moreover overall already again often never always sometimes
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep.
    sept sept. oct oct. nov nov. dec dec. god
    """.split()
)
"""Capitalised words that begin sentences but are not names, lower case."""

ORG_WORDS: frozenset[str] = frozenset(
    """
    department agency committee act court party university inc inc. corp corp. co co. ltd ltd. llc plc company
    group news times post journal street house valley network production administration government council union
    office bureau service services forces army navy air force police bank fund foundation institute center
    centre club league association federation commission ministry parliament congress senate assembly board
    authority states kingdom nations republic city county north south east west airlines airways motors media
    press tv radio television channel agency daily weekly herald tribune gazette telegraph guardian review
    magazine reuters capitol square avenue road airport hospital school college mosque museum stadium
    team federal social platform global international american americans european chinese russian british french
    german israeli iranian korean japanese indian mexican canadian democrats republicans program project
    initiative campaign conference treaty exchange ai tech technologies technology systems system labs lab
    new los las san santa fort port mount highway shire marine
    """.split()
)
"""Words that make a capitalised sequence an organisation, place or thing rather than a person, lower case."""

ORG_HEAD_NOUNS: frozenset[str] = frozenset(
    """
    company firm startup start-up group organisation organization agency department ministry campaign government
    administration party union lab bank carrier retailer maker giant network newspaper paper council board
    committee team club school university hospital office regulator insurer developer manufacturer business
    corporation outlet broadcaster publisher charity watchdog
    """.split()
)
"""Head nouns of descriptions that stand for an organisation (``the Boston-based startup``)."""

NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "di", "del", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "ibn", "ben", "dos", "das", "st."}
)
"""Lower-case particles inside names (``Bill de Blasio``)."""
