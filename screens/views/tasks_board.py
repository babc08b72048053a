"""F4: every task of the class across all meetings; filter by person, status and overdue."""

from __future__ import annotations

from datetime import date, datetime

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import DataTable, Header, Input, Label, Static

from kktui.dates import show_date
from kktui.i18n import t, tn
from kktui.meeting.model import Task
from kktui.meeting.secrecy import secret_ids
from kktui.school.delegation import STATUS_FILTERS, TaskFilter, filter_tasks, owners
from kktui.school.model import find_person
from kktui.screens.base import KkScreen
from kktui.screens.common import class_title
from kktui.screens.dialogs.capture import CaptureScreen
from kktui.screens.dialogs.picker import PickScreen
from kktui.screens.widgets.footer import KkFooter
from kktui.screens.widgets.plain_table import PlainTable
from kktui.services.session import Session

EVERYONE = "__everyone__"
WIDE = 120
MARKS = {"open": "·", "done": "✓", "dropped": "✗"}


def _clip(text: str | Text, width: int) -> Text:
    clipped = text.copy() if isinstance(text, Text) else Text(text)
    clipped.truncate(width, overflow="ellipsis")
    return clipped


class BoardTaskScreen(CaptureScreen):
    """A task given (or changed) outside a meeting; dismisses with the task, or None."""

    def __init__(self, people: list[str], today: date, task: Task | None = None) -> None:
        super().__init__()
        self.people, self.today, self.editing = people, today, task

    def compose(self) -> ComposeResult:
        task = self.editing
        with Vertical(classes="dialog"):
            yield Static(t("board.edit_title" if task else "capture.task_title"), classes="pane-title")
            with Grid(classes="form"):
                yield Label(t("field.what"))
                yield Input(
                    task.what if task else "", id="what", placeholder=t("capture.what_hint"), compact=True
                )
                yield Label(t("field.who"))
                yield Input(
                    task.owner if task else "",
                    id="who",
                    placeholder=t("capture.who_hint"),
                    suggester=SuggestFromList(self.people, case_sensitive=False),
                    compact=True,
                )
                yield Label(t("field.due"))
                yield Input(
                    show_date(task.due) if task else "",
                    id="due",
                    placeholder=t("capture.due_hint"),
                    compact=True,
                )
                yield Label(t("person.notes"))
                yield Input(id="task-note", placeholder=t("board.note_hint"), compact=True)
            if task and task.notes:
                yield Static(task.notes, classes="hint task-history", markup=False)
            yield Static("", classes="error")
            yield Static(t("capture.enter_next"), classes="hint")

    def save(self) -> None:
        fields = self.task_fields()
        if fields is None:
            return
        what, who, due = fields
        task = Task.from_dict(self.editing.to_dict()) if self.editing else Task(what)
        task.what, task.owner, task.due = what, who, due
        if self.value("task-note"):
            task.notes = "\n".join(n for n in (task.notes, self.value("task-note")) if n)
        self.dismiss(task)


