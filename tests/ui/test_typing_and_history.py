"""Typing in a live meeting with years of history behind it: nothing typed goes astray, and the
screens do only the work the user sees (home does not read every task; the timer tick and the
autosave never run in the same turn of the event loop)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual import events
from textual.widgets import TextArea

from kktui.clock import FixedClock
from kktui.i18n import tn
from kktui.meeting.listing import HOME_PAST
from kktui.meeting.model import Meeting, MeetingSummary, Task
from kktui.screens.views.home import HOME_TASKS, HomeScreen
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.storage.store import Store
from support import drills
from support.ui import close_app, make_app


def running_meeting(folder: Path, clock: FixedClock) -> str:
    """A planning meeting already running, so home lists it first and Enter opens it."""
    return drills.running_meeting(folder, clock.time(), "nb", date="2026-11-21")


def burst(app, keys: list[str]) -> None:
    """Keys as a fast typist (or a paste of keys) sends them: all queued before any is handled."""
    driver = app._driver
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        driver.send_message(event)


async def test_keys_typed_just_before_ctrl_n_stay_in_the_step_they_were_typed_in(
    data_dir: Path, clock: FixedClock
) -> None:
    running_meeting(data_dir, clock)
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        live = app.screen
        assert isinstance(live, LiveMeetingScreen)
        burst(app, [*"abcdef", "ctrl+n", *"xyz"])
        await pilot.pause()
        await pilot.pause()
        assert live.meeting.current == 1
        assert live.meeting.steps[0].notes == "abcdef"
        assert live.query_one("#notes", TextArea).text == "xyz"
        burst(app, [*"ghi", "ctrl+b"])
        await pilot.pause()
        await pilot.pause()
        assert live.meeting.current == 0
        assert live.meeting.steps[1].notes == "xyzghi"
        assert live.query_one("#notes", TextArea).text == "abcdef"
    close_app(app)


def years_of_history(folder: Path, meetings: int = 120, tasks_each: int = 10) -> int:
    """Finished meetings with their tasks, a tenth of them still open; returns how many are open."""
    store = Store.open(folder)
    history, tasks = [], []
    try:
        for n in range(meetings):
            meeting = Meeting(f"Møte {n}", date=f"{2016 + n // 12}-{1 + n % 12:02d}-10", status="finished")
            history.append(meeting)
            for k in range(tasks_each):
                status = "open" if k == 0 else "done"
                tasks.append(Task(f"Oppgave {n}.{k}", "Kari", "2030-01-01", status, meeting.id))
        store.save(history, tasks)
    finally:
        store.close()
    return meetings


async def test_home_reads_only_the_tasks_it_lists(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_count = years_of_history(data_dir)
    built = {"tasks": 0, "meetings": 0}
    task_from_dict, summary_from_dict = Task.from_dict.__func__, MeetingSummary.from_dict.__func__

    def count_task(cls, data):
        built["tasks"] += 1
        return task_from_dict(cls, data)

    def count_summary(cls, data):
        built["meetings"] += 1
        return summary_from_dict(cls, data)

    monkeypatch.setattr(Task, "from_dict", classmethod(count_task))
    monkeypatch.setattr(MeetingSummary, "from_dict", classmethod(count_summary))
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert home.query_one("#tasks").row_count == HOME_TASKS
        assert str(home.query_one("#more-tasks").render()) == tn("home.more_tasks", open_count - HOME_TASKS)
        listed = home.query_one("#meetings").row_count
        assert listed == HOME_PAST  # the newest of the 120 past ones
        assert built["tasks"] == HOME_TASKS  # not the 1,200 stored, not even the 120 open ones
        assert built["meetings"] == listed  # not the 120 stored
        built.update(tasks=0, meetings=0)
        home.refresh_data()  # coming back home: read again, as cheaply
        assert built == {"tasks": HOME_TASKS, "meetings": listed}
    close_app(app)


class Turns:
    """Which turn of the event loop each call came in: calls in one turn share a number."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int, float]] = []
        self._turn = 0
        self._open = False

    def record(self, name: str) -> None:
        loop = asyncio.get_running_loop()
        if not self._open:  # the first call of a new turn; the next turn closes it
            self._open = True
            self._turn += 1
            loop.call_soon(self._close)
        self.calls.append((name, self._turn, loop.time()))

    def _close(self) -> None:
        self._open = False


def observe(turns: Turns, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Record each call of LiveMeetingScreen.<name>, however its timer holds it."""
    job = getattr(LiveMeetingScreen, name)

    def recorded(self, *args):
        turns.record(name)
        return job(self, *args)

    monkeypatch.setattr(LiveMeetingScreen, name, recorded)


async def test_the_clock_and_the_autosave_never_run_in_the_same_turn(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    running_meeting(data_dir, clock)
    turns = Turns()
    for name in ("tick", "autosave", "heartbeat"):
        observe(turns, monkeypatch, name)
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        live = app.screen
        assert isinstance(live, LiveMeetingScreen)
        turns.calls.clear()  # from here on the timers alone call them
        for word in ("Kari", "Ola", "Marte"):  # typing, so every autosave has something to save
            await pilot.press(*word)
            await pilot.pause(0.8)
        await pilot.pause(1.2)
        ticks = [turn for name, turn, _ in turns.calls if name == "tick"]
        saves = [turn for name, turn, _ in turns.calls if name != "tick"]
        assert len(ticks) >= 3 and len(saves) >= 3
        assert not set(ticks) & set(saves)
        # They take turns: a save falls between two ticks, never right after one.
        names = [name for name, _, _ in turns.calls]
        assert all(a != b for a, b in zip(names, names[1:], strict=False)), names
    assert "Kari" in live.meeting.steps[0].notes
    close_app(app)


async def test_while_the_user_types_the_clock_and_the_autosave_are_drawn_with_a_key(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A beat drawn between two keys made the next key wait for Textual's next frame (twice the
    usual echo); while typing, the beat's job runs in the turn that handles a key, and the clock
    still moves on."""
    running_meeting(data_dir, clock)
    turns = Turns()
    for name in ("tick", "autosave", "heartbeat"):
        observe(turns, monkeypatch, name)

    def hook(message) -> None:  # the turns in which a typed key's change reaches the screen
        if isinstance(message, TextArea.Changed):
            turns.record("typed")

    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24), message_hook=hook) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        live = app.screen
        assert isinstance(live, LiveMeetingScreen)
        timer = live.query_one("#step-timer")
        await pilot.press("a")
        turns.calls.clear()
        shown = str(timer.render())
        for key in "Kari og Ola tar kaken":  # one key every 0.1 s for about two seconds
            await pilot.press(key)
            clock.advance(0.1)
            await pilot.pause(0.1)
        typed = {turn for name, turn, _ in turns.calls if name == "typed"}
        jobs = [(name, turn) for name, turn, _ in turns.calls if name != "typed"]
        assert len(jobs) >= 3  # two seconds: at least two ticks and an autosave
        assert all(turn in typed for _, turn in jobs), jobs
        assert str(timer.render()) != shown  # the clock did not stop for the typing
        await pilot.pause(1.0)  # the typing stopped: the beat runs on its own again
        assert any(turn not in typed for name, turn, _ in turns.calls if name == "tick")
    assert live.meeting.steps[0].notes.endswith("Kari og Ola tar kaken")
    close_app(app)
