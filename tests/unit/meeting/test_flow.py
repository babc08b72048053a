"""How a meeting moves from step to step, and what the timer counts."""

from __future__ import annotations

import json

import pytest

from kktui.clock import FixedClock
from kktui.meeting import flow
from kktui.meeting.model import AgendaStep, ChecklistItem, Decision, Meeting

T0 = 1_800_000_000.0  # a fixed moment, as Clock.time() returns it


def make_meeting(*minutes: int) -> Meeting:
    minutes = minutes or (5, 10, 15, 20)
    return Meeting(
        title="Foreldremøte", steps=[AgendaStep(f"Punkt {n}", m) for n, m in enumerate(minutes, 1)]
    )


def titles(meeting: Meeting) -> list[str]:
    return [s.title for s in meeting.steps]


def elapsed(meeting: Meeting, now: float) -> list[float]:
    return [meeting.step_elapsed(i, now) for i in range(len(meeting.steps))]


def test_start_runs_the_first_step(clock: FixedClock) -> None:
    meeting = make_meeting()
    now = clock.time()

    flow.start(meeting, now)

    assert meeting.status == "running"
    assert meeting.current == 0
    assert meeting.running_since == now
    assert meeting.last_seen == now
    assert meeting.started_at.startswith("2026-11-21T18:00:00")


def test_starting_early_dates_the_meeting_today_and_keeps_the_plan(clock: FixedClock) -> None:
    meeting = make_meeting()
    meeting.date, meeting.time = "2027-03-12", "19:30"

    flow.start(meeting, clock.time())

    assert (meeting.date, meeting.time) == ("2026-11-21", "18:00")
    assert (meeting.planned_date, meeting.planned_time) == ("2027-03-12", "19:30")
    flow.start(meeting, clock.time() + 60)  # starting a running meeting again changes nothing
    assert meeting.planned_date == "2027-03-12"


def test_start_skips_steps_skipped_in_advance() -> None:
    meeting = make_meeting()
    meeting.steps[0].status = "skipped"
    flow.start(meeting, T0)
    assert meeting.current == 1


def test_time_accumulates_on_the_current_step_only(clock: FixedClock) -> None:
    meeting = make_meeting()
    flow.start(meeting, clock.time())
    clock.advance(90)

    assert elapsed(meeting, clock.time()) == [90, 0, 0, 0]
    assert meeting.total_elapsed(clock.time()) == 90

    flow.next_step(meeting, clock.time())
    clock.advance(30)
    assert elapsed(meeting, clock.time()) == [90, 30, 0, 0]

    flow.previous_step(meeting, clock.time())
    clock.advance(15)
    assert elapsed(meeting, clock.time()) == [105, 30, 0, 0]
    assert meeting.total_elapsed(clock.time()) == 135


def test_moving_before_start_counts_nothing() -> None:
    meeting = make_meeting()
    flow.go_to(meeting, 2, T0)
    assert meeting.current == 2
    assert meeting.running_since is None
    assert elapsed(meeting, T0 + 500) == [0, 0, 0, 0]


def test_next_step_marks_the_step_left_done_and_passes_skipped_steps() -> None:
    meeting = make_meeting()
    flow.start(meeting, T0)
    assert flow.toggle_skip(meeting, 1) is True

    assert flow.next_step(meeting, T0 + 60) is True

    assert meeting.current == 2
    assert [s.status for s in meeting.steps] == ["done", "skipped", "pending", "pending"]
    assert meeting.steps[1].elapsed_seconds == 0


def test_next_step_at_the_end_stays_put() -> None:
    meeting = make_meeting(5, 10)
    meeting.steps[1].status = "skipped"
    flow.start(meeting, T0)

    assert flow.next_step(meeting, T0 + 10) is False
    assert meeting.current == 0
    assert meeting.steps[0].status == "pending"
    assert meeting.step_elapsed(0, T0 + 20) == 20  # the clock kept running


def test_previous_step_goes_back_without_closing_the_step_left() -> None:
    meeting = make_meeting()
    flow.start(meeting, T0)
    flow.next_step(meeting, T0 + 10)
    flow.next_step(meeting, T0 + 20)
    assert meeting.current == 2
    meeting.steps[1].status = "skipped"  # skipped after it was done

    assert flow.previous_step(meeting, T0 + 30) is True
    assert meeting.current == 0
    assert meeting.steps[2].status == "pending"
    assert flow.previous_step(meeting, T0 + 40) is False
    assert meeting.current == 0


def test_go_to_a_skipped_step_brings_it_back() -> None:
    meeting = make_meeting()
    flow.start(meeting, T0)
    flow.toggle_skip(meeting, 3)

    flow.go_to(meeting, 3, T0 + 100)

    assert meeting.current == 3
    assert meeting.steps[3].status == "pending"
    assert meeting.steps[0].status == "done"
    assert meeting.step_elapsed(0, T0 + 200) == 100
    assert meeting.step_elapsed(3, T0 + 200) == 100


