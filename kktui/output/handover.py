"""The handover to next year's class contacts, as one Markdown document.

It gathers what a new contact would otherwise have to ask around for: who holds which
role (and who was elected for next year), the year's meetings and their decisions,
the tasks still open, the year wheel, and the outgoing contacts' notes on what worked.
Confidential and one-family meetings, and private lines (see privacy.py), are left
out: they are not the next contacts' business.
"""

from __future__ import annotations

from datetime import date

from kktui.dates import show_date
from kktui.i18n import t, tn
from kktui.meeting.followup import class_of_task, is_group_meeting
from kktui.meeting.model import Meeting, Task
from kktui.output.privacy import is_private_line, split_private
from kktui.school.elections import holders
from kktui.school.model import ROLE_KINDS, Role, SchoolClass, WheelItem
from kktui.school.school_years import format_school_year, parse_school_year, term
from kktui.school.yearwheel import by_month, month_name, when_text


def _md(text: str) -> str:
    """User text inside Markdown: no accidental headings, lists or HTML."""
    return text.replace("\\", "\\\\").replace("<", "&lt;").replace("*", "\\*").replace("_", "\\_")


def _roles_section(roles: list[Role], school_year: str, lang: str) -> list[str]:
    start_year = parse_school_year(school_year)
    out = []
    for heading, year in (
        (t("handover.roles_now", lang, year=school_year), start_year),
        (t("handover.roles_next", lang, year=format_school_year(start_year + 1)), start_year + 1),
    ):
        found = holders(roles, date.fromisoformat(term(year, 1)[0]))
        out += [f"### {heading}", ""]
        if not found:
            out += [t("handover.none_recorded", lang), ""]
            continue
        for kind in ROLE_KINDS:
            for role in found.get(kind, []):
                label = tn(f"role.{kind}", 1, lang)
                ended = (
                    ", "
                    + t("election.ended_early", lang, day=show_date(role.end), reason=_md(role.end_reason))
                    if role.end_reason
                    else ""
                )
                out.append(
                    f"- **{label[:1].upper() + label[1:]}:** {_md(role.name)} "
                    f"({show_date(role.start)}–{show_date(role.end)}{ended})"
                )
        out.append("")
    return out


def render_handover(
    school_class: SchoolClass,
    meetings: list[Meeting],
    tasks: list[Task],
    roles: list[Role],
    wheel: list[WheelItem],
    today: date,
) -> str:
    year, lang = school_class.school_year, school_class.lang  # for the class's next contacts
    first, last = term(parse_school_year(year), 1)
    by_id = {m.id: m for m in meetings}
    own = [
        m
        for m in meetings
        if m.class_id == school_class.id and is_group_meeting(m) and not is_private_line(m.title)
    ]
    this_year = sorted((m for m in own if first <= (m.date or "") <= last), key=Meeting.sort_key)
    out = [f"# {t('handover.title', lang, name=school_class.name, year=year)}", ""]
    facts = [school_class.school, t("handover.grade", lang, grade=school_class.grade)]
    if school_class.teacher:
        facts.append(t("handover.teacher", lang, name=school_class.teacher))
    out += [" · ".join(_md(f) for f in facts if f), "", t("handover.intro", lang), ""]

    out += [f"## {t('handover.roles', lang)}", ""] + _roles_section(roles, year, lang)

    out += [f"## {t('handover.meetings', lang)}", ""]
    if not this_year:
        out += [t("handover.no_meetings", lang), ""]
    for meeting in this_year:
        out.append(f"### {show_date(meeting.date)} {_md(meeting.title)}")
        out.append("")
        status = t(f"status.{meeting.status}", lang)
        out.append(f"*{status}*")
        out.append("")
        decisions = [d for d in meeting.decisions if not is_private_line(d.text)]
        for decision in decisions:
            out.append(f"- {t('min.decision', lang)}: {_md(decision.text)}")
        if decisions:
            out.append("")

    secret = {m.id for m in meetings if not is_group_meeting(m)}
    open_tasks = [
        task
        for task in tasks
        if task.status == "open"
        and not is_private_line(task.what)
        and class_of_task(task, by_id) == school_class.id
        and task.meeting_id not in secret
    ]
    out += [f"## {t('handover.open_tasks', lang)}", ""]
    if not open_tasks:
        out += [t("home.no_tasks", lang), ""]
    for task in sorted(open_tasks, key=lambda k: (k.due or "9999", k.id)):
        bits = [_md(task.what)]
        if task.owner:
            bits.append(t("min.task_owner", lang, owner=_md(task.owner)))
        if task.due:
            late = f" **{t('board.overdue', lang)}**" if task.is_overdue(today.isoformat()) else ""
            bits.append(t("min.task_due", lang, due=show_date(task.due)) + late)
        out.append("- " + " – ".join(bits))
    out.append("")

    out += [f"## {t('handover.wheel', lang)}", ""]
    items = [item for item in wheel if item.school_year == year and not is_private_line(item.title)]
    if not items:
        out += [t("handover.no_wheel", lang), ""]
    for month, month_items in by_month(items).items():
        if not month_items:
            continue
        out.append(f"**{month_name(month, lang)}**")
        out.append("")
        for item in month_items:
            when = when_text(item)
            bits = [f"{when} " if when else "", _md(item.title)]
            if item.responsible:
                bits.append(f" – {_md(item.responsible)}")
            out.append("- " + "".join(bits))
        out.append("")

    out += [f"## {t('handover.notes', lang)}", ""]
    out += [split_private(school_class.handover_notes)[0].strip() or t("handover.no_notes", lang), ""]
    out = [line for line in out if not is_private_line(line)]  # any other free text, too
    return "\n".join(out).rstrip() + "\n"
