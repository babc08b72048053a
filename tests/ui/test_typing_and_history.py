"""Typing in a live meeting with years of history behind it: nothing typed goes astray, and the
screens do only the work the user sees (home does not read every task; the timer tick and the
autosave never run in the same turn of the event loop)."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import TextArea

from kktui.clock import FixedClock
from kktui.meeting import flow
from kktui.meeting.templates import find_template
from kktui.screens.views.home import HomeScreen
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.storage.store import Store
from support.ui import close_app, make_app


def running_meeting(folder: Path, clock: FixedClock) -> str:
    """A planning meeting already running, so home lists it first and Enter opens it."""
    meeting = find_template("planleggingsmote", "nb").new_meeting(date="2026-11-21")
    flow.start(meeting, clock.time())
    store = Store.open(folder)
    try:
        store.save_meeting(meeting)
    finally:
        store.close()
    return meeting.id


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
