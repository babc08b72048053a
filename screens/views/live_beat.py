"""When the live meeting's beat does its job: at once, or with the next key while the user types.

The beat (the clock, or the autosave with its "saved at") redraws part of the screen. Textual
draws at most one frame per 1/60 s, and after a frame that follows a quiet spell the next one
comes 1/60 to 2/60 s later: a key typed just after the beat's frame waited for that, and its
echo took twice as long as any other (the key-echo tail in the README). While the user types,
the job therefore waits for the next key and is drawn in that key's frame; if no key comes
within HOLD_SECONDS, it runs anyway.

No Textual here: the screen gives the clock, runs what `beat` and `key` hand back, and sets
the timer for `due`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Job = Callable[[], object]

# A key this recently before the beat: the user is typing, and another key is on its way.
TYPING_SECONDS = 0.5
# The longest a job waits for that key; shorter than the beat, so two jobs are never held.
HOLD_SECONDS = 0.4


class BeatPacer:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._last_key = float("-inf")
        self._held: Job | None = None

    def typing(self) -> bool:
        """Whether a key came in the last TYPING_SECONDS: another one is on its way."""
        return self._clock() - self._last_key < TYPING_SECONDS

    def beat(self, job: Job) -> Job | None:
        """The beat has `job` to do: returns it to run now, or None when it is held for the next key
        (the caller then calls `due` after HOLD_SECONDS)."""
        if not self.typing():
            return job
        # One job at a time: a job still held (the timer never came) goes first, with this one.
        before, self._held = self._held, job
        if before is not None:
            before()
        return None

    def key(self) -> Job | None:
        """A key was typed: the held job, if any, to run along with it."""
        self._last_key = self._clock()
        return self._take()

    def due(self) -> Job | None:
        """HOLD_SECONDS after a job was held: it, if no key has taken it yet."""
        return self._take()

    def _take(self) -> Job | None:
        job, self._held = self._held, None
        return job
