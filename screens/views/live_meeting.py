"""The live meeting: agenda, guidance for this step, notes, timers and quick capture."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Markdown, Static, TextArea

from kktui.guidance.guides import first_link
from kktui.i18n import t
from kktui.meeting import challenging, flow
from kktui.meeting.model import Meeting
from kktui.screens.base import KkScreen
from kktui.screens.dialogs.capture import StepScreen
from kktui.screens.messages import GoHome, MeetingsChanged, SaveState
from kktui.screens.panels.messages import PanelChanged
from kktui.screens.panels.registry import panel_for
from kktui.screens.views.live_beat import HOLD_SECONDS, BeatPacer
from kktui.screens.views.live_memory import MeetingMemory
from kktui.screens.views.live_time import show_over_hint, take_time
from kktui.screens.views.meeting_bars import show_clock
from kktui.screens.views.meeting_capture import capture_decision, capture_task, toggle_private
from kktui.screens.views.meeting_finish import ask_finish
from kktui.screens.widgets.agenda import AgendaList
from kktui.screens.widgets.footer import KkFooter
from kktui.screens.widgets.guidance import GuidancePane
from kktui.screens.widgets.links import open_allowed_link
from kktui.screens.widgets.step_text import guidance_markdown, meeting_line, step_guidance
from kktui.services.session import Session

# One timer, two jobs in turn: the clock on even beats, the autosave on odd ones. Two timers of
# one second fired in the same turn of the event loop, and a key typed then waited for both.
BEAT_SECONDS = 0.5
AUTOSAVE_SECONDS = 2 * BEAT_SECONDS
HEARTBEAT_SECONDS = 30.0
# A step's guidance is shown this long after its title (a frame or two). The next step's is
# built this long after that: not in the same breath, yet done before the next ctrl+n of anyone
# moving on briskly (0.3 s after the step change, its mounting ran into that ctrl+n).
GUIDANCE_AFTER_SECONDS = 1 / 30
PREPARE_SECONDS = 0.1


class LiveMeetingScreen(KkScreen):
    HELP_KEY = "live"
    BINDINGS = [
        Binding(
            "ctrl+n", "next_step", "key.next_step", tooltip="tip.next_step", id="next_step", priority=True
        ),
        Binding(
            "ctrl+b",
            "previous_step",
            "key.previous_step",
            tooltip="tip.previous_step",
            id="previous_step",
            priority=True,
        ),
        Binding("ctrl+d", "decision", "key.decision", tooltip="tip.decision", id="decision", priority=True),
        Binding("ctrl+t", "task", "key.task", tooltip="tip.task", id="task", priority=True),
        Binding(
            "f7",
            "take_time",
            "key.take_time",
            tooltip="tip.take_time",
            id="take_time",
            priority=True,
            show=False,
        ),
        Binding("ctrl+f", "finish", "key.finish", tooltip="tip.finish", id="finish", priority=True),
        Binding("ctrl+o", "details", "key.details", tooltip="tip.details", id="details", priority=True),
        Binding(
            "ctrl+g",
            "toggle_guidance",
            "key.guidance",
            tooltip="tip.guidance",
            id="toggle_guidance",
            priority=True,
            show=False,
        ),
        Binding(
            "ctrl+l",
            "focus_agenda",
            "key.agenda",
            tooltip="tip.agenda",
            id="focus_agenda",
            priority=True,
            show=False,
        ),
        Binding("ctrl+s", "save", "key.save", tooltip="tip.save", id="save", priority=True, show=False),
        Binding("escape", "leave", "key.home", tooltip="tip.leave_meeting", id="leave", show=False),
        Binding(
            "f6",
            "live_view",
            "key.live_view",
            tooltip="tip.live_view",
            id="live_view",
            priority=True,
            show=False,
        ),
        Binding(
            "ctrl+r",
            "toggle_private",
            "key.private",
            tooltip="tip.private",
            id="toggle_private",
            priority=True,
            show=False,
        ),
    ]

    def __init__(
        self, session: Session, meeting: Meeting, cursor_blink: bool = True, save_failing: bool = False
    ) -> None:
        super().__init__()
        self.session = session
        self.meeting = meeting
        self.cursor_blink = cursor_blink
        self.save_failing = save_failing  # the app says when it changes (SaveState)
        self._dirty = False
        self._loading = False
        self._shown_step = -1
        self._task_count: int | None = None
        self._beats = 0
        self._pacer = BeatPacer()  # while the user types, the beat's job waits for the next key
        self._memory = MeetingMemory()  # full garbage collections in the user's pauses
        self._shown_text: dict[str, str] = {}  # what each bar and timer shows now
        self._notes: TextArea | None = None  # kept at hand (compose): every save reads it

    @property
    def notes_box(self) -> TextArea:
        """The notes, kept from compose: a query walks every widget (pages of guidance among them)."""
        assert self._notes is not None, "the screen is composed first"
        return self._notes

    # -- layout --------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="meeting-bar"):
            yield Static(id="meeting-title")
            yield Static(id="total-timer")
        with Horizontal(id="live-body"):
            with Vertical(id="agenda-pane", classes="pane"):
                yield Static(t("live.agenda"), classes="pane-title")
                yield AgendaList(id="agenda")
            with Vertical(id="step-pane"):
                with Horizontal(id="step-bar"):
                    yield Static(id="step-title")
                    yield Static(id="step-timer")
                yield Static(id="over-hint")
                yield GuidancePane(id="guidance-scroll")
                yield Vertical(id="step-panel")
                self._notes = TextArea(
                    id="notes",
                    soft_wrap=True,
                    show_line_numbers=False,
                    tab_behavior="focus",
                    placeholder=t("live.notes_placeholder"),
                )
                yield self._notes
                yield Static(id="live-status")
        yield KkFooter()

    def on_mount(self) -> None:
        now = self.session.now()
        if flow.resume(self.meeting, now):
            self.notify(t("live.gap_not_counted"), timeout=8)
        if not challenging.needs_preparation(self.meeting):
            flow.start(self.meeting, now)
        self.session.save_meeting(self.meeting)
        self.post_message(MeetingsChanged())  # it is running now
        self.notes_box.cursor_blink = self.cursor_blink
        self.query_one("#meeting-title", Static).update(meeting_line(self.meeting))
        self.show_step()
        self.set_interval(BEAT_SECONDS, self._beat)
        self._memory.opened()
        self.notes_box.focus()
        self.call_after_refresh(self._focus_step)

    def _focus_step(self) -> None:
        """Notes by default; a step with its own panel starts in the panel."""
        panel_inputs = self.query("#step-panel Input, #step-panel TextArea")
        if panel_inputs:
            panel_inputs.first().focus()
        else:
            self.notes_box.focus()

    # -- showing the current step ---------------------------------------------------------
    def show_step(self) -> None:
        """Load the current step into the panes; the notes keep their cursor per step."""
        meeting, now = self.meeting, self.session.now()
        step = meeting.current_step
        agenda = self.query_one(AgendaList)
        agenda.show(meeting, now, keep=meeting.current)
        if step is None:
            return
        guidance_scroll = self.query_one(GuidancePane)
        # The step's title, timer and notes first; its guidance a frame or two later, so laying
        # out pages of it never holds back the title that says the step changed.
        show_guidance = partial(self._show_guidance, guidance_markdown(meeting))
        if guidance_scroll.shown is None:  # the screen opening: all of it in its first frame
            show_guidance()
        else:
            self.set_timer(GUIDANCE_AFTER_SECONDS, show_guidance)
            self._memory.step_changed()
        if step.kind:
            guidance_scroll.display = True  # each phase keeps its guidance in sight
        self._show_panel(step)
        notes = self.notes_box
        self._loading = True
        notes.load_text(step.notes)
        row = min(step.cursor[0], notes.document.line_count - 1)
        col = min(step.cursor[1], len(notes.document.get_line(row)))
        notes.move_cursor((row, col))
        self._shown_step = meeting.current
        self.tick()
        self.update_status()

    def _show_guidance(self, text: str) -> None:
        """This step's guidance; the next step's is built a moment later (PREPARE_SECONDS)."""
        self.query_one(GuidancePane).show(text)
        self.set_timer(PREPARE_SECONDS, self._prepare_next_guidance)

    def _prepare_next_guidance(self) -> None:
        """Build the next step's guidance while the user reads this one: ctrl+n then only shows it."""
        following = self.meeting.current + 1
        if self.is_mounted and following < len(self.meeting.steps):
            self.query_one(GuidancePane).prepare(step_guidance(self.meeting.steps[following]))

    def _show_panel(self, step) -> None:
        """Mount the step's own panel (see step_panels), or hide the panel area."""
        holder = self.query_one("#step-panel", Vertical)
        holder.remove_children()
        panel = panel_for(self.session, self.meeting, step)
        holder.display = panel is not None
        self.set_class(panel is not None, "-with-panel")
        if panel is not None:
            holder.mount(panel)

    @on(PanelChanged)
    def panel_changed(self) -> None:
        self._dirty = True
        self._typed()

    def _beat(self) -> None:
        """Every half second: the clock, or the autosave (and now and then the heartbeat); while the
        user types, with the next key (live_beat.py)."""
        self._beats += 1
        if self._beats % 2:
            job = self.tick
        elif self._beats % round(HEARTBEAT_SECONDS / BEAT_SECONDS) == 0:
            job = self.heartbeat
        else:
            job = self.autosave
        now = self._pacer.beat(job)
        if now is None:
            self.set_timer(HOLD_SECONDS, self._beat_due)
        else:
            now()
            self._memory.pause()  # not typing: a full collection, if one is due, goes now

    def _beat_due(self) -> None:
        if self.is_mounted and (job := self._pacer.due()) is not None:
            job()

    def _typed(self) -> None:
        """A key changed the notes or a panel's field: a held beat job is drawn with it."""
        if (job := self._pacer.key()) is not None:
            job()

    def tick(self) -> None:
        """The step's title and timer, the meeting's total, the agenda line (meeting_bars.py),
        and what to do when the step runs over (live_time.py)."""
        show_clock(self, self._shown_text)
        show_over_hint(self, self.session.now(), self._shown_text)

    def update_status(self, saved: str | None = None) -> None:
        """Counts and the last save. Tasks are counted once (at mount) and then as they are added:
        reading every task of every year on each step change would stall the screen."""
        m = self.meeting
        if self._task_count is None:
            self._task_count = len(self.session.tasks(m.id))
        text = t("live.status", decisions=len(m.decisions), tasks=self._task_count)
        if saved:
            # Queued is not saved: while the disk fails, say so instead of a time.
            text += " · " + (t("save.failed_title") if self.save_failing else t("live.saved_at", time=saved))
        self.query_one("#live-status", Static).update(text, layout=False)  # one line, always

    @on(SaveState)
    def save_state(self, message: SaveState) -> None:
        self.save_failing = message.failing
        if self.is_mounted:
            self.update_status(saved=message.at)

    # -- saving ------------------------------------------------------------------------
    @on(TextArea.Changed, "#notes")
    def notes_changed(self) -> None:
        if self._loading:
            self._loading = False
            return
        self._dirty = True
        self._typed()

    def _capture_notes(self) -> None:
        step = self.meeting.current_step
        notes = self._notes if self.is_mounted else None
        if step is None or notes is None or self._shown_step != self.meeting.current:
            return
        step.notes = notes.text
        step.cursor = notes.cursor_location

    def save_now(self, say_when: bool = True) -> None:
        """Put the notes into the meeting and queue it for writing (never blocks on disk)."""
        if not self.is_mounted:
            return
        self._capture_notes()
        self.session.save_meeting(self.meeting)
        self._dirty = False
        if say_when:
            self.update_status(saved=datetime.fromtimestamp(self.session.now()).strftime("%H:%M:%S"))

    def autosave(self) -> None:
        if self._dirty:
            self.save_now()

    def heartbeat(self) -> None:
        """Even with no typing, record that the meeting is still open (for the timer)."""
        self.save_now()

    def on_screen_suspend(self) -> None:
        """A dialog opened or the screen is being left: keep what was typed."""
        self.save_now()

    def on_unmount(self) -> None:
        self.session.save_meeting(self.meeting)
        self._memory.closed()

    # -- moving through the agenda --------------------------------------------------------
    def _move(self, change) -> None:
        if not self.is_mounted:  # left while the keys before it were handled
            return
        self._capture_notes()
        now = self.session.now()
        if self.meeting.status == "planned":
            flow.start(self.meeting, now)  # preparation is over: the conversation begins
        moved = change(self.meeting, now)
        if moved is False:
            self.notify(t("live.no_more_steps"), timeout=3)
            return
        self.show_step()
        # Saved once the new step is on screen: handing the meeting over (a copy of all of it)
        # and the saver thread's write then no longer compete with drawing the step.
        self._dirty = False  # what was typed is in the meeting now, and _moved saves it
        self.call_after_refresh(self._moved)

    def _moved(self) -> None:
        self.save_now(say_when=False)  # the status line shows the new step's counts, as it did
        self._focus_step()

    def _after_typed_keys(self, callback, *args) -> None:
        """Run `callback` once the focused field has handled the keys already sent to it.

        The step keys are priority bindings: the app handles ctrl+n as it arrives, while the
        letters typed just before it still wait in the notes' queue. Changing the step at once
        would read the notes without them and then type them into the next step."""
        focused = self.focused
        if focused is None:
            callback(*args)
        else:
            focused.call_later(callback, *args)

    def action_next_step(self) -> None:
        self._after_typed_keys(self._move, flow.next_step)

    def action_previous_step(self) -> None:
        self._after_typed_keys(self._move, flow.previous_step)

    @on(AgendaList.Jump)
    def jump(self, message: AgendaList.Jump) -> None:
        self._after_typed_keys(self._move, lambda m, now: flow.go_to(m, message.index, now))

    @on(AgendaList.Skip)
    def skip(self, message: AgendaList.Skip) -> None:
        if not flow.toggle_skip(self.meeting, message.index):
            self.notify(t("live.cannot_skip_current"), timeout=4)
            return
        self.save_now()
        self.query_one(AgendaList).show(self.meeting, self.session.now(), keep=message.index)
        self.tick()

    @on(AgendaList.Move)
    def move(self, message: AgendaList.Move) -> None:
        target = flow.move_step(self.meeting, message.index, message.delta)
        self.save_now()
        self.query_one(AgendaList).show(self.meeting, self.session.now(), keep=target)
        self._shown_step = self.meeting.current
        self.tick()

    @on(AgendaList.Add)
    def add(self, message: AgendaList.Add) -> None:
        def added(result: tuple[str, int] | None) -> None:
            if result is None:
                return
            self._capture_notes()
            index = flow.add_step(self.meeting, result[0], result[1], message.index)
            self._shown_step = self.meeting.current
            self.save_now()
            self.query_one(AgendaList).show(self.meeting, self.session.now(), keep=index)
            self.tick()

        self.app.push_screen(StepScreen(), added)

    def action_focus_agenda(self) -> None:
        agenda = self.query_one(AgendaList)
        if agenda.has_focus:
            self.notes_box.focus()
        else:
            agenda.focus()

    def action_toggle_guidance(self) -> None:
        scroll = self.query_one("#guidance-scroll")
        scroll.display = not scroll.display

    def guide_target(self) -> tuple[str, str] | None:
        """The guide the current step's advice comes from (F2 opens it)."""
        step = self.meeting.current_step
        return first_link(step.guidance, step.source) if step else None

    def action_save(self) -> None:
        self.save_now()
        if self.session.flush():
            self.notify(t("live.saved"), timeout=2)

    @on(Markdown.LinkClicked)
    def link_clicked(self, event: Markdown.LinkClicked) -> None:
        open_allowed_link(self.app, event.href)

    # -- capture (meeting_capture.py) -------------------------------------------------
    def action_toggle_private(self) -> None:
        toggle_private(self)

    def action_decision(self) -> None:
        capture_decision(self)

    def action_task(self) -> None:
        capture_task(self)

    def action_details(self) -> None:
        from kktui.screens.dialogs.meeting_details import MeetingDetailsScreen

        def changed(saved: bool | None) -> None:
            if saved:
                self.query_one("#meeting-title", Static).update(meeting_line(self.meeting))
                self.post_message(MeetingsChanged())

        self.app.push_screen(MeetingDetailsScreen(self.session, self.meeting), changed)

    def action_live_view(self) -> None:
        from kktui.screens.views.live_share import open_live_share

        open_live_share(self.app, self.session, self.meeting)

    def action_take_time(self) -> None:
        take_time(self)

    # -- leaving -------------------------------------------------------------------------
    def action_finish(self) -> None:
        self._after_typed_keys(ask_finish, self)

    def action_leave(self) -> None:
        self.save_now()
        self.post_message(GoHome())
