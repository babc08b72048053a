"""Open tasks travel to the next meeting of the class, and are settled there."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from kktui import i18n
from kktui.clock import FixedClock
from kktui.meeting import flow
from kktui.meeting.followup import add_followup_step, planned_minutes, resolve, tasks_to_follow_up
from kktui.meeting.model import AgendaStep, Meeting, Task
from kktui.services.session import Session
from kktui.storage.store import Store


def meeting(mid: str, day: str, class_id: str = "c1", **kw) -> Meeting:
    return Meeting(
        f"Møte {mid}", date=day, class_id=class_id, id=mid, steps=[AgendaStep("Velkommen", 5)], **kw
    )


def test_open_tasks_of_the_class_become_the_first_step_of_the_next_meeting():
    autumn = meeting("m1", "2026-09-18")
    other_class = meeting("m9", "2026-09-20", class_id="c2")
    tasks = [
        Task("Lage årshjul", "Ola", "2026-10-01", meeting_id="m1", id="t1"),
        Task("Spond-gruppe", "Kari", "2026-09-25", "done", meeting_id="m1", id="t2"),
        Task("Leirskole", "Per", meeting_id="m9", id="t3"),
        Task("Kaffe til møtet", "Amina", "2026-09-30", class_id="c1", id="t4"),  # given on the board
    ]
    spring = meeting("m2", "2027-03-12", lang="en")

    assert add_followup_step(spring, tasks, [autumn, other_class, spring])
    step = spring.steps[0]
    assert step.kind == "followup" and step.title == "Follow-up from last meeting"
    assert step.refs == ["t4", "t1"]  # soonest due first; done tasks and other classes stay out
    assert step.planned_minutes == 5
    assert spring.steps[1].title == "Velkommen"
    assert not add_followup_step(spring, tasks, [autumn, spring])  # only once


def test_no_step_without_open_tasks_or_without_a_class():
    tasks = [Task("x", meeting_id="m1", id="t1")]
    assert not add_followup_step(meeting("m2", "2027-01-01"), [], [])
    assert not add_followup_step(
        meeting("m2", "2027-01-01", class_id=""), tasks, [meeting("m1", "2026-09-01")]
    )


def test_individual_and_confidential_meetings_neither_get_nor_give_tasks():
    talk = meeting("m1", "2026-10-01", template="utfordrende-samtale", confidential=True)
    parents = meeting("m2", "2026-11-01")
    tasks = [Task("Følge opp Per", meeting_id="m1", id="t1"), Task("Årshjul", meeting_id="m2", id="t2")]
    spring = meeting("m3", "2027-03-01")
    assert [t.id for t in tasks_to_follow_up(spring, tasks, [talk, parents, spring])] == ["t2"]
    conversation = meeting("m4", "2027-03-02", template="utviklingssamtale")
    assert tasks_to_follow_up(conversation, tasks, [talk, parents, conversation]) == []


def test_tasks_from_a_later_meeting_are_not_followed_up_in_an_earlier_one():
    later = meeting("m1", "2027-05-01")
    earlier = meeting("m2", "2027-03-01")
    assert tasks_to_follow_up(earlier, [Task("x", meeting_id="m1", id="t1")], [later, earlier]) == []


def test_a_minute_per_task_between_five_and_fifteen():
    assert [planned_minutes(n) for n in (1, 5, 8, 30)] == [5, 5, 8, 15]


def test_inserting_into_a_running_meeting_keeps_the_current_step():
    autumn = meeting("m1", "2026-09-18")
    running = meeting("m2", "2027-03-12")
    running.steps.append(AgendaStep("Neste", 5))
    opened = datetime(2027, 3, 12, 18, 0).timestamp()  # started on its planned day
    flow.start(running, opened)
    flow.next_step(running, opened + 1.0)
    before = [(s.title, s.status) for s in running.steps]

    assert add_followup_step(running, [Task("x", meeting_id="m1", id="t1")], [autumn, running])

    followup, *rest = running.steps
    assert followup.kind == "followup" and followup.refs == ["t1"] and followup.status != "done"
    assert [(s.title, s.status) for s in rest] == before  # the steps after it are as they were
    assert running.current == 2 and running.current_step.title == "Neste"


def test_resolving_records_the_outcome_and_a_line_of_history():
    spring = meeting("m2", "2027-03-12")
    task = Task("Lage årshjul", "Ola", "2026-10-01", meeting_id="m1", id="t1")
    resolve(task, "open", spring, date(2027, 3, 12), "2027-04-01")
    assert task.status == "open" and task.due == "2027-04-01"
    assert task.followed_up_in == ["m2"]
    assert task.notes == "12.03.2027 · Møte m2: fortsatt åpen, frist 01.04.2027"
    resolve(task, "done", spring, date(2027, 3, 12))  # changed its mind in the same meeting
    assert task.status == "done"
    assert task.notes == "12.03.2027 · Møte m2: utført"
    resolve(task, "dropped", meeting("m3", "2027-05-01"), date(2027, 5, 1))
    assert task.notes.splitlines()[-1] == "01.05.2027 · Møte m3: droppet"
    assert task.followed_up_in == ["m2", "m3"]


def test_the_session_helper_and_a_restart_keep_the_step(data_dir: Path, clock: FixedClock):
    store = Store.open(data_dir)
    session = Session(store, clock)
    first = meeting("m1", "2026-09-18")
    session.save_meeting(first)
    session.save_task(Task("Lage årshjul", "Ola", "2026-10-01", meeting_id="m1", id="t1"))
    second = meeting("m2", "2026-11-21")
    assert session.carry_over(second)
    session.save_meeting(second)
    session.close()
    store.close()

    store = Store.open(data_dir, read_only=True)
    again = store.meeting("m2")
    assert again.steps[0].kind == "followup" and again.steps[0].refs == ["t1"]
    assert again.steps[0].title == i18n.t("followup.step_title", "nb")


def test_the_step_lists_what_is_open_now_and_what_was_closed_since_the_last_meeting():
    from kktui.meeting.followup import tasks_for_step
    from kktui.output.minutes import render_markdown

    autumn = meeting("m1", "2026-09-18", status="finished")
    tasks = [
        Task("Årshjul", "Ola", "2026-10-01", meeting_id="m1", id="t1"),
        Task("Spond", "Kari", "2026-09-25", meeting_id="m1", id="t2"),
    ]
    spring = meeting("m3", "2027-03-12")
    add_followup_step(spring, tasks, [autumn, spring])  # planned while both were open
    between = meeting("m2", "2026-11-20", status="finished")
    resolve(tasks[1], "done", between, date(2026, 11, 20))
    tasks.append(Task("Klasseliste", "Amina", meeting_id="m2", id="t5"))

    shown = tasks_for_step(spring, spring.steps[0], tasks, [autumn, between, spring])

    assert [task.id for task in shown] == ["t1", "t5", "t2"]  # open now first, then closed since
    resolve(tasks[0], "open", spring, date(2027, 3, 12), "2027-04-01")
    minutes = render_markdown(spring, [], 0.0)
    assert "- Årshjul — ansvarlig: Ola — ny frist 01.04.2027" in minutes
    assert "- Klasseliste — ansvarlig: Amina — fortsatt åpen" in minutes
    assert "- Spond — ansvarlig: Kari — utført" in minutes
