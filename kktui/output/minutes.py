"""The minutes of a meeting as Markdown: what the room agreed, who does what, and the notes."""

from __future__ import annotations

from kktui.dates import clock_text, show_date
from kktui.i18n import t
from kktui.meeting import approval
from kktui.meeting import input as innspill
from kktui.meeting.attendance import apologies, present
from kktui.meeting.model import AgendaStep, Attendance, Meeting, Task
from kktui.output.privacy import is_private_line, split_private


def _task_line(task: Task, lang: str) -> str:
    parts = [task.what.strip()]
    if task.owner:
        parts.append(t("min.task_owner", lang, owner=task.owner))
    if task.due:
        parts.append(t("min.task_due", lang, due=show_date(task.due)))
    if task.status != "open":
        parts.append(t(f"task.status.{task.status}", lang))
    return "- " + " — ".join(parts)


def _attendee(entry: Attendance, lang: str) -> str:
    return t("min.guest", lang, name=entry.name) if entry.guest else entry.name


def _followup_lines(step: AgendaStep, lang: str) -> list[str]:
    """A follow-up step: each task it went through, and what became of it."""
    rows = []
    for ref in [*step.refs, *(key for key in step.outcomes if key not in step.refs)]:
        entry = step.outcomes.get(ref)
        if entry is None or is_private_line(entry.get("what", "")):
            continue
        parts = [entry.get("what", "").strip()]
        if entry.get("owner"):
            parts.append(t("min.task_owner", lang, owner=entry["owner"]))
        parts.append(t(f"min.followup.{entry.get('outcome', 'open')}", lang, due=show_date(entry.get("due"))))
        rows.append("- " + " — ".join(parts))
    return rows + [""] if rows else []


def _keep_lines(text: str) -> str:
    """Markdown runs single newlines into one paragraph; a hard break keeps the user's lines."""
    lines = text.split("\n")
    return "\n".join(
        line + "  " if line.strip() and following.strip() else line
        for line, following in zip(lines, [*lines[1:], ""], strict=False)
    )


def _closing_lines(meeting: Meeting) -> list[str]:
    """What a challenging conversation's closing settled (its preparation stays private)."""
    closing, lang = meeting.closing, meeting.lang
    if not closing:
        return []
    rows = []
    if str(closing.get("summary", "")).strip():
        rows += [_keep_lines(str(closing["summary"]).strip()), ""]
    if closing.get("follow_up"):
        rows.append(f"- **{t('closing.follow_up', lang)}:** {show_date(closing['follow_up'])}")
    if closing.get("next_date"):
        when = show_date(closing["next_date"])
        if closing.get("next_time"):
            when = t("min.date_time", lang, date=when, time=closing["next_time"])
        rows.append(f"- **{t('closing.next_meeting', lang)}:** {when}")
    if closing.get("answer"):
        rows.append(f"- **{t('min.how_was_it', lang)}** {closing['answer']}")
    if closing.get("override"):
        missing = ", ".join(t(f"closing.missing.{m}", lang) for m in closing["override"].get("missing", []))
        rows.append(f"- *{t('min.override', lang, missing=missing)}*")
    if not rows:
        return []
    return [f"## {t('min.closing', lang)}", ""] + rows + [""]


def render_markdown(meeting: Meeting, tasks: list[Task], now: float) -> str:
    """The minutes as they leave the laptop: private lines (see privacy.py) are never in them.

    Export, clipboard, HTML and the shared page all come through here, so nothing can forget.
    """
    lang = meeting.lang
    decisions = [d for d in meeting.decisions if not is_private_line(d.text)]
    tasks = [task for task in tasks if not is_private_line(task.what)]
    out: list[str] = [f"# {meeting.title}", ""]
    facts = []
    when = show_date(meeting.date)
    if meeting.time:
        when = t("min.date_time", lang, date=when, time=meeting.time)
    if when:
        facts.append(f"**{t('min.date', lang)}:** {when}")
    if meeting.planned_date:
        planned = show_date(meeting.planned_date)
        if meeting.planned_time:
            planned = t("min.date_time", lang, date=planned, time=meeting.planned_time)
        facts.append(f"**{t('min.planned', lang)}:** {planned}")
    if meeting.place:
        facts.append(f"**{t('min.place', lang)}:** {meeting.place}")
    if meeting.class_name:
        facts.append(f"**{t('min.class', lang)}:** {meeting.class_name}")
    if meeting.chair:
        facts.append(f"**{t('min.chair', lang)}:** {meeting.chair}")
    if meeting.minute_taker:
        facts.append(f"**{t('min.minute_taker', lang)}:** {meeting.minute_taker}")
    came = [_attendee(a, lang) for a in present(meeting)]
    if came:
        facts.append(f"**{t('min.present', lang)}:** {', '.join(came)}")
    sent = [a.name for a in apologies(meeting)]
    if sent:
        facts.append(f"**{t('min.apologies', lang)}:** {', '.join(sent)}")
    facts.append(
        f"**{t('min.duration', lang)}:** "
        + t(
            "min.duration_value",
            lang,
            used=clock_text(meeting.total_elapsed(now)),
            planned=clock_text(meeting.planned_minutes * 60),
        )
    )
    if approval.approved_fact(meeting, lang):
        facts.append(f"**{t('approval.fact_label', lang)}:** {approval.approved_fact(meeting, lang)}")
    if meeting.confidential:
        facts.append(f"**{t('min.confidential', lang)}**")
    out += [line + "  " for line in facts] + [""]

    if decisions:
        out += [f"## {t('min.decisions', lang)}", ""]
        out += [f"{n}. {d.text.strip()}" for n, d in enumerate(decisions, 1)] + [""]
    if tasks:
        out += [f"## {t('min.tasks', lang)}", ""]
        out += [_task_line(task, lang) for task in tasks] + [""]

    out += _closing_lines(meeting)
    out += [f"## {t('min.agenda', lang)}", ""]
    for number, step in enumerate(meeting.steps, 1):
        used = meeting.step_elapsed(number - 1, now)
        if step.status == "skipped":
            detail = t("min.skipped", lang)
        elif meeting.status == "finished" and step.status == "pending" and used == 0:
            detail = t("min.not_reached", lang)
        else:
            detail = t(
                "min.step_time", lang, used=clock_text(used), planned=clock_text(step.planned_minutes * 60)
            )
        out += [f"### {number}. {step.title} ({detail})", ""]
        if step.kind == "followup":
            out += _followup_lines(step, lang)
        elif step.kind == approval.KIND:
            out += approval.minutes_lines(step, lang)
        elif step.kind == innspill.KIND:
            out += innspill.minutes_lines(step, lang)
        notes = split_private(step.notes)[0]
        if notes.strip():
            out += [_keep_lines(notes.rstrip()), ""]
        step_decisions = [d for d in decisions if d.step_id == step.id]
        for decision in step_decisions:
            out += [f"> **{t('min.decision', lang)}:** {decision.text.strip()}", ""]
        step_tasks = [task for task in tasks if task.step_id == step.id]
        if step_tasks:
            out += [_task_line(task, lang) for task in step_tasks] + [""]
    out = [line for line in out if not is_private_line(line)]  # any other free text, too
    return "\n".join(out).rstrip() + "\n"
