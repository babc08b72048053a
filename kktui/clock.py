"""Time comes from one place so tests and snapshots can fix it."""

from __future__ import annotations

from datetime import date, datetime, timedelta


class Clock:
    """The real wall clock, in the laptop's local time zone."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def time(self) -> float:
        return self.now().timestamp()

    def today(self) -> date:
        return self.now().date()


class FixedClock(Clock):
    """A clock that only moves when told to: for tests, snapshots and the demo."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            start = start.astimezone()
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)
