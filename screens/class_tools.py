"""F3–F5 and the command palette (commands.ClassCommands): the class's screens open over whatever is showing.

Opened over a running meeting they leave it running underneath; Esc goes back to it.
Moving from one of them to another replaces it, so Esc always leads back.
"""

from __future__ import annotations

from importlib import import_module

from textual.app import App
from textual.screen import ModalScreen

from kktui.screens.base import KkScreen
from kktui.services.session import Session

TOOLS = {
    "people": ("views.people", "PeopleScreen"),
    "task_board": ("views.tasks_board", "TasksBoardScreen"),
    "year_wheel": ("views.year_wheel", "YearWheelScreen"),
    "handover": ("views.handover", "HandoverScreen"),
    "call_list": ("views.call_list", "CallListScreen"),
    "import_class": ("dialogs.import_class", "ImportClassScreen"),
    "new_year": ("views.new_year", "NewYearScreen"),
}


def _screen_class(name: str):
    module, cls = TOOLS[name]
    return getattr(import_module(f"kktui.screens.{module}"), cls)


def open_tool(app: App, session: Session, name: str) -> None:
    if isinstance(app.screen, ModalScreen):
        return  # finish the dialog first
    wanted = _screen_class(name)
    if isinstance(app.screen, wanted):
        return
    if name != "people" and session.current_class() is None:
        wanted = _screen_class("people")  # it says how to make the class first
    tools = tuple(_screen_class(n) for n in TOOLS)
    if isinstance(app.screen, tools):
        app.switch_screen(wanted(session))
    else:
        app.push_screen(wanted(session))


def switch_class_anywhere(app: App, session: Session) -> None:
    from kktui.screens.dialogs.class_switcher import switch_class

    screen = app.screen
    if isinstance(screen, KkScreen):  # not over a dialog, nor over the palette
        switch_class(screen, session, screen.refresh_data)


def export_calendar(app: App, session: Session) -> None:
    from kktui.screens.views.year_wheel import export_calendar as export

    export(app.screen, session)


def cleanup_anywhere(app: App, session: Session) -> None:
    """Slett gamle personopplysninger: choose a finished year, see what goes, confirm once."""
    from kktui.screens.dialogs.cleanup import open_cleanup

    screen = app.screen
    if isinstance(screen, KkScreen):  # not over a dialog, nor over the palette
        open_cleanup(screen, session)