class TasksBoardScreen(KkScreen):
    HELP_KEY = "board"
    BINDINGS = [
        Binding("d,space", "mark('done')", "key.done", tooltip="tip.mark_done", id="mark_done"),
        Binding(
            "x", "mark('dropped')", "key.drop", tooltip="tip.mark_dropped", id="mark_dropped", show=False
        ),
        Binding("u", "mark('open')", "key.reopen_task", tooltip="tip.mark_open", id="mark_open", show=False),
        Binding("p", "person", "key.person", tooltip="tip.filter_person", id="filter_person"),
        Binding("s", "status", "key.status", tooltip="tip.filter_status", id="filter_status"),
        Binding("o", "overdue", "key.overdue", tooltip="tip.filter_overdue", id="filter_overdue"),
        Binding(
            "k",
            "confidential",
            "key.confidential",
            tooltip="tip.filter_confidential",
            id="filter_confidential",
            show=False,
        ),
        Binding("a", "add", "key.add", tooltip="tip.add_task", id="add_task", show=False),
        Binding("e", "edit", "key.edit", tooltip="tip.edit_task", id="edit_task", show=False),
        Binding("escape", "back", "key.back", tooltip="tip.back_home", id="board_back", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.filter = TaskFilter()
        self.shown: list[Task] = []

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with Vertical(id="board-pane", classes="pane"):
            yield Static(id="board-filter")
            yield Static(id="board-confidential", classes="hint")
            yield PlainTable(id="board", cursor_type="row", zebra_stripes=True)
            yield Static(id="board-empty", classes="empty")
        yield Static(t("board.keys"), classes="hint screen-keys")
        yield KkFooter()

    def on_mount(self) -> None:
        self.sub_title = t("board.title")
        self.query_one("#board", DataTable).add_columns(
            t("col.due"), t("col.owner"), t("col.task"), t("col.from")
        )
        self.refresh_data()
        self.query_one("#board", DataTable).focus()

    def on_screen_resume(self) -> None:
        self.refresh_data()

    @property
    def class_id(self) -> str | None:
        school_class = self.session.current_class()
        return school_class.id if school_class else None

    def all_tasks(self) -> list[Task]:
        """With the tasks of confidential meetings: the filter decides whether they are shown."""
        return self.session.class_tasks(self.class_id, confidential=True)

    def refresh_data(self, keep_row: int | None = None) -> None:
        self.title = class_title(self.session)
        table = self.query_one("#board", DataTable)
        row = table.cursor_row if keep_row is None else keep_row
        today = self.session.clock.today()
        meetings = {m.id: m for m in self.session.meeting_index()}
        secret = secret_ids(meetings.values())
        tasks = self.all_tasks()
        self.shown = filter_tasks(tasks, self.filter, today, secret)
        mark = t("board.confidential_mark")
        table.clear()
        narrow = self.app.size.width < WIDE  # at 80 columns long titles are cut, not scrolled
        for task in self.shown:
            due = show_date(task.due) or "–"
            if task.is_overdue(today.isoformat()):
                due = Text(f"{due} !", style="bold red")  # type: ignore[assignment]  # the cell shows text or styled Text
            source = meetings.get(task.meeting_id)
            what = Text(task.what)
            if task.status != "open":
                what = Text.assemble((f"{MARKS[task.status]} ", "bold"), what)
            if task.meeting_id in secret:
                what = Text.assemble((f"{mark} ", "bold magenta"), what)
            title = source.title if source else "–"
            table.add_row(
                due,
                _clip(task.owner or "–", 16 if narrow else 40),
                _clip(what, 34 if narrow else 80),
                _clip(title, 16 if narrow else 60),
                key=task.id,
            )
        if self.shown:
            table.move_cursor(row=min(row, len(self.shown) - 1))
        table.display = bool(self.shown)
        empty = self.query_one("#board-empty", Static)
        empty.display = not self.shown
        empty.update(t("board.empty"))
        hidden = sum(task.meeting_id in secret for task in tasks)
        note = self.query_one("#board-confidential", Static)
        note.display = bool(hidden)
        if self.filter.confidential:
            note.update(t("board.confidential_shown", mark=mark))
        else:
            note.update(tn("board.confidential_hidden", hidden))
        tasks = [task for task in tasks if task.meeting_id not in secret or self.filter.confidential]
        overdue = sum(task.is_overdue(today.isoformat()) for task in tasks)
        self.query_one("#board-filter", Static).update(
            t(
                "board.filter",
                person=self.filter.person or t("board.everyone"),
                status=t(f"board.status.{self.filter.status}"),
                overdue=t("word.yes") if self.filter.overdue else t("word.no"),
                shown=len(self.shown),
                late=overdue,
            )
        )

    def _highlighted(self) -> Task | None:
        table = self.query_one("#board", DataTable)
        if not self.shown or table.cursor_row >= len(self.shown):
            return None
        return self.shown[table.cursor_row]

    # -- filters ----------------------------------------------------------------------
    def action_person(self) -> None:
        secret = secret_ids(self.session.meeting_index())
        names = owners(
            [k for k in self.all_tasks() if self.filter.confidential or k.meeting_id not in secret]
        )
        options = [(EVERYONE, t("board.everyone"))] + [(name, name) for name in names]

        def chosen(key: str | None) -> None:
            if key is not None:
                self.filter.person = "" if key == EVERYONE else key
                self.refresh_data(keep_row=0)

        self.app.push_screen(
            PickScreen(t("board.pick_person"), options, self.filter.person or EVERYONE), chosen
        )

    def action_status(self) -> None:
        index = STATUS_FILTERS.index(self.filter.status)
        self.filter.status = STATUS_FILTERS[(index + 1) % len(STATUS_FILTERS)]
        self.refresh_data(keep_row=0)

    def action_confidential(self) -> None:
        self.filter.confidential = not self.filter.confidential
        self.refresh_data(keep_row=0)

    def action_overdue(self) -> None:
        self.filter.overdue = not self.filter.overdue
        self.refresh_data(keep_row=0)

    # -- changing tasks --------------------------------------------------------------------
    def action_mark(self, status: str) -> None:
        task = self._highlighted()
        if task is None or task.status == status:
            return
        task.status = status  # type: ignore[assignment]  # the value comes from a fixed list of choices
        self.session.save_task(task)
        self.refresh_data()
        self.notify(t("board.marked", what=task.what, status=t(f"task.status.{status}")), timeout=3)

    def _names(self) -> list[str]:
        people = [p.name for p in self.session.class_people(self.class_id)] if self.class_id else []
        return list(dict.fromkeys(people + owners(self.all_tasks())))

    def _save(self, task: Task | None) -> None:
        if task is None:
            return
        person = find_person(self.session.class_people(self.class_id), task.owner) if self.class_id else None
        task.owner_id = person.id if person else ""
        if not task.created_at:
            task.created_at = datetime.fromtimestamp(self.session.now()).isoformat(timespec="seconds")
        if not task.meeting_id and not task.class_id:
            task.class_id = self.class_id or ""
        self.session.save_task(task)
        self.refresh_data()
        self.notify(t("live.task_saved", who=task.owner or "–"), timeout=3)

    def action_add(self) -> None:
        self.app.push_screen(BoardTaskScreen(self._names(), self.session.clock.today()), self._save)

    @on(DataTable.RowSelected, "#board")
    def action_edit(self) -> None:
        task = self._highlighted()
        if task is not None:
            self.app.push_screen(BoardTaskScreen(self._names(), self.session.clock.today(), task), self._save)

    def action_back(self) -> None:
        self.app.pop_screen()
