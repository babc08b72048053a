"""The user's actions on who came and on a meeting's details, shared by the screens.

Check people off (the class list, the call list's yes pre-ticked), change a meeting's
details at any time, and see who has not come to a class meeting this school year.
"""

from __future__ import annotations

from collections.abc import Iterable

from kktui.meeting.attendance import History, Roll, history, not_come, set_attendance
from kktui.meeting.details import Details, apply_details
from kktui.meeting.model import Attendance, Meeting
from kktui.school.model import Person, SchoolClass
from kktui.services.session import Session


def roll(session: Session, meeting: Meeting) -> Roll:
    """The class's people to check off for this meeting, who said yes on its call list ticked."""
    people = session.class_people(meeting.class_id) if meeting.class_id else []
    return Roll.of(people, meeting, session.calls(meeting.id) if people else [])


def save_attendance(session: Session, meeting: Meeting, entries: Iterable[Attendance]) -> None:
    set_attendance(meeting, entries)
    session.save_meeting(meeting)
    session.flush()


def save_details(session: Session, meeting: Meeting, details: Details) -> bool:
    """Change the details (before, during or after the meeting); whether anything changed."""
    changed = apply_details(meeting, details)
    if changed:
        session.save_meeting(meeting)
        session.flush()
    return changed


def class_history(session: Session, school_class: SchoolClass) -> tuple[dict[str, History], list[Person]]:
    """Each person's attendance this school year, and the guardians who have come to none."""
    people = session.class_people(school_class.id)
    found = history(people, session.meeting_index(), school_class.id, school_class.school_year)
    return found, not_come(people, found)
