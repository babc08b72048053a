"""The class, its people, elections and delegated tasks, driven with the keys a class contact presses."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from textual.widgets import DataTable, Input, TextArea

from kktui.clock import FixedClock
from kktui.school.model import SchoolClass
from kktui.screens.dialogs.class_switcher import ClassScreen
from kktui.screens.dialogs.confirm import ConfirmScreen
from kktui.screens.dialogs.import_class import ImportClassScreen
from kktui.screens.dialogs.picker import PickScreen
from kktui.screens.panels.followup import FollowupTable
from kktui.screens.views.home import HomeScreen
from kktui.screens.views.live_meeting import LiveMeetingScreen
from kktui.screens.views.new_meeting import NewMeetingScreen
from kktui.screens.views.people import PeopleScreen
from kktui.screens.views.summary import SummaryScreen
from kktui.screens.views.tasks_board import TasksBoardScreen
from kktui.screens.views.year_wheel import YearWheelScreen
from kktui.services.demo import seed
from kktui.storage.store import Store
from support.ui import close_app, make_app

FIXTURES = Path(__file__).parent.parent / "fixtures" / "class_lists"


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[("space" if ch == " " else ch) for ch in text])


def rows(table: DataTable) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(n)] for n in range(table.row_count)]


def demo_folder(data_dir: Path, clock: FixedClock) -> Path:
    store = Store.open(data_dir)
    seed(store, "nb", clock)
    store.close()
    return data_dir


async def new_meeting(pilot, template: str) -> None:
    await pilot.press("n")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, NewMeetingScreen)
    for _ in range([tpl.id for tpl in screen.templates].index(template)):
        await pilot.press("down")
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert isinstance(pilot.app.screen, LiveMeetingScreen)


async def give_task(pilot, what: str, who: str, due: str) -> None:
    await pilot.press("ctrl+t")
    await type_text(pilot, what)
    await pilot.press("enter")
    await type_text(pilot, who)
    await pilot.press("enter")
    await type_text(pilot, due)
    await pilot.press("enter")
    await pilot.pause()


async def finish(pilot) -> None:
    await pilot.press("ctrl+f")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ConfirmScreen)
    await pilot.press("y")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SummaryScreen)
    await pilot.press("h")
    await pilot.pause()


# -- class and people ------------------------------------------------------------------


async def test_first_class_then_import_a_class_list_with_bad_rows(
    data_dir: Path, clock: FixedClock, tmp_path: Path
):
    source = tmp_path / "klasseliste.csv"
    shutil.copy(FIXTURES / "excel_cp1252.csv", source)
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Ingen klasse ennå" in str(app.screen.query_one("#class-bar").render())
        await pilot.press("c")  # no class yet: straight to the form
        await pilot.pause()
        assert isinstance(app.screen, ClassScreen)
        await type_text(pilot, "4B")
        await pilot.press("enter")
        await type_text(pilot, "Solbakken skole")
        await pilot.press("enter", "enter", "enter")  # grade guessed from the name, this school year
        await type_text(pilot, "Marte Lie")
        await pilot.press("enter", "enter", "enter")  # top grade 7, elections in the autumn
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        bar = str(app.screen.query_one("#class-bar").render())
        assert "4B · Solbakken skole · 4. trinn · 2026/27 · kontaktlærer Marte Lie" in bar

        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, PeopleScreen)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportClassScreen)
        await type_text(pilot, str(source))
        await pilot.press("enter")
        await pilot.pause()
        rejected = str(app.screen.query_one("#import-rejected").render())
        assert "klasseliste.csv:6:" in rejected and "9,88E+07" in rejected
        assert "klasseliste.csv:7:" in rejected and "klasseliste.csv:8:" in rejected
        preview = rows(app.screen.query_one("#import-rows", DataTable))
        assert [row[1] for row in preview] == ["Bjørn Ødegård", "Siv Ærø", "Amina Yusuf"]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PeopleScreen)
        people = rows(app.screen.query_one("#people", DataTable))
        assert [row[0].rstrip(" ⚑") for row in people] == ["Amina Yusuf", "Bjørn Ødegård", "Siv Ærø"]
        assert people[0][0].endswith("⚑")  # somali and English: may need an interpreter

        # The same file again: nobody is doubled.
        await pilot.press("i")
        await pilot.pause()
        await type_text(pilot, str(source))
        await pilot.press("enter")
        await pilot.pause()
        preview = rows(app.screen.query_one("#import-rows", DataTable))
        assert {row[4] for row in preview} == {"finnes, likt"}
        await pilot.press("ctrl+s")  # nothing new: it says so and stays
        await pilot.pause()
        assert isinstance(app.screen, ImportClassScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert len(rows(app.screen.query_one("#people", DataTable))) == 3

        # Add someone by hand, then remove them again.
        await pilot.press("a")
        await type_text(pilot, "Mona Holm")
        await pilot.press("enter")
        await type_text(pilot, "Filip")
        await pilot.press("enter")
        await type_text(pilot, "900 00 007")
        await pilot.press(*["enter"] * 6)
        await pilot.pause()
        names = [row[0] for row in rows(app.screen.query_one("#people", DataTable))]
        assert "Mona Holm" in names
        assert "Uten verv eller oppgave" in str(app.screen.query_one("#people-summary").render())
        table = app.screen.query_one("#people", DataTable)
        table.move_cursor(row=names.index("Mona Holm"))
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert "Mona Holm" not in [row[0] for row in rows(app.screen.query_one("#people", DataTable))]
    close_app(app)

    store = Store.open(data_dir, read_only=True)
    [school_class] = store.classes()
    assert (school_class.grade, school_class.school_year, school_class.teacher) == (4, "2026/27", "Marte Lie")
    assert len(store.people(school_class.id)) == 3


async def test_switching_class_changes_what_home_shows(data_dir: Path, clock: FixedClock):
    demo_folder(data_dir, clock)
    store = Store.open(data_dir)
    store.save_docs(
        classes=[
            SchoolClass("7A", school="Solbakken skole", grade=7, school_year="2026/27", id="c7a").to_dict()
        ]
    )
    store.close()
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.screen.query_one("#meetings", DataTable).row_count == 3
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("down", "enter")  # 4B, 7A: choose 7A
        await pilot.pause()
        assert "7A · Solbakken skole · 7. trinn" in str(app.screen.query_one("#class-bar").render())
        assert app.screen.query_one("#meetings", DataTable).display is False
        assert app.screen.query_one("#tasks", DataTable).display is False
    close_app(app)
    assert Store.open(data_dir, read_only=True).current_class_id() == "c7a"


# -- elections ------------------------------------------------------------------------------


async def test_recording_an_election_gives_roles_and_terms_with_the_top_grade_rule(
    data_dir: Path, clock: FixedClock
):
    store = Store.open(data_dir)
    store.save_docs(
        classes=[SchoolClass("7A", grade=7, school_year="2026/27", top_grade=7, id="c7a").to_dict()]
    )
    store.close()
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await new_meeting(pilot, "valg")
        live = app.screen
        await pilot.press("ctrl+n", "ctrl+n")  # to the first election step
        await pilot.pause()
        assert live.meeting.current_step.kind == "election"
        assert isinstance(app.focused, Input) and app.focused.id == "election-class_contact"
        assert live.query_one("#election-year", Input).value == "2026/27"  # autumn: this school year
        await type_text(pilot, "Kari Nordmann, Ola Hansen")
        await pilot.press("tab")
        await type_text(pilot, "Amina Yusuf, Lars Berg, Per Strand")  # one too many
        await pilot.press("enter")
        await pilot.pause()
        assert "3" in str(live.query_one("#election-error").render())
        await pilot.press(*["backspace"] * len(", Per Strand"), "enter")
        await pilot.pause()
        assert "Lagret for 2026/27" in str(live.query_one("#election-status").render())

        await pilot.press("ctrl+n")  # the FAU step
        await pilot.pause()
        assert app.focused.id == "election-fau"
        await type_text(pilot, "Ingrid Dahl")
        await pilot.press("tab")
        await type_text(pilot, "Tomasz Nowak")
        await pilot.press("enter")
        await pilot.pause()
        assert "31.07.2027" in str(live.query_one("#election-status").render())
        await finish(pilot)
        bar = str(app.screen.query_one("#class-bar").render())
        assert "klassekontakter Kari Nordmann og Ola Hansen" in bar
        assert "FAU-representant Ingrid Dahl" in bar and "(til" not in bar  # all end this school year
    close_app(app)

    store = Store.open(data_dir, read_only=True)
    terms = {(r.kind, r.name): (r.start, r.end) for r in store.roles("c7a")}
    assert terms[("class_contact", "Kari Nordmann")] == ("2026-08-01", "2027-07-31")
    assert terms[("deputy", "Lars Berg")] == ("2026-08-01", "2027-07-31")
    assert terms[("fau", "Ingrid Dahl")] == ("2026-08-01", "2027-07-31")  # one year: 7th is the top grade
    assert terms[("fau_deputy", "Tomasz Nowak")] == ("2026-08-01", "2027-07-31")
    assert ("deputy", "Per Strand") not in terms
    meeting = store.meeting("last")
    assert any("Kari Nordmann, Ola Hansen" in d.text for d in meeting.decisions)


def elect_in(data_dir: Path, season: str) -> None:
    """The demo class, set to elect in `season` (a class setting)."""
    store = Store.open(data_dir)
    classes = store.classes()
    for school_class in classes:
        school_class.election_season = season
    store.save_docs(classes=[c.to_dict() for c in classes])
    store.close()


async def test_in_spring_the_home_screen_reminds_and_the_election_proposes_the_deputies(data_dir: Path):
    spring = FixedClock(datetime(2027, 4, 20, 18, 0).astimezone())
    demo_folder(data_dir, spring)
    elect_in(data_dir, "spring")  # a school that elects next year's people before the summer
    app = make_app(data_dir, spring)
    async with app.run_test(size=(80, 24)) as pilot:
        bar = str(app.screen.query_one("#class-bar").render())
        assert "neste års klassekontakter må velges" in bar and "Amina Yusuf og Lars Berg" in bar
        await new_meeting(pilot, "valg")
        live = app.screen
        assert live.meeting.steps[0].kind == "followup"  # the class's open tasks come first
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n")
        await pilot.pause()
        assert live.meeting.current_step.kind == "election"
        assert live.query_one("#election-year", Input).value == "2027/28"
        assert live.query_one("#election-class_contact", Input).value == "Amina Yusuf, Lars Berg"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert "må velges" not in str(app.screen.query_one("#class-bar").render())
    close_app(app)


async def test_in_spring_a_class_that_elects_in_the_autumn_is_asked_to_confirm_the_deputies(data_dir: Path):
    spring = FixedClock(datetime(2027, 4, 20, 18, 0).astimezone())
    demo_folder(data_dir, spring)  # the demo class elects in the autumn, as the sources say
    app = make_app(data_dir, spring)
    async with app.run_test(size=(80, 24)) as pilot:
        bar = str(app.screen.query_one("#class-bar").render())
        assert "spør varaene Amina Yusuf og Lars Berg om de tar over" in bar and "må velges" not in bar
        await new_meeting(pilot, "valg")
        live = app.screen
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n")
        await pilot.pause()
        assert live.query_one("#election-year", Input).value == "2026/27"  # a by-election by default
    close_app(app)


async def test_a_by_election_in_january_fills_the_current_year_and_the_minutes_note_two_roles(data_dir: Path):
    january = FixedClock(datetime(2027, 1, 15, 18, 0).astimezone())
    store = Store.open(data_dir)
    store.save_docs(classes=[SchoolClass("4B", grade=4, school_year="2026/27", id="c4b").to_dict()])
    store.close()
    app = make_app(data_dir, january)
    async with app.run_test(size=(80, 24)) as pilot:
        await new_meeting(pilot, "valg")
        live = app.screen
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        assert live.query_one("#election-year", Input).value == "2026/27"  # a by-election: this year
        await type_text(pilot, "Kari Nordmann")  # one class contact, no deputies
        await pilot.press("enter")
        await pilot.pause()
        status = str(live.query_one("#election-status").render())
        assert "bare én klassekontakt" in status and "ingen vara" in status and "trekk lodd" in status
        await pilot.press("ctrl+n")  # the FAU step: the class contact is also the FAU representative
        await pilot.pause()
        await type_text(pilot, "kari nordmann")
        await pilot.press("enter")
        await pilot.pause()
        assert str(live.query_one("#election-error").render()).strip() == ""
        decisions = [d.text for d in live.meeting.decisions]
        assert any("Kari Nordmann er både klassekontakt og FAU-representant" in d for d in decisions)
    close_app(app)


async def test_the_class_settings_choose_when_the_class_elects(data_dir: Path, clock: FixedClock):
    store = Store.open(data_dir)
    store.save_docs(classes=[SchoolClass("4B", grade=4, school_year="2026/27", id="c4b").to_dict()])
    store.close()
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("e")  # edit the class
        await pilot.pause()
        assert isinstance(app.screen, ClassScreen)
        season = app.screen.query_one("#election_season", Input)
        assert season.value == "høst"
        season.value = "vinter"
        season.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert "«vinter» er ikke høst eller vår" in str(app.screen.query_one(".error").render())
        season.value = "vår"
        await pilot.press("enter")
        await pilot.pause()
    close_app(app)
    assert Store.open(data_dir, read_only=True).classes()[0].election_season == "spring"


async def test_a_fau_term_can_be_ended_early_from_the_people_screen(data_dir: Path, clock: FixedClock):
    demo_folder(data_dir, clock)
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        table = app.screen.query_one("#people", DataTable)
        row = [r[0] for r in rows(table)].index("Ingrid Dahl")
        table.move_cursor(row=row)
        await pilot.press("t")
        await pilot.pause()
        assert app.screen.query_one("#end-role", Input).value == "FAU-representant"
        await pilot.press("enter", "enter")  # the role, today as the last day
        await pilot.press("enter")  # no reason given
        await pilot.pause()
        assert "hvorfor" in str(app.screen.query_one(".error").render()).lower()
        await type_text(pilot, "flyttet")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PeopleScreen)
    close_app(app)
    fau = next(
        r
        for r in Store.open(data_dir, read_only=True).roles("democlass")
        if r.name == "Ingrid Dahl" and r.kind == "fau"
    )
    assert (fau.end, fau.end_reason) == ("2026-11-21", "flyttet")


async def test_the_top_grade_proposes_no_takeover(data_dir: Path, clock: FixedClock):
    store = Store.open(data_dir)
    store.save_docs(
        classes=[SchoolClass("10A", grade=10, school_year="2026/27", top_grade=10, id="c10a").to_dict()]
    )
    store.close()
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await new_meeting(pilot, "valg")
        live = app.screen
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        assert "neste år her" in live.query_one("#election-deputy", Input).placeholder
        assert "blir klassekontakter" not in live.query_one("#election-deputy", Input).placeholder
        assert "varaene tar ikke over" in str(live.query_one("#election-status").render())
    close_app(app)


# -- tasks across meetings ---------------------------------------------------------------------


async def test_tasks_from_one_meeting_are_followed_up_and_resolved_in_the_next(
    data_dir: Path, clock: FixedClock
):
    store = Store.open(data_dir)
    store.save_docs(classes=[SchoolClass("4B", grade=4, school_year="2026/27", id="c4b").to_dict()])
    store.close()
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await new_meeting(pilot, "planleggingsmote")
        assert app.screen.meeting.steps[0].kind != "followup"  # nothing to follow up yet
        await give_task(pilot, "Lage årshjul", "Ola", "1.12")
        await give_task(pilot, "Opprette Spond-gruppe", "Kari", "25.11")
        await give_task(pilot, "Bestille lokale", "Amina", "30.11")
        await finish(pilot)

        clock.advance(14 * 24 * 3600)
        await new_meeting(pilot, "foreldremote-host")
        live = app.screen
        step = live.meeting.steps[0]
        assert step.kind == "followup" and step.title == "Oppfølging fra forrige møte"
        table = live.query_one(FollowupTable)
        shown = [row[1].rstrip("…") for row in rows(table)]  # cut to fit at 80 columns
        for text, full in zip(
            shown, ["Opprette Spond-gruppe", "Bestille lokale", "Lage årshjul"], strict=True
        ):
            assert full.startswith(text) and len(text) >= 12
        assert isinstance(app.focused, TextArea)  # the notes keep the keyboard
        await type_text(pilot, "dxf")
        assert app.focused.text == "dxf"  # plain keys are notes, not task actions
        await pilot.press("shift+tab")
        assert app.focused is table
        await pilot.press("d")  # Spond: done
        await pilot.pause()
        await pilot.press("x")  # the room: dropped
        await pilot.pause()
        await pilot.press("f")  # the year wheel: a new date
        await pilot.pause()
        await type_text(pilot, "15.01.2027")
        await pilot.press("enter")
        await pilot.pause()
        assert [row[0] for row in rows(table)] == ["✓", "✗", "→"]
        assert str(live.query_one("#followup-hint").render()).startswith("3 av 3 fulgt opp")
        await pilot.press("tab")
        assert isinstance(app.focused, TextArea)
        await pilot.press("ctrl+n")  # the screen's keys still work
        await pilot.pause()
        assert live.meeting.current == 1
    close_app(app)

    tasks = {t.what: t for t in Store.open(data_dir, read_only=True).tasks()}
    assert tasks["Opprette Spond-gruppe"].status == "done"
    assert tasks["Bestille lokale"].status == "dropped"
    assert (tasks["Lage årshjul"].status, tasks["Lage årshjul"].due) == ("open", "2027-01-15")
    assert "fortsatt åpen, frist 15.01.2027" in tasks["Lage årshjul"].notes


async def test_the_follow_up_step_is_read_when_it_opens_and_its_outcomes_reach_the_minutes(
    data_dir: Path, clock: FixedClock
):
    store = Store.open(data_dir)
    store.save_docs(classes=[SchoolClass("4B", grade=4, school_year="2026/27", id="c4b").to_dict()])
    store.close()
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await new_meeting(pilot, "planleggingsmote")
        await give_task(pilot, "Lage årshjul", "Ola", "1.12")
        await give_task(pilot, "Opprette Spond-gruppe", "Kari", "25.11")
        await give_task(pilot, "Bestille lokale", "Amina", "30.11")
        await finish(pilot)
        # The spring meeting is planned now, while those three are open.
        await pilot.press("n")
        await pilot.pause()
        screen = app.screen
        for _ in range([tpl.id for tpl in screen.templates].index("foreldremote-host")):
            await pilot.press("down")
        screen.query_one("#date").focus()
        await pilot.press("end", "ctrl+u")
        await type_text(pilot, "12.03.2027")
        await pilot.press("ctrl+l")
        await pilot.pause()

        clock.advance(14 * 24 * 3600)
        await new_meeting(pilot, "foreldremote-host")  # the meeting in between
        live = app.screen
        await pilot.press("shift+tab")
        await pilot.press("d", "x", "f")  # Spond done, the room dropped, the year wheel later
        await pilot.pause()
        await type_text(pilot, "15.12")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("tab")
        await give_task(pilot, "Lage klasseliste", "Ola", "10.12")
        await give_task(pilot, "Kjøpe gave", "Kari", "")
        await give_task(pilot, "Skrive innkalling", "Amina", "1.03.2027")
        await pilot.press("ctrl+f", "y")
        await pilot.pause()
        minutes = app.screen.query_one("#minutes").source
        assert "- Opprette Spond-gruppe — ansvarlig: Kari — utført" in minutes
        assert "- Bestille lokale — ansvarlig: Amina — droppet" in minutes
        assert "- Lage årshjul — ansvarlig: Ola — ny frist 15.12.2026" in minutes
        await pilot.press("h")
        await pilot.pause()

        clock.advance(24 * 3600)
        table = app.screen.query_one("#meetings", DataTable)
        assert rows(table)[0][1] == "Foreldremøte høst" and "planlagt" in rows(table)[0][2].lower()
        await pilot.press("enter", "enter")  # start the planned meeting
        await pilot.pause()
        live = app.screen
        assert isinstance(live, LiveMeetingScreen) and live.meeting.steps[0].kind == "followup"
        table = live.query_one(FollowupTable)
        shown = {row[1].rstrip("…"): row[0] for row in rows(table)}
        full = {
            "Lage årshjul": "·",
            "Lage klasseliste": "·",
            "Kjøpe gave": "·",
            "Skrive innkalling": "·",
            "Opprette Spond-gruppe": "✓",
            "Bestille lokale": "✗",
        }
        assert len(shown) == len(full)
        for text, mark in shown.items():
            name = next(name for name in full if name.startswith(text))
            assert full[name] == mark, name
        assert str(live.query_one("#followup-hint").render()).startswith("2 av 6 fulgt opp")
    close_app(app)


async def test_the_task_board_filters_by_person_and_overdue_and_marks_done(data_dir: Path, clock: FixedClock):
    demo_folder(data_dir, clock)
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        board = app.screen
        assert isinstance(board, TasksBoardScreen)
        table = board.query_one("#board", DataTable)
        assert [row[1] for row in rows(table)] == ["Ola Hansen", "Lars Berg", "Amina Yusuf"]
        assert rows(table)[0][0].endswith("!")  # overdue first

        await pilot.press("o")
        await pilot.pause()
        assert [row[2] for row in rows(table)] == ["Lage forslag til årshjul"]
        await pilot.press("o", "p")
        await pilot.pause()
        assert isinstance(app.screen, PickScreen)
        options = [
            app.screen.query_one("#pick").get_option_at_index(n).id
            for n in range(app.screen.query_one("#pick").option_count)
        ]
        for _ in range(options.index("Lars Berg")):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        assert [row[1] for row in rows(table)] == ["Lars Berg"]
        assert "Person: Lars Berg" in str(board.query_one("#board-filter").render())

        await pilot.press("d")  # done: gone from the open tasks
        await pilot.pause()
        assert table.row_count == 0
        await pilot.press("s")  # status: done
        await pilot.pause()
        assert [row[2] for row in rows(table)] == ["✓ Ringe foreldre som ikke kom"]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "Ringe foreldre som ikke kom" not in [row[2] for row in rows(app.screen.query_one("#tasks"))]
    close_app(app)
    assert {t.id: t.status for t in Store.open(data_dir, read_only=True).tasks()}["demot4"] == "done"


async def test_a_task_given_on_the_board_belongs_to_the_class(data_dir: Path, clock: FixedClock):
    demo_folder(data_dir, clock)
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("a")
        await type_text(pilot, "Kake til juleavslutningen")
        await pilot.press("enter")
        await type_text(pilot, "Mona Holm")
        await pilot.press("enter")
        await type_text(pilot, "10.12")
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert "Kake til juleavslutningen" in [row[2] for row in rows(app.screen.query_one("#board"))]
    close_app(app)
    task = next(
        t for t in Store.open(data_dir, read_only=True).tasks() if t.what == "Kake til juleavslutningen"
    )
    assert (task.class_id, task.owner_id, task.due) == ("democlass", "demop6", "2026-12-10")


# -- year wheel and call list -------------------------------------------------------------------


async def test_the_year_wheel_proposes_edits_and_exports_a_calendar(data_dir: Path, clock: FixedClock):
    store = Store.open(data_dir)
    store.save_docs(classes=[SchoolClass("4B", grade=4, school_year="2026/27", id="c4b").to_dict()])
    store.close()
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        wheel = app.screen
        assert isinstance(wheel, YearWheelScreen)
        assert "p for et forslag" in str(wheel.query_one("#wheel-detail").render())
        await pilot.press("p")
        await pilot.pause()
        assert len(wheel.items) == 21
        assert "Utviklingssamtaler (høst)" in str(wheel.query_one("#wheel-detail").render())  # November
        await pilot.press("m")  # plan the meeting the item links to
        await pilot.pause()
        assert isinstance(app.screen, NewMeetingScreen) and app.screen.template.id == "utviklingssamtale"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        wheel = app.screen
        await pilot.press("a")
        await type_text(pilot, "Leirskole")
        await pilot.press("enter")
        await type_text(pilot, "12.05")
        await pilot.press("enter", "enter", "enter", "enter")
        await pilot.pause()
        spring = wheel.query_one("#wheel-1")
        prompts = [str(spring.get_option_at_index(n).prompt) for n in range(spring.option_count)]
        assert any("12.05 Leirskole" in p for p in prompts)
        await pilot.press("k")
        await pilot.pause()
        await pilot.press("h")  # the handover, saved as Markdown
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
    close_app(app)
    handover = (data_dir / "exports" / "overlevering-4B-2026-27.md").read_text(encoding="utf-8")
    assert handover.startswith("# Overlevering 4B – skoleåret 2026/27") and "Leirskole" in handover
    ics = (data_dir / "exports" / "kktui-4B.ics").read_text(encoding="utf-8")
    assert "SUMMARY:4B: Leirskole" in ics and "DTSTART;VALUE=DATE:20270512" in ics


async def test_the_call_list_before_the_spring_meeting(data_dir: Path, clock: FixedClock):
    demo_folder(data_dir, clock)
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3", "r")
        await pilot.pause()
        summary = str(app.screen.query_one("#calls-summary").render())
        assert "Foreldremøte vår 12.03.2027" in summary and "invitert 3 av 8" in summary
        await pilot.press("down", "l")  # Amina Yusuf needs a lift too
        await pilot.pause()
        assert "skyss 2" in str(app.screen.query_one("#calls-summary").render())
    close_app(app)


async def test_maybe_in_the_teacher_field_makes_nobody_a_teacher(data_dir: Path, clock: FixedClock):
    """ "kanskje" is neither yes nor no: the person form says so instead of guessing yes."""
    demo_folder(data_dir, clock)
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3", "a")
        await pilot.pause()
        form = app.screen
        form.query_one("#name", Input).value = "Per Hansen"
        form.query_one("#teacher", Input).value = "kanskje"
        form.query_one("#person-notes", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form  # not saved: the form says what to write
        said = str(form.query_one(".error").render())
        assert "kanskje" in said and "ja eller nei" in said
        form.query_one("#teacher", Input).value = "nei"
        form.query_one("#person-notes", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PeopleScreen)
    close_app(app)
    [per] = [p for p in Store.open(data_dir, read_only=True).people() if p.name == "Per Hansen"]
    assert per.kind == "guardian"


async def test_the_command_palette_finds_the_class_screens(data_dir: Path, clock: FixedClock):
    from kktui.screens.views.handover import HandoverScreen

    demo_folder(data_dir, clock)
    app = make_app(data_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "Overlevering til neste")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HandoverScreen)
        assert "Kari Nordmann" in app.screen.text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    close_app(app)


async def test_a_pasted_name_with_escape_sequences_is_saved_with_them_shown(
    data_dir: Path, clock: FixedClock
):
    """Typed keys never carry control characters, a paste does (copied from a web page or a
    chat): ESC ] 52 in a pasted name must not reach the terminal whenever the name is shown."""
    from textual import events

    from support.ui import demo_app

    app = demo_app(data_dir, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, PeopleScreen)
        await pilot.press("a")
        await pilot.pause()
        app.post_message(events.Paste("Mona\x1b]52;c;SGFja2Vk\x1b\\ Holm\x9b2J"))
        await pilot.pause()
        await pilot.press(*["enter"] * 8)
        await pilot.pause()
        shown = [row[0] for row in rows(app.screen.query_one("#people", DataTable)) if "52;c" in row[0]]
        kept = [p.name for p in app.session.store.people() if "52;c" in p.name]
    close_app(app)

    assert shown == kept == ["Mona␛]52;c;SGFja2Vk␛\\ Holm\ufffd2J"]
