"""Quick capture in the live meeting: a private notes line, a decision, a task.

Kept apart from the screen, which is about the agenda, timers and saving: these are
what the chair writes down mid-meeting, each through its own dialog.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from kktui.i18n import t
from kktui.meeting.challenging import has_closing
from kktui.meeting.model import Decision, Task
from kktui.screens.dialogs.capture import DecisionScreen, TaskScreen

if TYPE_CHECKING:
    from kktui.screens.views.live_meeting import LiveMeetingScreen


def toggle_private(screen: LiveMeetingScreen) -> None:
    """ctrl+r: the notes line under the cursor becomes private (`!! `), or stops being so."""
    from kktui.output.privacy import is_private_line, toggle_line

    notes = screen.notes_box
    row, col = notes.cursor_location
    line = notes.document.get_line(row)
    changed = toggle_line(line)
    notes.replace(changed, (row, 0), (row, len(line)))
    notes.move_cursor((row, max(0, col + len(changed) - len(line))))
    notes.focus()
    screen.notify(t("live.private_on") if is_private_line(changed) else t("live.private_off"), timeout=2)


def capture_decision(screen: LiveMeetingScreen) -> None:
    """ctrl+d: a decision, tied to the current step."""

    def captured(text: str | None) -> None:
        if text:
            step = screen.meeting.current_step
            screen.meeting.decisions.append(
                Decision(
                    text,
                    step_id=step.id if step else "",
                    created_at=datetime.fromtimestamp(screen.session.now()).isoformat(timespec="seconds"),
                )
            )
            screen.save_now()
            screen.notify(t("live.decision_saved"), timeout=3)
        screen.notes_box.focus()

    screen.app.push_screen(DecisionScreen(), captured)


def capture_task(screen: LiveMeetingScreen) -> None:
    """ctrl+t: a task, saved at once (it outlives the meeting) and counted in the status line."""

    def captured(result: tuple[str, str, str | None] | None) -> None:
        if result:
            what, who, due = result
            step = screen.meeting.current_step
            task = Task(
                what,
                who,
                due,
                meeting_id=screen.meeting.id,
                step_id=step.id if step else "",
                created_at=datetime.fromtimestamp(screen.session.now()).isoformat(timespec="seconds"),
            )
            screen.session.save_task(task)
            screen._task_count = (screen._task_count or 0) + 1
            screen.save_now()
            for panel in screen.query(".step-panel"):
                if hasattr(panel, "tasks_changed"):
                    panel.tasks_changed()
            screen.notify(t(f"live.{noun}_saved", who=who or "–"), timeout=3)
        screen.notes_box.focus()

    # A challenging conversation agrees on measures (tiltak): its form and this dialog say the same.
    noun = "measure" if has_closing(screen.meeting) else "task"
    screen.app.push_screen(
        TaskScreen(
            screen.session.people(screen.meeting), screen.session.clock.today(), t(f"capture.{noun}_title")
        ),
        captured,
    )
