"""Messages between the screens and the app: screens post them up, the app decides where to go next.

Only `SaveState` goes the other way, from the app to the screens in its stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from kktui.meeting.model import Meeting


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


class SaveNotice(Message):
    """Posted (from the saver thread too) when a save or a read found something and mended it,
    e.g. the data folder was deleted and has been written back."""

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


class MeetingsChanged(Message):
    """A meeting was made, started, finished or reopened: the app reads its meeting index again
    (the command palette lists meetings from it, never from disk as it opens)."""


class ShareMeeting(Message):
    """Share these minutes with the room (or publish them); the app knows where to serve."""

    def __init__(self, meeting: Meeting, publish: bool = False) -> None:
        super().__init__()
        self.meeting = meeting
        self.publish = publish


class CopyMinutes(Message):
    """Put these minutes on the clipboard (and in the exports folder)."""

    def __init__(self, meeting: Meeting) -> None:
        super().__init__()
        self.meeting = meeting


class OpenClassTool(Message):
    """Open one of the class's screens (see class_tools.TOOLS) over whatever is showing."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


class SaveState(Message):
    """Sent down by the app to the screens in its stack when saving fails or works again.

    It does not bubble: it is for the screen it was posted to (the live meeting shows it)."""

    bubble = False

    def __init__(self, failing: bool, at: str) -> None:
        super().__init__()
        self.failing = failing
        self.at = at