@pytest.mark.parametrize("index", [-1, 4, 99])
def test_go_to_outside_the_agenda_does_nothing(index: int) -> None:
    meeting = make_meeting()
    flow.start(meeting, T0)
    flow.go_to(meeting, index, T0 + 5)
    assert meeting.current == 0
    assert meeting.running_since == T0


def test_add_step_before_the_current_keeps_the_current_step() -> None:
    meeting = make_meeting()
    flow.start(meeting, T0)
    flow.go_to(meeting, 2, T0 + 10)
    current_id = meeting.current_step.id

    index = flow.add_step(meeting, "Ekstra", 7, after=0)

    assert index == 1
    assert titles(meeting) == ["Punkt 1", "Ekstra", "Punkt 2", "Punkt 3", "Punkt 4"]
    assert meeting.current_step.id == current_id
    assert meeting.steps[1].planned_minutes == 7
    assert meeting.steps[1].status == "pending"


def test_add_step_at_the_very_start_keeps_the_current_step() -> None:
    meeting = make_meeting()
    flow.start(meeting, T0)
    current_id = meeting.current_step.id

    assert flow.add_step(meeting, "Først", 3, after=-1) == 0

    assert titles(meeting)[0] == "Først"
    assert meeting.current_step.id == current_id


def test_add_step_after_the_current_goes_next() -> None:
    meeting = make_meeting()
    flow.start(meeting, T0)
    flow.go_to(meeting, 1, T0 + 10)
    current_id = meeting.current_step.id

    index = flow.add_step(meeting, "Ekstra", 7, after=meeting.current)

    assert index == 2
    assert meeting.current_step.id == current_id
    flow.next_step(meeting, T0 + 20)
    assert meeting.current_step.title == "Ekstra"


def test_add_step_at_the_end() -> None:
    meeting = make_meeting(5, 10)
    assert flow.add_step(meeting, "Eventuelt", 5, after=1) == 2
    assert titles(meeting) == ["Punkt 1", "Punkt 2", "Eventuelt"]
    assert meeting.planned_minutes == 20


def test_toggle_skip_refuses_the_current_step() -> None:
    meeting = make_meeting()
    flow.start(meeting, T0)

    assert flow.toggle_skip(meeting, 0) is False
    assert meeting.steps[0].status == "pending"

    assert flow.toggle_skip(meeting, 2) is True
    assert meeting.steps[2].status == "skipped"
    assert meeting.planned_minutes == 5 + 10 + 20
    assert flow.toggle_skip(meeting, 2) is True
    assert meeting.steps[2].status == "pending"


@pytest.mark.parametrize("index, delta", [(2, -1), (1, 1), (2, -2), (0, 3), (3, -1)])
def test_move_step_keeps_current_on_the_same_step(index: int, delta: int) -> None:
    meeting = make_meeting()
    flow.start(meeting, T0)
    flow.go_to(meeting, 2, T0 + 10)
    current_id = meeting.current_step.id
    moved_id = meeting.steps[index].id

    target = flow.move_step(meeting, index, delta)

    assert target == index + delta
    assert meeting.steps[target].id == moved_id
    assert meeting.current_step.id == current_id
    assert meeting.step_elapsed(meeting.current, T0 + 40) == 30


@pytest.mark.parametrize("index, delta", [(0, -1), (3, 1), (9, -1)])
def test_move_step_past_the_ends_does_nothing(index: int, delta: int) -> None:
    meeting = make_meeting()
    before = titles(meeting)
    assert flow.move_step(meeting, index, delta) == index
    assert titles(meeting) == before


def test_finish_stops_the_clock_and_closes_the_step(clock: FixedClock) -> None:
    meeting = make_meeting()
    flow.start(meeting, clock.time())
    clock.advance(300)
    flow.next_step(meeting, clock.time())
    clock.advance(120)

    flow.finish(meeting, clock.time())

    assert meeting.status == "finished"
    assert meeting.running_since is None
    assert meeting.steps[1].status == "done"
    assert [s.status for s in meeting.steps[2:]] == ["pending", "pending"]
    assert meeting.finished_at.startswith("2026-11-21T18:07:00")
    clock.advance(3600)
    assert elapsed(meeting, clock.time()) == [300, 120, 0, 0]


def test_reopen_continues_where_it_ended() -> None:
    meeting = make_meeting()
    flow.start(meeting, T0)
    flow.finish(meeting, T0 + 60)

    flow.reopen(meeting, T0 + 1000)

    assert meeting.status == "running"
    assert meeting.finished_at == ""
    assert meeting.step_elapsed(0, T0 + 1030) == 90


def test_resume_after_a_short_gap_keeps_counting() -> None:
    meeting = make_meeting()
    flow.start(meeting, T0)
    meeting.last_seen = T0 + 100  # the app saved, then was killed
    back = T0 + 100 + flow.RESUME_GAP_SECONDS - 1

    assert flow.resume(meeting, back) is False

    assert meeting.running_since == T0
    assert meeting.step_elapsed(0, back) == back - T0


