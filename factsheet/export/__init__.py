"""Pure renderers of a reviewed fact sheet: TOML (:mod:`.toml`) and Markdown (:mod:`.markdown`)."""
