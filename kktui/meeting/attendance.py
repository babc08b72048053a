"""Who came, who sent apologies (forfall), and who has not come this year.

Attendance is checked off from the class's people, with guests added by name. A meeting
saved before this kept only names typed as text (`Meeting.attendees`): those are read as
present, and matched to the class's people by name, so old meetings count in the history.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from kktui.meeting.model import Attendance, Meeting, MeetingSummary
from kktui.school.model import CallEntry, Person, name_key

PRESENT, APOLOGY = "present", "apology"


def attendance_of(meeting: Meeting | MeetingSummary) -> list[Attendance]:
    """The meeting's attendance; for a meeting from before it was recorded, its typed names."""
    if meeting.attendance:
        return list(meeting.attendance)
    return [Attendance(name) for name in meeting.attendees if name.strip()]


def set_attendance(meeting: Meeting, entries: Iterable[Attendance]) -> None:
    """Record attendance; `attendees` (what lists and older versions read) follows it."""
    meeting.attendance = list(entries)
    meeting.attendees = [a.name for a in meeting.attendance if a.status == PRESENT]


def present(meeting: Meeting | MeetingSummary) -> list[Attendance]:
    return [a for a in attendance_of(meeting) if a.status == PRESENT]


def apologies(meeting: Meeting | MeetingSummary) -> list[Attendance]:
    return [a for a in attendance_of(meeting) if a.status == APOLOGY]


def _is(entry: Attendance, person: Person) -> bool:
    if entry.person_id:
        return entry.person_id == person.id
    return not entry.guest and name_key(entry.name) == name_key(person.name)


# -- checking people off ----------------------------------------------------------------------
@dataclass
class RollRow:
    """One line of the attendance picker: a person of the class or a guest."""

    key: str
    name: str
    person_id: str = ""
    guest: bool = False
    children: tuple[str, ...] = ()
    status: str = ""  # "", PRESENT or APOLOGY
    said_yes: bool = False  # on the call list

    def matches(self, text: str) -> bool:
        wanted = name_key(text)
        return not wanted or any(wanted in name_key(word) for word in (self.name, *self.children))


@dataclass
class Roll:
    """The class's people and the meeting's guests, each marked present, apology or neither."""

    rows: list[RollRow] = field(default_factory=list)
    pre_ticked: int = 0  # how many were ticked because they said yes on the call list

    @classmethod
    def of(cls, people: Sequence[Person], meeting: Meeting, calls: Sequence[CallEntry] = ()) -> Roll:
        roll = cls()
        recorded = attendance_of(meeting)
        yes = {c.person_id for c in calls if c.answer == "yes"}
        used: set[int] = set()
        for person in sorted(people, key=lambda p: name_key(p.name)):
            status = ""
            for number, entry in enumerate(recorded):
                if number not in used and _is(entry, person):
                    used.add(number)
                    status = entry.status
                    break
            roll.rows.append(
                RollRow(
                    person.id, person.name, person.id, False, tuple(person.children), status, person.id in yes
                )
            )
        for number, entry in enumerate(recorded):
            if number not in used:
                roll.rows.append(RollRow(f"guest:{number}", entry.name, "", entry.guest, (), entry.status))
        if not recorded:  # nothing checked off yet: who said yes is expected
            for row in roll.rows:
                if row.said_yes:
                    row.status = PRESENT
                    roll.pre_ticked += 1
        return roll

    def find(self, text: str) -> list[RollRow]:
        return [row for row in self.rows if row.matches(text)]

    def row(self, key: str) -> RollRow | None:
        return next((row for row in self.rows if row.key == key), None)

    def mark(self, key: str, status: str) -> RollRow | None:
        """Mark a row present or apology; marking it the same again clears it."""
        row = self.row(key)
        if row is not None:
            row.status = "" if row.status == status else status
        return row

    def add_guest(self, name: str) -> RollRow | None:
        """A guest by name, present; a name of someone already listed marks them instead."""
        name = " ".join(name.split())
        if not name:
            return None
        same = next((row for row in self.rows if name_key(row.name) == name_key(name)), None)
        if same is not None:
            same.status = PRESENT
            return same
        row = RollRow(f"guest:{len(self.rows)}", name, "", True, (), PRESENT)
        self.rows.append(row)
        return row

    def count(self, status: str) -> int:
        return sum(row.status == status for row in self.rows)

    def entries(self) -> list[Attendance]:
        return [
            Attendance(row.name, row.person_id, row.status, row.guest)  # type: ignore[arg-type]  # status is PRESENT or APOLOGY here
            for row in self.rows
            if row.status
        ]


# -- who has come this year -------------------------------------------------------------------
@dataclass
class History:
    """A person's attendance at the class's meetings this school year."""

    meetings: int = 0  # held, with attendance recorded
    present: int = 0
    apologies: int = 0
    dates: list[str] = field(default_factory=list)  # when they came

    @property
    def never_came(self) -> bool:
        return self.meetings > 0 and self.present == 0


def counted(meeting: Meeting | MeetingSummary, class_id: str, school_year: str) -> bool:
    """A parent meeting of the class held this school year, with attendance recorded."""
    from kktui.meeting.followup import is_group_meeting
    from kktui.school.school_years import school_year_of

    if meeting.class_id != class_id or meeting.status == "planned" or not is_group_meeting(meeting):
        return False
    try:
        held = date.fromisoformat(meeting.date)
    except ValueError:
        return False
    return school_year_of(held) == school_year and bool(attendance_of(meeting))


def history(
    people: Sequence[Person], meetings: Sequence[Meeting | MeetingSummary], class_id: str, school_year: str
) -> dict[str, History]:
    """Per person id: how many of this year's class meetings they came to, or sent apologies for."""
    found = {p.id: History() for p in people}
    for meeting in sorted(meetings, key=lambda m: m.sort_key()):
        if not counted(meeting, class_id, school_year):
            continue
        entries = attendance_of(meeting)
        for person in people:
            mine = found[person.id]
            mine.meetings += 1
            entry = next((e for e in entries if _is(e, person)), None)
            if entry is not None and entry.status == PRESENT:
                mine.present += 1
                mine.dates.append(meeting.date)
            elif entry is not None:
                mine.apologies += 1
    return found


def not_come(people: Sequence[Person], histories: dict[str, History]) -> list[Person]:
    """Guardians who came to none of this year's meetings: a personal invitation may help."""
    return [p for p in people if p.kind == "guardian" and histories.get(p.id, History()).never_came]
