"""Starting, finishing and reopening a meeting through the application layer."""

from __future__ import annotations

from pathlib import Path

from kktui.clock import FixedClock
from kktui.meeting.model import Task
from kktui.meeting.templates import find_template
from kktui.services import meetings
from kktui.services.demo import seed
from kktui.services.session import Session
from kktui.storage.store import Store


def demo_session(data_dir: Path, clock: FixedClock) -> Session:
    store = Store.open(data_dir)
    seed(store, "nb", clock)
    return Session(store, clock)


def close(session: Session) -> None:
    session.close()
    session.store.close()


def test_a_new_meeting_gets_its_class_and_the_open_tasks(data_dir: Path, clock: FixedClock) -> None:
    session = demo_session(data_dir, clock)
    try:
        template = find_template("foreldremote-host", "nb", data_dir)
        meeting = meetings.new_meeting(session, template, date="2026-10-01", class_name="4b", start_now=True)
        stored = session.store.meeting(meeting.id)
    finally:
        close(session)
    assert stored.class_id == "democlass" and stored.status == "running"
    # It opens with the approval of the class's last minutes, then the class's open tasks.
    assert [step.kind for step in stored.steps[:2]] == ["approval", "followup"]


def test_a_challenging_follow_up_keeps_the_class(data_dir: Path, clock: FixedClock) -> None:
    """The follow-up meeting belongs to the same class: by id, not only by name."""
    session = demo_session(data_dir, clock)
    try:
        template = find_template("utfordrende-samtale", "nb", data_dir)
        meeting = meetings.new_meeting(session, template, date="2026-10-01", class_name="4B")
        assert meeting.class_id == "democlass"
        meeting.closing.update(summary="Enige", follow_up="2026-10-20", next_date="2026-10-22")
        session.save_task(Task("Daglig kontakt", "Marte", meeting_id=meeting.id))
        finished = meetings.finish_meeting(session, meeting)
        again = meetings.finish_meeting(session, meeting)
        follow_ups = [m for m in session.meetings() if m.follow_up_of == meeting.id]
    finally:
        close(session)
    assert finished.follow_up is not None and again.follow_up is None
    assert len(follow_ups) == 1
    assert follow_ups[0].class_id == "democlass" and follow_ups[0].class_name == "4B"


def test_reopen_runs_the_meeting_again(data_dir: Path, clock: FixedClock) -> None:
    session = demo_session(data_dir, clock)
    try:
        meeting = session.meeting("demo01")
        meetings.finish_meeting(session, meeting)
        meetings.reopen_meeting(session, meeting)
        assert session.store.meeting("demo01").status == "running"
    finally:
        close(session)
