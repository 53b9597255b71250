"""Write an SVG screenshot of the app (the README's picture) with Textual's own exporter.

    python -m factsheet.tui.screenshot docs/screenshot-discrepancies.svg seeds --keys 3,down,down --size 120x34

The sheet is built from PATH... like the app does, with a fresh, empty review
file, so the picture never shows anyone's decisions.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path


async def _shoot(out: Path, paths: list[Path], keys: list[str], size: tuple[int, int], title: str) -> None:
    from factsheet.pipeline import build_sheet
    from factsheet.tui.app import FactsheetApp

    sheet = build_sheet(paths, use_cache=False).sheet
    with tempfile.TemporaryDirectory() as tmp:
        app = FactsheetApp(sheet=sheet, review_path=Path(tmp) / "review.toml", editor="editor")
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            for key in keys:
                await pilot.press(key)
            await pilot.pause(0.2)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(app.export_screenshot(title=title), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="the SVG file to write")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="articles or folders")
    parser.add_argument("--keys", default="3", help="comma-separated keys to press first (default: 3)")
    parser.add_argument("--size", default="120x34", help="terminal size COLSxROWS (default 120x34)")
    parser.add_argument("--title", default="factsheet", help="window title in the picture")
    args = parser.parse_args(argv)
    cols, rows = (int(n) for n in args.size.lower().split("x"))
    keys = [k.strip() for k in args.keys.split(",") if k.strip()]
    asyncio.run(_shoot(args.out, args.paths, keys, (cols, rows), args.title))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
