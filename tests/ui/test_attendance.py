"""Attendance, a meeting's details and confidential meetings, driven with the keys a class contact presses.

Issue 11 items 7–8 and issue 10 items 2–3: check people off the class list (search, guests,
apologies, the call list's yes ticked in advance), see in F3 who has not come this year,
change the details from the live meeting and the minutes, and keep a confidential
meeting's tasks out of ordinary lists.
"""

from __future__ import annotations

from pathlib import Path

from kktui import i18n
from kktui.clock import FixedClock
from kktui.output import gate
from kktui.screens.dialogs.attendance import AttendanceScreen
from kktui.screens.dialogs.meeting_details import MeetingDetailsScreen
from kktui.screens.views.help import key_table
from kktui.screens.views.home import HomeScreen
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.screens.views.new_meeting import NewMeetingScreen
from kktui.screens.views.summary import SummaryScreen
from support.ui import close_app, demo_app, make_app, screen_text, type_text

ABOUT_JONAS = "Snakke med Jonas hjemme hver fredag"


async def _press(pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


async def _clear_and_type(pilot, text: str) -> None:
    await pilot.press("ctrl+a", "ctrl+k")
    await type_text(pilot, text)


async def start_spring_meeting(pilot) -> None:
    """Home lists the planned spring meeting first; Enter and y start it."""
    await _press(pilot, "enter")
    await _press(pilot, "y")
    assert isinstance(pilot.app.screen, LiveMeetingScreen)


async def open_autumn_minutes(pilot) -> None:
    """The finished autumn meeting is the second on home; Enter opens its minutes."""
    await _press(pilot, "down", "enter")
    assert isinstance(pilot.app.screen, SummaryScreen)
    assert pilot.app.screen.meeting.id == "demo02"


async def test_people_are_checked_off_from_the_class_list_and_the_minutes_say_who_came(
    data_dir: Path, clock: FixedClock
):
    app = demo_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_spring_meeting(pilot)
        await _press(pilot, "ctrl+o")
        assert isinstance(app.screen, MeetingDetailsScreen)
        await _press(pilot, "ctrl+o")
        assert isinstance(app.screen, AttendanceScreen)
        shown = screen_text(app)
        assert "2 forhåndskrysset: de som sa ja på ringelista." in shown  # Kari and Amina said yes
        assert "[✓] Kari Nordmann (Emma) · sa ja" in shown and "[ ] Ola Hansen (Jonas)" in shown
        await type_text(pilot, "jonas")  # a child's name finds the parent
        await _press(pilot, "enter")
        await type_text(pilot, "sofie")
        await _press(pilot, "ctrl+f")  # Lars Berg sent apologies
        await type_text(pilot, "Per Gjest")
        assert "Ingen i klasselista heter «Per Gjest»" in screen_text(app)
        await _press(pilot, "enter")  # nobody by that name: a guest
        await _press(pilot, "ctrl+s")
        assert isinstance(app.screen, MeetingDetailsScreen)
        assert "4 til stede · 1 forfall" in screen_text(app)
        await _press(pilot, "escape")  # the attendance is saved already
        await _press(pilot, "ctrl+f", "enter")  # finish: the minutes
        assert isinstance(app.screen, SummaryScreen)
        shown = screen_text(app)
        meeting = app.session.meeting("demo03")
        assert [a.name for a in meeting.attendance if a.status == "apology"] == ["Lars Berg"]
        assert meeting.attendees == ["Amina Yusuf", "Kari Nordmann", "Ola Hansen", "Per Gjest"]
        html = gate.minutes(meeting, [], 0, "html").text
        i18n.use("en")
        meeting.lang = "en"
        english = gate.minutes(meeting, [], 0, "md").text
    close_app(app)
    assert "Til stede: Amina Yusuf, Kari Nordmann, Ola Hansen, Per Gjest (gjest)" in shown
    assert "Forfall: Lars Berg" in shown
    assert "Forfall:</strong> Lars Berg" in html
    assert "**Present:** Amina Yusuf, Kari Nordmann, Ola Hansen, Per Gjest (guest)" in english
    assert "**Apologies:** Lars Berg" in english


async def test_f3_shows_who_has_not_come_this_year_until_they_come(data_dir: Path, clock: FixedClock):
    app = demo_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press(pilot, "f3")
        before = screen_text(app)
        await _press(pilot, "escape")
        await open_autumn_minutes(pilot)  # Mona Holm came after all: corrected from the minutes
        await _press(pilot, "ctrl+o", "ctrl+o")
        await type_text(pilot, "mona")
        await _press(pilot, "enter", "ctrl+s", "escape")
        assert "Mona" in screen_text(app)  # the minutes show her at once
        await _press(pilot, "h", "f3")
        after = screen_text(app)
    close_app(app)
    assert "Ikke møtt i år – inviter dem personlig: Ali Hassan, Mona Holm" in before
    assert "Mona Holm      –             0/2" in before
    [line] = [line.strip("│ ") for line in after.splitlines() if "Ikke møtt i år" in line]
    assert line == "Ikke møtt i år – inviter dem personlig: Ali Hassan"
    assert "Mona Holm      –             1/2" in after


async def test_details_are_changed_from_the_minutes_and_a_wrong_date_is_named(
    data_dir: Path, clock: FixedClock
):
    app = demo_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_autumn_minutes(pilot)
        help_text = key_table(app.screen)  # what F1 lists
        footer = screen_text(app).splitlines()[-1]
        await _press(pilot, "ctrl+o")
        await _clear_and_type(pilot, "Høstmøtet 4B")
        await pilot.press("enter")
        await _clear_and_type(pilot, "31.02")
        await _press(pilot, "enter", "enter", "enter", "enter", "enter", "enter")  # to the last field: save
        assert "Dato: «31.02» er ikke en gyldig dato; skriv f.eks." in screen_text(app)
        assert app.screen.focused.id == "details-date"  # the field that is wrong
        await _clear_and_type(pilot, "17.09")
        await pilot.press("enter", "enter", "enter")
        await type_text(pilot, "Ing")  # Enter takes the name it suggests
        await pilot.press("enter")
        await type_text(pilot, "Lar")
        await _press(pilot, "enter", "enter")
        assert isinstance(app.screen, SummaryScreen)
        shown = screen_text(app)
        meeting = app.session.meeting("demo02")
    close_app(app)
    assert "| `^o` | Endre tittel, tid, sted" in help_text
    assert "^o Detaljer" in footer
    assert "Høstmøtet 4B" in shown and "Dato: 17.09.2026 kl. 18:00" in shown
    assert "Møteleder: Ingrid Dahl" in shown and "Referent: Lars Berg" in shown
    assert (meeting.title, meeting.date, meeting.chair, meeting.minute_taker) == (
        "Høstmøtet 4B",
        "2026-09-17",
        "Ingrid Dahl",
        "Lars Berg",
    )


async def test_a_meeting_marked_confidential_says_so_and_its_tasks_leave_the_ordinary_lists(
    data_dir: Path, clock: FixedClock
):
    app = demo_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_spring_meeting(pilot)
        await _press(pilot, "ctrl+t")
        await type_text(pilot, ABOUT_JONAS)
        await pilot.press("enter")
        await type_text(pilot, "Ola Hansen")
        await _press(pilot, "enter", "enter")
        await _press(pilot, "ctrl+o", "enter", "enter", "enter", "enter", "enter", "enter")
        await _clear_and_type(pilot, "ja")
        await _press(pilot, "enter")
        assert isinstance(app.screen, LiveMeetingScreen)
        live_bar = screen_text(app).splitlines()[0]
        await _press(pilot, "escape")
        assert isinstance(app.screen, HomeScreen)
        home = screen_text(app)
        await _press(pilot, "f4")
        board_hidden = screen_text(app)
        await _press(pilot, "k")
        board_shown = screen_text(app)
    close_app(app)
    assert "konfidensielt" in live_bar
    assert "konfidensielt" in home and ABOUT_JONAS[:20] not in home
    assert ABOUT_JONAS[:20] not in board_hidden
    assert "1 oppgave fra konfidensielle møter er skjult – k viser den." in board_hidden
    assert "[konf.] Snakke med Jonas" in board_shown


async def test_a_development_conversation_is_confidential_from_the_start(data_dir: Path, clock: FixedClock):
    app = demo_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press(pilot, "n")
        screen = app.screen
        assert isinstance(screen, NewMeetingScreen)
        for _ in range([tpl.id for tpl in screen.templates].index("utviklingssamtale")):
            await pilot.press("down")
        await _press(pilot, "ctrl+s")
        assert isinstance(app.screen, LiveMeetingScreen)
        live_bar = screen_text(app).splitlines()[0]
        confidential = app.screen.meeting.confidential
    close_app(app)
    assert confidential and "Utviklingssamtale" in live_bar and "konfidensielt" in live_bar


async def test_a_meeting_without_a_class_list_takes_guests_by_name(data_dir: Path, clock: FixedClock):
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press(pilot, "n")
        assert isinstance(app.screen, NewMeetingScreen)
        await _press(pilot, "ctrl+s")
        assert isinstance(app.screen, LiveMeetingScreen)
        await _press(pilot, "ctrl+o", "ctrl+o")
        assert "Møtet hører ikke til en klasse med klasseliste" in screen_text(app)
        await type_text(pilot, "Per Gjest")
        await _press(pilot, "enter", "ctrl+s", "escape")
        attendees = app.session.meeting(app.screen.meeting.id).attendees
    close_app(app)
    assert attendees == ["Per Gjest"]


async def test_thirty_families_fit_at_80x24_and_are_found_by_a_few_letters(data_dir: Path, clock: FixedClock):
    from kktui.meeting.model import Meeting
    from kktui.school.model import Person, SchoolClass
    from kktui.storage.store import Store

    store = Store.open(data_dir)
    school_class = SchoolClass("5A", school_year="2026/27", id="c5a")
    people = [Person(f"Forelder {n:02d} Etternavn", "c5a", children=[f"Barn{n:02d}"]) for n in range(1, 31)]
    store.save_docs(
        classes=[school_class.to_dict()],
        people=[p.to_dict() for p in people],
        prefs=[Store.current_class_doc("c5a")],
    )
    store.save_meeting(
        Meeting("Foreldremøte 5A", date="2026-11-21", class_id="c5a", class_name="5A", id="m5a")
    )
    store.close()
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_spring_meeting(pilot)  # the one planned meeting, first on home
        await _press(pilot, "ctrl+o", "ctrl+o")
        assert "0 til stede · 0 forfall · 30 i klasselista" in screen_text(app)
        await _press(pilot, "pagedown", "pagedown", "pagedown")
        bottom = screen_text(app)  # the list scrolled to the last family
        await type_text(pilot, "barn29")
        await _press(pilot, "enter")
        await type_text(pilot, "30 ett")
        await _press(pilot, "ctrl+f")
        after = screen_text(app)
        await _press(pilot, "ctrl+s", "escape")
        meeting = app.session.meeting("m5a")
    close_app(app)
    assert "[ ] Forelder 30 Etternavn (Barn30)" in bottom
    assert "1 til stede · 1 forfall · 30 i klasselista" in after
    assert meeting.attendees == ["Forelder 29 Etternavn"]
    assert [a.name for a in meeting.attendance if a.status == "apology"] == ["Forelder 30 Etternavn"]
