"""Full garbage collections in the live meeting (screens/views/live_memory.py): the beat runs
one in the user's pause after a step change, or once as much has piled up as would have made
Python run one; Python's own comes ten times less often while the meeting is open."""

from __future__ import annotations

import gc
import weakref

import pytest

from kktui.screens.views.live_memory import SLOWER, MeetingMemory


class Node:
    """In a reference cycle with itself: only the cycle collector frees it."""

    def __init__(self) -> None:
        self.me = self


def old_garbage() -> weakref.ref:
    """A cycle that lived long enough to reach the oldest generation, then dropped."""
    node = Node()
    ref = weakref.ref(node)
    gc.collect()  # it survives this one: now in the oldest generation
    del node
    return ref


@pytest.fixture
def memory():
    before = gc.get_threshold()
    memory = MeetingMemory()
    memory.opened()
    yield memory
    memory.closed()
    assert gc.get_threshold() == before


def test_a_step_change_is_collected_in_the_next_pause(memory) -> None:
    dropped = old_garbage()
    memory.step_changed()
    assert memory.pause() is True
    assert dropped() is None
    assert memory.pause() is False  # once per step change


def test_a_pause_with_nothing_dropped_or_piled_up_collects_nothing(memory) -> None:
    dropped = old_garbage()
    assert memory.pause() is False
    assert dropped() is not None


def test_a_pause_collects_once_as_much_has_piled_up_as_python_would_have_collected(memory) -> None:
    dropped = old_garbage()
    python_would = gc.get_threshold()[2] // SLOWER  # gen-1 collections before a full one
    for _ in range(python_would - 1):
        gc.collect(1)
    assert memory.pause() is False and dropped() is not None
    gc.collect(1)
    assert memory.pause() is True and dropped() is None


def test_python_collects_everything_ten_times_less_often_only_while_the_meeting_is_open() -> None:
    before = gc.get_threshold()
    memory = MeetingMemory()
    memory.opened()
    memory.opened()  # opened twice is opened once
    assert gc.get_threshold() == (before[0], before[1], before[2] * SLOWER)
    memory.closed()
    assert gc.get_threshold() == before
    memory.step_changed()
    assert memory.pause() is False  # closed: it no longer collects


def test_two_meetings_overlapping_slow_python_once_and_give_its_thresholds_back_when_both_close() -> None:
    """Switching from one meeting to another may mount the second before the first unmounts."""
    before = gc.get_threshold()
    first, second = MeetingMemory(), MeetingMemory()
    first.opened()
    second.opened()
    assert gc.get_threshold()[2] == before[2] * SLOWER  # not SLOWER twice over
    first.closed()
    assert gc.get_threshold()[2] == before[2] * SLOWER  # the second is still open
    second.step_changed()
    assert second.pause() is True
    second.closed()
    assert gc.get_threshold() == before
