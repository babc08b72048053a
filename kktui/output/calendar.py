"""The year wheel, the meetings and the task due dates as an iCalendar file.

Google Calendar, Outlook and phone calendars import it. Every event's UID comes from
the id of what it shows (`wheel-<id>@kktui`, `meeting-<id>@kktui`, `task-<id>@kktui`),
so importing a newer file updates the events instead of adding them twice.

Times are in Europe/Oslo with a VTIMEZONE. Things without a time of day are all-day
events. A year-wheel item that only has a month stands as an all-day event on the
first day of that month ("some time in September"), not as a month-long bar that
would clutter every day of a phone's month view; its description names the month.
Confidential meetings, their tasks and private tasks (privacy.py) appear only as
"confidential", with no title; a year-wheel item or meeting whose title is private only
as "private", and private lines in a wheel item's notes are left out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from kktui.i18n import t
from kktui.meeting.followup import class_of_task
from kktui.meeting.model import Meeting, MeetingSummary, Task
from kktui.output.privacy import is_private_line, split_private
from kktui.school.model import SchoolClass, WheelItem
from kktui.school.yearwheel import item_date, month_name

TZID = "Europe/Oslo"
DEFAULT_MEETING_MINUTES = 60


@dataclass
class Entry:
    """One calendar event before it is written: all-day when `start` is a date."""

    uid: str
    summary: str
    start: date | datetime
    end: date | datetime
    description: str = ""
    location: str = ""
    sequence: int = 0  # a meeting's: the notice's invitation counts its changes (output/notice.py)


def _sequence(meeting: Meeting | MeetingSummary) -> int:
    if isinstance(meeting, MeetingSummary):
        return meeting.notice_sequence
    return int(meeting.notice.get("sequence", 0) or 0)


def _prefix(classes: dict[str, SchoolClass], class_id: str) -> str:
    school_class = classes.get(class_id)
    return f"{school_class.name}: " if school_class else ""


def wheel_entries(items: list[WheelItem], classes: dict[str, SchoolClass]) -> list[Entry]:
    entries = []
    for item in items:
        day = item_date(item)
        lines = []
        if not item.date:
            lines.append(t("cal.some_time_in", month=month_name(item.month)))
        if item.responsible:
            lines.append(t("cal.responsible", who=item.responsible))
        notes = split_private(item.notes)[0].strip()
        if notes:
            lines.append(notes)
        title = t("cal.private_item") if is_private_line(item.title) else item.title
        entries.append(
            Entry(
                f"wheel-{item.id}@kktui",
                _prefix(classes, item.class_id) + title,
                day,
                day + timedelta(days=1),
                "\n".join(lines),
            )
        )
    return entries


def meeting_entries(
    meetings: Sequence[Meeting | MeetingSummary], classes: dict[str, SchoolClass]
) -> list[Entry]:
    from zoneinfo import ZoneInfo

    oslo = ZoneInfo(TZID)
    entries = []
    for meeting in meetings:
        try:
            day = date.fromisoformat(meeting.date)
        except ValueError:
            continue  # a meeting without a date has no place in a calendar
        summary = (
            t("cal.confidential_meeting")
            if meeting.confidential
            else t("cal.private_item")
            if is_private_line(meeting.title)
            else meeting.title
        )
        description = "" if meeting.confidential else t(f"status.{meeting.status}")
        if meeting.time:
            hour, minute = (int(part) for part in meeting.time.split(":"))
            start = datetime(day.year, day.month, day.day, hour, minute, tzinfo=oslo)
            end = start + timedelta(minutes=meeting.planned_minutes or DEFAULT_MEETING_MINUTES)
        else:
            start, end = day, day + timedelta(days=1)  # type: ignore[assignment]  # all-day: dates
        entries.append(
            Entry(
                f"meeting-{meeting.id}@kktui",
                _prefix(classes, meeting.class_id) + summary,
                start,
                end,
                description,
                "" if meeting.confidential else meeting.place,
                _sequence(meeting),
            )
        )
    return entries


def task_entries(
    tasks: list[Task], meetings: Mapping[str, Meeting | MeetingSummary], classes: dict[str, SchoolClass]
) -> list[Entry]:
    entries = []
    for task in tasks:
        try:
            day = date.fromisoformat(task.due or "")
        except ValueError:
            continue
        source = meetings.get(task.meeting_id)
        secret = (source is not None and source.confidential) or is_private_line(task.what)
        what = t("cal.confidential_task") if secret else task.what
        mark = {"done": "✓ ", "dropped": "✗ "}.get(task.status, "")
        summary = mark + t("cal.due", what=what) + (f" ({task.owner})" if task.owner and not secret else "")
        lines = [t(f"task.status.{task.status}")]
        if source is not None and not secret:
            lines.append(t("cal.from_meeting", title=source.title))
        entries.append(
            Entry(
                f"task-{task.id}@kktui",
                _prefix(classes, class_of_task(task, meetings)) + summary,
                day,
                day + timedelta(days=1),
                "\n".join(lines),
            )
        )
    return entries


def collect(
    classes: list[SchoolClass],
    wheel: list[WheelItem],
    meetings: Sequence[Meeting | MeetingSummary],
    tasks: list[Task],
    class_ids: set[str] | None = None,
) -> list[Entry]:
    """Everything with a date, for the given classes (all classes when None)."""
    by_class = {c.id: c for c in classes}
    by_meeting = {m.id: m for m in meetings}

    def wanted(class_id: str) -> bool:
        return class_ids is None or class_id in class_ids

    return (
        wheel_entries([i for i in wheel if wanted(i.class_id)], by_class)
        + meeting_entries([m for m in meetings if wanted(m.class_id)], by_class)
        + task_entries([k for k in tasks if wanted(class_of_task(k, by_meeting))], by_meeting, by_class)
    )


def to_ical(entries: list[Entry], now: datetime, name: str = "kktui") -> bytes:
    """The iCalendar text; `now` stamps every event (DTSTAMP, in UTC)."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//kktui//kktui//NB")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TZID)
    stamp = now.astimezone(UTC)
    for entry in sorted(entries, key=lambda e: (_day(e.start), e.uid)):
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        if entry.sequence:
            event.add("sequence", entry.sequence)  # as in the notice: this is the newer version
        event.add("summary", entry.summary)
        event.add("dtstart", entry.start)
        event.add("dtend", entry.end)
        if not isinstance(entry.start, datetime):
            event.add("transp", "TRANSPARENT")  # a reminder, not a busy slot
        if entry.description:
            event.add("description", entry.description)
        if entry.location:
            event.add("location", entry.location)
        calendar.add_component(event)
    days = [_day(e.start) for e in entries] or [now.date()]
    calendar.add_missing_timezones(
        first_date=min(days) - timedelta(days=366), last_date=max(days) + timedelta(days=366)
    )
    return calendar.to_ical()


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