def test_resume_after_a_long_gap_leaves_the_gap_out() -> None:
    meeting = make_meeting()
    flow.start(meeting, T0)
    meeting.last_seen = T0 + 100
    back = T0 + 100 + flow.RESUME_GAP_SECONDS + 3600  # laptop closed overnight

    assert flow.resume(meeting, back) is True

    assert meeting.step_elapsed(0, back) == 100
    assert meeting.step_elapsed(0, back + 50) == 150
    assert elapsed(meeting, back + 50)[1:] == [0, 0, 0]


def test_resume_does_nothing_for_meetings_that_are_not_running() -> None:
    planned, finished = make_meeting(), make_meeting()
    flow.start(finished, T0)
    flow.finish(finished, T0 + 10)

    assert flow.resume(planned, T0 + 99_999) is False
    assert flow.resume(finished, T0 + 99_999) is False
    assert planned.running_since is None and finished.running_since is None
    assert finished.step_elapsed(0, T0 + 99_999) == 10


def test_is_over() -> None:
    meeting = make_meeting(1, 10)
    flow.start(meeting, T0)
    assert not flow.is_over(meeting, 0, T0 + 60)
    assert flow.is_over(meeting, 0, T0 + 61)
    assert not flow.is_over(meeting, 1, T0 + 61)


def test_meeting_survives_a_round_trip_through_json() -> None:
    meeting = Meeting(
        title="Den utfordrende samtalen",
        template="utfordrende-samtale",
        lang="en",
        date="2026-12-15",
        time="18:30",
        place="Rom 2",
        class_name="4B",
        attendees=["Kari", "Ola"],
        purpose="Formål",
        confidential=True,
        steps=[
            AgendaStep(
                "Start",
                5,
                guidance="Sett rammen.",
                prompts=["Hva er viktigst?"],
                checklist=[ChecklistItem("Invitasjon", True), ChecklistItem("Rom")],
                source="Grini 2022",
                notes="Linje 1\nLinje 2",
            ),
            AgendaStep("Innhold", 20),
            AgendaStep("Avslutning", 10, status="skipped"),
        ],
    )
    flow.start(meeting, T0)
    flow.next_step(meeting, T0 + 75.5)
    meeting.steps[1].notes = "Notat"
    meeting.steps[1].cursor = (3, 14)
    meeting.decisions.append(Decision("Vi møtes igjen", step_id=meeting.steps[1].id, created_at="x"))
    meeting.last_seen = T0 + 80

    data = json.loads(json.dumps(meeting.to_dict()))  # what the data file holds
    again = Meeting.from_dict(data)

    assert again == meeting
    assert again.steps[1].cursor == (3, 14)
    assert isinstance(again.steps[1].cursor, tuple)
    assert again.steps[0].checklist[0] == ChecklistItem("Invitasjon", True)
    assert again.running_since == T0 + 75.5
    assert again.last_seen == T0 + 80
    assert again.current == 1
    assert again.step_elapsed(1, T0 + 100) == meeting.step_elapsed(1, T0 + 100) == 24.5
    assert again.to_dict() == meeting.to_dict()


def test_from_dict_ignores_keys_from_a_newer_version() -> None:
    data = make_meeting(5).to_dict()
    data["colour"] = "blue"
    data["steps"][0]["mood"] = "good"
    again = Meeting.from_dict(data)
    assert again.title == "Foreldremøte"
    assert again.steps[0].planned_minutes == 5


# -- running over: taking minutes from later steps --------------------------------------


def test_taking_time_moves_planned_minutes_from_the_next_steps_and_keeps_the_total() -> None:
    meeting = make_meeting(5, 3, 10)
    total = meeting.planned_minutes

    moved = flow.take_time(meeting, 0, 4)

    assert moved == 4
    assert [s.planned_minutes for s in meeting.steps] == [9, 1, 8]  # the next first, each keeps 1 min
    assert meeting.planned_minutes == total


def test_taking_time_passes_skipped_and_done_steps_and_stops_when_none_is_left() -> None:
    meeting = make_meeting(5, 10, 4, 2)
    meeting.steps[1].status = "skipped"
    meeting.steps[2].status = "done"

    moved = flow.take_time(meeting, 0, 5)

    assert moved == 1  # only the last step had time to give, and it keeps one minute
    assert [s.planned_minutes for s in meeting.steps] == [6, 10, 4, 1]
    assert flow.take_time(meeting, 0, 5) == 0


def test_minutes_to_take_is_the_time_over_rounded_up() -> None:
    meeting = make_meeting(5, 10)
    flow.start(meeting, T0)
    assert flow.minutes_over(meeting, T0 + 5 * 60) == 0
    assert flow.minutes_over(meeting, T0 + 5 * 60 + 1) == 1
    assert flow.minutes_over(meeting, T0 + 8 * 60 + 30) == 4


def test_minutes_to_spare_counts_what_the_coming_steps_could_give() -> None:
    meeting = make_meeting(5, 10, 4, 1)
    meeting.steps[2].status = "skipped"
    assert flow.minutes_to_spare(meeting, 0) == 9  # 10 keeps one; skipped and one-minute steps give none
    assert flow.minutes_to_spare(meeting, 3) == 0  # the last step: nothing after it
