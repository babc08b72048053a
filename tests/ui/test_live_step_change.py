"""A step change in a running meeting does only what the user sees: the next step's title, notes
and the guidance built for it ahead, without redoing work for the widgets that stay the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Markdown, TextArea

from kktui.clock import FixedClock
from kktui.meeting import flow
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.screens.widgets.guidance import GuidancePane
from kktui.screens.widgets.step_text import step_guidance
from kktui.storage.store import Store
from support.drills import running_meeting
from support.ui import close_app, make_app


async def open_meeting(pilot) -> LiveMeetingScreen:
    await pilot.press("enter")
    await pilot.pause()
    live = pilot.app.screen
    assert isinstance(live, LiveMeetingScreen)
    return live


async def test_the_guidance_built_ahead_is_shown_without_restyling_its_widgets(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Showing the next step's guidance used to restyle every paragraph and bullet of it and of
    the one it hides (a class change on each Markdown): ~50 ms of each ctrl+n."""
    running_meeting(data_dir, clock.time(), "nb", date="2026-11-21")
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        live = await open_meeting(pilot)
        pane = live.query_one(GuidancePane)
        following = step_guidance(live.meeting.steps[1])
        for _ in range(100):  # built ahead, hidden, a moment after the step is shown
            if any(m.source == following for m in pane.query(Markdown)):
                break
            await pilot.pause(0.02)
        built_ahead = next(m for m in pane.query(Markdown) if m.source == following)
        restyled = []
        update_styles = app.update_styles

        def recording(node=None, animate: bool = True) -> None:
            restyled.append(node)
            update_styles(node, animate)

        monkeypatch.setattr(app, "update_styles", recording)
        await pilot.press("ctrl+n")
        for _ in range(100):
            if pane.shown is built_ahead:
                break
            await pilot.pause(0.02)
        await pilot.pause()
        assert pane.shown is built_ahead and built_ahead.display  # the step's guidance, on screen
        assert live.query_one(".guidance.-shown", Markdown) is built_ahead
        guidance = {id(node) for node in pane.walk_children(with_self=True)}
        assert not [node for node in restyled if id(node) in guidance]
        assert live.query_one("#notes", TextArea).text == ""
    close_app(app)


async def test_a_step_change_draws_again_only_the_agenda_lines_that_changed(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two lines change (the step left and the step begun); replacing a prompt the OptionList way
    made every option be drawn again, and replacing it or moving the highlight repainted every
    line of the list (19 at 80x24)."""
    from textual.visual import Visual

    from kktui.screens.widgets.agenda import AgendaList

    running_meeting(data_dir, clock.time(), "nb", date="2026-11-21")
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        live = await open_meeting(pilot)
        agenda = live.query_one(AgendaList)
        drawn: list[str] = []
        to_strips = Visual.to_strips

        def counting(widget, visual, *args, **kwargs):
            if widget is agenda:
                drawn.append(str(visual))
            return to_strips(widget, visual, *args, **kwargs)

        monkeypatch.setattr(Visual, "to_strips", staticmethod(counting))
        painted: list[int] = []
        render_line = AgendaList.render_line

        def painting(self, y: int):
            painted.append(y)
            return render_line(self, y)

        monkeypatch.setattr(AgendaList, "render_line", painting)
        await pilot.press("ctrl+n")
        await pilot.pause()
        lines = [str(agenda.get_option_at_index(i).prompt) for i in range(agenda.option_count)]
        assert lines[0].startswith("✓") and lines[1].startswith("▶")
        assert all(line.startswith("·") for line in lines[2:])
        assert agenda.highlighted == 1
        assert len(drawn) == 2, drawn  # the two options that changed, not all eight
        assert sorted(set(painted)) == [0, 1], painted  # their lines, not the whole list
    close_app(app)


async def test_a_step_change_asks_for_no_layout_of_the_step_title(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The title is as wide as the bar whatever its text: a layout pass of the whole screen for
    a new title was most of the cost of the frame that shows it."""
    from textual.widget import Widget
    from textual.widgets import Static

    running_meeting(data_dir, clock.time(), "nb", date="2026-11-21")
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        live = await open_meeting(pilot)
        title = live.query_one("#step-title", Static)
        asked: list[Widget] = []
        refresh = Widget.refresh

        def recording(self, *regions, **kwargs):
            if kwargs.get("layout"):
                asked.append(self)
            return refresh(self, *regions, **kwargs)

        monkeypatch.setattr(Widget, "refresh", recording)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert str(title.render()).startswith(f"2/{len(live.meeting.steps)}  ")
        assert title not in asked
    close_app(app)


async def test_the_step_change_saves_the_meeting_after_its_turn_not_in_it(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new step is drawn first; the meeting (a copy of all of it for the saver thread) is
    handed over in a later turn of the event loop, and it is saved all the same."""
    import asyncio

    running_meeting(data_dir, clock.time(), "nb", date="2026-11-21")
    app = make_app(data_dir, clock)
    calls: list[tuple[str, int, int]] = []  # what, the turn it ran in, the step then
    turn = {"number": 0, "open": False}

    def record(name: str, current: int) -> None:
        if not turn["open"]:  # the first call in a new turn; the loop's next turn closes it
            turn.update(number=turn["number"] + 1, open=True)
            asyncio.get_running_loop().call_soon(lambda: turn.update(open=False))
        calls.append((name, turn["number"], current))

    next_step = flow.next_step

    def stepping(meeting, now):
        moved = next_step(meeting, now)
        record("step", meeting.current)
        return moved

    monkeypatch.setattr(flow, "next_step", stepping)
    save_meeting = app.session.save_meeting

    def saving(meeting) -> None:
        record("save", meeting.current)
        save_meeting(meeting)

    monkeypatch.setattr(app.session, "save_meeting", saving)
    async with app.run_test(size=(80, 24)) as pilot:
        live = await open_meeting(pilot)
        calls.clear()
        await pilot.press(*"abc", "ctrl+n")
        await pilot.pause()
        await pilot.pause()
        step_turn = next(number for name, number, _ in calls if name == "step")
        saves = [(number, current) for name, number, current in calls if name == "save"]
        assert saves and all(number != step_turn for number, _ in saves), calls
        assert saves[-1][1] == 1 == live.meeting.current
    close_app(app)
    saved = Store.open(data_dir, read_only=True).meeting("last")
    assert saved.current == 1 and saved.steps[0].notes == "abc"
