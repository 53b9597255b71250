"""Hostile articles, written by code into a folder: the inputs of the hostile-input suite.

:func:`build` writes every case under a root folder and returns them as
:class:`Case` records: the paths to pass on the command line, the hostile text
planted in them, and what the tool must say about each (which inputs cannot be
read, which are read with a caveat). Sizes come from :class:`Sizes` (smoke in the
test suite, full with ``FACTSHEET_FULL_HOSTILE=1`` and in ``bench/hostile_counts.py``).

Everything here is invented text in general news style; nothing comes from the
seeds or the corpus.
"""

from __future__ import annotations

import codecs
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

FULL_ENV = "FACTSHEET_FULL_HOSTILE"


@dataclass(frozen=True)
class Sizes:
    """How big the large inputs are."""

    big_article_bytes: int
    tiny_articles: int
    long_line_bytes: int = 1_000_000

    @classmethod
    def smoke(cls) -> Sizes:
        return cls(big_article_bytes=5_000_000, tiny_articles=1_000)

    @classmethod
    def full(cls) -> Sizes:
        return cls(big_article_bytes=50_000_000, tiny_articles=10_000)

    @classmethod
    def from_env(cls) -> Sizes:
        return cls.full() if os.environ.get(FULL_ENV) == "1" else cls.smoke()


@dataclass(frozen=True)
class Case:
    """One hostile input (a file, a folder or several), as the command line gets it."""

    name: str
    paths: tuple[Path, ...]
    """What to pass on the command line (besides the good articles, when mixed)."""
    payload: str = ""
    """The hostile text planted in the article's title and body ("" when none)."""
    loads: int = 0
    """How many articles of ``paths`` must load."""
    bad: tuple[Path, ...] = ()
    """Inputs that cannot be read: exactly one stderr line each, naming it."""
    noted: tuple[Path, ...] = ()
    """Inputs read with a caveat (e.g. not UTF-8): exactly one stderr line each, naming it."""
    encodings: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    """File path -> the encoding Python reads it with (default ``utf-8-sig``)."""
    large: bool = False
    """A size case (timed, fewer verbs in smoke runs)."""
    title: str = ""
    """The planted title line (whitespace as written), when the article has one."""


# -- hostile text --------------------------------------------------------------------------------

PAYLOADS: dict[str, str] = {
    "rich_markup": "[bold red]ALERT[/bold red] [/] [link=https://x.example/]click[/link] [@click=app.quit]quit[/] [0] [b][i]x",
    "textual_markup": "[$accent]v[/] [on red]bg[/on red] [@click=screen.dismiss()]go[/] $variable [reverse]r[/reverse] \\[esc]",
    "ansi_csi": "\x1b[31;1mRED\x1b[0m \x1b[2J\x1b[H \x1b[10A \x1b[?1049h \x1b[6n",
    "ansi_osc": "\x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\ \x1b]52;c;ZXZpbA==\x07 \x1b]0;pwned\x1b\\",
    "c1_controls": "\x9b31mC1\x9b0m \x9d52;c;ZXZpbA==\x9c \x85 \x8d \x90q\x9c",
    "c0_controls": "a\x07b\x08c\x7fd\x0be\x0cf\x1bg",
    "bidi_zero_width": "\u202eevil\u202c \u2066iso\u2069 \u200fr\u200e \u061c z\u200bw\u2060j\ufeffk \u200d\u200c",
    "combining_emoji": "Zoë Z\u0338\u0322\u031ba\u0337\u0319l\u0334g\u0336o\u0335 e\u0301 👩\u200d👩\u200d👧\u200d👦 🇬🇧 🏳️\u200d🌈 \ufdfd 漢字 Ｆｕｌｌ",
    "line_separators": "one\u2028two\u2029three\x85four",
    "markdown": "# H **b** _e_ [l](javascript:alert(1)) <b>x</b> &amp; `c` ~~s~~ [^1] | p | \\* > q",
    "toml": '"""\n[x]\nk = "v" \\u0000 \'\'\' \\ "',
    "long_token": "x" * 20_000,
}
"""Planted in the title and several body sentences of an otherwise ordinary article."""

