"""The live view's QR code: the same screen as sharing the minutes, for a meeting still running.

Unlike the minutes, leaving this screen does not stop it: Escape goes back to the meeting
and the phones keep following; x stops it. F6 in the meeting shows the same link again.
Starting, stopping and what the phones see are the application layer's (services/live.py).
"""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Static

from kktui.i18n import t
from kktui.meeting.model import Meeting
from kktui.output.privacy import NotShareable
from kktui.screens.views.share import ShareOptions, ShareScreen
from kktui.services import live
from kktui.services.session import Session
from kktui.share.netaddr import Address
from kktui.share.server import ShareError


class LiveShareScreen(ShareScreen):
    BINDINGS = [
        Binding("escape", "back", "key.home", tooltip="tip.live_back", id="live_back"),
        Binding("x", "stop", "key.stop_share", tooltip="tip.stop_share", id="stop_share"),
    ]

    def __init__(self, session: Session, meeting: Meeting, options: ShareOptions | None = None) -> None:
        super().__init__(session, meeting, options)

    def start(self) -> None:
        """Raises NotShareable or ShareError with one sentence for the user."""
        live.check(self.meeting)
        running = live.current(self.session, self.meeting)
        if running is not None:  # shown again: the same link
            self.server, self.url = running, running.url
            self.addresses = [Address(running.host, "", "lan")]
            return
        self._serve_first_address()

    def _serve(self, address: Address, token: str | None = None) -> None:
        self.server = live.start(
            self.session, self.meeting, address.ip, self.options.port, token, monotonic=self.options.monotonic
        )
        self.url = self.server.url
        self._told_stopped = False

    def heading(self) -> str:
        return t("live_view.title")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#share-scan", Static).update(t("live_view.scan"))
        self.query_one("#share-private", Static).display = False  # notes never go live

    def stop_sharing(self) -> None:
        """Leaving the screen keeps the live view; only x (action_stop) ends it."""

    def action_share_again(self) -> None:
        try:
            if self.server is not None and self.server.running:
                live.refresh(self.session, self.meeting)
            else:
                self._serve(self.addresses[self.address_index])
        except (ShareError, NotShareable) as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self.show_link()
        self.notify(t("share.updated"), timeout=4)

    def action_back(self) -> None:
        if self.server is not None and self.server.running:
            self.notify(t("live_view.still_on"), timeout=6)
        self.dismiss()

    def action_stop(self) -> None:
        if self.server is not None and self.server.running:
            self.notify(t("share.ended"), timeout=4)
        live.stop(self.session)
        self.dismiss()


def open_live_share(app, session: Session, meeting: Meeting) -> LiveShareScreen | None:
    """The live key: show the QR code of the live view (starting it if needed), or say why not."""
    screen = LiveShareScreen(session, meeting, getattr(app, "share_options", None))
    try:
        screen.start()
    except (NotShareable, ShareError) as exc:
        app.notify(str(exc), severity="error", timeout=12)
        return None
    app.push_screen(screen)
    return screen
