"""The challenging conversation: prepared ahead, guided phase by phase, closed properly."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.widgets import Checkbox, Input, TextArea

from kktui.clock import FixedClock
from kktui.screens.dialogs.confirm import ConfirmScreen
from kktui.screens.views.home import HomeScreen
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.screens.views.summary import SummaryScreen
from kktui.storage.store import Store
from support.ui import close_app, make_app, type_text


async def plan_challenging_conversation(pilot) -> None:
    await pilot.press("n")
    await pilot.pause()
    ids = [tpl.id for tpl in pilot.app.screen.templates]
    for _ in range(ids.index("utfordrende-samtale")):
        await pilot.press("down")
    pilot.app.screen.query_one("#attendees").focus()
    await type_text(pilot, "Marte, Per og Lise Hansen")
    await pilot.press("ctrl+l")  # plan it, do not start it
    await pilot.pause()
    assert isinstance(pilot.app.screen, HomeScreen)


async def go_to_closing(pilot, clock: FixedClock) -> LiveMeetingScreen:
    """From preparation through Start and Content, adding one measure, to Closing."""
    live = pilot.app.screen
    await pilot.press("ctrl+n")  # Start: now the conversation (and its clock) begins
    assert live.meeting.status == "running"
    clock.advance(4 * 60)
    await pilot.press("ctrl+n")  # Content
    await type_text(pilot, "Tre episoder i friminuttet")
    await pilot.press("ctrl+t")
    await type_text(pilot, "Daglig kontakt hjem-skole")
    await pilot.press("enter")
    await type_text(pilot, "Marte")
    await pilot.press("enter")
    await type_text(pilot, "+7")
    await pilot.press("enter")
    clock.advance(20 * 60)
    await pilot.press("ctrl+n")  # Closing
    await pilot.pause()
    assert live.meeting.current_step.kind == "closing"
    return live


async def test_prepare_run_close_and_follow_up(data_dir: Path, clock: FixedClock) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await plan_challenging_conversation(pilot)
        await pilot.press("enter")  # opens straight into preparation: nothing to confirm
        await pilot.pause()
        live = app.screen
        assert isinstance(live, LiveMeetingScreen)
        assert live.meeting.status == "planned" and live.meeting.current_step.kind == "preparation"
        assert live.meeting.confidential
        assert isinstance(app.focused, Input)  # the preparation form has the cursor
        for text in (
            "Marte – leder; Rektor – støtte",
            "Marte",
            "Episodene i friminuttet",
            "Vi vil gjerne samarbeide med dere",
            "Ringte mandag kl 15",
        ):
            await type_text(pilot, text)
            await pilot.press("tab")
        await pilot.press("space")  # emotionally prepared
        await pilot.pause()
        assert app.screen.query_one("#prep-emotional", Checkbox).value
        assert "Forberedt: 6 av 6" in str(app.screen.query_one("#preparation-progress").render())
        await pilot.press("escape")  # prepared, back home; the meeting has not started
        await pilot.pause()
    close_app(app)

    clock.advance(timedelta(days=2).total_seconds())  # the day of the meeting
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        live = app.screen
        assert live.meeting.preparation["receiver"] == "Marte"
        assert live.query_one("#prep-invitation", Input).value == "Ringte mandag kl 15"
        await go_to_closing(pilot, clock)

        await pilot.press("ctrl+f")  # the closing is empty: finishing is stopped
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        question = app.screen.question
        assert "oppsummering" in question and "dato for oppfølging" in question and "neste møte" in question
        assert "tiltak med ansvarlig" not in question  # the measure with an owner is there
        await pilot.press("n")  # fill it in
        await pilot.pause()
        assert app.screen is live
        app.screen.query_one("#closing-summary", TextArea).focus()
        await type_text(pilot, "Vi er enige om daglig kontakt")
        await pilot.press("tab")
        await type_text(pilot, "+14")
        await pilot.press("tab")
        await type_text(pilot, "+21")
        await pilot.press("tab")
        await type_text(pilot, "18:00")
        await pilot.press("tab")
        await type_text(pilot, "Tungt, men godt å snakke")
        await pilot.pause()
        assert "komplett" in str(live.query_one("#closing-missing").render())
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)

        await pilot.press("e")  # confidential: export asks first
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert not (data_dir / "exports").exists()
        meeting_id = live.meeting.id
    close_app(app)

    store = Store.open(data_dir, read_only=True)
    done = store.meeting(meeting_id)
    assert done.status == "finished" and "override" not in done.closing
    follow_ups = [m for m in store.meetings() if m.follow_up_of == meeting_id]
    assert len(follow_ups) == 1
    follow_up = follow_ups[0]
    assert follow_up.status == "planned" and follow_up.confidential
    assert follow_up.date == (clock.today() + timedelta(days=21)).isoformat() and follow_up.time == "18:00"
    assert "Daglig kontakt hjem-skole — Marte" in follow_up.steps[0].guidance
    assert [s.kind for s in follow_up.steps][1:] == ["start", "content", "closing"]


async def test_closing_can_be_overridden_and_that_is_recorded(data_dir: Path, clock: FixedClock) -> None:
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await plan_challenging_conversation(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await go_to_closing(pilot, clock)
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press("y")  # finish anyway
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        minutes = app.screen.minutes()
    close_app(app)
    assert "Møtet ble avsluttet uten oppsummering, dato for oppfølging, neste møte." in minutes
    stored = Store.open(data_dir, read_only=True).meeting("last")
    assert stored.closing["override"]["missing"] == ["summary", "follow_up", "next_meeting"]
