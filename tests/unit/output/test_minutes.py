"""The minutes people read on their phones: what was agreed, who does what, the notes."""

from __future__ import annotations

import pytest

from kktui.meeting import flow
from kktui.meeting.model import AgendaStep, Decision, Meeting, Task
from kktui.output.minutes import render_markdown

T0 = 1_800_000_000.0


def make_meeting(lang: str = "nb") -> tuple[Meeting, list[Task]]:
    welcome = AgendaStep(
        "Velkommen", 5, notes="Alle var til stede.\nKari ledet møtet.", status="done", elapsed_seconds=7 * 60
    )
    trip = AgendaStep("Klassetur", 10, status="skipped")
    dugnad = AgendaStep(
        "Dugnad", 15, notes="Dugnaden blir i mai.", status="done", elapsed_seconds=12 * 60 + 30
    )
    meeting = Meeting(
        title="Foreldremøte 4B",
        lang=lang,
        date="2026-11-21",
        time="18:00",
        place="Aulaen",
        class_name="4B",
        attendees=["Kari Nordmann", "Ola Hansen"],
        steps=[welcome, trip, dugnad],
        status="finished",
        current=2,
    )
    meeting.decisions.append(Decision("Dugnaden er lørdag 9. mai.", step_id=dugnad.id))
    tasks = [
        Task(
            "Bestille container",
            owner="Ola Hansen",
            due="2026-12-01",
            meeting_id=meeting.id,
            step_id=dugnad.id,
        ),
        Task("Sende ut referatet", owner="Kari Nordmann", status="done", meeting_id=meeting.id),
    ]
    return meeting, tasks


def section(text: str, heading: str) -> str:
    """The lines under a heading, up to the next heading of the same or higher level."""
    level = heading.split(" ", 1)[0]
    lines = text.splitlines()
    start = lines.index(heading) + 1
    out = []
    for line in lines[start:]:
        if line.startswith("#") and len(line.split(" ", 1)[0]) <= len(level):
            break
        out.append(line)
    return "\n".join(out).strip()


def test_minutes_in_bokmal() -> None:
    meeting, tasks = make_meeting("nb")
    text = render_markdown(meeting, tasks, T0)

    assert text.startswith("# Foreldremøte 4B\n")
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert "**Dato:** 21.11.2026 kl. 18:00" in text
    assert "**Sted:** Aulaen" in text
    assert "**Klasse:** 4B" in text
    assert "**Til stede:** Kari Nordmann, Ola Hansen" in text
    # Used vs planned: skipped steps count neither way.
    assert "**Varighet:** 0:19:30 (planlagt 0:20:00)" in text

    assert section(text, "## Vedtak") == "1. Dugnaden er lørdag 9. mai."
    assert section(text, "## Oppgaver").splitlines() == [
        "- Bestille container — ansvarlig: Ola Hansen — frist 01.12.2026",
        "- Sende ut referatet — ansvarlig: Kari Nordmann — utført",
    ]

    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert headings == [
        "### 1. Velkommen (0:07:00 av 0:05:00)",
        "### 2. Klassetur (hoppet over)",
        "### 3. Dugnad (0:12:30 av 0:15:00)",
    ]
    assert (
        section(text, "### 1. Velkommen (0:07:00 av 0:05:00)") == "Alle var til stede.  \nKari ledet møtet."
    )
    assert section(text, "### 2. Klassetur (hoppet over)") == ""
    dugnad = section(text, "### 3. Dugnad (0:12:30 av 0:15:00)")
    assert dugnad.splitlines() == [
        "Dugnaden blir i mai.",
        "",
        "> **Vedtak:** Dugnaden er lørdag 9. mai.",
        "",
        "- Bestille container — ansvarlig: Ola Hansen — frist 01.12.2026",
    ]
    assert "Konfidensielt" not in text


def test_minutes_in_english() -> None:
    meeting, tasks = make_meeting("en")
    text = render_markdown(meeting, tasks, T0)

    assert "**Date:** 21.11.2026 at 18:00" in text
    assert "**Place:** Aulaen" in text
    assert "**Present:** Kari Nordmann, Ola Hansen" in text
    assert "**Duration:** 0:19:30 (planned 0:20:00)" in text
    for heading in ("## Decisions", "## Tasks", "## Minutes"):
        assert heading in text.splitlines()
    assert "- Bestille container — owner: Ola Hansen — due 01.12.2026" in text
    assert "- Sende ut referatet — owner: Kari Nordmann — done" in text
    assert "### 1. Velkommen (0:07:00 of 0:05:00)" in text
    assert "### 2. Klassetur (skipped)" in text
    assert "> **Decision:** Dugnaden er lørdag 9. mai." in text
    for norwegian in ("Vedtak", "Oppgaver", "Referat", "ansvarlig", "frist", "hoppet over", " av "):
        assert norwegian not in text


def test_language_of_the_meeting_not_of_the_app() -> None:
    """English minutes even while the app itself speaks bokmål (and the other way round)."""
    from kktui import i18n

    assert i18n.current() == "nb"
    en_meeting, tasks = make_meeting("en")
    assert "## Decisions" in render_markdown(en_meeting, tasks, T0)
    i18n.use("en")
    nb_meeting, tasks = make_meeting("nb")
    assert "## Vedtak" in render_markdown(nb_meeting, tasks, T0)


def test_running_meeting_counts_the_current_step_up_to_now() -> None:
    meeting = Meeting(
        "Planlegging", date="2026-11-21", steps=[AgendaStep("Første", 5), AgendaStep("Andre", 10)]
    )
    flow.start(meeting, T0)
    flow.next_step(meeting, T0 + 6 * 60)

    text = render_markdown(meeting, [], T0 + 6 * 60 + 45)

    assert "### 1. Første (0:06:00 av 0:05:00)" in text
    assert "### 2. Andre (0:00:45 av 0:10:00)" in text
    assert "**Varighet:** 0:06:45 (planlagt 0:15:00)" in text


def test_empty_parts_are_left_out() -> None:
    meeting = Meeting("Kort møte", steps=[AgendaStep("Eneste", 5)])
    text = render_markdown(meeting, [], T0)

    assert text.splitlines()[0] == "# Kort møte"
    for absent in ("## Vedtak", "## Oppgaver", "**Dato:**", "**Sted:**", "**Til stede:**", "**Klasse:**"):
        assert absent not in text
    assert "**Varighet:** 0:00:00 (planlagt 0:05:00)" in text
    assert "### 1. Eneste (0:00:00 av 0:05:00)" in text


def test_date_without_time() -> None:
    meeting = Meeting("Møte", date="2027-01-05", steps=[AgendaStep("A", 5)])
    assert "**Dato:** 05.01.2027  " in render_markdown(meeting, [], T0)


@pytest.mark.parametrize("lang, marker", [("nb", "Konfidensielt"), ("en", "Confidential")])
def test_confidential_minutes_say_so(lang: str, marker: str) -> None:
    meeting, tasks = make_meeting(lang)
    meeting.confidential = True
    assert f"**{marker}" in render_markdown(meeting, tasks, T0)


def test_task_without_owner_or_due_and_dropped() -> None:
    meeting, _ = make_meeting()
    tasks = [Task("Finne et lokale"), Task("Bake kake", owner="Lars", status="dropped")]
    text = render_markdown(meeting, tasks, T0)
    assert section(text, "## Oppgaver").splitlines() == [
        "- Finne et lokale",
        "- Bake kake — ansvarlig: Lars — droppet",
    ]
