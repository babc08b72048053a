"""The next meeting of the class starts with the approval of the last minutes; both minutes show it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kktui.meeting import approval
from kktui.meeting.model import AgendaStep, Meeting
from kktui.meeting.templates import TemplateError, parse_template
from kktui.output.minutes import render_markdown


def held(title: str, day: str, **extra) -> Meeting:
    values = {"date": day, "class_id": "c1", "status": "finished", **extra}
    return Meeting(title, steps=[AgendaStep("Sak", 10, status="done")], **values)


def coming(day: str = "2027-03-12", **extra) -> Meeting:
    values = {"date": day, "class_id": "c1", **extra}
    return Meeting("Foreldremøte vår", steps=[AgendaStep("Velkommen", 5)], **values)


def test_the_last_finished_meeting_of_the_class_is_up_for_approval() -> None:
    autumn = held("Foreldremøte høst", "2026-09-18")
    planning = held("Planleggingsmøte", "2026-08-28")
    other_class = held("Foreldremøte 5A", "2026-10-01", class_id="c2")
    secret = held("Samtale", "2026-10-02", confidential=True)
    meeting = coming()
    assert approval.add_approval_step(meeting, [planning, autumn, other_class, secret])
    step = meeting.steps[0]
    assert step.kind == "approval" and step.title == "Godkjenning av referat"
    assert step.refs == [autumn.id]
    assert "Foreldremøte høst" in step.guidance
    assert not approval.add_approval_step(meeting, [autumn])  # once


def test_no_step_without_earlier_minutes_or_when_the_template_says_no() -> None:
    assert not approval.add_approval_step(coming(), [])
    assert not approval.add_approval_step(coming(), [held("Høst", "2026-09-18")], wanted=False)
    later = held("Senere", "2027-04-01")
    assert not approval.add_approval_step(coming(), [later])  # held after this one
    assert not approval.add_approval_step(coming(confidential=True), [held("Høst", "2026-09-18")])


def test_approved_with_changes_is_noted_in_both_minutes() -> None:
    autumn = held("Foreldremøte høst", "2026-09-18")
    meeting = coming()
    approval.add_approval_step(meeting, [autumn])
    with pytest.raises(approval.ApprovalRefused, match="hvilke endringer"):
        approval.record(meeting, autumn, "changes", "  ")
    approval.record(meeting, autumn, "changes", "Turen er 14. oktober, ikke 12.")
    now_text = render_markdown(meeting, [], 0.0)
    then_text = render_markdown(autumn, [], 0.0)
    assert "- Referatet fra «Foreldremøte høst» 18.09.2026: godkjent med endringer" in now_text
    assert "Endringer: Turen er 14. oktober, ikke 12." in now_text
    assert (
        "**Referatet:** godkjent med endringer i «Foreldremøte vår» 12.03.2027: "
        "Turen er 14. oktober, ikke 12." in then_text
    )


def test_approved_and_not_dealt_with() -> None:
    autumn = held("Foreldremøte høst", "2026-09-18")
    meeting = coming()
    approval.add_approval_step(meeting, [autumn])
    approval.record(meeting, autumn, "approved", "ignored when approved as it is")
    assert "**Referatet:** godkjent i «Foreldremøte vår» 12.03.2027" in render_markdown(autumn, [], 0.0)
    assert "ignored" not in render_markdown(meeting, [], 0.0)
    approval.record(meeting, autumn, "not_dealt")
    assert "Referatet fra «Foreldremøte høst» 18.09.2026: ikke behandlet" in render_markdown(meeting, [], 0.0)
    assert "**Referatet:**" not in render_markdown(autumn, [], 0.0)  # still waiting for approval


def test_minutes_that_were_not_up_cannot_be_approved_here() -> None:
    autumn, other = held("Høst", "2026-09-18"), held("Annet", "2026-09-01")
    meeting = coming()
    approval.add_approval_step(meeting, [autumn, other])
    with pytest.raises(approval.ApprovalRefused, match="ikke oppe til godkjenning"):
        approval.record(meeting, other, "approved")
    with pytest.raises(approval.ApprovalRefused, match="Ukjent svar"):
        approval.record(meeting, autumn, "maybe")


TEMPLATE = "---\n{front}\n---\n# Møte\n\n## Sak (5 min)\n\nTekst.\n"


def test_a_template_says_approval_no_and_a_bad_value_names_its_line() -> None:
    assert parse_template(TEMPLATE.format(front="approval: yes"), Path("a.md")).approval
    assert not parse_template(TEMPLATE.format(front="approval: nei"), Path("a.md")).approval
    assert parse_template("# Møte\n\n## Sak (5 min)\n", Path("a.md")).approval  # on by default
    with pytest.raises(TemplateError) as found:
        parse_template(TEMPLATE.format(front="leader: teacher\napproval: kanskje"), Path("a.md"))
    assert str(found.value).startswith("a.md:3:")


def test_minutes_of_a_template_without_approval_are_not_offered() -> None:
    autumn = held("Foreldremøte høst", "2026-09-18", template="foreldremote-host")
    planning = held("Planleggingsmøte", "2026-10-05", template="planleggingsmote")
    meeting = coming()
    assert approval.add_approval_step(meeting, [autumn, planning], skip={"planleggingsmote"})
    assert meeting.steps[0].refs == [autumn.id]


def test_a_meeting_planned_long_ago_offers_the_minutes_that_are_last_when_it_opens() -> None:
    autumn = held("Foreldremøte høst", "2026-09-18")
    meeting = coming()
    approval.add_approval_step(meeting, [autumn])
    later = held("Ekstra foreldremøte", "2026-11-20")
    assert approval.refresh(meeting, [autumn, later])
    step = meeting.steps[0]
    assert step.refs == [later.id] and "Ekstra foreldremøte" in step.guidance
    approval.record(meeting, later, "approved")
    newest = held("Enda ett", "2026-12-01")
    assert not approval.refresh(meeting, [autumn, later, newest])  # answered: it stays
    assert step.refs == [later.id]


def test_changes_marked_private_stay_out_of_both_minutes() -> None:
    autumn = held("Foreldremøte høst", "2026-09-18")
    meeting = coming()
    approval.add_approval_step(meeting, [autumn])
    approval.record(meeting, autumn, "changes", "!! Navnet til Per strykes")
    assert "Per" not in render_markdown(meeting, [], 0.0)
    assert "Per" not in render_markdown(autumn, [], 0.0)
    assert "godkjent med endringer i «Foreldremøte vår»" in render_markdown(autumn, [], 0.0)
