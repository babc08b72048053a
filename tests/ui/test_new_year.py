"""Nytt skoleår from 4B to 5B and Slett gamle personopplysninger, with the keys a class contact presses."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import Input

from kktui.clock import FixedClock
from kktui.meeting.model import AgendaStep, Decision, Meeting, Task
from kktui.school.elections import Ballot, elect, teacher_role
from kktui.school.model import CallEntry, Person, SchoolClass
from kktui.screens.dialogs.class_switcher import ClassSwitcher
from kktui.screens.dialogs.cleanup import CleanupScreen
from kktui.screens.views.new_year import NewYearScreen, OwnerScreen
from kktui.services import exports
from kktui.storage.store import Store
from support.ui import Notifications, close_app, make_app, screen_text, type_text

AUGUST_2027 = FixedClock(datetime(2027, 8, 16, 19, 0))


def seed_fourth_grade(folder: Path) -> None:
    """4B in 2026/27: two contacts, two deputies, a FAU seat in its first year, three open tasks
    and a parent meeting with private lines, a call list and a class list."""
    fourth = SchoolClass(
        "4B", school="Bakken skole", grade=4, school_year="2026/27", teacher="Anne Lærer", id="c4b"
    )
    roles = elect(
        fourth,
        "2026/27",
        Ballot.of(
            class_contact=["Kari Nordmann", "Ola Hansen"], deputy=["Siri Berg", "Per Lie"], fau=["Mona Dahl"]
        ),
        meeting_id="mvalg",
    ) + [teacher_role(fourth)]
    meeting = Meeting(
        "Foreldremøte høst",
        template="foreldremote-host",
        date="2026-09-10",
        status="finished",
        class_id="c4b",
        class_name="4B",
        id="mhost",
        steps=[AgendaStep("Velkommen", 5, notes="Godt oppmøte\n!! Pers mor var bekymret")],
        decisions=[Decision("Klassefest i juni")],
    )
    store = Store.open(folder)
    store.save_meeting(meeting)
    store.save_docs(
        classes=[fourth.to_dict()],
        roles=[r.to_dict() for r in roles],
        people=[
            Person("Kari Nordmann", class_id="c4b", children=["Per"], phone="90000001", id="p1").to_dict()
        ],
        calls=[CallEntry("mhost", "p1", invited=True).to_dict()],
        tasks=[
            Task(
                "Bestille lokale til klassefesten", owner="Kari Nordmann", class_id="c4b", id="t1"
            ).to_dict(),
            Task("Lage telefonliste", owner="Ola Hansen", class_id="c4b", id="t2").to_dict(),
            Task("Kjøpe gave til læreren", owner="Kari Nordmann", class_id="c4b", id="t3").to_dict(),
        ],
        prefs=[Store.current_class_doc("c4b")],
    )
    store.close()


async def palette(pilot, text: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CommandPalette)
    await type_text(pilot, text)
    await pilot.pause(0.5)
    await pilot.press("enter")
    await pilot.pause()


async def test_a_whole_new_school_year_from_4b_to_5b(data_dir: Path) -> None:
    seed_fourth_grade(data_dir)
    app = make_app(data_dir, AUGUST_2027)
    notes = Notifications()
    async with app.run_test(size=(120, 40), message_hook=notes) as pilot:
        await palette(pilot, "Nytt skoleår")
        screen = app.screen
        assert isinstance(screen, NewYearScreen)
        shown = screen_text(app)
        assert "4B 2026/27 går opp ett trinn og blir klassen for 2027/28" in shown
        assert "Klassekontakter: Siri Berg, Per Lie (fjorårets vara)" in shown
        assert "FAU-representant: Mona Dahl fortsetter" in shown
        assert app.screen.query_one("#year-name", Input).value == "5B"

        await pilot.press("enter")  # the name as proposed
        await pilot.pause()
        assert "Oppgave 1 av 3: Bestille lokale til klassefesten" in screen_text(app)
        await pilot.press("k")
        await pilot.pause()
        assert "Oppgave 2 av 3: Lage telefonliste" in screen_text(app)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, OwnerScreen)
        assert app.screen.query_one("#owner", Input).value == "Siri Berg"  # a new class contact
        await pilot.press("enter")
        await pilot.pause()
        assert "Oppgave 3 av 3: Kjøpe gave til læreren" in screen_text(app)
        await pilot.press("d")
        await pilot.pause()
        shown = screen_text(app)
        assert "overleveres til Siri Berg: Lage telefonliste" in shown
        assert "droppes: Kjøpe gave til læreren" in shown

        await pilot.press("ctrl+s")
        await pilot.pause()
        shown = screen_text(app)
        assert "5B 2027/28 er startet" in shown
        assert "Planlagt: Valg av klassekontakter" in shown
        assert any("Husk personvernet" in m for m in notes.messages)

        session = app.session
        classes = {c.id: c for c in session.classes()}
        old = classes["c4b"]
        new = next(c for c in classes.values() if c.previous_id == "c4b")
        assert old.archived and not new.archived
        assert (new.name, new.grade, new.school_year, new.teacher) == ("5B", 5, "2027/28", "Anne Lærer")
        assert session.current_class().id == new.id

        new_roles = {(r.kind, r.name) for r in session.roles(new.id)}
        assert new_roles == {
            ("class_contact", "Siri Berg"),
            ("class_contact", "Per Lie"),
            ("fau", "Mona Dahl"),
            ("contact_teacher", "Anne Lærer"),
        }
        # the old year stays readable as it was: its roles and people untouched
        old_roles = {(r.kind, r.name) for r in session.roles("c4b")}
        assert ("class_contact", "Kari Nordmann") in old_roles and ("deputy", "Siri Berg") in old_roles
        assert [p.name for p in session.class_people("c4b")] == ["Kari Nordmann"]
        assert "Kari Nordmann" in exports.handover(session, old).text

        tasks = {task.id: task for task in session.tasks()}
        assert tasks["t1"].status == "open" and tasks["t1"].class_id == new.id
        assert tasks["t2"].owner == "Siri Berg" and tasks["t2"].class_id == new.id
        assert tasks["t3"].status == "dropped"

        planned = [m for m in session.meeting_index() if m.class_id == new.id]
        assert sorted(m.template for m in planned) == ["planleggingsmote", "valg"]
        assert all(m.status == "planned" and m.class_name == "5B" for m in planned)
        assert session.wheel(new.id, "2027/28")

        # the archived year does not clutter the class switcher, but can be shown
        await pilot.press("escape")
        await pilot.pause()
        await palette(pilot, "Bytt klasse")
        assert isinstance(app.screen, ClassSwitcher)
        assert "4B" not in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        assert "4B · Bakken skole · 2026/27 · arkivert" in screen_text(app)
        await pilot.press("escape")
    close_app(app)


async def test_old_personal_data_is_deleted_after_a_preview_and_one_confirmation(data_dir: Path) -> None:
    seed_fourth_grade(data_dir)
    app = make_app(data_dir, AUGUST_2027)
    async with app.run_test(size=(120, 40)) as pilot:
        await palette(pilot, "Slett gamle personopplysninger")
        assert isinstance(app.screen, CleanupScreen)
        shown = screen_text(app)
        assert "Dette slettes fra 4B 2026/27" in shown
        assert "Personer i klasselista (med barn, telefon, e-post og notater): 1" in shown
        assert "Rader i ringelister: 1" in shown
        assert "10.09.2026 Foreldremøte høst: private linjer (1)" in shown
        await pilot.press("y")
        await pilot.pause()
        session = app.session
        assert session.class_people("c4b") == []
        assert session.calls("mhost") == []
        meeting = session.meeting("mhost")
        assert meeting.steps[0].notes == "Godt oppmøte"
        assert [d.text for d in meeting.decisions] == ["Klassefest i juni"]
        assert next(c for c in session.classes() if c.id == "c4b").personal_data_deleted == "2027-08-16"
    close_app(app)


async def test_the_current_year_cannot_be_cleaned(data_dir: Path) -> None:
    seed_fourth_grade(data_dir)
    app = make_app(data_dir, FixedClock(datetime(2027, 5, 2, 19, 0)))  # 2026/27 is still running
    notes = Notifications()
    async with app.run_test(size=(120, 40), message_hook=notes) as pilot:
        await palette(pilot, "Slett gamle personopplysninger")
        assert not isinstance(app.screen, CleanupScreen)
        assert any("Ingen skoleår er avsluttet ennå" in m for m in notes.messages)
        assert [p.name for p in app.session.class_people("c4b")] == ["Kari Nordmann"]
    close_app(app)
