"""Starting the real app on a test folder, the way `kktui` does, but with a fixed clock."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message
from textual.notifications import Notify

from kktui.clock import FixedClock
from kktui.screens.app import KktuiApp
from kktui.services.demo import seed
from kktui.storage.store import Store


def make_app(folder: Path, clock: FixedClock, lang: str = "nb") -> KktuiApp:
    return KktuiApp(store=Store.open(folder), lang=lang, clock=clock, cursor_blink=False)


def close_app(app: KktuiApp) -> None:
    app.session.close()
    app.session.store.close()


class Notifications:
    """Every notification the app raised, as Textual delivers it (a `Notify` message), kept
    after its toast has gone. Pass it as `app.run_test(message_hook=notifications)`."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, message: Message) -> None:
        if isinstance(message, Notify):
            self.messages.append(message.notification.message)

    def clear(self) -> None:
        self.messages.clear()


def screen_text(app: KktuiApp) -> str:
    """What the terminal shows right now, as plain text (the way export_screenshot renders it).

    Textual has no public call that gives the screen as text or cells: App.export_screenshot
    does exactly this and then turns it into SVG. This helper (and support.share.screen_image)
    are the only places in the tests that reach into `_compositor`."""
    import io

    from rich.console import Console

    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        record=True,
        legacy_windows=False,
        safe_box=False,
    )
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text(styles=False)


def demo_app(data_dir: Path, clock: FixedClock, lang: str = "nb") -> KktuiApp:
    """The app on a folder seeded with the demo class."""
    store = Store.open(data_dir)
    seed(store, lang, clock)
    store.close()
    return make_app(data_dir, clock, lang)


async def type_text(pilot, text: str) -> None:
    """Type like a user: one key press per character."""
    await pilot.press(*[("space" if ch == " " else ch) for ch in text])
