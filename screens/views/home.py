"""Home: what is running, what is coming, what was done, and who owes what."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical
from textual.widgets import DataTable, Header, Static

from kktui.dates import show_date
from kktui.i18n import t, tn
from kktui.screens.base import KkScreen
from kktui.screens.messages import NewMeeting, OpenMeeting
from kktui.screens.widgets.class_bar import ClassBar
from kktui.screens.widgets.fit import ellipsized, middle_column_room
from kktui.screens.widgets.footer import KkFooter
from kktui.screens.widgets.plain_table import PlainTable
from kktui.screens.widgets.tables import measure_now
from kktui.services.session import Session

WIDE = 120
HOME_TASKS = 50  # open tasks listed (overdue first); the task board has them all


class HomeScreen(KkScreen):
    HELP_KEY = "home"
    BINDINGS = [
        Binding("n", "new_meeting", "key.new_meeting", tooltip="tip.new_meeting", id="new_meeting"),
        Binding("enter", "open", "key.open", tooltip="tip.open", id="open", show=False),
        Binding("q", "app.quit", "key.quit", tooltip="tip.quit", id="home_quit", show=False),
        Binding("l", "app.switch_language", "key.language_next", tooltip="tip.language_next", id="language"),
        Binding("c", "switch_class", "key.class", tooltip="tip.switch_class", id="home_class", show=False),
        Binding("i", "notice", "key.notice", tooltip="tip.notice", id="notice", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._fitted_to: int | None = None  # the screen width the titles were last shortened for

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield ClassBar(id="class-bar")
        with Container(id="home-panes"):
            with Vertical(id="meetings-pane", classes="pane"):
                yield Static(t("home.meetings"), classes="pane-title")
                yield PlainTable(id="meetings", cursor_type="row", zebra_stripes=True)
                yield Static(t("home.no_meetings"), id="no-meetings", classes="empty")
                yield Static("", id="more-meetings", classes="hint")
            with Vertical(id="tasks-pane", classes="pane"):
                yield Static(t("home.open_tasks"), classes="pane-title")
                yield PlainTable(id="tasks", cursor_type="row")
                yield Static(t("home.no_tasks"), id="no-tasks", classes="empty")
                yield Static("", id="more-tasks", classes="hint")
        yield KkFooter()

    def on_mount(self) -> None:
        self.title = "kktui"
        self.sub_title = t("home.subtitle")
        meetings = self.query_one("#meetings", DataTable)
        meetings.add_columns(t("col.date"), t("col.meeting"), t("col.status"))
        tasks = self.query_one("#tasks", DataTable)
        tasks.add_columns(t("col.due"), t("col.owner"), t("col.task"))
        meetings.focus()  # the data comes with ScreenResume, which also follows the first mount

    def on_screen_resume(self) -> None:
        self.refresh_data()

    def on_resize(self) -> None:
        self.set_class(self.size.width >= WIDE, "-wide")
        if self._fitted_to not in (None, self.size.width):
            self.refresh_data()  # the titles were shortened for another width

    def _meetings_width(self) -> int:
        """The meeting table's inside width, from the screen's: the pane's border and padding off."""
        width = self.size.width
        self._fitted_to = width
        pane = width * 3 // 5 if width >= WIDE else width  # wide: meetings 3fr beside tasks 2fr
        return pane - 4

    def refresh_data(self) -> None:
        today = self.session.clock.today().isoformat()
        self.query_one(ClassBar).show(self.session)
        school_class = self.session.current_class()
        class_id = school_class.id if school_class else ""
        # Home is for what is on now: the running and coming meetings and the latest past ones.
        # Years of older meetings stay one ctrl+p away instead of slowing every visit here.
        meetings, older = self.session.home_meetings(class_id)
        hint = self.query_one("#more-meetings", Static)
        hint.update(tn("home.older_meetings", older) if older else "")
        hint.display = bool(older)
        table = self.query_one("#meetings", DataTable)
        table.clear()
        rows = []
        for meeting in meetings:
            status = t(f"status.{meeting.status}")
            if meeting.confidential:
                status += " · " + t("status.confidential")
            when = show_date(meeting.date)
            if meeting.time:
                when += f" {meeting.time}"
            rows.append((when, meeting.title, status, meeting.id))
        # A long title is shortened, so date and status always show whole (at 80 columns too).
        room = middle_column_room(self._meetings_width(), [r[0] for r in rows], [r[2] for r in rows])
        for when, title, status, key in rows:
            table.add_row(when, ellipsized(title, room), status, key=key)
        measure_now(table)  # the next frame (the first, on start) shows the rows whole
        table.display = bool(meetings)
        self.query_one("#no-meetings").display = not meetings

        # Overdue first, then by due date; only the ones listed are read as tasks.
        open_tasks, more = self.session.home_tasks(class_id, today, HOME_TASKS)
        hint = self.query_one("#more-tasks", Static)
        hint.update(tn("home.more_tasks", more) if more else "")
        hint.display = bool(more)
        tasks = self.query_one("#tasks", DataTable)
        tasks.clear()
        width = self.size.width
        room = middle_column_room(
            (width - width * 3 // 5 if width >= WIDE else width) - 4,
            [(show_date(task.due) or "–") + (" !" if task.is_overdue(today) else "") for task in open_tasks],
            [task.owner or "–" for task in open_tasks],
        )
        for task in open_tasks:
            due = show_date(task.due) or "–"
            if task.is_overdue(today):
                due = Text(f"{due} !", style="bold red")  # type: ignore[assignment]  # the cell shows text or styled Text
            tasks.add_row(due, task.owner or "–", ellipsized(task.what, room), key=task.id)
        measure_now(tasks)
        tasks.display = bool(open_tasks)
        self.query_one("#no-tasks").display = not open_tasks

    @on(DataTable.RowSelected, "#meetings")
    def meeting_chosen(self, event: DataTable.RowSelected) -> None:
        self.post_message(OpenMeeting(str(event.row_key.value)))

    def action_open(self) -> None:
        table = self.query_one("#meetings", DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
            self.post_message(OpenMeeting(str(key.value)))

    def action_notice(self) -> None:
        """The notice (innkalling) of the highlighted planned meeting, and its input from parents."""
        from kktui.screens.views.notice import open_notice

        table = self.query_one("#meetings", DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
            open_notice(self, self.session, str(key.value))

    def action_new_meeting(self) -> None:
        self.post_message(NewMeeting())

    def action_switch_class(self) -> None:
        from kktui.screens.dialogs.class_switcher import switch_class

        switch_class(self, self.session, self.refresh_data)
