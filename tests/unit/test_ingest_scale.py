"""Linear time: pathological inputs of half a megabyte load in about a second at most."""

from __future__ import annotations

import time

import pytest

from factsheet.ingest import source_from_bytes

SIZE = 500_000


@pytest.mark.parametrize(
    "text",
    [
        "word " * (SIZE // 5),  # one enormous line without punctuation
        "." * SIZE,  # one run of dots
        "U.S. " * (SIZE // 5),  # an abbreviation repeated without end
        "Mr. A. B. " * (SIZE // 10),
        "|" * SIZE,
        "- 1" * (SIZE // 3),
        ("WASHINGTON, Feb 28 " * 20 + "\n") * (SIZE // 400),
        ("short line\n" * 1000 + "\n") * (SIZE // 11_001),
        ("a" * 39 + "\n" + "b" * 39 + "\n") * (SIZE // 80),  # lines that might join
        "“" * SIZE,
        ("x. " + " " * 500) * (SIZE // 503),
    ],
    ids=["words", "dots", "acronyms", "initials", "pipes", "markers", "datelines", "headings", "wrapped", "quotes", "spaces"],
)
def test_pathological_input_is_linear(text: str) -> None:
    data = ("Headline\n\n" + text).encode()
    started = time.process_time()
    source, _ = source_from_bytes(data, "big.txt", "big")
    elapsed = time.process_time() - started
    assert source.text
    assert elapsed < 4.0, f"{len(data) / 1e6:.1f} MB took {elapsed:.1f} s"
