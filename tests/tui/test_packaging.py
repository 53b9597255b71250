"""The stylesheet and help text ship with the package, and the CLI imports Textual only for the app."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_tcss_and_help_are_package_resources() -> None:
    from factsheet.tui.app import FactsheetApp

    package = files("factsheet.tui")
    assert package.joinpath("app.tcss").is_file() and package.joinpath("help.md").is_file()
    assert FactsheetApp.CSS_PATH == "app.tcss"  # resolved beside app.py, i.e. inside the installed package


INSTALLED_APP_RUNS = """
import asyncio, sys, tempfile
from pathlib import Path
import factsheet.tui.app as app_module
from factsheet.model import FactSheet
from factsheet.tui.app import FactsheetApp
assert "site-packages" not in app_module.__file__ and "/work/main/factsheet" not in app_module.__file__, app_module.__file__

async def main():
    app = FactsheetApp(sheet=FactSheet(), review_path=Path(tempfile.mkdtemp()) / "r.toml", editor="t")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.stylesheet.rules, "no stylesheet rules loaded"
        print(app_module.__file__)

asyncio.run(main())
"""


@pytest.mark.slow
def test_installed_wheel_finds_its_stylesheet(tmp_path: Path) -> None:
    wheels, target = tmp_path / "wheels", tmp_path / "installed"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        capture_output=True, text=True, timeout=240,
    )
    if build.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {build.stderr.strip()[-200:]}")
    wheel = next(wheels.glob("factsheet-*.whl"))
    assert {"factsheet/tui/app.tcss", "factsheet/tui/help.md"} <= set(zipfile.ZipFile(wheel).namelist())
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=120)
    run = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); exec({INSTALLED_APP_RUNS!r})"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().startswith(str(target))


def test_default_verb_module_does_not_import_textual() -> None:
    code = "import sys, factsheet.cli, factsheet.commands.app; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.stdout.strip() == "False", out.stderr