_NAMES = ("Ana Lima", "Tomas Berg", "Mira Osei", "Li Wen", "Paul Dubois", "Rosa Marin", "Ken Ito", "Eva Novak")
_TITLES = ("Finance Minister", "Mayor", "chief executive", "police spokeswoman", "Health Secretary")
_PLACES = ("LISBON", "OSLO", "ACCRA", "SEOUL", "LYON")
_MONTHS = ("January", "March", "June", "September", "November")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def news_article(payload: str, variant: int = 0) -> str:
    """An ordinary wire story with ``payload`` in its title, a quote, a figure and a name."""
    name = _NAMES[variant % len(_NAMES)]
    surname = name.split()[-1]
    role = _TITLES[variant % len(_TITLES)]
    place = _PLACES[variant % len(_PLACES)]
    month = _MONTHS[variant % len(_MONTHS)]
    day = _DAYS[variant % len(_DAYS)]
    amount = 10 + variant * 7
    filler = (
        f"The council met for {3 + variant} hours and heard from {12 + variant} residents. "
        f"Officials said the review would take about {2 + variant % 5} weeks. "
        f"About {1_000 + 37 * variant:,} people live near the site, according to the city's figures. "
        f"Work is due to start on {month} {4 + variant % 20}, {2024 + variant % 3}, at 9 a.m."
    )
    return (
        f"Council approves {payload} budget\n"
        f"\n"
        f"{place}, {month} {3 + variant % 20} (Wire) — The city council said on {day} it would spend "
        f"${amount} million on {payload} repairs, up from ${amount - 4} million last year.\n"
        f"\n"
        f"“We will finish the {payload} work by {day},” {role} {name} said. "
        f"{surname} added that {40 + variant}% of the money would come from the state.\n"
        f"\n"
        f"{filler}\n"
        f"\n"
        f"\"The plan {payload} is sound,\" said {name}, the city's {role.lower()}.\n"
        f"\n"
        f"{filler}\n"
    )


QUOTE_TORTURE = (
    "Mayor quotes everyone at once\n"
    "\n"
    "OSLO, March 3 (Wire) — “We will never give up, the mayor said on Monday.\n"
    "\n"
    "\"He told me ‘they said “no” twice’ and left,\" Ana Lima said. ''This is how old wire copy quotes,'' "
    "Tomas Berg said. ”Reversed marks“ were used by Mira Osei, who said „this“ and «that» and ‹this›.\n"
    "\n"
    "'''Triple''' marks, a lone \" here, and ‘‘doubled singles’’ too, said Police Chief Li Wen. "
    "\"Unclosed quote at the end of a paragraph, Paul Dubois said.\n"
    "\n"
    "“Nested “twice” and ‘once’,” said Rosa Marin. \"\" empty \"\" and “” empty “”. "
    "Prices rose 4.5% to $1.2 billion on Friday, she said.\n"
    "\"\n"
)

CP1252_ARTICLE = (
    "Café owners win “fair rent” ruling\n"
    "\n"
    "LYON, June 5 (Wire) — Café owners won a ruling on Tuesday that caps rents at €1,500 a month, "
    "a judge said – the first such ruling this year.\n"
    "\n"
    "“It’s a fair result,” said Chief Judge Rosa Marin. About 300 cafés are affected… by the cap.\n"
)

UTF16_ARTICLE = (
    "Storm closes 12 schools\n"
    "\n"
    "SEOUL, November 2 (Wire) — A storm closed 12 schools on Friday, Education Minister Ken Ito said.\r\n"
    "\r\n"
    "“Safety comes first,” Ito said. Repairs will cost ₩3 billion, or about $2.2 million.\r\n"
)


def tiny_article(index: int) -> str:
    """A two-sentence article, different for every ``index``."""
    name = _NAMES[index % len(_NAMES)]
    return (
        f"Note {index}\n\n"
        f"{name} said {index % 97 + 2} people attended on {_DAYS[index % 5]}. "
        f"“It cost ${index % 50 + 1} million,” {name.split()[-1]} said.\n"
    )


