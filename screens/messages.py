"""Messages the screens send up to the app; the app decides where to go next."""

from __future__ import annotations

from textual.message import Message


class OpenMeeting(Message):
    """Show a meeting: live if it is planned or running, the summary if it is finished."""

    def __init__(self, meeting_id: str) -> None:
        super().__init__()
        self.meeting_id = meeting_id


class NewMeeting(Message):
    """Open the form for a new meeting."""


class MeetingFinished(Message):
    def __init__(self, meeting_id: str) -> None:
        super().__init__()
        self.meeting_id = meeting_id


class GoHome(Message):
    """Back to the home screen, refreshed."""


class SaveProblem(Message):
    """Posted from the saver thread when writing fails (thread-safe)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class SaveRecovered(Message):
    """Posted from the saver thread when a failed save finally went through."""


class OpenGuide(Message):
    """Show the guide browser, at a guide and heading if given (from a `guide:` link)."""

    def __init__(self, guide_id: str | None = None, anchor: str = "") -> None:
        super().__init__()
        self.guide_id = guide_id
        self.anchor = anchor
