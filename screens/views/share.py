"""Share: the laptop turned to the room, a QR code big enough to scan from a metre away.

The QR code is drawn black on white with explicit colours, so a dark theme never inverts
it; two module rows share one terminal row (▀ ▄ █), so a 60-character link fits at 80×24
with its quiet zone, and a bigger window draws it bigger, centred. Above it, the link on one
line; beside it: the address (pick another if the laptop has
several), the time left (+/-), how many times the page was opened, and what was left out.
Leaving the screen stops sharing: no QR code on screen means nothing is served.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import OptionList, Static

from kktui.dates import clock_text
from kktui.i18n import t, tn
from kktui.meeting.model import Meeting
from kktui.output.gate import Cleared
from kktui.output.privacy import NotShareable, private_lines
from kktui.output.qr import fit_scale, half_block_rows, qr_matrix, scaled, shortened
from kktui.screens.base import KkScreen
from kktui.screens.widgets.footer import KkFooter
from kktui.services import exports, live, sharing
from kktui.services.session import Session
from kktui.share.netaddr import Address, candidate_addresses
from kktui.share.publish import PublishError
from kktui.share.server import ShareError, ShareServer
from kktui.storage.files import StorageError
from kktui.storage.settings import SHARE_MINUTES_MAX

# Fixed colours, whatever the theme: scanners want dark modules on a light background.
QR_STYLE = Style(color="#000000", bgcolor="#ffffff")
DARK = Style(bgcolor="#000000")
LIGHT = Style(bgcolor="#ffffff")
STEP_MINUTES = 5


@dataclass
class ShareOptions:
    """Where to serve. Tests pin address, port, token and clock so the screen is repeatable."""

    host: str | None = None
    port: int = 0
    token: str | None = None
    addresses: list[Address] | None = None
    include_loopback: bool = False
    monotonic: Callable[[], float] = time.monotonic


class QrCode(Widget):
    """A QR code as half-block characters, black on white whatever the theme, as big as its
    area allows (each module 1×1, 2×2 … cells) and centred in it."""

    def __init__(self, text: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self._matrix: list[list[bool]] = qr_matrix(text) if text else []
        self.drawn = Region(0, 0, 0, 0)  # where the code itself is, in the widget's cells

    def show(self, text: str) -> None:
        self._matrix = qr_matrix(text)
        self.refresh(layout=True)

    def render(self) -> Text:
        """Uniform cells are coloured spaces (exact in any renderer); only mixed cells need ▀/▄."""
        text = Text(no_wrap=True, end="")
        if not self._matrix:
            return text
        width, height = self.content_size
        matrix = scaled(self._matrix, fit_scale(len(self._matrix), width, height))
        rows = list(half_block_rows(matrix))
        left, top = max(0, (width - len(matrix[0])) // 2), max(0, (height - len(rows)) // 2)
        self.drawn = Region(left, top, len(matrix[0]), len(rows))
        text.append("\n" * top)
        for number, row in enumerate(rows):
            if number:
                text.append("\n")
            text.append(" " * left)
            for upper, lower in row:
                if upper == lower:
                    text.append(" ", DARK if upper else LIGHT)
                else:
                    text.append("▀" if upper else "▄", QR_STYLE)
        return text

    def on_resize(self) -> None:
        self.refresh()


class ShareScreen(KkScreen):
    HELP_KEY = "share"
    BINDINGS = [
        Binding("s", "share_again", "key.share_again", tooltip="tip.share_again", id="share_again"),
        Binding(
            "plus,equals_sign",
            "more_time",
            "key.more_time",
            tooltip="tip.more_time",
            id="more_time",
            key_display="+",
        ),
        Binding(
            "minus", "less_time", "key.less_time", tooltip="tip.less_time", id="less_time", key_display="-"
        ),
        Binding("v", "save_svg", "key.save_svg", tooltip="tip.save_svg", id="save_svg"),
        Binding("escape,x", "stop", "key.stop_share", tooltip="tip.stop_share", id="stop_share"),
    ]

    def __init__(
        self, session: Session, meeting: Meeting, options: ShareOptions | None = None, publish: bool = False
    ) -> None:
        super().__init__()
        self.session, self.meeting, self.publish = session, meeting, publish
        self.options = options or ShareOptions()
        self.server: ShareServer | None = None
        self.url = ""
        self.published_path: Path | None = None
        self.addresses: list[Address] = []
        self.address_index = 0
        self._told_stopped = False

    # -- starting (before the screen is shown, so a failure leaves the user where they were) --
    def start(self) -> None:
        """Raises NotShareable, ShareError or PublishError with one sentence for the user."""
        sharing.page(self.session, self.meeting)  # refuses a confidential meeting before anything starts
        if self.publish:
            self._publish()
            return
        taken = live.to_minutes(self.session, self.meeting, self._page())
        if taken is not None:  # the live view's link becomes the minutes: no need to scan again
            self.server, self.url = taken, taken.url
            self.addresses = [Address(taken.host, "", "lan")]
            return
        self._serve_first_address()

    def _serve_first_address(self) -> None:
        """Where to serve: the addresses given, the host given, or this laptop's own."""
        options = self.options
        if options.addresses:
            self.addresses = list(options.addresses)
        elif options.host:
            self.addresses = [Address(options.host, "", "lan")]
        else:
            self.addresses = candidate_addresses(options.include_loopback)
        self._serve(self.addresses[self.address_index], options.token)

    def _page(self) -> Cleared:
        return sharing.page(self.session, self.meeting)

    def _serve(self, address: Address, token: str | None = None) -> None:
        minutes = self.session.settings.share_minutes
        if self.server is not None:
            minutes = max(self.server.seconds_left() / 60, 1) if self.server.running else minutes
        server = sharing.server_for(
            self._page(), address.ip, self.options.port, minutes, token, monotonic=self.options.monotonic
        )
        self.stop_sharing()
        self.server = server.start()
        self.url = server.url
        self._told_stopped = False

    def _publish(self) -> None:
        name = self.published_path.name if self.published_path else None
        published = sharing.publish(self._page(), self.session.settings, name)
        self.published_path, self.url = published.path, published.url

    def stop_sharing(self) -> None:
        """Stop serving; never waits (the server thread closes itself within a fraction of a second)."""
        if self.server is not None:
            self.server.stop()

    # -- layout ------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(id="share-title", markup=False)
        yield Static(id="share-url", markup=False)  # the whole width: the link on one line
        with Horizontal(id="share-body"):
            yield QrCode(self.url, id="qr")
            yield Static(t("share.stopped"), id="share-stopped")
            with Vertical(id="share-info"):
                yield Static(t("publish.scan") if self.publish else t("share.scan"), id="share-scan")
                yield Static(id="share-time")
                yield Static(id="share-opens")
                yield Static(id="share-private", markup=False)
                yield Static(id="share-network", markup=False)
                yield Static(t("share.address"), id="share-address-label")
                yield OptionList(*[a.label for a in self.addresses], id="share-addresses")
        yield KkFooter()

    def heading(self) -> str:
        """What the screen is for, above the code (the live view says its own)."""
        return t("publish.title") if self.publish else t("share.title")

    def on_mount(self) -> None:
        self.query_one("#share-title", Static).update(f"{self.heading()} · {self.meeting.title}")
        several = len(self.addresses) > 1
        self.query_one("#share-addresses").display = several
        self.query_one("#share-address-label").display = several
        if several:
            self.query_one("#share-addresses", OptionList).highlighted = self.address_index
        left_out = private_lines(self.meeting, self.session.tasks(self.meeting.id))
        private = self.query_one("#share-private", Static)
        private.update(tn("share.left_out", len(left_out)) if left_out else "")
        private.display = bool(left_out)
        network = t("publish.where", path=self.published_path) if self.publish else t("share.same_network")
        self.query_one("#share-network", Static).update(network)
        self.show_link()
        self.set_interval(1.0, self.tick)

    def show_link(self) -> None:
        self._show_url()
        self.query_one(QrCode).show(self.url)
        self.tick()

    def _show_url(self) -> None:
        """The link on its one line; shortened in the middle only if the window is narrower."""
        line = self.query_one("#share-url", Static)
        line.update(shortened(self.url, max(1, self.size.width - 2)))

    def on_resize(self) -> None:
        self._show_url()

    def tick(self) -> None:
        """Once a second: time left and opens; when the server has stopped, take the QR away."""
        server = self.server
        live = self.publish or (server is not None and server.running)
        self.query_one(QrCode).display = live
        self.query_one("#share-stopped").display = not live
        self.query_one("#share-url").display = live
        if self.publish or server is None:
            self.query_one("#share-time").display = False
            self.query_one("#share-opens").display = False
            return
        left = server.seconds_left()
        self.query_one("#share-time", Static).update(
            t("share.time_left", left=clock_text(left + 0.999)) if live else ""
        )
        self.query_one("#share-opens", Static).update(t("share.opens", n=server.opens))
        if not live and not self._told_stopped:
            self._told_stopped = True
            self.notify(t("share.timed_out") if server.stopped_by_timeout else t("share.ended"), timeout=8)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("more_time", "less_time") and self.publish:
            return False
        return True

    # -- actions -----------------------------------------------------------------------------
    def action_share_again(self) -> None:
        """A fresh snapshot of the minutes: same link while it runs, a new one once it stopped."""
        try:
            if self.publish:
                self._publish()
            elif self.server is not None and self.server.running:
                sharing.refresh(self.server, self._page())
            else:
                self._serve(self.addresses[self.address_index])
        except (ShareError, PublishError, NotShareable) as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self.show_link()
        self.notify(t("share.updated"), timeout=4)

    def _change_time(self, delta: int) -> None:
        server = self.server
        if server is None or not server.running:
            return
        minutes = server.seconds_left() / 60 + delta
        server.set_minutes_left(min(max(minutes, 1), SHARE_MINUTES_MAX))
        self.tick()

    def action_more_time(self) -> None:
        self._change_time(STEP_MINUTES)

    def action_less_time(self) -> None:
        self._change_time(-STEP_MINUTES)

    def action_save_svg(self) -> None:
        try:
            target = exports.save_qr(self.session, self.meeting, self.url)
        except (StorageError, NotShareable) as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self.notify(t("share.svg_saved", path=target), timeout=10)

    def action_stop(self) -> None:
        if not self.publish and self.server is not None and self.server.running:
            self.notify(t("share.ended"), timeout=4)
        self.stop_sharing()
        self.dismiss()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_index == self.address_index:
            return
        previous = self.address_index
        self.address_index = event.option_index
        try:
            self._serve(self.addresses[self.address_index])
        except ShareError as exc:
            self.address_index = previous
            self.notify(str(exc), severity="error", timeout=10)
            return
        self.show_link()

    def on_unmount(self) -> None:
        self.stop_sharing()


