"""Home: what is running, what is coming, what was done, and who owes what."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from kktui.dates import show_date
from kktui.i18n import t
from kktui.model import Meeting
from kktui.session import Session

from .bindings import translate_bindings
from .messages import NewMeeting, OpenMeeting

WIDE = 120


def order_meetings(meetings: list[Meeting], today: str) -> list[Meeting]:
    """Running first, then the coming ones soonest first, then the past ones newest first."""
    running = [m for m in meetings if m.status == "running"]
    coming = sorted((m for m in meetings if m.status == "planned"), key=Meeting.sort_key)
    done = sorted((m for m in meetings if m.status == "finished"), key=Meeting.sort_key, reverse=True)
    return running + coming + done


class HomeScreen(Screen):
    HELP_KEY = "home"
    BINDINGS = [
        Binding("n", "new_meeting", "key.new_meeting", tooltip="tip.new_meeting", id="new_meeting"),
        Binding("enter", "open", "key.open", tooltip="tip.open", id="open", show=False),
        Binding("q", "app.quit", "key.quit", tooltip="tip.quit", id="home_quit", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        translate_bindings(self)
        self.session = session

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with Container(id="home-panes"):
            with Vertical(id="meetings-pane", classes="pane"):
                yield Static(t("home.meetings"), classes="pane-title")
                yield DataTable(id="meetings", cursor_type="row", zebra_stripes=True)
                yield Static(t("home.no_meetings"), id="no-meetings", classes="empty")
            with Vertical(id="tasks-pane", classes="pane"):
                yield Static(t("home.open_tasks"), classes="pane-title")
                yield DataTable(id="tasks", cursor_type="row")
                yield Static(t("home.no_tasks"), id="no-tasks", classes="empty")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = "kktui"
        self.sub_title = t("home.subtitle")
        meetings = self.query_one("#meetings", DataTable)
        meetings.add_columns(t("col.date"), t("col.meeting"), t("col.status"))
        tasks = self.query_one("#tasks", DataTable)
        tasks.add_columns(t("col.due"), t("col.owner"), t("col.task"))
        self.refresh_data()
        meetings.focus()

    def on_screen_resume(self) -> None:
        self.refresh_data()

    def on_resize(self) -> None:
        self.set_class(self.size.width >= WIDE, "-wide")

    def refresh_data(self) -> None:
        today = self.session.clock.today().isoformat()
        meetings = order_meetings(self.session.meetings(), today)
        table = self.query_one("#meetings", DataTable)
        table.clear()
        for meeting in meetings:
            status = t(f"status.{meeting.status}")
            if meeting.confidential:
                status += " · " + t("status.confidential")
            when = show_date(meeting.date)
            if meeting.time:
                when += f" {meeting.time}"
            table.add_row(when, meeting.title, status, key=meeting.id)
        table.display = bool(meetings)
        self.query_one("#no-meetings").display = not meetings

        open_tasks = self.session.open_tasks()
        tasks = self.query_one("#tasks", DataTable)
        tasks.clear()
        for task in open_tasks:
            due = show_date(task.due) or "–"
            if task.is_overdue(today):
                due = Text(f"{due} !", style="bold red")
            tasks.add_row(due, task.owner or "–", task.what, key=task.id)
        tasks.display = bool(open_tasks)
        self.query_one("#no-tasks").display = not open_tasks

    @on(DataTable.RowSelected, "#meetings")
    def meeting_chosen(self, event: DataTable.RowSelected) -> None:
        self.post_message(OpenMeeting(event.row_key.value))

    def action_open(self) -> None:
        table = self.query_one("#meetings", DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
            self.post_message(OpenMeeting(key.value))

    def action_new_meeting(self) -> None:
        self.post_message(NewMeeting())
