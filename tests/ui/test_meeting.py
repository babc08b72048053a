"""A whole meeting driven with the keys a class contact would press."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from kktui.clock import FixedClock
from kktui.screens.dialogs.confirm import ConfirmScreen
from kktui.screens.messages import MeetingFinished
from kktui.screens.views.home import HomeScreen
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.screens.views.new_meeting import NewMeetingScreen
from kktui.screens.views.summary import SummaryScreen
from kktui.storage.store import Store
from support.ui import close_app, make_app, type_text


async def start_planning_meeting(pilot, attendees: str = "") -> None:
    """From home: n, pick the planning template, fill in who is present, ctrl+s."""
    await pilot.press("n")
    await pilot.pause()
    assert isinstance(pilot.app.screen, NewMeetingScreen)
    screen = pilot.app.screen
    titles = [tpl.id for tpl in screen.templates]
    for _ in range(titles.index("planleggingsmote")):
        await pilot.press("down")
    if attendees:
        screen.query_one("#attendees").focus()
        await type_text(pilot, attendees)
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert isinstance(pilot.app.screen, LiveMeetingScreen)


async def test_complete_meeting_ends_in_exported_minutes(data_dir: Path, clock: FixedClock) -> None:
    app = make_app(data_dir, clock)
    finished: list[MeetingFinished] = []

    def hook(message) -> None:
        if isinstance(message, MeetingFinished):
            finished.append(message)

    async with app.run_test(size=(80, 24), message_hook=hook) as pilot:
        await start_planning_meeting(pilot, "Kari, Ola, Marte")
        live = app.screen
        assert live.meeting.template == "planleggingsmote"
        await type_text(pilot, "Alle tre er her")
        clock.advance(7 * 60)  # the 5-minute welcome runs over
        await pilot.pause()
        live.tick()
        assert live.query_one("#step-timer").has_class("-over")
        await pilot.press("ctrl+n")
        await type_text(pilot, "Foreldre vil ha ukebrev")
        await pilot.press("ctrl+d")
        await type_text(pilot, "Ukebrev hver fredag")
        await pilot.press("enter")
        await pilot.press("ctrl+t")
        await type_text(pilot, "Opprette Spond-gruppe")
        await pilot.press("enter")
        await type_text(pilot, "Kari")
        await pilot.press("enter")
        await type_text(pilot, "15.12")
        await pilot.press("enter")
        clock.advance(3 * 60)
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("e")
        await pilot.pause()
    close_app(app)

    assert len({id(m) for m in finished}) == 1  # posted once (the hook sees it bubble)
    assert finished[0].meeting_id == live.meeting.id
    exports = list((data_dir / "exports").glob("*.md"))
    assert len(exports) == 1
    minutes = exports[0].read_text(encoding="utf-8")
    assert "# Planleggingsmøte med kontaktlærer" in minutes
    assert "Alle tre er her" in minutes
    assert "Foreldre vil ha ukebrev" in minutes
    assert "1. Ukebrev hver fredag" in minutes
    assert "Opprette Spond-gruppe — ansvarlig: Kari — frist 15.12.2026" in minutes
    assert "**Til stede:** Kari, Ola, Marte" in minutes
    assert "0:07:00 av 0:05:00" in minutes  # the step that ran over
    assert "0:03:00 av 0:12:00" in minutes


async def test_meeting_survives_restart_with_notes_step_and_timer(data_dir: Path, clock: FixedClock) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planning_meeting(pilot)
        await type_text(pilot, "Første punkt")
        clock.advance(100)
        await pilot.press("ctrl+n")
        await type_text(pilot, "Andre punkt")
        clock.advance(50)
        await pilot.pause(1.3)  # autosave runs every second while typing
        meeting_id = app.screen.meeting.id
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)  # never quits mid-meeting without asking
        await pilot.press("y")
        await pilot.pause()
    close_app(app)

    clock.advance(20)  # restarted twenty seconds later
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("enter")  # the running meeting is listed first
        await pilot.pause()
        live = app.screen
        assert isinstance(live, LiveMeetingScreen)
        assert live.meeting.id == meeting_id
        assert live.meeting.current == 1
        notes = live.query_one("#notes", TextArea)
        assert notes.text == "Andre punkt"
        assert notes.cursor_location == (0, len("Andre punkt"))
        assert live.meeting.steps[0].notes == "Første punkt"
        assert live.meeting.steps[0].status == "done"
        # 100 s on step one; 50 s on step two plus the 20 s the app was restarting.
        assert live.meeting.step_elapsed(0, clock.time()) == 100
        assert live.meeting.step_elapsed(1, clock.time()) == 70
        assert "0:01:10 / 0:12:00" in str(live.query_one("#step-timer").render())
    close_app(app)


async def test_ctrl_c_asks_before_leaving_a_meeting(data_dir: Path, clock: FixedClock) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planning_meeting(pilot)
        await pilot.press("ctrl+l")  # to the agenda, out of the notes
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, LiveMeetingScreen)
        assert app.is_running
    close_app(app)


async def test_agenda_can_be_changed_during_the_meeting(data_dir: Path, clock: FixedClock) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planning_meeting(pilot)
        live = app.screen
        first_titles = [s.title for s in live.meeting.steps]
        await pilot.press("ctrl+l", "down", "s")  # skip step 2
        await pilot.press("shift+down")  # ...and move it below step 3
        await pilot.press("a")
        await pilot.pause()
        await type_text(pilot, "Spørsmål fra foreldre")
        await pilot.press("enter", "backspace")
        await type_text(pilot, "4")
        await pilot.press("enter")
        await pilot.pause()
        steps = live.meeting.steps
        assert steps[2].title == first_titles[1] and steps[2].status == "skipped"
        assert steps[3].title == "Spørsmål fra foreldre" and steps[3].planned_minutes == 4
        await pilot.press("ctrl+n")  # the skipped step is passed over
        assert live.meeting.current_step.title == first_titles[2]
    close_app(app)
    stored = Store.open(data_dir, read_only=True).meeting("last")
    assert [s.title for s in stored.steps][3] == "Spørsmål fra foreldre"


async def test_wrong_due_date_is_explained_and_nothing_is_lost(data_dir: Path, clock: FixedClock) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planning_meeting(pilot)
        await pilot.press("ctrl+t")
        await type_text(pilot, "Bestille lokale")
        await pilot.press("enter", "enter")
        await type_text(pilot, "31.02")
        await pilot.press("enter")
        await pilot.pause()
        error = str(app.screen.query_one(".error").render())
        assert "«31.02» er ikke en gyldig dato" in error
        assert app.screen.query_one("#what").value == "Bestille lokale"
    close_app(app)


async def test_notes_are_saved_when_the_terminal_loses_focus(data_dir: Path, clock: FixedClock) -> None:
    from textual import events

    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planning_meeting(pilot)
        await type_text(pilot, "Skrevet rett før vinduet ble lukket")
        app.post_message(events.AppBlur())
        await pilot.pause()
        assert app.session.flush()
        on_disk = Store.open(data_dir, read_only=True).meeting("last")
        assert on_disk.steps[0].notes == "Skrevet rett før vinduet ble lukket"
    close_app(app)


async def test_enter_in_who_takes_the_suggested_name_and_a_new_name_is_pointed_out(
    data_dir: Path, clock: FixedClock
) -> None:
    from support.ui import demo_app

    app = demo_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#attendees").focus()
        await type_text(pilot, "Ing")
        await pilot.pause()
        await pilot.press("enter")  # the field shows «Ingrid Dahl»
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen.meeting.attendees == ["Ingrid Dahl"]
        await pilot.press("ctrl+t")
        await type_text(pilot, "Bestille lokale")
        await pilot.press("enter")
        await type_text(pilot, "Ing")
        await pilot.pause()
        assert "ny person?" not in str(app.screen.query_one("#who-new").render())
        await pilot.press("enter")  # the field shows «Ingrid Dahl»: Enter takes it
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+t")
        await type_text(pilot, "Rydde etter festen")
        await pilot.press("enter")
        await type_text(pilot, "Ukjent")
        await pilot.pause()
        assert "ny person?" in str(app.screen.query_one("#who-new").render())
        await pilot.press("enter", "enter")  # a hint, not a refusal
        await pilot.pause()
        assert isinstance(app.screen, LiveMeetingScreen)
        assert app.session.flush()
        owners = {task.what: task.owner for task in app.session.tasks(app.screen.meeting.id)}
    close_app(app)
    assert owners == {"Bestille lokale": "Ingrid Dahl", "Rydde etter festen": "Ukjent"}


async def plan_planning_meeting(pilot, day: str) -> None:
    """From home: n, the planning template, a date in the future, ctrl+l (plan, do not start)."""
    await pilot.press("n")
    await pilot.pause()
    screen = pilot.app.screen
    for _ in range([tpl.id for tpl in screen.templates].index("planleggingsmote")):
        await pilot.press("down")
    screen.query_one("#date").focus()
    await pilot.press("end", "ctrl+u")
    await type_text(pilot, day)
    await pilot.press("ctrl+l")
    await pilot.pause()
    assert isinstance(pilot.app.screen, HomeScreen)


async def test_dialogs_default_to_what_was_asked_and_arrows_move_between_buttons(
    data_dir: Path, clock: FixedClock
) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await plan_planning_meeting(pilot, "12.03.2027")
        await pilot.press("enter")  # «Starte … nå?»
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("right", "enter")  # → to «Ikke nå»
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("enter", "enter")  # asked to start it: Enter starts it
        await pilot.pause()
        assert isinstance(app.screen, LiveMeetingScreen)
        await pilot.press("ctrl+f", "right", "enter")  # «Fortsett møtet»
        await pilot.pause()
        assert isinstance(app.screen, LiveMeetingScreen)
        await pilot.press("ctrl+f", "right", "left", "enter")  # ← back to «Avslutt møtet»
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("r")  # reopened: the same again, with Enter alone
        await pilot.pause()
        await pilot.press("ctrl+f", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    close_app(app)


async def test_ctrl_q_on_home_asks_while_a_meeting_is_running(data_dir: Path, clock: FixedClock) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planning_meeting(pilot)
        await pilot.press("escape")  # home, the meeting still running
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Et møte pågår" in str(app.screen.query_one(".question").render())
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, HomeScreen)
    close_app(app)


async def test_the_template_picker_counts_the_approval_and_follow_up_steps_in_the_length(
    data_dir: Path, clock: FixedClock
) -> None:
    from textual.widgets import OptionList

    from support.ui import demo_app

    app = demo_app(data_dir, clock)  # the demo class has open tasks from its last meeting
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        screen = app.screen
        for _ in range([tpl.id for tpl in screen.templates].index("foreldremote-host")):
            await pilot.press("down")
        options = screen.query_one("#templates", OptionList)
        label = str(options.get_option_at_index(options.highlighted).prompt)
        shown = int(label.rsplit("· ", 1)[1].removesuffix(" min"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        meeting = app.screen.meeting
        assert [step.kind for step in meeting.steps[:2]] == ["approval", "followup"]
        assert shown == meeting.planned_minutes
    close_app(app)


async def test_running_over_time_is_said_in_words_in_the_step_clock(
    data_dir: Path, clock: FixedClock
) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planning_meeting(pilot)
        live = app.screen
        clock.advance(4 * 60)
        live.tick()
        await pilot.pause()
        assert "over" not in str(live.query_one("#step-timer").render())
        clock.advance(4 * 60 + 10)  # 8:10 of the 5-minute welcome
        live.tick()
        await pilot.pause()
        assert "3 min over tiden" in str(live.query_one("#step-timer").render())
    close_app(app)


async def test_a_planned_meeting_started_early_gets_the_real_date_and_keeps_the_planned_one(
    data_dir: Path, clock: FixedClock
) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await plan_planning_meeting(pilot, "12.03.2027")
        await pilot.press("enter", "y")  # started today, 18:00, not in March
        await pilot.pause()
        assert isinstance(app.screen, LiveMeetingScreen)
        await pilot.press("ctrl+f", "y")
        await pilot.pause()
        shown = app.screen.query_one("#minutes").source  # the minutes on screen
        assert "**Dato:** 21.11.2026 kl. 18:00" in shown
        assert "**Planlagt:** 12.03.2027" in shown
        await pilot.press("h")
        await pilot.pause()
        clock.advance(3600)
        await start_planning_meeting(pilot)  # the next meeting, an hour later
        later_id = app.screen.meeting.id
        await pilot.press("ctrl+f", "y")
        await pilot.pause()
    close_app(app)
    assert Store.open(data_dir, read_only=True).meeting("last").id == later_id  # what `export last` takes


async def test_note_lines_stay_lines_in_the_minutes_and_the_exports(
    data_dir: Path, clock: FixedClock
) -> None:
    from support.ui import screen_text

    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_planning_meeting(pilot)
        await type_text(pilot, "Kari er her")
        await pilot.press("enter")
        await type_text(pilot, "Ola kommer senere")
        await pilot.press("ctrl+f", "y")
        for _ in range(10):  # the minutes are drawn a moment after the screen
            await pilot.pause(0.2)
            if "Kari er her" in screen_text(app):
                break
        lines = [line.strip() for line in screen_text(app).splitlines()]
        assert "Kari er her" in lines and "Ola kommer senere" in lines
        await pilot.press("w")
        await pilot.pause()
    close_app(app)
    page = next((data_dir / "exports").glob("*.html")).read_text(encoding="utf-8")
    assert "Kari er her<br" in page
