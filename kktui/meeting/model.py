"""The domain: a meeting walks through agenda steps and yields notes, decisions and tasks.

Plain dataclasses with explicit dict round-trips, so storage can change layout later
without the screens noticing, and so nothing here needs Textual.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, fields
from functools import cache
from typing import Any, Literal

StepStatus = Literal["pending", "done", "skipped"]
MeetingStatus = Literal["planned", "running", "finished"]
TaskStatus = Literal["open", "done", "dropped"]
AttendanceStatus = Literal["present", "apology"]


def new_id(prefix: str = "") -> str:
    """Ids for things nobody types: 48 random bits, so years of data never collide.

    From os.urandom, as `secrets.token_hex` would take them, without loading `secrets` (and
    hashlib, hmac, OpenSSL with it) on every start for an id nobody may make."""
    return prefix + os.urandom(6).hex()


def new_meeting_id() -> str:
    """Meeting ids are typed on the command line (`kktui export 3f9c2a1b`, or a prefix of it):
    32 random bits keep them short while a thousand meetings stay clear of collisions."""
    return os.urandom(4).hex()


@cache
def _field_names(cls) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def _from_dict(cls, data: dict[str, Any]):
    """Build a dataclass from a dict, ignoring keys a newer version may have added."""
    names = _field_names(cls)
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class ChecklistItem:
    text: str
    done: bool = False


@dataclass
class AgendaStep:
    title: str
    planned_minutes: int
    guidance: str = ""
    prompts: list[str] = field(default_factory=list)
    checklist: list[ChecklistItem] = field(default_factory=list)
    source: str = ""
    notes: str = ""
    status: StepStatus = "pending"
    elapsed_seconds: float = 0.0
    cursor: tuple[int, int] = (0, 0)
    # "" for an ordinary step; "followup", "preparation", "closing", ... get their own panel.
    kind: str = ""
    id: str = field(default_factory=lambda: new_id("s"))
    # What a special step is about, e.g. the ids of the tasks a follow-up step walks through.
    refs: list[str] = field(default_factory=list)
    # A follow-up step's record of what became of each task, for the minutes (task id ->
    # what, owner, outcome: done/dropped/open/new_date, due): kept here, as the task moves on.
    outcomes: dict[str, dict[str, str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["cursor"] = list(self.cursor)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AgendaStep:
        step = _from_dict(cls, data)
        step.checklist = [_from_dict(ChecklistItem, c) for c in data.get("checklist", [])]
        step.prompts = list(data.get("prompts", []))
        step.refs = list(data.get("refs") or [])
        step.outcomes = {key: dict(value) for key, value in (data.get("outcomes") or {}).items()}
        cursor = data.get("cursor") or (0, 0)
        step.cursor = (int(cursor[0]), int(cursor[1]))
        return step


@dataclass
class Decision:
    text: str
    step_id: str = ""
    created_at: str = ""
    id: str = field(default_factory=lambda: new_id("d"))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        return _from_dict(cls, data)


@dataclass
class Task:
    """A delegated piece of work. Lives apart from meetings so it can outlive them."""

    what: str
    owner: str = ""
    due: str | None = None  # ISO date
    status: TaskStatus = "open"
    meeting_id: str = ""
    step_id: str = ""
    notes: str = ""
    created_at: str = ""
    id: str = field(default_factory=lambda: new_id("t"))
    # A task given outside a meeting belongs to a class directly; the owner may be a person.
    class_id: str = ""
    owner_id: str = ""
    followed_up_in: list[str] = field(default_factory=list)  # meeting ids

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Task:
        task = _from_dict(cls, data)
        task.followed_up_in = list(data.get("followed_up_in") or [])
        return task

    def is_overdue(self, today_iso: str) -> bool:
        return is_overdue(self.status, self.due, today_iso)


def is_overdue(status: str, due: str | None, today_iso: str) -> bool:
    """An open task past its due date (also for a stored task row, before it is a Task)."""
    return status == "open" and due is not None and due != "" and due < today_iso


@dataclass(frozen=True)
class Attendance:
    """Someone at a meeting, or who sent apologies (forfall): a person of the class when
    `person_id` is set, else a guest (`guest`) or a name typed as text before the class list."""

    name: str
    person_id: str = ""
    status: AttendanceStatus = "present"
    guest: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attendance:
        entry = _from_dict(cls, data)
        status: AttendanceStatus = "apology" if entry.status == "apology" else "present"
        return cls(str(entry.name), str(entry.person_id or ""), status, bool(entry.guest))


def _attendance(data: Any) -> list[Attendance]:
    """Stored attendance, skipping anything that is not an entry with a name."""
    entries = data if isinstance(data, list) else []
    return [
        Attendance.from_dict(e) for e in entries if isinstance(e, dict) and str(e.get("name") or "").strip()
    ]


@dataclass
class Meeting:
    title: str
    template: str = ""
    lang: str = "nb"
    date: str = ""  # ISO date
    time: str = ""  # HH:MM
    place: str = ""
    class_name: str = ""
    # Who was present, by name (what lists and older versions read); `attendance` says who
    # of them is a person of the class or a guest, and who sent apologies. A meeting saved
    # before attendance was recorded has only `attendees` (see kktui.meeting.attendance).
    attendees: list[str] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    chair: str = ""  # møteleder
    minute_taker: str = ""  # referent
    purpose: str = ""
    confidential: bool = False
    status: MeetingStatus = "planned"
    current: int = 0
    steps: list[AgendaStep] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    # Timer state: the current step accumulates time while running_since is set.
    running_since: float | None = None
    last_seen: float | None = None
    started_at: str = ""
    finished_at: str = ""
    id: str = field(default_factory=new_meeting_id)
    # The challenging conversation: what was prepared, and what the closing settled.
    preparation: dict[str, Any] = field(default_factory=dict)
    closing: dict[str, Any] = field(default_factory=dict)
    follow_up_of: str = ""
    class_id: str = ""
    # When a planned meeting was meant to be held, if it was started on another day or time
    # (date and time then say when it really was). ISO date, HH:MM.
    planned_date: str = ""
    planned_time: str = ""
    # The notice (innkalling) last sent: its calendar SEQUENCE and what it said about the time
    # and place, so a changed time updates the invitation instead of adding a second one.
    notice: dict[str, Any] = field(default_factory=dict)
    # What the next meeting of the class said about these minutes (see meeting/approval.py).
    approval: dict[str, Any] = field(default_factory=dict)

    # -- serialisation -------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["steps"] = [s.to_dict() for s in self.steps]
        data["decisions"] = [d.to_dict() for d in self.decisions]
        data["attendees"] = list(self.attendees)
        data["attendance"] = [a.to_dict() for a in self.attendance]
        data["preparation"] = dict(self.preparation)
        data["closing"] = dict(self.closing)
        data["notice"] = dict(self.notice)
        data["approval"] = dict(self.approval)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meeting:
        meeting = _from_dict(cls, data)
        meeting.steps = [AgendaStep.from_dict(s) for s in data.get("steps", [])]
        meeting.decisions = [Decision.from_dict(d) for d in data.get("decisions", [])]
        meeting.attendees = list(data.get("attendees", []))
        meeting.attendance = _attendance(data.get("attendance"))
        if meeting.attendance:  # the entries decide; the names follow them
            meeting.attendees = [a.name for a in meeting.attendance if a.status == "present"]
        meeting.preparation = dict(data.get("preparation") or {})
        meeting.closing = dict(data.get("closing") or {})
        meeting.notice = dict(data.get("notice") or {})
        meeting.approval = dict(data.get("approval") or {})
        return meeting

    # -- derived -------------------------------------------------------------
    @property
    def current_step(self) -> AgendaStep | None:
        if 0 <= self.current < len(self.steps):
            return self.steps[self.current]
        return None

    @property
    def planned_minutes(self) -> int:
        return sum(s.planned_minutes for s in self.steps if s.status != "skipped")

    def step_elapsed(self, index: int, now: float) -> float:
        """Seconds spent on a step, counting the running stretch of the current one."""
        step = self.steps[index]
        extra = 0.0
        if index == self.current and self.running_since is not None:
            extra = max(0.0, now - self.running_since)
        return step.elapsed_seconds + extra

    def total_elapsed(self, now: float) -> float:
        return sum(self.step_elapsed(i, now) for i in range(len(self.steps)))

    def sort_key(self) -> tuple[str, str]:
        return (self.date or "", self.time or "")

    def summary(self) -> MeetingSummary:
        """This meeting as a list shows it."""
        return MeetingSummary.from_dict({**self.to_dict(), "planned_minutes": self.planned_minutes})


@dataclass(frozen=True)
class MeetingSummary:
    """A meeting as lists show it: title, date, status and people, without agenda and notes.

    Cheap to read for years of meetings, and it cannot be saved: only a whole Meeting can
    (`Store.save_meeting` refuses anything else), so a list can never overwrite a meeting.
    """

    id: str
    title: str
    template: str = ""
    lang: str = "nb"
    date: str = ""
    time: str = ""
    place: str = ""
    class_id: str = ""
    class_name: str = ""
    attendees: tuple[str, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    confidential: bool = False
    status: MeetingStatus = "planned"
    started_at: str = ""
    finished_at: str = ""
    follow_up_of: str = ""
    planned_minutes: int = 0  # of the steps not skipped, when it was last saved
    notice_sequence: int = 0  # the SEQUENCE of the last notice's invitation, for the calendar

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MeetingSummary:
        values = {k: v for k, v in data.items() if k in _field_names(cls)}  # type: ignore[arg-type]  # frozen dataclass: hashable
        values["attendees"] = tuple(data.get("attendees") or ())
        values["attendance"] = tuple(_attendance(data.get("attendance")))
        values["notice_sequence"] = int((data.get("notice") or {}).get("sequence", 0) or 0)
        values.setdefault("id", "")
        values.setdefault("title", "")
        return cls(**values)

    def sort_key(self) -> tuple[str, str]:
        return (self.date or "", self.time or "")