def long_line_article(size: int) -> str:
    """One line of about ``size`` bytes: many news sentences and no newline at all."""
    parts: list[str] = ["Budget talks run long "]
    total = len(parts[0])
    index = 0
    while total < size:
        sentence = (
            f"“Item {index} is settled,” {_NAMES[index % 8]} said on {_DAYS[index % 5]}, "
            f"adding that ${index % 900 + 1} million and {index % 99}% were at stake by {_MONTHS[index % 5]} {index % 28 + 1}. "
        )
        parts.append(sentence)
        total += len(sentence.encode("utf-8"))
        index += 1
    return "".join(parts)


def big_article(size: int) -> str:
    """A many-paragraph article of about ``size`` bytes."""
    head = "Inquiry report runs to thousands of pages\n\nACCRA, June 1 (Wire) — The inquiry published its report.\n\n"
    paragraphs: list[str] = [head]
    total = len(head)
    index = 0
    while total < size:
        paragraph = news_article(PAYLOADS["rich_markup"] if index % 50 == 0 else "road", index).split("\n\n", 1)[1]
        paragraphs.append(paragraph + "\n")
        total += len(paragraph.encode("utf-8")) + 1
        index += 1
    return "".join(paragraphs)


# -- writing the cases -----------------------------------------------------------------------------


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def copy_good(seeds: Path, root: Path) -> Path:
    """Copies of the good articles (the shipped seeds) in ``root/good``."""
    good = root / "good"
    good.mkdir(parents=True, exist_ok=True)
    for article in sorted(seeds.iterdir()):
        if article.is_file() and article.suffix in (".txt", ".md"):
            shutil.copyfile(article, good / article.name)
    return good


def text_cases(root: Path) -> list[Case]:
    """One article per hostile payload, plus quote-mark torture and hostile file names."""
    cases: list[Case] = []
    for number, (name, payload) in enumerate(PAYLOADS.items()):
        path = _write(root / "text" / name / f"{name}.txt", news_article(payload, number))
        title = f"Council approves {payload} budget" if "\n" not in payload and len(payload) < 200 else ""
        cases.append(Case(name, (path,), payload=payload, loads=1, title=title))
    path = _write(root / "text" / "quotes" / "quote_marks.md", QUOTE_TORTURE)
    cases.append(Case("quote_marks", (path,), loads=1, title="Mayor quotes everyone at once"))
    evil = "evil_\x1b[2J_\u202e_[bold]x[reverse]_\x9b1m"
    named = _write(root / "names" / f"{evil}.txt", news_article("plain", 3))
    cases.append(Case("hostile_file_name", (named,), payload=evil, loads=1, title="Council approves plain budget"))
    return cases


def encoding_cases(root: Path) -> list[Case]:
    """A Windows-1252 file, a UTF-16 file with BOM and CRLF, a UTF-8 file with BOM and CR line ends."""
    folder = root / "encodings"
    cp = _write(folder / "cp1252.txt", CP1252_ARTICLE, "cp1252")
    u16 = _write(folder / "utf16.txt", UTF16_ARTICLE, "utf-16")
    u8 = _write(folder / "utf8_bom_cr.txt", news_article("plain", 5).replace("\n", "\r"), "utf-8-sig")
    return [
        Case("windows_1252", (cp,), loads=1, noted=(cp,), encodings={str(cp): "cp1252"}, title=CP1252_ARTICLE.split("\n")[0]),
        Case("utf16_bom", (u16,), loads=1, encodings={str(u16): "utf-16"}, title=UTF16_ARTICLE.split("\n")[0]),
        Case("utf8_bom_cr", (u8,), loads=1, title="Council approves plain budget"),
    ]


def unreadable_cases(root: Path) -> list[Case]:
    """Inputs that cannot be read, each passed on its own (besides the good articles)."""
    folder = root / "bad"
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def bad(name: str, path: Path) -> None:
        cases.append(Case(name, (path,), bad=(path,)))

    bad("nul_bytes", _write(folder / "nul.txt", news_article("a\x00b", 1)))
    bad("binary_controls", _write(folder / "controls.txt", news_article("\x01\x02\x03\x04\x05\x06" * 40, 2)))
    bad("empty_file", _write(folder / "empty.txt", ""))
    bad("whitespace_only", _write(folder / "blank.md", " \n\t\n\r\n"))
    directory = folder / "folder.txt"
    directory.mkdir(exist_ok=True)
    bad("directory_named_txt", directory)
    dangling = folder / "dangling.txt"
    if not dangling.is_symlink():
        dangling.symlink_to(folder / "nowhere" / "gone.txt")
    bad("dangling_symlink", dangling)
    bad("missing_path", folder / "no such article.txt")
    invalid_bom = folder / "bad_bom.txt"
    invalid_bom.write_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone high surrogate after the BOM
    bad("invalid_utf16", invalid_bom)
    legacy = folder / "cp1252_undefined.txt"
    legacy.write_bytes(CP1252_ARTICLE.encode("cp1252") + b" \x81\x8d\n")  # bytes Windows-1252 leaves undefined
    bad("cp1252_undefined_bytes", legacy)
    evil = folder / "evil_\x1b]52;c;ZXZpbA==\x07_\u202e.txt"
    _write(evil, "")
    bad("hostile_name_empty", evil)
    return cases


