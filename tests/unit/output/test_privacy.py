"""Private lines stay on the laptop: never in the Markdown, the HTML, the clipboard or the served page."""

from __future__ import annotations

import pytest

from kktui.meeting.model import AgendaStep, Decision, Meeting, Task
from kktui.output.gate import SHARE, check_meeting
from kktui.output.html import minutes_html
from kktui.output.minutes import render_markdown
from kktui.output.privacy import (
    NotShareable,
    is_private_line,
    private_lines,
    split_private,
    toggle_line,
)

T0 = 1_800_000_000.0

NOTES = """Alle var til stede.
!! Per i 4B har blitt holdt utenfor i friminuttene
- Foreldrene vil ha ukebrev
- !! Moren til Per ringer kontaktlærer
[privat] Lise har diagnose, ikke si noe
[Private] Tom's father asked us not to mention it
!!!
Hele saken om Per:
han har vært borte i tre uker.
!!!
Vi avtalte foreldrekaffe i mai.
[privat]
Navn i blokk
[/privat]
Til slutt: dugnad."""


def meeting_with_private_notes() -> tuple[Meeting, list[Task]]:
    step = AgendaStep("Klassemiljø", 10, notes=NOTES, status="done", elapsed_seconds=600)
    other = AgendaStep("Eventuelt", 5, notes="!!!\nBlokk uten slutt: Kari sin sønn\nog mer", status="done")
    meeting = Meeting(
        title="Foreldremøte 4B",
        steps=[step, other],
        status="finished",
        attendees=["Kari", "Ola"],
        class_name="4B",
    )
    meeting.decisions += [
        Decision("Foreldrekaffe i mai", step_id=step.id),
        Decision("!! Per får fast voksen i friminuttene", step_id=step.id),
    ]
    tasks = [
        Task("Bestille kaffe", owner="Ola", meeting_id=meeting.id, step_id=step.id),
        Task("[privat] Ringe moren til Per", owner="Kari", meeting_id=meeting.id, step_id=step.id),
    ]
    return meeting, tasks


SECRETS = [
    "Per i 4B",
    "Moren til Per",
    "diagnose",
    "Tom's father",
    "Hele saken",
    "tre uker",
    "Navn i blokk",
    "Kari sin sønn",
    "fast voksen",
    "Ringe moren",
    "!!",
    "[privat]",
    "[/privat]",
]


def test_marked_lines_and_blocks_are_left_out_and_the_rest_stays() -> None:
    shared, private = split_private(NOTES)
    assert shared.splitlines() == [
        "Alle var til stede.",
        "- Foreldrene vil ha ukebrev",
        "Vi avtalte foreldrekaffe i mai.",
        "Til slutt: dugnad.",
    ]
    assert private == [
        "Per i 4B har blitt holdt utenfor i friminuttene",
        "Moren til Per ringer kontaktlærer",
        "Lise har diagnose, ikke si noe",
        "Tom's father asked us not to mention it",
        "Hele saken om Per:",
        "han har vært borte i tre uker.",
        "Navn i blokk",
    ]


def test_a_block_that_is_never_closed_hides_everything_after_it() -> None:
    shared, private = split_private("Før\n!!!\nhemmelig\nogså hemmelig")
    assert shared == "Før"
    assert private == ["hemmelig", "også hemmelig"]


@pytest.mark.parametrize(
    "line",
    [
        "!! Per",
        "!!Per",
        "  !! Per",
        "- !! Per",
        "* [privat] Per",
        "1. !! Per",
        "> !! Per",
        "[PRIVAT] Per",
        "[private]Per",
        "!!",
    ],
)
def test_what_counts_as_private(line: str) -> None:
    assert is_private_line(line)


@pytest.mark.parametrize("line", ["Per!!", "Viktig !! husk", "!!! ", "[privat", "privat: Per", "- Per", ""])
def test_what_does_not(line: str) -> None:
    assert not is_private_line(line)


def test_toggle_marks_and_unmarks_keeping_list_markers() -> None:
    assert toggle_line("Per var lei seg") == "!! Per var lei seg"
    assert toggle_line("!! Per var lei seg") == "Per var lei seg"
    assert toggle_line("  - Per") == "  - !! Per"
    assert toggle_line("  - !! Per") == "  - Per"
    assert toggle_line("[privat] Per") == "Per"
    assert toggle_line("") == "!! "


def test_exported_markdown_and_html_hold_no_private_text() -> None:
    meeting, tasks = meeting_with_private_notes()
    markdown = render_markdown(meeting, tasks, T0)
    html = minutes_html(meeting, tasks, T0)
    for secret in SECRETS:
        assert secret not in markdown, secret
        assert secret not in html, secret
    for kept in [
        "Alle var til stede.",
        "Foreldrene vil ha ukebrev",
        "Til slutt: dugnad.",
        "Foreldrekaffe i mai",
        "Bestille kaffe",
    ]:
        assert kept in markdown and kept in html, kept


def test_the_summary_can_list_what_is_left_out() -> None:
    meeting, tasks = meeting_with_private_notes()
    left_out = private_lines(meeting, tasks)
    assert "Per i 4B har blitt holdt utenfor i friminuttene" in left_out
    assert "Blokk uten slutt: Kari sin sønn" in left_out
    assert "Per får fast voksen i friminuttene" in left_out
    assert "Ringe moren til Per" in left_out
    assert len(left_out) == 11


def test_confidential_meetings_are_not_shareable() -> None:
    meeting = Meeting(title="Samtale med foreldrene til X", confidential=True)
    with pytest.raises(NotShareable, match="konfidensielt"):
        check_meeting(meeting, SHARE)
    check_meeting(Meeting(title="Foreldremøte"), SHARE)
