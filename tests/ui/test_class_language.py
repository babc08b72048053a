"""The class's language, set where the class is edited, and a new meeting's minutes written in it
while the user keeps reading bokmål."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from kktui.clock import FixedClock
from kktui.school.model import SchoolClass
from kktui.screens.dialogs.class_switcher import ClassScreen
from kktui.screens.dialogs.meeting_details import MeetingDetailsScreen
from kktui.screens.dialogs.picker import PickScreen
from kktui.screens.views.home import HomeScreen
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.screens.views.new_meeting import NewMeetingScreen
from kktui.screens.views.summary import SummaryScreen
from kktui.storage.store import Store
from support.nynorsk import with_some_nynorsk
from support.ui import close_app, make_app


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[("space" if ch == " " else ch) for ch in text])


def one_class(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.save_docs(classes=[SchoolClass("4B", grade=4, school_year="2026/27", id="c4b").to_dict()])
    store.close()


async def minutes_shown(pilot) -> str:
    for _ in range(10):  # the minutes are drawn a moment after the screen
        await pilot.pause(0.2)
        source = pilot.app.screen.query_one("#minutes").source
        if source:
            return source
    return ""


async def test_a_nynorsk_class_gets_nynorsk_minutes_while_the_user_reads_bokmal(
    data_dir: Path, clock: FixedClock, monkeypatch
) -> None:
    bokmal = with_some_nynorsk(monkeypatch)
    one_class(data_dir)
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("e")  # edit the class
        await pilot.pause()
        assert isinstance(app.screen, ClassScreen)
        assert "bokmål" in str(app.screen.query_one("#class_lang").render())  # a class from before
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, PickScreen)
        await pilot.press("down", "enter")  # bokmål, nynorsk, engelsk
        await pilot.pause()
        assert isinstance(app.screen, ClassScreen)
        assert "nynorsk" in str(app.screen.query_one("#class_lang").render())
        await pilot.press(
            "enter", "enter", "enter", "enter", "enter", "enter", "enter"
        )  # the fields as before
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert [c.lang for c in app.session.classes()] == ["nn"]

        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NewMeetingScreen)
        app.screen.query_one("#place", Input).value = "Aulaen"
        app.screen.query_one("#attendees", Input).value = "Kari, Ola"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, LiveMeetingScreen)
        meeting = app.screen.meeting
        assert meeting.lang == "nn"
        await pilot.press("ctrl+f", "y")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        minutes = await minutes_shown(pilot)
        assert "**Stad:** Aulaen" in minutes and "**Til stades:** Kari, Ola" in minutes
        assert f"**{bokmal['min.place']}:**" not in minutes and bokmal["min.present"] not in minutes
    close_app(app)
    assert Store.open(data_dir, read_only=True).meeting(meeting.id).lang == "nn"


async def test_one_meeting_can_change_its_language_in_the_details(data_dir: Path, clock: FixedClock) -> None:
    one_class(data_dir)
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, LiveMeetingScreen)
        meeting = app.screen.meeting
        assert meeting.lang == "nb"
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, MeetingDetailsScreen)
        assert "bokmål" in str(app.screen.query_one("#details-lang").render())
        await pilot.press("ctrl+g")
        await pilot.pause()
        await pilot.press("down", "down", "enter")  # English
        await pilot.pause()
        assert "engelsk" in str(app.screen.query_one("#details-lang").render())
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, LiveMeetingScreen)
    close_app(app)
    assert Store.open(data_dir, read_only=True).meeting(meeting.id).lang == "en"
