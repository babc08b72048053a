"""The live meeting's full garbage collections: in the user's pauses, not mid-sentence.

A step change drops a page of guidance widgets. They lived long enough to reach Python's oldest
generation, so only a full collection frees them, and Python runs one only when enough
long-lived objects have piled up: until then the heap grew by a page's garbage each step (about
9 MiB over a walk through the agenda). A full collection walks every object but those set aside
at start, 20–35 ms in a meeting with ten years of data, and Python starts one whenever its
counts say so: five times in 600 keys typed, and each time a key waited for it.

So during the meeting Python's own full collection comes ten times less often, and the beat
runs one when the user is not typing: after a step change, or once there have been as many
young collections since the last full one as Python waits for before it considers one. When
the last meeting closes, Python's thresholds are put back. They are the process's, so they are
counted per process, not per screen: a meeting switched to from another may mount before the
first one unmounts.

No Textual here: the screen calls `opened`, `step_changed`, `pause` (a beat with no key
in the last half second) and `closed`.
"""

from __future__ import annotations

import gc

# How much rarer Python's own full collection is while the meeting is open (its third threshold,
# 10 by default, times this): the beat collects in a pause long before.
SLOWER = 10


_meetings_open = 0
_pythons_thresholds = gc.get_threshold()  # read again when the first meeting opens


class MeetingMemory:
    def __init__(self) -> None:
        self._open = False
        self._step_changed = False

    def opened(self) -> None:
        """The meeting is on screen: from now on, full collections wait for a pause."""
        global _meetings_open, _pythons_thresholds
        if self._open:
            return
        if _meetings_open == 0:
            _pythons_thresholds = gc.get_threshold()
            first, second, third = _pythons_thresholds
            gc.set_threshold(first, second, third * SLOWER)
        _meetings_open += 1
        self._open = True

    def step_changed(self) -> None:
        """A step change dropped a page of guidance: collect it in the next pause."""
        self._step_changed = True

    def pause(self) -> bool:
        """A beat while the user is not typing: True if it collected now."""
        if not self._open:
            return False
        piled_up = gc.get_count()[2] >= _pythons_thresholds[2]  # gen-1 collections since a full one
        if not (self._step_changed or piled_up):
            return False
        self._step_changed = False
        gc.collect()
        return True

    def closed(self) -> None:
        """The meeting has closed: Python's own thresholds again, once no meeting is open."""
        global _meetings_open
        if not self._open:
            return
        self._open = False
        _meetings_open -= 1
        if _meetings_open == 0:
            gc.set_threshold(*_pythons_thresholds)