def folder_cases(root: Path) -> list[Case]:
    """A folder holding a symlink loop, a self-link and a dangling link beside a good article."""
    folder = root / "loops"
    _write(folder / "sub" / "story.txt", news_article("looped", 6))
    loop = folder / "sub" / "loop"
    if not loop.is_symlink():
        loop.symlink_to(folder)  # sub/loop -> the folder above: a cycle
    self_link = folder / "self.txt"
    if not self_link.is_symlink():
        self_link.symlink_to(self_link)
    dangling = folder / "gone.md"
    if not dangling.is_symlink():
        dangling.symlink_to(folder / "missing.md")
    return [Case("symlink_loop_folder", (folder,), loads=1, bad=(self_link, dangling))]


def fifo_case(root: Path) -> Case:
    """A folder holding a FIFO named like an article beside a good article (reading it would block)."""
    folder = root / "fifo"
    _write(folder / "story.txt", news_article("piped", 7))
    fifo = folder / "pipe.txt"
    if not fifo.exists():
        os.mkfifo(fifo)
    return Case("fifo_in_folder", (folder,), loads=1, bad=(fifo,))


def large_cases(root: Path, sizes: Sizes) -> list[Case]:
    """A long single-line article, a big article and a folder of many tiny articles."""
    folder = root / "large"
    line = _write(folder / "long_line.txt", long_line_article(sizes.long_line_bytes))
    big = _write(folder / "big.txt", big_article(sizes.big_article_bytes))
    tiny_dir = folder / "tiny"
    tiny_dir.mkdir(parents=True, exist_ok=True)
    for index in range(sizes.tiny_articles):
        _write(tiny_dir / f"t{index:05d}.txt", tiny_article(index))
    return [
        Case("long_line_1mb", (line,), loads=1, large=True, title=""),
        Case("big_article", (big,), loads=1, large=True, title="Inquiry report runs to thousands of pages"),
        Case("tiny_articles", (tiny_dir,), loads=sizes.tiny_articles, large=True),
    ]


def renamed_seeds_case(root: Path, seeds: Path) -> Case:
    """The good articles again under hostile file names (no underscore, so the names are their short labels)."""
    folder = root / "renamed"
    folder.mkdir(parents=True, exist_ok=True)
    articles = sorted(p for p in seeds.iterdir() if p.is_file() and p.suffix in (".txt", ".md"))
    for number, article in enumerate(articles, 1):
        shutil.copyfile(article, folder / f"\x1b[2Jw{number}\u202e\x9b{article.suffix}")
    return Case("renamed_seeds", (folder,), payload="\x1b[2J", loads=len(articles))


def build(root: Path, seeds: Path, sizes: Sizes | None = None, *, large: bool = True) -> tuple[Path, list[Case]]:
    """Write every case under ``root``; the good-articles folder and the cases."""
    sizes = sizes or Sizes.from_env()
    good = copy_good(seeds, root)
    cases = text_cases(root) + encoding_cases(root) + unreadable_cases(root) + folder_cases(root) + [fifo_case(root)]
    cases.append(renamed_seeds_case(root, seeds))
    if large:
        cases += large_cases(root, sizes)
    return good, cases


def read_text(path: Path, case: Case) -> str:
    """The text of an article exactly as anchors index it (``open(..., encoding="utf-8-sig")``)."""
    encoding = case.encodings.get(str(path), "utf-8-sig")
    with open(path, encoding=encoding, newline=None) as handle:
        return handle.read()
