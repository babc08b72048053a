"""Slett gamle personopplysninger: what deleting a finished year's personal data removes.

Notes about children are personal data, kept only as long as they are needed. For one
class record (one school year, see new_year.py) that has ended, the clean-up removes:

- the people (guardians, their children's names, phone numbers, notes);
- the call lists (who was asked, who needs a lift or an interpreter);
- the notes of meetings with one family or marked confidential, and what was prepared
  for them; in the group's meetings, every private line (privacy.py);
- private decisions and tasks, and private lines in task notes and the handover notes.

Kept: the meetings themselves, their decisions and minutes without private lines, the
roles (who was elected), the year wheel and the tasks that are not private. Never the
current school year or a later one: the clean-up refuses with one sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from kktui.dates import show_date
from kktui.i18n import t, tn
from kktui.meeting.followup import is_group_meeting
from kktui.meeting.model import Meeting, Task
from kktui.output.privacy import is_private_line, split_private
from kktui.school.model import CallEntry, Person, Role, SchoolClass
from kktui.school.school_years import ElectionError, parse_school_year, school_year_start

# What a one-family meeting's closing keeps: dates and the link to its follow-up, not what was said.
CLOSING_KEPT = ("follow_up", "follow_up_id", "next_date", "next_time")


class CleanupRefused(ElectionError):
    """One sentence: why this year's personal data cannot be deleted (yet)."""


@dataclass
class MeetingCleanup:
    meeting: Meeting  # as it will be saved
    title: str
    date: str
    lines: int  # private lines (or, in a one-family meeting, note lines) that go
    whole: bool  # every note goes: a one-family or confidential meeting


@dataclass
class CleanupPlan:
    school_class: SchoolClass
    people: list[Person] = field(default_factory=list)
    calls: list[CallEntry] = field(default_factory=list)
    meetings: list[MeetingCleanup] = field(default_factory=list)
    tasks_removed: list[Task] = field(default_factory=list)
    tasks_changed: list[Task] = field(default_factory=list)
    roles_changed: list[Role] = field(default_factory=list)
    handover_lines: int = 0

    @property
    def empty(self) -> bool:
        return not (
            self.people
            or self.calls
            or self.meetings
            or self.tasks_removed
            or self.tasks_changed
            or self.handover_lines
        )


def year_finished(school_class: SchoolClass, today: date) -> bool:
    return bool(school_class.school_year) and parse_school_year(school_class.school_year) < school_year_start(
        today
    )


def _lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip())


def _clean_meeting(meeting: Meeting) -> MeetingCleanup | None:
    whole = not is_group_meeting(meeting)
    cleaned = Meeting.from_dict(meeting.to_dict())
    gone = 0
    for step in cleaned.steps:
        if whole:
            gone += _lines(step.notes)
            step.notes = ""
        else:
            shared, private = split_private(step.notes)
            if private or _lines(step.notes) != _lines(shared):
                gone += max(len(private), _lines(step.notes) - _lines(shared))
                step.notes = shared
        step.cursor = (0, 0)
    private_decisions = [d for d in cleaned.decisions if is_private_line(d.text)]
    gone += len(private_decisions)
    cleaned.decisions = [d for d in cleaned.decisions if not is_private_line(d.text)]
    if whole:
        if cleaned.preparation:
            gone += sum(1 for value in cleaned.preparation.values() if value)
            cleaned.preparation = {}
        said = {k: v for k, v in cleaned.closing.items() if k not in CLOSING_KEPT and v}
        gone += len(said)
        cleaned.closing = {k: v for k, v in cleaned.closing.items() if k in CLOSING_KEPT}
    if not gone:
        return None
    return MeetingCleanup(cleaned, meeting.title, meeting.date, gone, whole)


def plan_cleanup(
    school_class: SchoolClass,
    today: date,
    people: Sequence[Person],
    meetings: Sequence[Meeting],
    calls: Mapping[str, Sequence[CallEntry]],
    tasks: Sequence[Task],
    roles: Sequence[Role],
) -> CleanupPlan:
    """What the clean-up of `school_class` (a finished year) would remove; CleanupRefused if not finished.

    `meetings` and `tasks` are the class's own; `calls` the call lists by meeting id.
    """
    if not year_finished(school_class, today):
        raise CleanupRefused(
            t("cleanup.not_finished", name=school_class.name, year=school_class.school_year or "?")
        )
    plan = CleanupPlan(school_class)
    plan.people = sorted((p for p in people if p.class_id == school_class.id), key=lambda p: p.name)
    own = sorted((m for m in meetings if m.class_id == school_class.id), key=Meeting.sort_key)
    for meeting in own:
        plan.calls += list(calls.get(meeting.id, ()))
        found = _clean_meeting(meeting)
        if found is not None:
            plan.meetings.append(found)
    gone_people = {p.id for p in plan.people}
    for task in tasks:
        if is_private_line(task.what):
            plan.tasks_removed.append(task)
            continue
        notes = split_private(task.notes)[0].strip()
        owner_id = "" if task.owner_id in gone_people else task.owner_id
        if notes != task.notes.strip() or owner_id != task.owner_id:
            plan.tasks_changed.append(replace(task, notes=notes, owner_id=owner_id))
    plan.roles_changed = [
        replace(r, person_id="")
        for r in roles
        if r.class_id == school_class.id and r.person_id and r.person_id in gone_people
    ]
    plan.handover_lines = len(split_private(school_class.handover_notes)[1])
    return plan


def cleaned_class(plan: CleanupPlan, today: date) -> SchoolClass:
    """The class record after the clean-up: handover notes without private lines, and the date."""
    return replace(
        plan.school_class,
        handover_notes=split_private(plan.school_class.handover_notes)[0].strip(),
        personal_data_deleted=today.isoformat(),
    )


def preview_lines(plan: CleanupPlan) -> list[str]:
    """Exactly what will go, for the one confirmation: counts, and the meetings by name."""
    c = plan.school_class
    out = [t("cleanup.preview_title", name=c.name, year=c.school_year)]
    if plan.empty:
        return out + [t("cleanup.nothing")]
    out.append(t("cleanup.people", n=len(plan.people)))
    out.append(t("cleanup.calls", n=len(plan.calls)))
    out.append(t("cleanup.meetings", n=len(plan.meetings)))
    for item in plan.meetings:
        shown = {"date": show_date(item.date) if item.date else "–", "title": item.title}
        out.append(
            "  "
            + (
                tn("cleanup.meeting_whole", item.lines, **shown)
                if item.whole
                else t("cleanup.meeting_private", n=item.lines, **shown)
            )
        )
    if plan.tasks_removed:
        out.append(t("cleanup.tasks_removed", n=len(plan.tasks_removed)))
    if plan.tasks_changed:
        out.append(t("cleanup.tasks_changed", n=len(plan.tasks_changed)))
    if plan.handover_lines:
        out.append(t("cleanup.handover", n=plan.handover_lines))
    out.append(t("cleanup.kept"))
    return out
