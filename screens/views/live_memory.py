"""The live meeting's full garbage collections: in the user's pauses, not mid-sentence.

A step change drops a page of guidance widgets. They lived long enough to reach Python's oldest
generation, so only a full collection frees them, and Python runs one only when enough
long-lived objects have piled up: until then the heap grew by a page's garbage each step (about
9 MiB over a walk through the agenda). A full collection walks every object but those set aside
at start, 20–35 ms in a meeting with ten years of data, and Python starts one whenever its
counts say so: five times in 600 keys typed, and each time a key waited for it.

So during the meeting Python's own full collection comes ten times less often, and the beat
runs one when the user is not typing: after a step change, or once as much has piled up as
would have made Python run one. When the meeting closes, Python's thresholds are put back.

No Textual here: the screen calls `opened`, `step_changed`, `pause` (a beat with no key
in the last half second) and `closed`.
"""

from __future__ import annotations

import gc

# How much rarer Python's own full collection is while the meeting is open (its third threshold,
# 10 by default, times this): the beat collects in a pause long before.
SLOWER = 10


class MeetingMemory:
    def __init__(self) -> None:
        self._thresholds: tuple[int, int, int] | None = None
        self._step_changed = False

    def opened(self) -> None:
        """The meeting is on screen: from now on, full collections wait for a pause."""
        if self._thresholds is None:
            self._thresholds = gc.get_threshold()
            first, second, third = self._thresholds
            gc.set_threshold(first, second, third * SLOWER)

    def step_changed(self) -> None:
        """A step change dropped a page of guidance: collect it in the next pause."""
        self._step_changed = True

    def pause(self) -> bool:
        """A beat while the user is not typing: True if it collected now."""
        if self._thresholds is None:
            return False
        piled_up = gc.get_count()[2] >= self._thresholds[2]  # gen-1 collections since a full one
        if not (self._step_changed or piled_up):
            return False
        self._step_changed = False
        gc.collect()
        return True

    def closed(self) -> None:
        """The meeting has closed: Python's own thresholds again."""
        if self._thresholds is not None:
            gc.set_threshold(*self._thresholds)
            self._thresholds = None
