"""What to do when a step of the live meeting runs over: say it, and F7 makes room.

Kept apart from the screen, which is about the agenda, notes and saving: the hint under the
step bar names the ways out (move on, or take the minutes from the steps to come) and F7
does the second through `flow.take_time`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from kktui.i18n import t
from kktui.meeting import flow
from kktui.screens.widgets.agenda import AgendaList

if TYPE_CHECKING:
    from kktui.screens.views.live_meeting import LiveMeetingScreen


def show_over_hint(screen: LiveMeetingScreen, now: float, shown: dict[str, str]) -> None:
    """Under the step bar, while the step runs over: what to do about it, and the key. Written
    only when it changes (meeting_bars.show_text), as the clock's other fields."""
    from kktui.screens.views.meeting_bars import show_text

    meeting = screen.meeting
    running = meeting.current_step is not None and meeting.status != "planned"
    over = flow.minutes_over(meeting, now) if running else 0
    hint = screen.query_one("#over-hint", Static)
    if hint.display != (over > 0):
        hint.display = over > 0
    if over:
        spare = min(over, flow.minutes_to_spare(screen.meeting, screen.meeting.current))
        text = t("live.over_hint", minutes=spare) if spare else t("live.over_hint_no_time")
        show_text(screen, shown, "#over-hint", text)


def take_time(screen: LiveMeetingScreen) -> None:
    """F7: the minutes the current step is over come from the next steps' plans."""
    meeting, now = screen.meeting, screen.session.now()
    over = flow.minutes_over(meeting, now)
    if not over:
        screen.notify(t("live.not_over"), timeout=3)
        return
    moved = flow.take_time(meeting, meeting.current, over)
    if not moved:
        screen.notify(t("live.no_time_to_take"), timeout=4)
        return
    screen.save_now()
    screen.query_one(AgendaList).show(meeting, now, keep=meeting.current)
    screen.tick()
    screen.notify(t("live.time_taken", minutes=moved), timeout=3)
