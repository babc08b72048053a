"""The footer every screen shows: Textual's, compact, with only the keys that fit whole.

At 80 columns Textual's Footer lets its keys run under the «^p Kommandoer» docked at its
right (`f2 Ve▏`, and a stray letter after it). Here the keys that would not fit are left
out instead, the last first; F1 help stays, and F1 and the palette list every key anyway.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

KEEP_ACTIONS = {"help", "app.help"}  # the key that tells about all the others


def _cells(key: FooterKey) -> int:
    """The cells a compact key takes: `^d Vedtak` and its one-cell margin."""
    text = f"{key.key_display} {key.description}" if key.description else key.key_display
    return len(text) + 1


class KkFooter(Footer):
    def __init__(self) -> None:
        super().__init__(compact=True)
        self._width = 0

    def compose(self) -> ComposeResult:
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

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self.call_after_refresh(self.recompose)
