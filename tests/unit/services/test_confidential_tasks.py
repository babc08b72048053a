"""A task agreed in a confidential meeting stays out of ordinary lists and never leaves the laptop.

"Snakke med Jonas hjemme hver fredag" from a development conversation is about one child:
not on home's open tasks, not on F4 unless asked for, never in the calendar, the handover
or the page shared with the room.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kktui.clock import FixedClock
from kktui.meeting import template_ids
from kktui.meeting.details import Details
from kktui.meeting.model import Task
from kktui.meeting.templates import find_template
from kktui.output.privacy import NotShareable
from kktui.services import attendance, exports, meetings, sharing
from kktui.services.demo import CLASS_ID, seed
from kktui.services.session import Session
from kktui.storage.store import Store

ABOUT_JONAS = "Snakke med Jonas hjemme hver fredag"


@pytest.fixture
def session(data_dir: Path, clock: FixedClock):
    store = Store.open(data_dir)
    seed(store, "nb", clock)
    session = Session(store, clock)
    yield session
    session.close()
    store.close()


def _talk_with_a_task(session: Session, template_id: str, what: str) -> tuple:
    template = find_template(template_id, "nb")
    talk = meetings.new_meeting(session, template, date="2026-11-20", class_name="4B", start_now=True)
    task = Task(what, "Ola Hansen", "2026-11-27", meeting_id=talk.id, id=f"t-{template_id}")
    session.save_task(task)
    meetings.finish_meeting(session, talk)
    return talk, task


def _everything_shared(session: Session) -> str:
    school_class = session.current_class()
    parent_meeting = meetings.new_meeting(
        session, find_template(template_ids.SPRING_MEETING, "nb"), date="2026-11-25", class_name="4B"
    )
    return "\n".join(
        [
            exports.calendar(session, school_class).text,
            exports.calendar(session).text,
            exports.handover(session, school_class, "md").text,
            exports.handover(session, school_class, "html").text,
            sharing.page(session, parent_meeting).text,
            sharing.page(session, session.meeting("demo03")).text,
        ]
    )


def test_a_development_conversation_is_confidential_and_its_task_stays_home(session: Session):
    talk, task = _talk_with_a_task(session, template_ids.DEVELOPMENT_TALK, ABOUT_JONAS)
    assert talk.confidential
    assert task.id not in {k.id for k in session.class_tasks(CLASS_ID, status="open")}  # home's list
    assert task.id in {k.id for k in session.class_tasks(CLASS_ID, confidential=True)}  # F4, opted in
    assert ABOUT_JONAS not in _everything_shared(session)
    with pytest.raises(NotShareable):
        sharing.page(session, talk)


def test_a_meeting_marked_confidential_later_takes_its_tasks_with_it(session: Session):
    event, task = _talk_with_a_task(session, template_ids.CLASS_EVENT, "Ringe Jonas sin far om turen")
    assert task.id in {k.id for k in session.class_tasks(CLASS_ID, status="open")}
    attendance.save_details(session, event, Details(**{**Details.of(event).__dict__, "confidential": True}))
    assert session.meeting(event.id).confidential
    assert task.id not in {k.id for k in session.class_tasks(CLASS_ID, status="open")}
    assert "Ringe Jonas sin far om turen" not in _everything_shared(session)
