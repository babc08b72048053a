"""Deleting a finished year's personal data: what goes, what stays, and never the current year."""

from __future__ import annotations

from datetime import date

import pytest

from kktui.meeting.model import AgendaStep, Decision, Meeting, Task
from kktui.school.cleanup import CleanupRefused, cleaned_class, plan_cleanup, preview_lines
from kktui.school.model import CallEntry, Person, Role, SchoolClass

AUGUST_2027 = date(2027, 8, 20)


def fourth() -> SchoolClass:
    return SchoolClass(
        "4B", grade=4, school_year="2026/27", id="c4b", handover_notes="Bra år\n!! Per strevde"
    )


def meetings() -> list[Meeting]:
    group = Meeting(
        "Foreldremøte høst",
        template="foreldremote-host",
        date="2026-09-10",
        class_id="c4b",
        id="m1",
        steps=[AgendaStep("Velkommen", 5, notes="Godt oppmøte\n!! Pers mor var sint\n- [privat] Lise gråt")],
        decisions=[Decision("Klassefest i juni"), Decision("!! Per får følge hjem")],
    )
    talk = Meeting(
        "Samtale med foreldrene",
        template="utfordrende-samtale",
        date="2027-01-12",
        class_id="c4b",
        confidential=True,
        id="m2",
        steps=[AgendaStep("Innhold", 20, notes="Per slår\nTiltak: friminutt")],
        preparation={"who": "rektor og lærer"},
        closing={"summary": "Per skal ...", "next_date": "2027-02-01", "follow_up_id": "m3"},
    )
    other_class = Meeting(
        "5A møte", date="2026-09-11", class_id="c5a", id="m9", steps=[AgendaStep("x", 5, notes="!! y")]
    )
    return [group, talk, other_class]


def plan(today: date = AUGUST_2027):
    people = [
        Person("Kari Nordmann", class_id="c4b", children=["Per"], id="p1"),
        Person("Ola Hansen", class_id="c4b", id="p2"),
        Person("Anne i 5A", class_id="c5a", id="p9"),
    ]
    calls = {"m1": [CallEntry("m1", "p1", invited=True), CallEntry("m1", "p2", lift=True)]}
    tasks = [
        Task("Bestille lokale", owner="Kari Nordmann", owner_id="p1", meeting_id="m1", id="t1"),
        Task("!! Ringe Pers mor", meeting_id="m1", id="t2"),
        Task("Kake", notes="ok\n!! Lise har allergi", meeting_id="m1", id="t3"),
    ]
    roles = [
        Role("class_contact", "c4b", "Kari Nordmann", "2026-08-01", "2027-07-31", person_id="p1", id="r1")
    ]
    return plan_cleanup(fourth(), today, people, meetings(), calls, tasks, roles)


def test_the_current_year_is_never_cleaned() -> None:
    with pytest.raises(CleanupRefused, match="4B 2026/27"):
        plan(date(2027, 6, 20))  # still the school year 2026/27
    with pytest.raises(CleanupRefused):
        plan(date(2026, 11, 1))


def test_people_and_call_lists_of_the_class_go() -> None:
    found = plan()
    assert [p.id for p in found.people] == ["p1", "p2"]  # not the other class's
    assert sorted(c.id for c in found.calls) == ["m1:p1", "m1:p2"]


def test_private_lines_go_and_the_minutes_stay() -> None:
    found = plan()
    by_id = {item.meeting.id: item for item in found.meetings}
    assert set(by_id) == {"m1", "m2"}  # the other class's meeting is not touched
    group = by_id["m1"].meeting
    assert group.steps[0].notes == "Godt oppmøte"
    assert [d.text for d in group.decisions] == ["Klassefest i juni"]
    assert by_id["m1"].lines == 3 and not by_id["m1"].whole


def test_a_confidential_meeting_loses_its_notes_but_keeps_its_dates() -> None:
    item = {i.meeting.id: i for i in plan().meetings}["m2"]
    talk = item.meeting
    assert item.whole
    assert talk.steps[0].notes == "" and talk.preparation == {}
    assert talk.closing == {"next_date": "2027-02-01", "follow_up_id": "m3"}
    assert talk.title == "Samtale med foreldrene" and talk.date == "2027-01-12"


def test_private_tasks_go_and_links_to_deleted_people_are_cut() -> None:
    found = plan()
    assert [task.id for task in found.tasks_removed] == ["t2"]
    changed = {task.id: task for task in found.tasks_changed}
    assert changed["t1"].owner_id == "" and changed["t1"].owner == "Kari Nordmann"
    assert changed["t3"].notes == "ok"
    assert [(r.id, r.person_id, r.name) for r in found.roles_changed] == [("r1", "", "Kari Nordmann")]


def test_the_class_record_keeps_its_handover_notes_without_private_lines() -> None:
    found = plan()
    cleaned = cleaned_class(found, AUGUST_2027)
    assert cleaned.handover_notes == "Bra år" and cleaned.personal_data_deleted == "2027-08-20"


def test_the_preview_says_exactly_what_goes(english) -> None:
    text = "\n".join(preview_lines(plan()))
    assert "4B 2026/27" in text
    assert "People on the class list (with children, phone, e-mail and notes): 2" in text
    assert "Call list rows: 2" in text
    assert "10.09.2026 Foreldremøte høst: private lines (3)" in text
    assert "12.01.2027 Samtale med foreldrene: all notes and preparation" in text
    assert "Private tasks: 1" in text


def test_a_year_already_cleaned_has_nothing_left() -> None:
    found = plan_cleanup(
        cleaned_class(plan(), AUGUST_2027), AUGUST_2027, [], [i.meeting for i in plan().meetings], {}, [], []
    )
    assert found.empty
