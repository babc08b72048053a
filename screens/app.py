"""The Textual app: owns the session, switches screens on messages from them."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from kktui import i18n
from kktui.clock import Clock
from kktui.i18n import t
from kktui.screens.base import KkBase
from kktui.screens.bindings import translate_bindings
from kktui.screens.mends import mend_textual
from kktui.screens.messages import (
    CopyMinutes,
    GoHome,
    MeetingFinished,
    MeetingsChanged,
    NewMeeting,
    OpenClassTool,
    OpenGuide,
    OpenMeeting,
    SaveNotice,
    SaveProblem,
    SaveRecovered,
    SaveState,
    ShareMeeting,
)
from kktui.screens.views.home import HomeScreen
from kktui.services.session import Session
from kktui.storage.files import StorageError
from kktui.storage.settings import Settings
from kktui.storage.store import Store
from kktui.text import has_controls, visible

if TYPE_CHECKING:
    from textual.command import Provider

    from kktui.meeting.model import Meeting, MeetingSummary
    from kktui.screens.views.share import ShareOptions

# The screens beyond home are imported where they are first needed: start-up pays only for home.
# Their CSS likewise: app.tcss has what home shows, screens.tcss the rest (read before the first
# other screen opens, or half a second after start, whichever comes first).
SCREENS_CSS = Path(__file__).with_name("screens.tcss")
SCREENS_CSS_AFTER = 0.5  # seconds after start, while the user reads home


PALETTE_PROVIDERS = ("KeyCommands", "MeetingCommands", "GuideCommands", "ClassCommands", "AppCommands")


def _provider(name: str) -> Callable[[], type[Provider]]:
    """One of the palette's providers (commands.py), imported when the palette first opens."""

    def load() -> type[Provider]:
        from kktui.screens import commands

        return getattr(commands, name)

    return load


class KktuiApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "kktui"
    # By name: commands.py is imported when the palette first opens, not on start.
    COMMANDS = {_provider(name) for name in PALETTE_PROVIDERS}
    BINDINGS = [
        Binding("f1", "help", "key.help", tooltip="tip.help", id="help"),
        Binding("f2", "guides", "key.guides", tooltip="tip.guides", id="guides"),
        # Shown on the home screen's class bar: the Footer has no room for them at 80 columns.
        Binding("f3", "class_tool('people')", "key.people", tooltip="tip.people", id="people", show=False),
        Binding(
            "f4",
            "class_tool('task_board')",
            "key.task_board",
            tooltip="tip.task_board",
            id="task_board",
            show=False,
        ),
        Binding(
            "f5",
            "class_tool('year_wheel')",
            "key.year_wheel",
            tooltip="tip.year_wheel",
            id="year_wheel",
            show=False,
        ),
        # Not in the footer (no room at 80 columns); F1 and the palette list it.
        Binding("ctrl+q", "quit", "key.quit", tooltip="tip.quit", id="quit", priority=True, show=False),
        Binding("ctrl+c", "help_quit", show=False, system=True, id="ctrl_c", tooltip="tip.ctrl_c"),
        Binding(
            "ctrl+p",
            "command_palette",
            "key.palette",
            tooltip="tip.palette",
            id="palette",
            priority=True,
            show=False,
        ),
    ]

    def __init__(
        self,
        store: Store,
        lang: str = "nb",
        clock: Clock | None = None,
        cursor_blink: bool = True,
        settings: Settings | None = None,
    ) -> None:
        i18n.use(lang)
        mend_textual()
        super().__init__()
        translate_bindings(self)
        self.lang = lang
        self.cursor_blink = cursor_blink
        self.save_failing = False
        self.share_options: ShareOptions | None = None  # where to serve; tests pin address and token
        # Every meeting (title, date, status) for home and the palette: read when first needed,
        # then kept until meetings change (see _meetings_changed).
        self._meeting_index: list[MeetingSummary] | None = None
        self.session = Session(
            store,
            clock,
            on_save_error=lambda text: self.post_message(SaveProblem(text)),
            on_save_recovered=lambda: self.post_message(SaveRecovered()),
            settings=settings,
            on_notice=lambda text: self.post_message(SaveNotice(text)),
        )

    async def on_event(self, event: events.Event) -> None:
        # Typed keys never carry control characters into an Input, but a paste does (ESC ] 52
        # copied from a web page): shown as ␛ instead, line breaks and tabs kept for the notes.
        if isinstance(event, events.Paste) and has_controls(event.text, keep="\r\n\t"):
            event.text = visible(event.text, keep="\r\n\t")
        await super().on_event(event)

    def get_default_screen(self) -> Screen:
        return HomeScreen(self.session)

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        if self.session.store.read_only:
            self.notify(t("app.read_only"), severity="warning", timeout=30)
        if self.session.store.recovery is not None:
            self.notify(self.session.store.recovery.message, severity="warning", timeout=30)
        if self.session.settings.problem:
            self.notify(self.session.settings.problem, severity="warning", timeout=30)
        # Years of data are hundreds of thousands of long-lived objects; a full garbage
        # collection walking them all would freeze the screen mid-sentence. Set them aside.
        self.call_after_refresh(gc.freeze)
        # Not at once either: the footer is composed just after the first frame.
        self.set_timer(SCREENS_CSS_AFTER, self._read_screens_css)

    def _read_screens_css(self) -> None:
        """Add the other screens' CSS to the stylesheet (once), parsed now, not when one opens.

        No rule in it matches anything on home, so what is on screen needs no new styles."""
        key = str(SCREENS_CSS)
        if not self.stylesheet.has_source(key, ""):
            css = SCREENS_CSS.read_text(encoding="utf-8")
            self.stylesheet.add_source(css, read_from=(key, ""), is_default_css=False)
            self.stylesheet.parse()

    def push_screen(self, screen, *args, **kwargs):  # Textual's arguments, passed on as they are
        self._read_screens_css()  # before the screen is styled
        return super().push_screen(screen, *args, **kwargs)

    def switch_screen(self, screen):
        self._read_screens_css()
        return super().switch_screen(screen)

    # -- navigation ----------------------------------------------------------------
    def _show(self, screen: Screen) -> None:
        if isinstance(self.screen, HomeScreen):
            self.push_screen(screen)
        else:
            self.switch_screen(screen)

    def _ours(self) -> Iterator[KkBase]:
        """The screens in the stack that are kktui's (not Textual's own, such as the palette)."""
        return (screen for screen in self.screen_stack if isinstance(screen, KkBase))

    def _live_meeting(self, meeting: Meeting) -> Screen:
        from kktui.screens.views.live_meeting import LiveMeetingScreen

        return LiveMeetingScreen(
            self.session, meeting, cursor_blink=self.cursor_blink, save_failing=self.save_failing
        )

    @on(NewMeeting)
    def new_meeting(self) -> None:
        from kktui.screens.views.new_meeting import NewMeetingScreen

        self._show(NewMeetingScreen(self.session, self.lang))

    @on(OpenMeeting)
    def open_meeting(self, message: OpenMeeting) -> None:
        from kktui.meeting import challenging
        from kktui.screens.dialogs.confirm import ConfirmScreen
        from kktui.screens.views.new_meeting import NewMeetingScreen
        from kktui.screens.views.summary import SummaryScreen

        self._meetings_changed()  # opening follows planning one, or reopening it
        try:
            meeting = self.session.meeting(message.meeting_id)
        except StorageError as exc:  # its file is damaged and has no copy (read-only): say so
            self.notify(str(exc), severity="error", timeout=20)
            return
        if meeting.status == "finished":
            self._show(SummaryScreen(self.session, meeting))
        elif (
            meeting.status == "planned"
            and not isinstance(self.screen, NewMeetingScreen)
            and not challenging.needs_preparation(meeting)
        ):

            def start(yes: bool | None) -> None:
                if yes:
                    self._show(self._live_meeting(meeting))

            self.push_screen(
                ConfirmScreen(
                    t("home.start_planned", title=meeting.title),
                    t("home.start_yes"),
                    t("home.start_no"),
                    default_yes=True,
                ),
                start,
            )
        else:
            self._show(self._live_meeting(meeting))

    @on(MeetingFinished)
    def meeting_finished(self, message: MeetingFinished) -> None:
        from kktui.screens.views.summary import SummaryScreen

        self._meetings_changed()
        self._show(SummaryScreen(self.session, self.session.meeting(message.meeting_id)))

    @on(GoHome)
    def go_home(self) -> None:
        self._meetings_changed()  # e.g. a meeting was planned for later
        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()

    @on(MeetingsChanged)
    def _meetings_changed(self) -> None:
        """The index is read again the next time it is needed, not now: nobody may ask."""
        self._meeting_index = None

    def meeting_index(self) -> list[MeetingSummary]:
        """Every meeting (title, date, status) for the palette, kept until meetings change."""
        if self._meeting_index is None:
            self._meeting_index = self.session.meeting_index()
        return self._meeting_index

    @on(OpenGuide)
    def open_guide(self, message: OpenGuide) -> None:
        from kktui.screens.views.guides import GuideScreen

        if isinstance(self.screen, GuideScreen):
            self.screen.run_worker(self.screen.show_guide(message.guide_id or "", message.anchor))
        else:
            self.push_screen(GuideScreen(i18n.current(), message.guide_id, message.anchor))

    def action_guides(self) -> None:
        """F2: the guide for the current agenda step if it has one, else the whole browser."""
        from kktui.screens.views.guides import GuideScreen

        if isinstance(self.screen, GuideScreen):
            self.pop_screen()
            return
        target = self.screen.guide_target() if isinstance(self.screen, KkBase) else None
        self.post_message(OpenGuide(*(target or (None, ""))))

    @on(OpenClassTool)
    def open_class_tool(self, message: OpenClassTool) -> None:
        from kktui.screens.class_tools import open_tool

        open_tool(self, self.session, message.name)

    @on(ShareMeeting)
    def share_meeting(self, message: ShareMeeting) -> None:
        from kktui.screens.views.share import open_share

        open_share(self, self.session, message.meeting, self.share_options, publish=message.publish)

    @on(CopyMinutes)
    def copy_minutes(self, message: CopyMinutes) -> None:
        from kktui.screens.views.share import copy_minutes

        copy_minutes(self, self.session, message.meeting)

    @on(SaveProblem)
    def save_problem(self, message: SaveProblem) -> None:
        self.save_failing = True  # the status line says "not saved" until saving works again
        self.notify(message.text, title=t("save.failed_title"), severity="error", timeout=15)
        self._show_save_state()

    @on(SaveNotice)
    def save_notice(self, message: SaveNotice) -> None:
        self.notify(message.text, severity="warning", timeout=20)

    @on(SaveRecovered)
    def save_recovered(self) -> None:
        self.save_failing = False
        self.notify(t("save.recovered"), timeout=5)
        self._show_save_state()

    def _show_save_state(self) -> None:
        """Tell the screens; the live meeting's status line shows it."""
        at = datetime.fromtimestamp(self.session.now()).strftime("%H:%M:%S")
        for screen in self._ours():
            screen.post_message(SaveState(self.save_failing, at))  # type: ignore[attr-defined]  # a Screen

    def on_app_blur(self) -> None:
        """The terminal lost focus: the user may be about to close it."""
        self._save_screen()

    def _save_screen(self) -> None:
        for screen in self._ours():
            screen.save_now()

    # -- actions ------------------------------------------------------------------
    def action_class_tool(self, name: str) -> None:
        """F3 people, F4 task board, F5 year wheel (see class_tools)."""
        self.post_message(OpenClassTool(name))

    def action_command_palette(self) -> None:
        """ctrl+p: the palette in the user's language (Textual's own prompt is English)."""
        from kktui.screens import commands

        if self.use_command_palette and not isinstance(self.screen, commands.KkCommandPalette):
            self.push_screen(commands.KkCommandPalette())

    def action_help(self) -> None:
        from kktui.screens.views.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_switch_language(self) -> None:
        """The next language the user may read (bokmål → nynorsk → English → bokmål), remembered
        in settings; the home screen is drawn anew. What goes to parents keeps the class's language."""
        new = i18n.LANGUAGES[(i18n.LANGUAGES.index(i18n.current()) + 1) % len(i18n.LANGUAGES)]
        try:
            self.session.update_settings(lang=new)
        except OSError as exc:
            self.notify(t("settings.save_failed", reason=exc.strerror or exc), severity="error")
        i18n.use(new)
        self.lang = new
        translate_bindings(self)
        while len(self.screen_stack) > 1:
            self.pop_screen()
        # The first screen cannot be swapped out, so a new home goes on top of it.
        self.push_screen(HomeScreen(self.session))
        self.notify(t("settings.language_set", language=t(f"lang.{new}")), timeout=4)

    def _meeting_running(self) -> bool:
        """A meeting screen is open, or a meeting was left running (escape to home keeps it going)."""
        from kktui.screens.views.live_meeting import LiveMeetingScreen

        return any(isinstance(s, LiveMeetingScreen) for s in self.screen_stack) or any(
            meeting.status == "running" for meeting in self.meeting_index()
        )

    async def action_quit(self) -> None:
        from kktui.screens.dialogs.confirm import ConfirmScreen

        if self._meeting_running():
            self.push_screen(ConfirmScreen(t("quit.mid_meeting"), t("quit.yes"), t("quit.no")), self._quit_if)
        else:
            self._quit_if(True)

    def action_help_quit(self) -> None:
        """ctrl+c: never quits mid-meeting on its own, always asks."""
        from kktui.screens.dialogs.confirm import ConfirmScreen

        self.push_screen(
            ConfirmScreen(
                t("quit.mid_meeting") if self._meeting_running() else t("quit.ask"),
                t("quit.yes"),
                t("quit.no"),
            ),
            self._quit_if,
        )

    def _quit_if(self, confirmed: bool | None) -> None:
        if confirmed:
            self._save_screen()
            self._stop_sharing()
            self.session.flush()
            self.exit(0)

    def _stop_sharing(self) -> None:
        """A share must end with the app; stopping only signals the server thread, never waits."""
        for screen in self._ours():
            screen.stop_sharing()
