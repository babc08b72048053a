"""Mends for Textual 8.2.8 bugs that made a long meeting hold on to memory, or leave garbage that
only Python's slow cycle collector frees.

`StylesCache.get_inner_outer` is an `lru_cache` on a method (Textualize/textual#6665), so each
widget's `StylesCache` is part of a key, and 1,024 of them stay alive with every line they drew
long after their widget was removed: each step change dropped a page of guidance widgets and
kept their lines (about 40 kB a step). Here the cache is keyed by the two colours alone, which
is all the function reads; the function itself is Textual's, unchanged.

Two more let reference counting free what ordinary drawing leaves behind. Each key
typed in the notes left about 275 objects in reference cycles (55,000 for 200 keys; 750 with
these mends), and freeing cycles needs the collector, whose full passes took 20-35 ms in a
meeting with ten years of data:
- `Strip.divide` cached `[self]` in the strip itself when the one cut is its whole length, so
  every such strip, and its seven little caches, was a cycle.
- `LRUCache.clear` dropped its ring of links ([prev, next, key, value] lists) whole, a cycle
  holding every key and line it cached; the notes' editor clears its line cache on each edit.

Written against the pinned Textual; tests/unit/test_textual_mends.py and
tests/drills/test_long_meeting.py show whether they still hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from textual._styles_cache import StylesCache
from textual.cache import LRUCache
from textual.color import Color
from textual.strip import Strip


def mend_textual() -> None:
    """All the mends below (each is applied once, and only to the Textual it was written for)."""
    mend_styles_cache()
    mend_strip_divide()
    mend_lru_clear()


def mend_styles_cache() -> None:
    """Key the inner/outer background cache by colours, not by the widget's cache (once)."""
    cached: Any = StylesCache.__dict__.get("get_inner_outer")
    if isinstance(cached, staticmethod):
        return  # mended already
    if not hasattr(cached, "cache_clear") or not hasattr(cached, "__wrapped__"):
        return  # a Textual whose cache is no longer this one: nothing to mend
    inner_outer = cached.__wrapped__  # Textual's own function; it never reads its first argument

    @lru_cache(1024)
    def by_colours(base_background: Color, background: Color):
        return inner_outer(None, base_background, background)

    cached.cache_clear()  # let go of the widgets' caches it holds already
    StylesCache.get_inner_outer = staticmethod(by_colours)  # type: ignore[method-assign,assignment]


def mend_strip_divide() -> None:
    """A strip divided at its own length is itself: returned, no longer cached in itself."""
    divide = Strip.divide
    if getattr(divide, "mended", False):
        return

    def divide_without_cycle(self: Strip, cuts: Iterable[int]) -> Sequence[Strip]:
        cuts = [cut for cut in cuts if cut <= self.cell_length]
        if cuts == [self.cell_length]:
            return [self]  # what Textual returns here, in a new list instead of one cached in self
        return divide(self, cuts)

    divide_without_cycle.mended = True  # type: ignore[attr-defined]
    Strip.divide = divide_without_cycle  # type: ignore[method-assign]


def _links_as_written_for() -> bool:
    """Whether LRUCache still keeps each entry as a [prev, next, key, value] list in `_cache`."""
    probe: LRUCache[str, str] = LRUCache(2)
    probe["key"] = "value"
    link = getattr(probe, "_cache", {}).get("key")
    return isinstance(link, list) and len(link) == 4 and link[2:] == ["key", "value"]


def mend_lru_clear() -> None:
    """Clearing an LRUCache empties each link first, so no ring of links is left for the collector."""
    clear = LRUCache.clear
    if getattr(clear, "mended", False) or not _links_as_written_for():
        return

    def clear_without_cycles(self: LRUCache) -> None:
        for link in self._cache.values():
            link.clear()
        clear(self)

    clear_without_cycles.mended = True  # type: ignore[attr-defined]
    LRUCache.clear = clear_without_cycles  # type: ignore[method-assign]
