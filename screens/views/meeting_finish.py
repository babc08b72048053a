"""Finishing the live meeting: what a challenging conversation's closing still lacks, then
the question, then the minutes.

Kept apart from the screen, which is about the agenda, timers and saving.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kktui.dates import show_when
from kktui.i18n import t
from kktui.meeting import challenging
from kktui.screens.dialogs.confirm import ConfirmScreen
from kktui.screens.messages import MeetingFinished

if TYPE_CHECKING:
    from kktui.screens.views.live_meeting import LiveMeetingScreen


def ask_finish(screen: LiveMeetingScreen) -> None:
    """ctrl+f: ask before finishing; a closing with something missing asks about that first."""
    if not screen.is_mounted:  # left while the keys before ctrl+f were handled
        return
    screen._capture_notes()
    meeting, session = screen.meeting, screen.session
    if challenging.has_closing(meeting):
        missing = challenging.closing_missing(meeting, session.tasks(meeting.id))
        if missing:
            items = ", ".join(t(f"closing.missing.{name}") for name in missing)

            def override(yes: bool | None) -> None:
                if yes:
                    challenging.record_override(meeting, missing, session.now())
                    finish(screen)

            screen.app.push_screen(
                ConfirmScreen(
                    t("closing.blocked", items=items), t("closing.finish_anyway"), t("closing.fill_in")
                ),
                override,
            )
            return

    def confirmed(yes: bool | None) -> None:
        if yes:
            finish(screen)

    # Finishing can be undone (the minutes reopen the meeting), so Enter finishes.
    screen.app.push_screen(
        ConfirmScreen(t("live.finish_question"), t("live.finish_yes"), t("live.finish_no"), default_yes=True),
        confirmed,
    )


def finish(screen: LiveMeetingScreen) -> None:
    from kktui.services.meetings import finish_meeting

    screen._capture_notes()
    follow_up = finish_meeting(screen.session, screen.meeting).follow_up
    if follow_up is not None:
        screen.notify(
            t("closing.follow_up_planned", date=show_when(follow_up.date, follow_up.time)), timeout=8
        )
    screen.post_message(MeetingFinished(screen.meeting.id))
