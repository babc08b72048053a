"""The live view: the room follows the running meeting on their phones, at one link.

One user action each: `start` (the live key), `stop` (x on its QR screen) and
`to_minutes` (sharing the minutes after the meeting: the same link becomes the minutes
page, so phones that scanned at the start need not scan again). In between, the session
calls `LiveShare.meeting_saved` / `task_saved` after every capture and step change (every
change goes through `Session.save_*`); the snapshot is made through the gate here and the
server pushes it to the phones. The screens never talk to the server.

Tasks are read from the store once, when the live view starts, and then kept up to date
from `task_saved`, so a capture never waits for the disk.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from kktui.meeting.model import Meeting, Task
from kktui.output import gate
from kktui.output.gate import Cleared
from kktui.output.live import LIVE_CSP, what_changed
from kktui.services.session import Session
from kktui.share.server import ShareServer
from kktui.storage.settings import SHARE_MINUTES_MAX

MARGIN_MINUTES = 30  # the live link lasts the rest of the planned meeting and this much more


@dataclass
class LiveShare:
    """The live view of one meeting: its server, its tasks, and the news it last pushed."""

    meeting: Meeting
    server: ShareServer
    session: Session
    tasks: dict[str, Task] = field(default_factory=dict)
    last: str = ""

    @property
    def meeting_id(self) -> str:
        return self.meeting.id

    @property
    def running(self) -> bool:
        return self.server.running

    def meeting_saved(self, meeting: Meeting) -> None:
        if meeting.id == self.meeting_id:
            self.meeting = meeting
            self.push()

    def task_saved(self, task: Task) -> None:
        if task.meeting_id == self.meeting_id:
            self.tasks[task.id] = task
            self.push()

    def push(self, force: bool = False) -> None:
        """A new snapshot for the phones, if anything they see changed (or if forced)."""
        meeting = self.meeting
        if not self.server.running:
            return
        if meeting.confidential:  # marked confidential during the meeting: the view ends now
            stop(self.session)
            return
        page, part = gate.live(meeting, list(self.tasks.values()), self.session.now())
        news = what_changed(part.text)
        if news == self.last and not force:
            return
        self.last = news
        self.server.push(gate.require(page).text, gate.require(part).text, LIVE_CSP)


def check(meeting: Meeting) -> None:
    """Raise NotShareable (one sentence) for a meeting that may have no live view."""
    if meeting.confidential:
        gate.live(meeting, [], 0.0)  # the gate says it, in its words


def current(session: Session, meeting: Meeting) -> ShareServer | None:
    """The running live view's server for this meeting, if there is one."""
    feed = session.live
    if isinstance(feed, LiveShare) and feed.meeting_id == meeting.id and feed.running:
        return feed.server
    return None


def minutes_for(session: Session, meeting: Meeting) -> float:
    left = 0.0
    now = session.now()
    for index, step in enumerate(meeting.steps):
        if step.status == "pending":
            left += max(0.0, step.planned_minutes * 60 - meeting.step_elapsed(index, now))
    wanted = left / 60 + MARGIN_MINUTES
    return min(SHARE_MINUTES_MAX, max(session.settings.share_minutes, wanted))


def start(
    session: Session,
    meeting: Meeting,
    host: str,
    port: int = 0,
    token: str | None = None,
    monotonic: Callable[[], float] = time.monotonic,
) -> ShareServer:
    """Serve the live view of this meeting; raises NotShareable or ShareError (one sentence).
    A live view already running (of any meeting) stops first: one link at a time."""
    tasks = session.tasks(meeting.id)
    page, part = gate.live(meeting, tasks, session.now())
    from kktui.services import sharing

    server = sharing.server_for(page, host, port, minutes_for(session, meeting), token, monotonic=monotonic)
    stop(session)
    feed = LiveShare(meeting, server, session, {k.id: k for k in tasks}, what_changed(part.text))
    server.push(page.text, part.text, LIVE_CSP)
    session.live = feed
    server.start()
    return server


def refresh(session: Session, meeting: Meeting) -> None:
    """Send the phones the current state again (the user pressed "share again")."""
    feed = session.live
    if isinstance(feed, LiveShare) and feed.meeting_id == meeting.id:
        feed.push(force=True)


def stop(session: Session) -> None:
    """Stop the live view (never waits); the phones' link then answers nothing."""
    feed = session.live
    session.live = None
    if isinstance(feed, LiveShare):
        feed.server.stop()


def to_minutes(session: Session, meeting: Meeting, minutes_page: Cleared) -> ShareServer | None:
    """The live view's link now serves the minutes (phones following it load them at once);
    from here on it is an ordinary share. None if this meeting has no live view running."""
    server = current(session, meeting)
    if server is None:
        return None
    session.live = None  # no more live snapshots: the minutes are what is served now
    server.update(gate.require(minutes_page).text)
    return server
