"""The follow-up step's panel: each task from earlier meetings, settled with one key.

The panel never takes keys from the notes: its keys only work while its list has the
focus (shift+tab from the notes, tab back), and ctrl+n, ctrl+t … stay the screen's.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from kktui.dates import DateError, parse_date, show_date
from kktui.i18n import t
from kktui.meeting.followup import handled_here, resolve, tasks_for_step
from kktui.meeting.model import AgendaStep, Meeting, Task
from kktui.screens.bindings import TranslatedBindings
from kktui.screens.dialogs.capture import CaptureScreen
from kktui.screens.panels.messages import PanelChanged
from kktui.screens.widgets.plain_table import PlainTable
from kktui.services.session import Session


def _short_date(iso: str | None) -> str:
    return show_date(iso)[:5] if iso else "–"


class NewDateScreen(CaptureScreen):
    """Still open: by when, then? Dismisses with an ISO date, or None."""

    def __init__(self, task: Task, today) -> None:
        super().__init__()
        self.for_task, self.today = task, today

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(
                t("followup.new_date_title", what=self.for_task.what), classes="pane-title", markup=False
            )
            yield Input(id="due", placeholder=t("followup.date_hint"), compact=True)
            yield Static("", classes="error")
            yield Static(t("capture.enter_saves"), classes="hint")

    def save(self) -> None:
        try:
            self.dismiss(parse_date(self.value("due"), self.today).isoformat())
        except DateError as exc:
            self.error(str(exc))


class FollowupTable(TranslatedBindings, PlainTable):
    """The tasks to follow up; plain keys settle the highlighted one."""

    BINDINGS = [
        Binding("d", "settle('done')", "key.done", tooltip="tip.followup_done", id="followup_done"),
        Binding("f", "new_date", "key.new_date", tooltip="tip.followup_new_date", id="followup_new_date"),
        Binding("x", "settle('dropped')", "key.drop", tooltip="tip.followup_dropped", id="followup_dropped"),
        Binding("o", "settle('open')", "key.keep_open", tooltip="tip.followup_open", id="followup_open"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)

    def action_settle(self, outcome: str) -> None:
        self.parent_panel().settle(outcome)

    def action_new_date(self) -> None:
        self.parent_panel().ask_new_date()

    def parent_panel(self) -> FollowupPanel:
        return next(node for node in self.ancestors if isinstance(node, FollowupPanel))


class FollowupPanel(Vertical):
    def __init__(self, session: Session, meeting: Meeting, step: AgendaStep) -> None:
        super().__init__(id="followup-panel", classes="step-panel")
        self.session, self.meeting, self.step = session, meeting, step
        self.tasks: list[Task] = []

    def compose(self) -> ComposeResult:
        yield Static(id="followup-hint", classes="hint")
        yield FollowupTable(id="followup-tasks")

    def on_mount(self) -> None:
        # Read now, not when the meeting was planned: tasks move on between meetings.
        self.tasks = tasks_for_step(
            self.meeting, self.step, self.session.tasks(), self.session.meeting_index()
        )
        self.post_message(PanelChanged())
        self.show()

    def on_resize(self) -> None:
        self.show()

    def show(self) -> None:
        table = self.query_one(FollowupTable)
        row = table.cursor_row
        table.clear(columns=True)
        table.add_columns(" ", t("col.task"), t("col.owner"), t("col.due"))
        today = self.session.clock.today().isoformat()
        # Task, owner and due date side by side: the task text gives way on a narrow screen.
        room = max(12, (self.size.width or 80) - 30)
        for task in self.tasks:
            due = _short_date(task.due)
            if task.is_overdue(today):
                due = Text(f"{due}!", style="bold red")  # type: ignore[assignment]  # the cell shows text or styled Text
            what = Text(task.what)
            what.truncate(room, overflow="ellipsis")
            owner = Text(task.owner or "–")
            owner.truncate(14, overflow="ellipsis")
            table.add_row(self._mark(task), what, owner, due, key=task.id)
        hint = self.query_one("#followup-hint", Static)
        if not self.tasks:
            table.display = False
            hint.update(t("followup.nothing"))
            return
        table.move_cursor(row=min(row, len(self.tasks) - 1))
        settled = sum(handled_here(task, self.meeting) or task.status != "open" for task in self.tasks)
        hint.update(
            t("followup.progress", done=settled, n=len(self.tasks)) + " · " + t("followup.panel_hint")
        )

    def _mark(self, task: Task) -> Text:
        if task.status == "open" and not handled_here(task, self.meeting):
            return Text("·", style="dim")
        return {
            "done": Text("✓", style="bold green"),
            "dropped": Text("✗", style="bold red"),
        }.get(task.status, Text("→", style="bold yellow"))

    def _current(self) -> Task | None:
        table = self.query_one(FollowupTable)
        if not self.tasks:
            return None
        return self.tasks[min(table.cursor_row, len(self.tasks) - 1)]

    def settle(self, outcome: str, new_due: str | None = None) -> None:
        task = self._current()
        if task is None:
            return
        resolve(task, outcome, self.meeting, self.session.clock.today(), new_due)
        self.session.save_task(task)
        self.post_message(PanelChanged())
        self.show()
        table = self.query_one(FollowupTable)
        if table.cursor_row < len(self.tasks) - 1:
            table.move_cursor(row=table.cursor_row + 1)  # on to the next task

    def ask_new_date(self) -> None:
        task = self._current()
        if task is None:
            return

        def chosen(due: str | None) -> None:
            if due:
                self.settle("open", due)
            self.query_one(FollowupTable).focus()

        self.app.push_screen(NewDateScreen(task, self.session.clock.today()), chosen)
