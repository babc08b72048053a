"""The live meeting's beat while the user types (screens/views/live_beat.py): its job waits for
the next key, never longer than HOLD_SECONDS, and no job is lost or run twice."""

from __future__ import annotations

from kktui.screens.views.live_beat import HOLD_SECONDS, TYPING_SECONDS, BeatPacer


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_beat_with_no_typing_runs_at_once() -> None:
    clock, ran = Clock(), []
    pacer = BeatPacer(clock)
    tick, save = lambda: ran.append("tick"), lambda: ran.append("save")
    assert pacer.beat(tick) is tick
    pacer.key()
    clock.now += TYPING_SECONDS  # a key long enough ago does not count as typing
    assert pacer.beat(save) is save
    assert pacer.due() is None and ran == []


def test_while_typing_the_job_goes_with_the_next_key_or_when_due() -> None:
    clock, ran = Clock(), []
    pacer = BeatPacer(clock)
    pacer.key()
    clock.now += 0.1
    assert pacer.beat(lambda: ran.append("tick")) is None  # held
    clock.now += 0.05
    job = pacer.key()
    assert job is not None
    job()
    assert ran == ["tick"]
    assert pacer.due() is None  # the key took it: the timer finds nothing
    clock.now += 0.1
    assert pacer.beat(lambda: ran.append("save")) is None
    clock.now += HOLD_SECONDS  # no key came
    job = pacer.due()
    assert job is not None
    job()
    assert ran == ["tick", "save"]
    assert pacer.key() is None


def test_a_job_still_held_at_the_next_beat_runs_first_and_alone() -> None:
    clock, ran = Clock(), []
    pacer = BeatPacer(clock)
    pacer.key()
    assert pacer.beat(lambda: ran.append("tick")) is None
    assert pacer.beat(lambda: ran.append("save")) is None  # the timer for the first never came
    assert ran == ["tick"]
    job = pacer.key()
    assert job is not None
    job()
    assert ran == ["tick", "save"]
