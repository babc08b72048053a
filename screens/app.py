"""The Textual app: owns the session, switches screens on messages from them."""

from __future__ import annotations

from typing import Iterable

from textual import on
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from kktui import i18n
from kktui.clock import Clock
from kktui.i18n import t
from kktui.session import Session
from kktui.store import Store

from .bindings import translate_bindings
from .confirm import ConfirmScreen
from .help import HelpScreen
from .home import HomeScreen
from .live_meeting import LiveMeetingScreen
from .messages import GoHome, MeetingFinished, NewMeeting, OpenMeeting, SaveProblem, SaveRecovered
from .new_meeting import NewMeetingScreen
from .summary import SummaryScreen


class KktuiApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "kktui"
    BINDINGS = [
        Binding("f1", "help", "key.help", tooltip="tip.help", id="help"),
        Binding("ctrl+q", "quit", "key.quit", tooltip="tip.quit", id="quit", priority=True),
        Binding("ctrl+c", "help_quit", show=False, system=True, id="ctrl_c", tooltip="tip.ctrl_c"),
        Binding("ctrl+p", "command_palette", "key.palette", tooltip="tip.palette", id="palette",
                priority=True, show=False),
    ]

    def __init__(self, store: Store, lang: str = "nb", clock: Clock | None = None,
                 cursor_blink: bool = True) -> None:
        i18n.use(lang)
        super().__init__()
        translate_bindings(self)
        self.lang = lang
        self.cursor_blink = cursor_blink
        self.session = Session(
            store, clock,
            on_save_error=lambda text: self.post_message(SaveProblem(text)),
            on_save_recovered=lambda: self.post_message(SaveRecovered()),
        )

    def get_default_screen(self) -> Screen:
        return HomeScreen(self.session)

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        if self.session.store.recovery is not None:
            self.notify(self.session.store.recovery.message, severity="warning", timeout=30)

    # -- navigation ----------------------------------------------------------------
    def _show(self, screen: Screen) -> None:
        if isinstance(self.screen, HomeScreen):
            self.push_screen(screen)
        else:
            self.switch_screen(screen)

    @on(NewMeeting)
    def new_meeting(self) -> None:
        self._show(NewMeetingScreen(self.session, self.lang))

    @on(OpenMeeting)
    def open_meeting(self, message: OpenMeeting) -> None:
        meeting = self.session.meeting(message.meeting_id)
        if meeting.status == "finished":
            self._show(SummaryScreen(self.session, meeting))
        elif meeting.status == "planned" and not isinstance(self.screen, NewMeetingScreen):
            def start(yes: bool | None) -> None:
                if yes:
                    self._show(LiveMeetingScreen(self.session, meeting, cursor_blink=self.cursor_blink))

            self.push_screen(ConfirmScreen(t("home.start_planned", title=meeting.title),
                                           t("home.start_yes"), t("home.start_no")), start)
        else:
            self._show(LiveMeetingScreen(self.session, meeting, cursor_blink=self.cursor_blink))

    @on(MeetingFinished)
    def meeting_finished(self, message: MeetingFinished) -> None:
        self._show(SummaryScreen(self.session, self.session.meeting(message.meeting_id)))

    @on(GoHome)
    def go_home(self) -> None:
        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()

    @on(SaveProblem)
    def save_problem(self, message: SaveProblem) -> None:
        self.notify(message.text, title=t("save.failed_title"), severity="error", timeout=15)

    @on(SaveRecovered)
    def save_recovered(self) -> None:
        self.notify(t("save.recovered"), timeout=5)

    def on_app_blur(self) -> None:
        """The terminal lost focus: the user may be about to close it."""
        self._save_screen()

    def _save_screen(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, LiveMeetingScreen):
                screen.save_now()

    # -- actions ------------------------------------------------------------------
    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def _meeting_running(self) -> bool:
        return any(isinstance(s, LiveMeetingScreen) for s in self.screen_stack)

    async def action_quit(self) -> None:
        if self._meeting_running():
            self.push_screen(ConfirmScreen(t("quit.mid_meeting"), t("quit.yes"), t("quit.no")),
                             self._quit_if)
        else:
            self._quit_if(True)

    def action_help_quit(self) -> None:
        """ctrl+c: never quits mid-meeting on its own, always asks."""
        self.push_screen(
            ConfirmScreen(t("quit.mid_meeting") if self._meeting_running() else t("quit.ask"),
                          t("quit.yes"), t("quit.no")),
            self._quit_if,
        )

    def _quit_if(self, confirmed: bool | None) -> None:
        if confirmed:
            self._save_screen()
            self.session.flush()
            self.exit(0)

    # -- command palette ---------------------------------------------------------------
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Everything bound to a key on this screen, plus opening any meeting."""
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if not binding.description or binding.system or binding.action in seen:
                continue
            seen.add(binding.action)
            node, action = active.node, binding.action
            yield SystemCommand(binding.description, binding.tooltip or binding.description,
                                lambda node=node, action=action: self.call_later(self.run_action, action, node))
        for meeting in self.session.meetings():
            yield SystemCommand(
                t("cmd.open_meeting", title=meeting.title),
                t("cmd.open_meeting_help", date=meeting.date, status=t(f"status.{meeting.status}")),
                lambda mid=meeting.id: self.post_message(OpenMeeting(mid)),
                discover=False,
            )
        yield SystemCommand(t("cmd.theme"), t("cmd.theme_help"), self.action_change_theme)
        yield SystemCommand(t("key.quit"), t("tip.quit"), lambda: self.call_later(self.action_quit))
