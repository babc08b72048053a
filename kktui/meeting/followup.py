"""Open tasks do not get lost between meetings: the next meeting of the class starts with them.

A new meeting of a class gets a first step of kind `followup` listing the class's open
tasks from earlier meetings; in the live meeting each one is marked done, kept open
(with a new date) or dropped. Individual and confidential meetings neither receive
nor pass on tasks: what is agreed about one child stays out of the parent meeting.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from kktui.dates import show_date
from kktui.i18n import t
from kktui.meeting.model import AgendaStep, Meeting, MeetingSummary, Task
from kktui.meeting.template_ids import ONE_FAMILY

MIN_MINUTES, MAX_MINUTES = 5, 15  # a minute per task, at least five, at most fifteen
OUTCOMES = ("done", "open", "dropped")


def class_of_task(task: Task, meetings: Mapping[str, Meeting | MeetingSummary]) -> str:
    """A task belongs to the class it was given to, or to the class of its meeting."""
    if task.class_id:
        return task.class_id
    meeting = meetings.get(task.meeting_id)
    return meeting.class_id if meeting else ""


def is_group_meeting(meeting: Meeting | MeetingSummary) -> bool:
    return not meeting.confidential and meeting.template not in ONE_FAMILY


def tasks_to_follow_up(
    meeting: Meeting, tasks: list[Task], meetings: Sequence[Meeting | MeetingSummary]
) -> list[Task]:
    """The class's open tasks from earlier group meetings (or given to the class directly)."""
    if not meeting.class_id or not is_group_meeting(meeting):
        return []
    by_id = {m.id: m for m in meetings}
    found = []
    for task in tasks:
        if task.status != "open" or task.meeting_id == meeting.id:
            continue
        if class_of_task(task, by_id) != meeting.class_id:
            continue
        source = by_id.get(task.meeting_id)
        if source is not None:
            if not is_group_meeting(source):
                continue
            if meeting.date and source.date and source.date > meeting.date:
                continue
        found.append(task)
    return sorted(found, key=lambda task: (task.due or "9999", task.created_at, task.id))


def _previous_meeting(
    meeting: Meeting, meetings: Sequence[Meeting | MeetingSummary]
) -> Meeting | MeetingSummary | None:
    """The class's last finished group meeting before this one."""
    earlier = [
        m
        for m in meetings
        if m.id != meeting.id
        and m.class_id == meeting.class_id
        and m.status == "finished"
        and is_group_meeting(m)
        and (not meeting.date or not m.date or m.date <= meeting.date)
    ]
    return max(earlier, key=lambda m: m.date or "", default=None)


def tasks_for_step(
    meeting: Meeting, step: AgendaStep, tasks: list[Task], meetings: Sequence[Meeting | MeetingSummary]
) -> list[Task]:
    """What the follow-up step shows when it opens, read then (a planned meeting's list is old):
    every task open now for the class, then those closed since the last meeting or here."""
    found = tasks_to_follow_up(meeting, tasks, meetings)
    listed = {task.id for task in found}
    previous = _previous_meeting(meeting, meetings)
    closed = [
        task
        for task in tasks
        if task.status != "open"
        and task.id not in listed
        and (
            task.id in step.refs
            or handled_here(task, meeting)
            or (previous is not None and previous.id in task.followed_up_in)
        )
    ]
    step.refs = [task.id for task in [*found, *closed]]
    for task in [*found, *closed]:
        if not handled_here(task, meeting):  # the minutes say where each one stands
            _record(meeting, task, task.status)
    return [*found, *closed]


def planned_minutes(count: int) -> int:
    return min(MAX_MINUTES, max(MIN_MINUTES, count))


def followup_minutes(
    template: str,
    confidential: bool,
    class_id: str,
    day: str,
    tasks: list[Task],
    meetings: Sequence[Meeting | MeetingSummary],
) -> int:
    """The minutes the follow-up step would add to a new meeting of this kind (0 if none)."""
    would_be = Meeting(title="", template=template, confidential=confidential, class_id=class_id, date=day)
    found = tasks_to_follow_up(would_be, tasks, meetings)
    return planned_minutes(len(found)) if found else 0


def build_step(tasks: list[Task], lang: str) -> AgendaStep:
    return AgendaStep(
        title=t("followup.step_title", lang),
        planned_minutes=planned_minutes(len(tasks)),
        guidance=t("followup.guidance", lang),
        source=t("followup.source", lang),
        kind="followup",
        refs=[task.id for task in tasks],
    )


def add_followup_step(
    meeting: Meeting, tasks: list[Task], meetings: Sequence[Meeting | MeetingSummary]
) -> bool:
    """Insert the follow-up step first, once; False when there is nothing to follow up."""
    if any(step.kind == "followup" for step in meeting.steps):
        return False
    found = tasks_to_follow_up(meeting, tasks, meetings)
    if not found:
        return False
    meeting.steps.insert(0, build_step(found, meeting.lang))
    if meeting.status != "planned" and meeting.steps[1:]:
        meeting.current += 1  # the step being worked on stays the same
    return True


def resolve(task: Task, outcome: str, meeting: Meeting, today: date, new_due: str | None = None) -> Task:
    """Record what the meeting said about a task: done, still open (maybe a new date) or dropped.

    The task's notes keep one line per meeting that followed it up, so the board and the
    handover show its history; saying something else in the same meeting replaces the line.
    """
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    task.status = outcome  # type: ignore[assignment]  # checked against OUTCOMES above
    if outcome == "open" and new_due:
        task.due = new_due
    if meeting.id not in task.followed_up_in:
        task.followed_up_in.append(meeting.id)
    prefix = f"{show_date(today.isoformat())} · {meeting.title}:"
    said = t(f"followup.log.{outcome}", meeting.lang, due=show_date(task.due) or "–")
    lines = [line for line in task.notes.splitlines() if not line.startswith(prefix)]
    task.notes = "\n".join([*lines, f"{prefix} {said}"]).strip()
    _record(meeting, task, "new_date" if outcome == "open" and new_due else outcome)
    return task


def _record(meeting: Meeting, task: Task, outcome: str) -> None:
    """What the meeting's minutes will say about the task (see AgendaStep.outcomes)."""
    step = next((step for step in meeting.steps if step.kind == "followup"), None)
    if step is None:
        return
    step.outcomes[task.id] = {
        "what": task.what,
        "owner": task.owner,
        "outcome": outcome,
        "due": task.due or "",
    }
    if task.id not in step.refs:
        step.refs.append(task.id)


def handled_here(task: Task, meeting: Meeting) -> bool:
    return meeting.id in task.followed_up_in
