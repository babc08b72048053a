"""A mend for a Textual 8.2.8 bug that made a long meeting hold on to memory it no longer shows.

`StylesCache.get_inner_outer` is an `lru_cache` on a method (Textualize/textual#6665), so each
widget's `StylesCache` is part of a key, and 1,024 of them stay alive with every line they drew
long after their widget was removed: each step change dropped a page of guidance widgets and
kept their lines (about 40 kB a step). Here the cache is keyed by the two colours alone, which
is all the function reads; the function itself is Textual's, unchanged.

Written against the pinned Textual; tests/drills/test_long_meeting.py shows whether it still holds.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from textual._styles_cache import StylesCache
from textual.color import Color


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
