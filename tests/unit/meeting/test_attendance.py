"""Attendance from the class list: checking off, guests, apologies, the call list, the year's history."""

from __future__ import annotations

import json

from kktui.meeting.attendance import (
    APOLOGY,
    PRESENT,
    Roll,
    apologies,
    attendance_of,
    history,
    not_come,
    present,
    set_attendance,
)
from kktui.meeting.model import Attendance, Meeting, MeetingSummary
from kktui.output.minutes import render_markdown
from kktui.school.model import CallEntry, Person

KARI = Person("Kari Nordmann", "c1", children=["Emma"], id="p1")
OLA = Person("Ola Hansen", "c1", children=["Jonas"], id="p2")
MONA = Person("Mona Holm", "c1", children=["Filip"], id="p3")
TEACHER = Person("Marte Lie", "c1", kind="teacher", id="p4")
PEOPLE = [KARI, OLA, MONA, TEACHER]


def held(mid: str, day: str, attendance=(), attendees=(), **extra) -> Meeting:
    extra.setdefault("template", "foreldremote-host")
    return Meeting(
        f"Møte {mid}",
        date=day,
        class_id="c1",
        status="finished",
        id=mid,
        attendance=list(attendance),
        attendees=list(attendees),
        **extra,
    )


def test_a_meeting_saved_before_attendance_keeps_its_typed_names_as_present():
    old = {"id": "m1", "title": "Foreldremøte", "attendees": ["Kari Nordmann", "Per Gjest"]}
    meeting = Meeting.from_dict(json.loads(json.dumps(old)))
    assert [(a.name, a.status) for a in attendance_of(meeting)] == [
        ("Kari Nordmann", PRESENT),
        ("Per Gjest", PRESENT),
    ]
    assert "**Til stede:** Kari Nordmann, Per Gjest" in render_markdown(meeting, [], 0)
    roll = Roll.of(PEOPLE, meeting)  # a typed name that is a person of the class is that person
    assert roll.row("p1").status == PRESENT
    assert [r.name for r in roll.rows if not r.person_id] == ["Per Gjest"]


def test_attendance_round_trips_and_the_names_follow_it():
    meeting = held("m1", "2026-09-01")
    set_attendance(
        meeting,
        [
            Attendance("Kari Nordmann", "p1"),
            Attendance("Ola Hansen", "p2", APOLOGY),
            Attendance("Per", guest=True),
        ],
    )
    again = Meeting.from_dict(json.loads(json.dumps(meeting.to_dict())))
    assert again.attendees == ["Kari Nordmann", "Per"]
    assert [a.name for a in apologies(again)] == ["Ola Hansen"]
    summary = MeetingSummary.from_dict(
        meeting.summary().__dict__ | {"attendance": meeting.to_dict()["attendance"]}
    )
    assert [a.name for a in present(summary)] == ["Kari Nordmann", "Per"]


def test_checking_off_marks_toggles_and_guests():
    meeting = held("m1", "2026-09-01")
    roll = Roll.of(PEOPLE, meeting)
    assert [r.name for r in roll.find("emm")] == ["Kari Nordmann"]  # a child's name finds the parent
    roll.mark("p1", PRESENT)
    roll.mark("p2", APOLOGY)
    roll.mark("p3", PRESENT)
    roll.mark("p3", PRESENT)  # again: cleared
    roll.add_guest("  Per   Gjest ")
    roll.add_guest("ola hansen")  # someone on the list: marked present, not a second Ola
    set_attendance(meeting, roll.entries())
    text = render_markdown(meeting, [], 0)
    assert "**Til stede:** Kari Nordmann, Ola Hansen, Per Gjest (gjest)" in text
    assert "Forfall" not in text
    roll = Roll.of(PEOPLE, meeting)
    roll.mark("p2", APOLOGY)
    set_attendance(meeting, roll.entries())
    meeting.lang = "en"
    text = render_markdown(meeting, [], 0)
    assert "**Present:** Kari Nordmann, Per Gjest (guest)" in text
    assert "**Apologies:** Ola Hansen" in text


def test_who_said_yes_on_the_call_list_is_ticked_until_attendance_is_recorded():
    meeting = held("m1", "2026-09-01")
    calls = [CallEntry("m1", "p1", answer="yes"), CallEntry("m1", "p2", answer="no")]
    roll = Roll.of(PEOPLE, meeting, calls)
    assert roll.pre_ticked == 1
    assert [r.name for r in roll.rows if r.status] == ["Kari Nordmann"]
    set_attendance(meeting, [Attendance("Ola Hansen", "p2")])
    roll = Roll.of(PEOPLE, meeting, calls)  # what was recorded wins
    assert roll.pre_ticked == 0 and [r.name for r in roll.rows if r.status] == ["Ola Hansen"]


def test_the_history_counts_this_years_class_meetings_and_finds_who_never_came():
    meetings = [
        held("m1", "2026-08-28", attendees=["Kari Nordmann", "ola hansen"]),  # typed before the class list
        held(
            "m2", "2026-09-18", [Attendance("Kari Nordmann", "p1"), Attendance("Ola Hansen", "p2", APOLOGY)]
        ),
        held("m3", "2026-03-01", [Attendance("Mona Holm", "p3")]),  # last school year
        held("m4", "2026-10-01", [Attendance("Mona Holm", "p3")], template="utviklingssamtale"),  # one family
        held("m5", "2026-10-02", [Attendance("Mona Holm", "p3")], confidential=True),
        held("m6", "2026-10-03"),  # nobody recorded: does not count against anyone
        Meeting("Planlagt", date="2026-12-01", class_id="c1", id="m7", attendees=["Mona Holm"]),
    ]
    found = history(PEOPLE, meetings, "c1", "2026/27")
    assert (found["p1"].present, found["p1"].meetings) == (2, 2)
    assert (found["p2"].present, found["p2"].apologies) == (1, 1)
    assert (found["p3"].present, found["p3"].meetings) == (0, 2)
    assert [p.name for p in not_come(PEOPLE, found)] == ["Mona Holm"]  # guardians only, not the teacher
