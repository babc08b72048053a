"""Sharing the minutes with the room: the page to serve, serving it, publishing it.

The page comes from the gate (never a confidential meeting, never a private line); the
server and the publishing folder are only ever handed a `Cleared`, so the CLI and the
share screen cannot serve anything else.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from kktui.meeting.model import Meeting
from kktui.output import gate
from kktui.output.gate import Cleared
from kktui.services.session import Session
from kktui.share.publish import Published, publish_page
from kktui.share.server import ShareServer
from kktui.storage.settings import Settings


def page(session: Session, meeting: Meeting) -> Cleared:
    """The minutes as the phones will see them; raises NotShareable for a confidential meeting."""
    return gate.minutes(meeting, session.tasks(meeting.id), session.now(), "html", purpose=gate.SHARE)


def server_for(
    cleared: Cleared,
    host: str,
    port: int = 0,
    minutes: float = 15.0,
    token: str | None = None,
    monotonic: Callable[[], float] = time.monotonic,
) -> ShareServer:
    """A server for the page, listening but not yet serving (`.start()` it); raises ShareError
    (one sentence) if it cannot listen, so whatever was shared before can go on."""
    return ShareServer(gate.require(cleared).text, host, port, minutes, token, monotonic=monotonic)


def refresh(server: ShareServer, cleared: Cleared) -> None:
    """A fresh snapshot behind the same link."""
    server.update(gate.require(cleared).text)


def publish(cleared: Cleared, settings: Settings, name: str | None = None) -> Published:
    """Copy the page to the publishing folder; raises PublishError (one sentence)."""
    return publish_page(gate.require(cleared).text, settings, name)
