"""Nytt skoleår: the user action that turns a class's finished year into the next one.

`preview_new_year` says what will happen (nothing is written); `start_new_year` does it:
the old year's record is archived (readable, out of the class switcher), the new year's
record gets its roles, its year wheel and the reviewed tasks in one write of the data
file, and it becomes the current class. Then the election meeting (when a seat must be
filled) and the planning meeting are planned from the built-in templates, without a date:
the sources have the teacher and the new contacts agree it together. In the school's top
grade there is no new year: the class is archived and only its tasks are reviewed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from kktui.i18n import t
from kktui.meeting import template_ids as ids
from kktui.meeting.followup import class_of_task
from kktui.meeting.model import Meeting, Task
from kktui.school.elections import teacher_role
from kktui.school.model import SchoolClass, WheelItem, name_key
from kktui.school.new_year import NewYearPlan, plan_new_year, review_task
from kktui.school.school_years import ElectionError
from kktui.school.yearwheel import propose
from kktui.services import meetings as meeting_actions
from kktui.services.session import Session
from kktui.storage.files import SaveFailed
from kktui.storage.store import Store


@dataclass
class NewYearDone:
    archived: SchoolClass  # the year that ended, archived
    new: SchoolClass | None  # None when the year ended the class
    planned: list[Meeting] = field(default_factory=list)
    wheel: list[WheelItem] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    reminder: str = ""  # delete the old year's personal data when it is no longer needed


def open_tasks_of(session: Session, school_class: SchoolClass) -> list[Task]:
    """The class's own open tasks (not those of no class), oldest due date first."""
    meetings = {m.id: m for m in session.meeting_index()}
    return [task for task in session.tasks(status="open") if class_of_task(task, meetings) == school_class.id]


def preview_new_year(session: Session, school_class: SchoolClass, name: str | None = None) -> NewYearPlan:
    """What the new year would start with; ElectionError (one sentence) if it cannot start."""
    if school_class.archived:
        raise ElectionError(t("year.already_archived", name=school_class.name, year=school_class.school_year))
    later = [c for c in session.classes() if c.previous_id == school_class.id]
    if later:
        raise ElectionError(
            t("year.already_started", name=school_class.name, new=later[0].name, year=later[0].school_year)
        )
    return plan_new_year(
        school_class, session.roles(school_class.id), open_tasks_of(session, school_class), name
    )


def _write(session: Session, **tables) -> None:
    try:
        session.store.save_docs(**tables)
    except OSError as exc:
        raise SaveFailed(
            t("storage.save_failed", path=session.store.path, reason=exc.strerror or exc)
        ) from exc


def start_new_year(
    session: Session,
    plan: NewYearPlan,
    choices: Mapping[str, tuple[str, str]],
    lang: str = "nb",
) -> NewYearDone:
    """Do what `plan` says. `choices` are the task reviews: task id -> (keep|hand_over|drop, new owner).

    A task not reviewed is kept. Raises ElectionError (a name already taken, a hand-over
    without a name) before anything is written.
    """
    new = plan.new
    if new is not None:
        new.name = " ".join(new.name.split())
        if not new.name:
            raise ElectionError(t("class.no_name"))
        taken = [
            c
            for c in session.classes()
            if name_key(c.name) == name_key(new.name) and c.school_year == new.school_year
        ]
        if taken:
            raise ElectionError(t("class.exists", name=new.name, year=new.school_year))
    tasks = []
    for task in plan.tasks:
        choice, owner = choices.get(task.id, ("keep", ""))
        tasks.append(review_task(task, choice, plan, owner=owner))
    archived = replace(plan.old, archived=True)
    wheel: list[WheelItem] = []
    classes = [archived.to_dict()]
    roles = []
    prefs = []
    if new is not None:
        for role in plan.roles:
            role.class_id = new.id
        wheel = propose(new.id, new.school_year, plan.roles, lang, new.election_season)
        classes.append(new.to_dict())
        teacher = teacher_role(new)
        roles = [r.to_dict() for r in plan.roles] + ([teacher.to_dict()] if teacher else [])
        prefs = [Store.current_class_doc(new.id)]
    session.flush()
    _write(
        session,
        classes=classes,
        roles=roles,
        wheel=[item.to_dict() for item in wheel],
        tasks=[task.to_dict() for task in tasks],
        prefs=prefs,
    )
    done = NewYearDone(archived=archived, new=new, wheel=wheel, tasks=tasks)
    if new is not None:
        done.planned = plan_meetings(session, new, plan, lang)
    done.reminder = t("year.cleanup_reminder", name=archived.name, year=archived.school_year)
    return done


def plan_meetings(session: Session, new: SchoolClass, plan: NewYearPlan, lang: str) -> list[Meeting]:
    """The election meeting (if there is a seat to fill and the class elects in the autumn) and the
    planning meeting, as planned meetings of the new class, undated."""
    templates = {tpl.id: tpl for tpl in session.templates(lang)[0] if tpl.builtin}
    wanted = [ids.PLANNING]
    if plan.to_elect and new.election_season == "autumn":
        wanted.insert(0, ids.ELECTION)
    planned = []
    for template_id in wanted:
        template = templates.get(template_id)
        if template is None:  # a broken built-in template is reported by check-content
            continue
        planned.append(meeting_actions.new_meeting(session, template, class_name=new.name))
    return planned


def cleanup_due(session: Session) -> list[SchoolClass]:
    """Finished years whose people are still stored: the reminder to delete them."""
    from kktui.school.cleanup import year_finished

    today = session.clock.today()
    return [
        c
        for c in session.classes()
        if not c.personal_data_deleted and year_finished(c, today) and session.class_people(c.id)
    ]
