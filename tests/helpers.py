"""Small builders the tests share."""

from __future__ import annotations

import hashlib

from factsheet.model import Region, Source


def body_source(text: str, source_id: str = "t", **fields: object) -> Source:
    """A source whose whole text is body, as ingest marks a plain article; ``fields`` set the rest (``date``...)."""
    return Source(
        id=source_id,
        path=f"{source_id}.txt",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=text,
        regions=[Region(kind="body", start=0, end=len(text))],
        **fields,  # type: ignore[arg-type]
    )
