"""The footer every screen shows: Textual's, compact, with only the keys that fit whole.

At 80 columns Textual's Footer lets its keys run under the «^p Kommandoer» docked at its
right (`f2 Ve▏`, and a stray letter after it). Here the keys that would not fit are left
out instead, the last first; F1 help stays, and F1 and the palette list every key anyway.

Textual's Footer composes its keys anew each time the screen's bindings change, and this one
each time its width does: on start that was four times in a row (~17 ms each) before the
footer first showed. Here the requests that come before the next refresh are one recompose,
and none when the keys and the width are what the footer shows already.

Each key Textual composes watches the footer's `compact`, and that watcher outlives the key
until `compact` changes, which here it never does (Textualize/textual#6666): every focus change
kept a footer's worth of dead keys alive (about 100 kB). The removed keys' watchers go before
each compose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

if TYPE_CHECKING:
    from textual.screen import Screen

KEEP_ACTIONS = {"help", "app.help"}  # the key that tells about all the others


def _cells(key: FooterKey) -> int:
    """The cells a compact key takes: `^d Vedtak` and its one-cell margin."""
    text = f"{key.key_display} {key.description}" if key.description else key.key_display
    return len(text) + 1


class KkFooter(Footer):
    def __init__(self) -> None:
        super().__init__(compact=True)
        self._width = 0
        self._recompose_asked = False
        self._composed_for: tuple | None = None  # what the keys shown were composed from

    def compose(self) -> ComposeResult:
        self._forget_removed_keys()
        self._composed_for = self._composed_from()
        items = list(super().compose())
        width = self.size.width
        if not width or not all(isinstance(item, FooterKey) for item in items):
            yield from items  # not laid out yet, or grouped keys: as Textual draws them
            return
        keys = [item for item in items if isinstance(item, FooterKey)]
        palette = [key for key in keys if key.has_class("-command-palette")]
        room = width - sum(_cells(key) for key in palette)  # its border takes the cell a margin would
        kept = {
            id(key) for key in keys if key.action in KEEP_ACTIONS and not key.has_class("-command-palette")
        }
        room -= sum(_cells(key) for key in keys if id(key) in kept)
        for key in keys:
            if key in palette or id(key) in kept:
                continue
            if _cells(key) <= room:
                kept.add(id(key))
                room -= _cells(key)
        yield from (key for key in keys if id(key) in kept and key not in palette)
        yield from palette

    def _forget_removed_keys(self) -> None:
        """Drop the `compact` watchers of keys no longer in the footer (textual#6666)."""
        watchers = getattr(self, "__watchers", {}).get("compact")
        if watchers:
            watchers[:] = [(node, callback) for node, callback in watchers if node.is_attached]

    def bindings_changed(self, screen: Screen) -> None:
        """As Textual's (8.2.8), with its recompose joined to any already asked for."""
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self._recompose_after_refresh()

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self._recompose_after_refresh()

    def _recompose_after_refresh(self) -> None:
        if not self._recompose_asked:
            self._recompose_asked = True
            self.call_after_refresh(self._recompose_asked_for)

    def _composed_from(self) -> tuple:
        """What `compose` makes the keys from: the screen's bindings as the footer reads them,
        and the width they must fit."""
        bindings = tuple(
            (key, binding.action, binding.description, binding.show, binding.group, enabled, tooltip)
            for key, (_node, binding, enabled, tooltip) in self.screen.active_bindings.items()
        )
        return (self._bindings_ready, self.size.width, bindings)

    async def _recompose_asked_for(self) -> None:
        self._recompose_asked = False  # what changes from here on asks again
        if not self.is_attached:
            return  # its screen has closed since
        if self._composed_from() != self._composed_for:
            await self.recompose()
