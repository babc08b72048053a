"""The live meeting's bars: the step's title and timer, the meeting's total, once a second.

Kept apart from the screen, which is about the agenda, the notes and saving. The clock runs
while the user types, so it writes a field only when its text changed, and asks for a layout
pass only when the length changed: the bars are one line high, and only the timers (as wide
as their text) can change size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from kktui.dates import clock_text
from kktui.i18n import t
from kktui.screens.widgets.agenda import AgendaList

if TYPE_CHECKING:
    from kktui.screens.views.live_meeting import LiveMeetingScreen


# Fields whose size never follows their text (1fr wide, one line): a new text needs no layout pass.
FIXED_SIZE = frozenset({"#step-title"})


def show_text(screen: LiveMeetingScreen, shown: dict[str, str], selector: str, text: str) -> Static:
    """Put text in one of the bars' fields if it changed; `shown` is what each field shows now."""
    widget = screen.query_one(selector, Static)
    before = shown.get(selector)
    if text != before:
        shown[selector] = text
        resized = before is None or (selector not in FIXED_SIZE and len(text) != len(before))
        widget.update(text, layout=resized)
    return widget


def show_clock(screen: LiveMeetingScreen, shown: dict[str, str]) -> None:
    meeting, now = screen.meeting, screen.session.now()
    index = meeting.current
    step = meeting.current_step
    if step is None:
        return
    used, planned = meeting.step_elapsed(index, now), step.planned_minutes * 60
    show_text(screen, shown, "#step-title", f"{index + 1}/{len(meeting.steps)}  {step.title}")
    if meeting.status == "planned":
        show_text(screen, shown, "#step-timer", t("live.preparing"))
        show_text(screen, shown, "#total-timer", t("live.not_started"))
        return
    timer_text = f"{clock_text(used)} / {clock_text(planned)}"
    if used > planned:  # not by colour alone
        timer_text += " · " + t("live.over_time", minutes=max(1, int(used - planned) // 60))
    show_text(screen, shown, "#step-timer", timer_text).set_class(used > planned, "-over")
    total_used, total_planned = meeting.total_elapsed(now), meeting.planned_minutes * 60
    total_text = t("live.total", used=clock_text(total_used), planned=clock_text(total_planned))
    show_text(screen, shown, "#total-timer", total_text).set_class(total_used > total_planned, "-over")
    screen.query_one(AgendaList).update_step(meeting, index, now)
