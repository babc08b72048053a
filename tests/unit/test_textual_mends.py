"""Textual's drawing no longer leaves reference cycles behind (screens/mends.py): a strip divided
at its own length, and the entries of a cleared LRUCache, are freed the moment they are dropped,
with no wait for Python's cycle collector (whose full passes took 20-35 ms in a meeting)."""

from __future__ import annotations

import gc
import weakref

import pytest
from rich.segment import Segment
from textual.cache import LRUCache
from textual.strip import Strip

from kktui.screens.mends import mend_textual


@pytest.fixture(autouse=True)
def no_cycle_collector():
    """Only reference counting frees anything while a test runs."""
    mend_textual()
    gc.collect()
    gc.disable()
    yield
    gc.enable()


def test_a_strip_divided_at_its_own_length_is_freed_when_dropped() -> None:
    strip = Strip([Segment("notes from the meeting")])
    assert strip.divide([strip.cell_length]) == [strip]  # the whole strip, as Textual returns it
    assert [len(part.text) for part in strip.divide([5, strip.cell_length])] == [5, 17]
    for number in range(100):  # a screenful of lines, drawn whole
        line = Strip([Segment(f"line {number}")])
        line.divide([line.cell_length])
    del strip, line
    assert gc.collect() == 0, "dropped strips left for the cycle collector"


def test_what_a_cleared_lru_cache_held_is_freed_at_once() -> None:
    class Line:  # a cached value a weak reference can follow
        pass

    cache: LRUCache[int, Line] = LRUCache(8)
    lines = [Line() for _ in range(5)]
    for number, line in enumerate(lines):
        cache[number] = line
    assert cache.get(2) is lines[2]  # used: moved to the front of the ring
    held = [weakref.ref(line) for line in lines]
    del lines, line
    cache.clear()
    assert len(cache) == 0 and cache.get(2) is None
    assert [ref() for ref in held] == [None] * 5
    cache[9] = Line()  # and it still caches after being cleared
    assert isinstance(cache.get(9), Line)


def test_mending_twice_is_mending_once() -> None:
    divide, clear = Strip.divide, LRUCache.clear
    mend_textual()
    assert (Strip.divide, LRUCache.clear) == (divide, clear)