def open_share(
    app, session: Session, meeting: Meeting, options: ShareOptions | None = None, publish: bool = False
) -> ShareScreen | None:
    """Start sharing and show the screen; if it cannot start, say why in one sentence."""
    screen = ShareScreen(session, meeting, options, publish)
    try:
        screen.start()
    except (NotShareable, ShareError, PublishError) as exc:
        app.notify(str(exc), severity="error", timeout=12)
        return None
    app.push_screen(screen)
    return screen


def terminal_can_copy(env: dict[str, str] | None = None) -> bool:
    """Terminals known to ignore OSC 52; for any other we cannot know, so we say "if allowed"."""
    env = dict(os.environ) if env is None else env
    return env.get("TERM_PROGRAM") != "Apple_Terminal" and env.get("TERM") != "linux"


def copy_minutes(app, session: Session, meeting: Meeting) -> Path | None:
    """Minutes as Markdown to the clipboard (OSC 52) for Spond or e-mail, and always to a file too."""
    try:
        cleared, target = exports.copy_minutes(session, meeting)
    except (NotShareable, StorageError) as exc:
        app.notify(str(exc), severity="error", timeout=12)
        return None
    if not terminal_can_copy():
        app.notify(t("summary.copy_unsupported", path=target), severity="warning", timeout=12)
        return target
    try:
        app.copy_to_clipboard(cleared.text)
    except (OSError, RuntimeError, ValueError) as exc:
        app.notify(t("summary.copy_failed", reason=exc, path=target), severity="warning", timeout=12)
        return target
    app.notify(t("summary.copied", path=target), timeout=10)
    return target
