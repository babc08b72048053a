"""The user actions "Nytt skoleår" and "Slett gamle personopplysninger" against a real data folder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from kktui.clock import FixedClock
from kktui.meeting.model import AgendaStep, Meeting, Task
from kktui.school.cleanup import CleanupRefused
from kktui.school.elections import Ballot, elect
from kktui.school.model import Person, SchoolClass
from kktui.school.school_years import ElectionError
from kktui.services.cleanup import delete_personal_data, preview_cleanup
from kktui.services.school_year import cleanup_due, preview_new_year, start_new_year
from kktui.services.session import Session
from kktui.storage.store import Store

AUGUST = FixedClock(datetime(2027, 8, 20, 12, 0))


@pytest.fixture
def session(data_dir: Path):
    store = Store.open(data_dir)
    session = Session(store, AUGUST)
    yield session
    session.close()
    store.close()


def seed(session: Session, school_class: SchoolClass) -> None:
    roles = elect(
        school_class, school_class.school_year, Ballot.of(deputy=["Siri"], fau=["Mona"]), meeting_id="m0"
    )
    session.save_class(school_class)
    session.save_roles(roles)
    session.save_people([Person("Kari", class_id=school_class.id, id=f"p-{school_class.id}")])
    session.save_task(Task("Bestille lokale", class_id=school_class.id, id=f"t-{school_class.id}"))
    session.flush()


def test_a_class_record_written_before_school_years_had_links_reads_as_a_current_year() -> None:
    old = {"name": "4B", "grade": 4, "school_year": "2026/27", "id": "c4b", "top_grade": 7}
    school_class = SchoolClass.from_dict(old)
    assert (school_class.previous_id, school_class.archived, school_class.personal_data_deleted) == (
        "",
        False,
        "",
    )


def test_the_new_year_is_written_once_and_cannot_be_started_twice(session: Session) -> None:
    fourth = SchoolClass("4B", grade=4, school_year="2026/27", id="c4b")
    seed(session, fourth)
    plan = preview_new_year(session, fourth)
    done = start_new_year(session, plan, {})
    assert done.new is not None and session.current_class().id == done.new.id
    assert [t.class_id for t in session.tasks()] == [done.new.id]  # not reviewed: kept
    with pytest.raises(ElectionError, match="arkivert"):
        preview_new_year(session, next(c for c in session.classes() if c.id == "c4b"))
    with pytest.raises(ElectionError, match="allerede startet: 5B 2027/28"):
        preview_new_year(session, fourth)  # an old copy of the record, not yet archived


def test_a_name_already_taken_is_refused_before_anything_is_written(session: Session) -> None:
    fourth = SchoolClass("4B", grade=4, school_year="2026/27", id="c4b")
    seed(session, fourth)
    session.save_class(SchoolClass("5B", grade=5, school_year="2027/28", id="other"), make_current=False)
    plan = preview_new_year(session, fourth)
    with pytest.raises(ElectionError, match="5B"):
        start_new_year(session, plan, {"t-c4b": ("drop", "")})
    assert not next(c for c in session.classes() if c.id == "c4b").archived
    assert session.tasks()[0].status == "open"
    plan.new.name = "5 B"
    assert start_new_year(session, plan, {}).new.name == "5 B"


def test_the_top_grade_archives_the_class_and_plans_nothing(session: Session) -> None:
    seventh = SchoolClass("7A", grade=7, school_year="2026/27", id="c7a")
    seed(session, seventh)
    done = start_new_year(session, preview_new_year(session, seventh), {"t-c7a": ("hand_over", "Rektor")})
    assert done.new is None and done.planned == [] and done.wheel == []
    assert [c.archived for c in session.classes()] == [True]
    assert session.tasks()[0].owner == "Rektor"


def test_the_clean_up_refuses_the_current_year_and_can_be_run_again(session: Session) -> None:
    current = SchoolClass("5B", grade=5, school_year="2027/28", id="c5b")
    seed(session, current)
    with pytest.raises(CleanupRefused, match="5B 2027/28"):
        preview_cleanup(session, current)

    fourth = SchoolClass("4B", grade=4, school_year="2026/27", id="c4b")
    seed(session, fourth)
    session.save_meeting(
        Meeting(
            "Møte", date="2026-10-01", class_id="c4b", id="m1", steps=[AgendaStep("a", 5, notes="x\n!! y")]
        )
    )
    session.flush()
    assert [c.id for c in cleanup_due(session)] == ["c4b"]
    plan = preview_cleanup(session, fourth)
    assert [p.name for p in plan.people] == ["Kari"] and [m.title for m in plan.meetings] == ["Møte"]
    saved = delete_personal_data(session, plan)
    assert saved.personal_data_deleted == "2027-08-20"
    assert session.class_people("c4b") == [] and session.meeting("m1").steps[0].notes == "x"
    assert [p.name for p in session.class_people("c5b")] == ["Kari"]  # the current year keeps its people
    assert cleanup_due(session) == []
    assert preview_cleanup(session, saved).empty
