"""Starting the real app on a test folder, the way `kktui` does, but with a fixed clock."""

from __future__ import annotations

from pathlib import Path

from kktui.clock import FixedClock
from kktui.store import Store
from kktui.screens.app import KktuiApp


def make_app(folder: Path, clock: FixedClock, lang: str = "nb") -> KktuiApp:
    return KktuiApp(store=Store.open(folder), lang=lang, clock=clock, cursor_blink=False)


def close_app(app: KktuiApp) -> None:
    app.session.close()
    app.session.store.close()
