"""The editor's own keys: ``keymap.toml`` in the user config folder remaps bindings by id.

    # ~/.config/factsheet/keymap.toml   (FACTSHEET_CONFIG_DIR overrides the folder)
    [keys]
    "review.confirm" = "y"
    "review.reject" = "n,delete"

Ids are those shown on the help screen's bindings (``app.*``, ``facts.*``,
``review.*``, ``source.*``, ``variant.*``, ``discrepancy.*``). A file that cannot be
read is reported and ignored: the default keys stay.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

FILE_NAME = "keymap.toml"


def keymap_path() -> Path:
    """Where the keymap is read from."""
    folder = os.environ.get("FACTSHEET_CONFIG_DIR")
    if folder:
        return Path(folder) / FILE_NAME
    from platformdirs import user_config_dir

    return Path(user_config_dir("factsheet")) / FILE_NAME


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """``(binding id -> keys, problem)``; an absent file is no keymap and no problem."""
    path = path or keymap_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return {}, f"{path}: not used ({error})"
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, f"{path}: [keys] must be a table of binding id = \"key\""
    keymap = {str(k): v for k, v in keys.items() if isinstance(v, str) and v.strip()}
    bad = sorted(str(k) for k, v in keys.items() if not (isinstance(v, str) and v.strip()))
    return keymap, (f"{path}: ignored entries {', '.join(bad)} (keys must be strings)" if bad else None)
