"""Starting the real app on a test folder, the way `kktui` does, but with a fixed clock."""

from __future__ import annotations

from pathlib import Path

from kktui.clock import FixedClock
from kktui.services.demo import seed
from kktui.storage.store import Store
from kktui.screens.app import KktuiApp


def make_app(folder: Path, clock: FixedClock, lang: str = "nb") -> KktuiApp:
    return KktuiApp(store=Store.open(folder), lang=lang, clock=clock, cursor_blink=False)


def close_app(app: KktuiApp) -> None:
    app.session.close()
    app.session.store.close()


def screen_text(app: KktuiApp) -> str:
    """What the terminal shows right now, as plain text (the way export_screenshot renders it)."""
    import io

    from rich.console import Console

    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True,
                      record=True, legacy_windows=False, safe_box=False)
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
