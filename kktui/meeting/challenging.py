"""The challenging conversation (Grini 2022): preparation before, a closing that settles things.

Rules live here, not in the screens: what a preparation consists of, what a closing
must contain before the meeting may end, how an override is recorded, and the
follow-up meeting that carries the measures forward.
"""

from __future__ import annotations

from datetime import datetime

from kktui.dates import show_date
from kktui.i18n import t
from kktui.meeting.model import AgendaStep, Meeting, Task
from kktui.meeting.templates import find_template

# What the preparation records, in the order the panel asks for it.
PREPARATION_FIELDS = ("participants", "receiver", "topics", "opening", "emotional", "invitation")
# What a closing must have; each maps to a catalogue key "closing.missing.<name>".
CLOSING_REQUIRED = ("summary", "measure", "follow_up", "next_meeting")


def has_closing(meeting: Meeting) -> bool:
    return any(step.kind == "closing" for step in meeting.steps)


def needs_preparation(meeting: Meeting) -> bool:
    """A planned meeting that opens on its preparation step is prepared, not started."""
    step = meeting.current_step
    return meeting.status == "planned" and step is not None and step.kind == "preparation"


def preparation_done(meeting: Meeting) -> tuple[int, int]:
    done = sum(1 for name in PREPARATION_FIELDS if meeting.preparation.get(name))
    return done, len(PREPARATION_FIELDS)


def measures(meeting: Meeting, tasks: list[Task]) -> list[Task]:
    """The measures agreed in this meeting: its tasks that are not dropped."""
    return [task for task in tasks if task.meeting_id == meeting.id and task.status != "dropped"]


def closing_missing(meeting: Meeting, tasks: list[Task]) -> list[str]:
    """What the closing still lacks, as names from CLOSING_REQUIRED (empty: ready to finish)."""
    closing = meeting.closing
    missing = []
    if not str(closing.get("summary", "")).strip():
        missing.append("summary")
    if not any(task.owner.strip() for task in measures(meeting, tasks)):
        missing.append("measure")
    if not closing.get("follow_up"):
        missing.append("follow_up")
    if not closing.get("next_date"):
        missing.append("next_meeting")
    return missing


def record_override(meeting: Meeting, missing: list[str], now: float) -> None:
    """Finishing without a complete closing is allowed, but it is written down."""
    meeting.closing["override"] = {
        "at": datetime.fromtimestamp(now).astimezone().isoformat(timespec="seconds"),
        "missing": list(missing),
    }


def follow_up_meeting(meeting: Meeting, tasks: list[Task], data_dir=None) -> Meeting | None:
    """The next meeting, planned, with the measures as its first agenda step."""
    closing = meeting.closing
    if not closing.get("next_date"):
        return None
    lang = meeting.lang
    lines = []
    for task in measures(meeting, tasks):
        bits = [task.what]
        if task.owner:
            bits.append(task.owner)
        if task.due:
            bits.append(t("min.task_due", lang, due=show_date(task.due)))
        lines.append("- " + " — ".join(bits))
    guidance = t("challenging.measures_guidance", lang)
    if lines:
        guidance += "\n\n" + "\n".join(lines)
    steps = [
        AgendaStep(
            title=t("challenging.measures_step", lang),
            planned_minutes=10,
            guidance=guidance,
            prompts=[t("challenging.measures_prompt", lang)],
        )
    ]
    template = find_template(meeting.template, lang, data_dir) if meeting.template else None
    if template is not None:
        steps += [step for step in template.new_steps() if step.kind != "preparation"]
    return Meeting(
        title=t("challenging.follow_up_title", lang, title=meeting.title),
        template=meeting.template,
        lang=lang,
        date=closing["next_date"],
        time=closing.get("next_time", ""),
        place=meeting.place,
        class_name=meeting.class_name,
        class_id=meeting.class_id,
        attendees=list(meeting.attendees),
        purpose=meeting.purpose,
        confidential=meeting.confidential,
        steps=steps,
        follow_up_of=meeting.id,
    )
