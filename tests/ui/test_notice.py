"""Before and after a meeting, driven with the keys: the notice (innkalling) from home in every
format, input from parents becoming an agenda step, and the approval of the last minutes."""

from __future__ import annotations

from pathlib import Path

import ics
import pytest
from textual.widgets import OptionList

from kktui.clock import FixedClock
from kktui.output.minutes import render_markdown
from kktui.screens.dialogs.confirm import ConfirmScreen
from kktui.screens.dialogs.notice_input import InputItemScreen, LineScreen
from kktui.screens.views.help import HelpScreen
from kktui.screens.views.home import HomeScreen
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.screens.views.notice import NoticeScreen
from kktui.screens.views.summary import SummaryScreen
from kktui.storage import locations
from kktui.storage.store import Store
from support.ui import Notifications, close_app, demo_app, screen_text, type_text


async def to_meeting_row(pilot, meeting_id: str) -> None:
    """On home, move the meetings list's cursor to one meeting."""
    table = pilot.app.screen.query_one("#meetings")
    keys = [row.value for row in table.rows]
    table.focus()
    table.move_cursor(row=keys.index(meeting_id))
    await pilot.pause()


async def open_notice(pilot) -> NoticeScreen:
    await to_meeting_row(pilot, "demo03")  # the demo's planned spring meeting
    await pilot.press("i")
    await pilot.pause()
    assert isinstance(pilot.app.screen, NoticeScreen)
    return pilot.app.screen


async def add_input(pilot, who: str, what: str) -> None:
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(pilot.app.screen, InputItemScreen)
    await type_text(pilot, who)
    await pilot.press("enter")
    await type_text(pilot, what)
    await pilot.press("enter")
    await pilot.pause()


async def test_the_notice_key_on_home_shows_it_and_saves_it_in_every_format(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM_PROGRAM", "kitty")
    app = demo_app(data_dir, clock)
    told = Notifications()
    async with app.run_test(size=(100, 40), message_hook=told) as pilot:
        await open_notice(pilot)
        shown = screen_text(app)
        assert "Innkalling: Foreldremøte vår" in shown and "Meld forfall" in shown
        assert "Ingen innspill ennå" in shown

        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard.startswith("Innkalling: Foreldremøte vår\n")
        assert "Meld forfall til Kari Nordmann og Ola Hansen innen" in app.clipboard
        exports = locations.exports_dir(data_dir)
        [text_file] = list(exports.glob("*.txt"))
        assert text_file.read_text(encoding="utf-8") == app.clipboard
        assert str(text_file) in told.messages[-1]

        for key, ext in (("w", "html"), ("k", "ics"), ("e", "md")):
            await pilot.press(key)
            await pilot.pause()
            [saved] = list(exports.glob(f"*.{ext}"))
            assert str(saved) in told.messages[-1]
        [page] = list(exports.glob("*.html"))
        assert "<h1>Innkalling: Foreldremøte vår</h1>" in page.read_text(encoding="utf-8")
        [invitation] = list(exports.glob("*.ics"))
        [event] = ics.Calendar(invitation.read_text(encoding="utf-8")).events
        assert event.uid == "meeting-demo03@kktui" and event.name == "Foreldremøte vår"

        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    close_app(app)


async def test_a_held_meeting_has_no_notice_and_f1_names_the_key(data_dir: Path, clock: FixedClock) -> None:
    app = demo_app(data_dir, clock)
    told = Notifications()
    async with app.run_test(size=(100, 40), message_hook=told) as pilot:
        await to_meeting_row(pilot, "demo01")
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "allerede startet eller holdt" in told.messages[-1]
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "Innkallingen til det valgte planlagte møtet" in screen_text(app)
    close_app(app)


async def test_input_beforehand_becomes_a_step_and_its_outcome_is_in_the_minutes(
    data_dir: Path, clock: FixedClock
) -> None:
    app = demo_app(data_dir, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_notice(pilot)
        await add_input(pilot, "Amina Yusuf", "Leksehjelp")
        await add_input(pilot, "", "Skolevei om vinteren")
        assert isinstance(app.screen, NoticeScreen)
        shown = screen_text(app)
        assert "Amina Yusuf" in shown and "Skolevei om vinteren" in shown
        assert "Innspill fra foreldre" in shown  # now on the agenda in the notice
        await pilot.press("x")  # the highlighted (first) one goes again
        await pilot.pause()
        await add_input(pilot, "Amina Yusuf", "Leksehjelp på biblioteket")
        await pilot.press("escape")
        await pilot.pause()

        stored = Store.open(data_dir, read_only=True).meeting("demo03")
        [step] = [step for step in stored.steps if step.kind == "input"]
        assert step.title == "Innspill fra foreldre"
        assert step.prompts == ["Skolevei om vinteren", "Amina Yusuf: Leksehjelp på biblioteket"]

        await to_meeting_row(pilot, "demo03")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # start it now
        await pilot.pause()
        live = app.screen
        assert isinstance(live, LiveMeetingScreen)
        while live.meeting.current_step.kind != "input":
            await pilot.press("ctrl+n")
            await pilot.pause()
        shown = screen_text(app)  # the step's own list: who, what, and what became of it
        assert "Amina Yusuf" in shown and "Leksehjelp på biblioteket" in shown and "ikke behandlet" in shown
        await pilot.press("shift+tab")  # from the notes into the step's list
        await pilot.press("down")  # the second item
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(app.screen, LineScreen)
        await type_text(pilot, "Kari spør biblioteket")
        await pilot.press("enter")
        await pilot.pause()
        assert "Kari spør biblioteket" in screen_text(app)
        minutes = render_markdown(live.meeting, [], clock.time())
    close_app(app)
    assert "- Amina Yusuf: Leksehjelp på biblioteket — Kari spør biblioteket" in minutes
    assert "- Skolevei om vinteren — ikke behandlet" in minutes


async def test_the_next_meeting_starts_with_the_approval_of_the_last_minutes(
    data_dir: Path, clock: FixedClock
) -> None:
    app = demo_app(data_dir, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        for _ in range([tpl.id for tpl in app.screen.templates].index("foreldremote-var")):
            await pilot.press("down")
        await pilot.press("ctrl+s")
        await pilot.pause()
        live = app.screen
        assert isinstance(live, LiveMeetingScreen)
        assert live.meeting.current_step.title == "Godkjenning av referat"
        assert "Referatet fra «Foreldremøte høst» 18.09.2026" in screen_text(app)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, OptionList)
        await pilot.press("down", "enter")  # approved with changes
        await pilot.pause()
        assert isinstance(app.screen, LineScreen)
        await pilot.press("enter")  # nothing written: the dialog asks for the changes
        await pilot.pause()
        assert isinstance(app.screen, LineScreen)
        assert "Skriv hvilke endringer" in screen_text(app)
        await type_text(pilot, "Turen er 14. oktober")
        await pilot.press("enter")
        await pilot.pause()
        assert "Registrert: godkjent med endringer: Turen er 14. oktober" in screen_text(app)
        await pilot.press("ctrl+f")
        await pilot.pause()
        if isinstance(app.screen, ConfirmScreen):
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        now_minutes = screen_text(app)
        meeting_id = app.screen.meeting.id
    close_app(app)
    assert "godkjent med endringer" in now_minutes
    store = Store.open(data_dir, read_only=True)
    autumn = store.meeting("demo02")
    assert autumn.approval["by"] == meeting_id
    then_minutes = render_markdown(autumn, store.tasks("demo02"), clock.time())
    assert "**Referatet:** godkjent med endringer i «Foreldremøte vår»" in then_minutes
    assert "Turen er 14. oktober" in then_minutes
