"""The footer, rebuilt only when the keys it shows change.

Textual's ``Footer`` recomposes (removes and mounts every key widget, then
restyles them) each time the bindings may have changed: on every focus change
and every ``refresh_bindings``, several times per pane switch. With the panes
of this app that was the larger part of a pane switch's cost; here the bursts
are coalesced into one check after the next refresh, which recomposes only
when the shown keys (or their enabled state) really differ.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer

Shown = tuple[tuple[str, str, str, bool, str], ...]


class KeyFooter(Footer):
    """A ``Footer`` that skips rebuilding when nothing it shows changed."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: Shown | None = None
        self._check_pending = False

    def _keys_shown(self) -> Shown:
        keys = [
            (binding.key, binding.description, binding.action, enabled, tooltip or "")
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show or binding.action == "command_palette"
        ]
        return tuple(keys)

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._check_pending:
            self._check_pending = True
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._check_pending = False
        if not self.is_attached:
            return
        shown = self._keys_shown()
        if shown == self._shown:
            return
        self._shown = shown
        await self.recompose()
