"""Slett gamle personopplysninger: preview, then delete, a finished year's personal data.

The rules are in kktui/school/cleanup.py. Writing is in two atomic steps, safe to repeat:
first each changed meeting's body file (its notes without what must go), then one write
of the data file that removes the people, the call lists and the private tasks and marks
the class as cleaned. Interrupted between the two, running it again finishes the job.
"""

from __future__ import annotations

from kktui.i18n import t
from kktui.meeting.followup import class_of_task
from kktui.school.cleanup import CleanupPlan, cleaned_class, plan_cleanup
from kktui.school.model import SchoolClass
from kktui.services.session import Session
from kktui.storage.files import SaveFailed


def preview_cleanup(session: Session, school_class: SchoolClass) -> CleanupPlan:
    """What would go; CleanupRefused (one sentence) for the current or a later school year."""
    index = {m.id: m for m in session.meeting_index()}
    own_ids = [m.id for m in index.values() if m.class_id == school_class.id]
    meetings = [session.meeting(mid) for mid in own_ids]
    calls = {mid: session.calls(mid) for mid in own_ids}
    tasks = [task for task in session.tasks() if class_of_task(task, index) == school_class.id]
    return plan_cleanup(
        school_class,
        session.clock.today(),
        session.class_people(school_class.id),
        meetings,
        calls,
        tasks,
        session.roles(school_class.id),
    )


def delete_personal_data(session: Session, plan: CleanupPlan) -> SchoolClass:
    """Do what the confirmed preview said; returns the class as saved."""
    session.flush()
    store = session.store
    school_class = cleaned_class(plan, session.clock.today())
    try:
        store.save(meetings=[item.meeting for item in plan.meetings], tasks=plan.tasks_changed)
        store.save_docs(
            classes=[school_class.to_dict()],
            roles=[r.to_dict() for r in plan.roles_changed],
            remove={
                "people": [p.id for p in plan.people],
                "calls": [c.id for c in plan.calls],
                "tasks": [task.id for task in plan.tasks_removed],
            },
        )
    except OSError as exc:
        raise SaveFailed(t("storage.save_failed", path=store.path, reason=exc.strerror or exc)) from exc
    return school_class
