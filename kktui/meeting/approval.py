"""Approval of the last minutes (godkjenning av referat): the next meeting of the class starts with it.

A new group meeting of a class gets a first step of kind `approval` naming the class's last
finished group meeting; the room says approved, approved with changes (which are noted), or
not dealt with. The answer is kept in the step (for this meeting's minutes) and in the earlier
meeting's `approval` (for its minutes). A template says `approval: no` in its front matter to
leave the step out; confidential and one-family meetings neither get nor give one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from kktui.dates import show_date
from kktui.i18n import t, tn
from kktui.meeting.followup import is_group_meeting
from kktui.meeting.model import AgendaStep, Meeting, MeetingSummary
from kktui.output.privacy import is_private_line

KIND = "approval"
OUTCOMES = ("approved", "changes", "not_dealt")
PLANNED_MINUTES = 3
MAX_CHANGES = 4000


class ApprovalRefused(ValueError):
    """One sentence: why this answer cannot be recorded."""


def approval_step(meeting: Meeting) -> AgendaStep | None:
    return next((step for step in meeting.steps if step.kind == KIND), None)


def previous_meeting(
    meeting: Meeting, meetings: Sequence[Meeting | MeetingSummary], skip: Collection[str] = ()
) -> Meeting | MeetingSummary | None:
    """The class's last finished group meeting before this one: its minutes are up for approval.
    Meetings of the templates in `skip` (those saying `approval: no`) have no minutes to approve."""
    if not meeting.class_id or not is_group_meeting(meeting):
        return None
    earlier = [
        m
        for m in meetings
        if m.id != meeting.id
        and m.class_id == meeting.class_id
        and m.status == "finished"
        and is_group_meeting(m)
        and m.template not in skip
        and (not meeting.date or not m.date or m.date <= meeting.date)
    ]
    return max(earlier, key=lambda m: (m.date or "", m.time or "", m.finished_at), default=None)


def approval_minutes(
    template: str,
    confidential: bool,
    class_id: str,
    day: str,
    meetings: Sequence[Meeting | MeetingSummary],
    wanted: bool = True,
    skip: Collection[str] = (),
) -> int:
    """The minutes the approval step would add to a new meeting of this kind (0 if none)."""
    would_be = Meeting(title="", template=template, confidential=confidential, class_id=class_id, date=day)
    return PLANNED_MINUTES if wanted and previous_meeting(would_be, meetings, skip) is not None else 0


def _point_at(step: AgendaStep, previous: Meeting | MeetingSummary, lang: str) -> None:
    step.guidance = t("approval.guidance", lang, title=previous.title, date=show_date(previous.date))
    step.refs = [previous.id]
    step.outcomes = {
        previous.id: {"title": previous.title, "date": previous.date, "outcome": "", "changes": ""}
    }


def add_approval_step(
    meeting: Meeting,
    meetings: Sequence[Meeting | MeetingSummary],
    wanted: bool = True,
    skip: Collection[str] = (),
) -> bool:
    """Put the approval of the last minutes first on the agenda, once; False when there is none."""
    if not wanted or approval_step(meeting) is not None:
        return False
    previous = previous_meeting(meeting, meetings, skip)
    if previous is None:
        return False
    lang = meeting.lang
    step = AgendaStep(
        title=t("approval.step_title", lang),
        planned_minutes=PLANNED_MINUTES,
        prompts=[t("approval.prompt", lang)],
        kind=KIND,
    )
    _point_at(step, previous, lang)
    meeting.steps.insert(0, step)
    if meeting.status != "planned" and meeting.steps[1:]:
        meeting.current += 1
    return True


def refresh(
    meeting: Meeting, meetings: Sequence[Meeting | MeetingSummary], skip: Collection[str] = ()
) -> bool:
    """When the step opens: a meeting planned long ago points at the minutes that are last *now*
    (another meeting may have been held since), unless the room has already answered."""
    step = approval_step(meeting)
    if step is None or outcome_of(step).get("outcome"):
        return False
    previous = previous_meeting(meeting, meetings, skip)
    if previous is None or step.refs == [previous.id]:
        return False
    _point_at(step, previous, meeting.lang)
    return True


def record(meeting: Meeting, previous: Meeting, outcome: str, changes: str = "") -> None:
    """What the room said about `previous`'s minutes, in this meeting and in `previous` itself."""
    step = approval_step(meeting)
    if step is None or previous.id not in step.refs:
        raise ApprovalRefused(t("approval.not_here", title=previous.title))
    if outcome not in OUTCOMES:
        raise ApprovalRefused(t("approval.bad_outcome", outcome=outcome))
    changes = changes.strip() if outcome == "changes" else ""
    if outcome == "changes" and not changes:
        raise ApprovalRefused(t("approval.changes_missing"))
    if len(changes) > MAX_CHANGES:
        raise ApprovalRefused(tn("input.too_long", MAX_CHANGES, most=MAX_CHANGES))
    step.outcomes[previous.id] = {
        "title": previous.title,
        "date": previous.date,
        "outcome": outcome,
        "changes": changes,
    }
    if outcome == "not_dealt":
        previous.approval = {}  # nothing was said about them: they wait for the next meeting
        return
    previous.approval = {
        "by": meeting.id,
        "title": meeting.title,
        "date": meeting.date,
        "outcome": outcome,
        "changes": changes,
    }


def outcome_of(step: AgendaStep) -> dict[str, str]:
    return next((step.outcomes[ref] for ref in step.refs if ref in step.outcomes), {})


def minutes_lines(step: AgendaStep, lang: str) -> list[str]:
    """This meeting's minutes: whose minutes were up, and what was said."""
    entry = outcome_of(step)
    if not entry:
        return []
    which = t("approval.which", lang, title=entry.get("title", ""), date=show_date(entry.get("date")))
    said = t(f"approval.outcome.{entry.get('outcome') or 'not_dealt'}", lang)
    rows = [f"- {which}: {said}"]
    if entry.get("changes") and not is_private_line(entry["changes"]):
        rows += ["", f"  {t('approval.changes_label', lang)}: {' '.join(entry['changes'].split())}"]
    return rows + [""]


def approved_fact(meeting: Meeting, lang: str) -> str:
    """The earlier meeting's minutes: approved when and where (empty when not yet)."""
    found = meeting.approval
    if not found.get("outcome"):
        return ""
    if is_private_line(str(found.get("changes", ""))):
        found = {**found, "changes": t("cal.private_item", lang)}  # marked private: the words stay here
    key = "approval.fact_changes" if found["outcome"] == "changes" else "approval.fact_approved"
    return t(
        key,
        lang,
        title=found.get("title", ""),
        date=show_date(found.get("date")),
        changes=" ".join(str(found.get("changes", "")).split()),
    )
