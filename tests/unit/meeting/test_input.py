"""Input from parents before the meeting: one agenda step, each item a prompt, its outcome in the minutes."""

from __future__ import annotations

import pytest

from kktui.meeting import flow
from kktui.meeting import input as innspill
from kktui.meeting.model import AgendaStep, Meeting
from kktui.output.minutes import render_markdown


def planned() -> Meeting:
    return Meeting(
        "Foreldremøte vår",
        date="2027-03-12",
        steps=[
            AgendaStep("Oppfølging", 5, kind="followup"),
            AgendaStep("Velkommen", 5),
            AgendaStep("Kjøreregler", 10),
            AgendaStep("Eventuelt", 5),
        ],
    )


def test_items_become_one_step_with_each_item_as_a_prompt() -> None:
    meeting = planned()
    innspill.add_input(meeting, "Amina Yusuf", "Leksehjelp på biblioteket")
    innspill.add_input(meeting, "  Ola   Hansen ", "Skolevei om vinteren")
    steps = [step for step in meeting.steps if step.kind == "input"]
    assert len(steps) == 1
    assert steps[0].title == "Innspill fra foreldre"
    assert steps[0].prompts == ["Amina Yusuf: Leksehjelp på biblioteket", "Ola Hansen: Skolevei om vinteren"]
    # Before the last step ("any other business"), after the steps that open the meeting.
    assert [step.title for step in meeting.steps] == [
        "Oppfølging",
        "Velkommen",
        "Kjøreregler",
        "Innspill fra foreldre",
        "Eventuelt",
    ]
    assert steps[0].planned_minutes == 6  # three minutes an item, at least five


def test_an_item_needs_a_what_and_a_held_meeting_takes_none() -> None:
    meeting = planned()
    with pytest.raises(innspill.InputRefused, match="Skriv hva innspillet gjelder"):
        innspill.add_input(meeting, "Kari", "   ")
    flow.start(meeting, 1000.0)
    flow.finish(meeting, 2000.0)
    with pytest.raises(innspill.InputRefused, match="er holdt"):
        innspill.add_input(meeting, "Kari", "Noe")
    assert all(step.kind != "input" for step in meeting.steps)


def test_removing_the_last_item_of_a_planned_meeting_removes_the_step() -> None:
    meeting = planned()
    first = innspill.add_input(meeting, "Kari", "Juleavslutning")
    second = innspill.add_input(meeting, "Ola", "Skolevei")
    assert innspill.remove_input(meeting, first)
    assert innspill.input_step(meeting).prompts == ["Ola: Skolevei"]
    assert innspill.remove_input(meeting, second)
    assert innspill.input_step(meeting) is None
    assert not innspill.remove_input(meeting, second)


def test_input_added_during_the_meeting_keeps_the_current_step() -> None:
    meeting = planned()
    flow.start(meeting, 1000.0)
    flow.next_step(meeting, 1010.0)
    flow.next_step(meeting, 1020.0)
    flow.next_step(meeting, 1030.0)
    assert meeting.current_step.title == "Eventuelt"
    innspill.add_input(meeting, "Kari", "Noe i siste liten")
    assert meeting.current_step.title == "Eventuelt"


def test_each_outcome_is_in_the_minutes() -> None:
    meeting = planned()
    first = innspill.add_input(meeting, "Amina Yusuf", "Leksehjelp på biblioteket")
    innspill.add_input(meeting, "Ola Hansen", "Skolevei om vinteren")
    innspill.record_outcome(meeting, first, "Kari spør biblioteket om onsdager.")
    text = render_markdown(meeting, [], 0.0)
    assert "### 4. Innspill fra foreldre" in text
    assert "- Amina Yusuf: Leksehjelp på biblioteket — Kari spør biblioteket om onsdager." in text
    assert "- Ola Hansen: Skolevei om vinteren — ikke behandlet" in text


def test_a_private_item_stays_out_of_the_minutes() -> None:
    meeting = planned()
    innspill.add_input(meeting, "Kari", "!! Per og mobbing")
    innspill.add_input(meeting, "Ola", "Skolevei")
    text = render_markdown(meeting, [], 0.0)
    assert "Per og mobbing" not in text and "Ola: Skolevei" in text
