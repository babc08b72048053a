"""Before a parent meeting: who has been asked personally, who answered, who needs a lift or company.

The sources' advice for getting everyone to come: call the parents beforehand, and go
to the meeting together with new parents (or those who may struggle with Norwegian).
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Header, Static

from kktui.dates import show_date
from kktui.i18n import t
from kktui.meeting.followup import is_group_meeting
from kktui.meeting.model import MeetingSummary
from kktui.school.contact_fields import show_phone
from kktui.school.delegation import tally
from kktui.school.model import CallEntry, Person
from kktui.screens.base import KkScreen
from kktui.screens.common import INTERPRETER_MARK, class_title
from kktui.screens.widgets.footer import KkFooter
from kktui.screens.widgets.plain_table import PlainTable
from kktui.services.session import Session
from kktui.storage.files import StorageError

ANSWERS = ("", "yes", "no", "maybe")


def next_meeting(session: Session, class_id: str) -> MeetingSummary | None:
    """The next planned parent-group meeting of the class (today or later), else the last planned one."""
    today = session.clock.today().isoformat()
    planned = [
        m
        for m in session.meeting_index()
        if m.class_id == class_id and m.status == "planned" and is_group_meeting(m)
    ]
    coming = [m for m in planned if (m.date or "") >= today]
    return (coming or planned[-1:] or [None])[0]  # type: ignore[list-item]  # None when the class has no meeting planned


class CallListScreen(KkScreen):
    HELP_KEY = "calls"
    BINDINGS = [
        Binding("i", "toggle('invited')", "key.invited", tooltip="tip.invited", id="call_invited"),
        Binding("a", "answer", "key.answer", tooltip="tip.answer", id="call_answer"),
        Binding("l", "toggle('lift')", "key.lift", tooltip="tip.lift", id="call_lift"),
        Binding("f", "toggle('companion')", "key.companion", tooltip="tip.companion", id="call_companion"),
        Binding("escape", "back", "key.back", tooltip="tip.back", id="calls_back", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        school_class = session.current_class()
        self.class_id = school_class.id if school_class else ""
        self.meeting = next_meeting(session, self.class_id)
        self.people: list[Person] = []
        self.entries: dict[str, CallEntry] = {}

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with Vertical(id="calls-pane", classes="pane"):
            yield Static(id="calls-summary")
            yield PlainTable(id="calls", cursor_type="row", zebra_stripes=True)
        yield KkFooter()

    def on_mount(self) -> None:
        self.title = class_title(self.session)
        self.sub_title = t("calls.title")
        self.query_one("#calls", DataTable).add_columns(
            t("col.name"),
            t("col.phone"),
            t("col.languages"),
            t("calls.invited"),
            t("calls.answer"),
            t("calls.lift"),
            t("calls.companion"),
        )
        self.refresh_data()
        self.query_one("#calls", DataTable).focus()

    def refresh_data(self) -> None:
        table = self.query_one("#calls", DataTable)
        summary = self.query_one("#calls-summary", Static)
        if self.meeting is None:
            table.display = False
            summary.update(t("calls.no_meeting"))
            return
        row = table.cursor_row
        self.people = [p for p in self.session.class_people(self.class_id) if p.kind == "guardian"]
        self.entries = {e.person_id: e for e in self.session.calls(self.meeting.id)}
        table.clear()
        tick = lambda on: "✓" if on else "·"  # noqa: E731
        for person in self.people:
            entry = self.entries.get(person.id) or CallEntry(self.meeting.id, person.id)
            name = Text(person.name)
            if person.may_need_interpreter:
                name.append(f" {INTERPRETER_MARK}", style="bold yellow")
            languages = Text(", ".join(person.languages))
            languages.truncate(10, overflow="ellipsis")  # the whole row fits in 80 columns
            answer = t(f"calls.answer.{entry.answer or 'none'}")
            table.add_row(
                name,
                show_phone(person.phone),
                languages,
                tick(entry.invited),
                answer,
                tick(entry.lift),
                tick(entry.companion),
                key=person.id,
            )
        if self.people:
            table.move_cursor(row=min(row, len(self.people) - 1))
        counts = tally(self.people, list(self.entries.values()))
        summary.update(
            t(
                "calls.summary",
                title=self.meeting.title,
                date=show_date(self.meeting.date),
                invited=counts.invited,
                n=counts.guardians,
                answered=counts.answered,
                coming=counts.coming,
                lift=counts.lift,
                companion=counts.companion,
            )
        )

    def _entry(self) -> CallEntry | None:
        table = self.query_one("#calls", DataTable)
        if self.meeting is None or not self.people:
            return None
        person = self.people[table.cursor_row]
        return self.entries.get(person.id) or CallEntry(self.meeting.id, person.id)

    def _save(self, entry: CallEntry) -> None:
        try:
            self.session.save_call(entry)
        except StorageError as exc:
            self.report(exc)
            return
        self.refresh_data()

    def action_toggle(self, what: str) -> None:  # type: ignore[override]  # a sync action is fine for Textual
        entry = self._entry()
        if entry is not None:
            setattr(entry, what, not getattr(entry, what))
            if what != "invited" and getattr(entry, what):
                entry.invited = True  # you only know what they need once you have asked
            self._save(entry)

    def action_answer(self) -> None:
        entry = self._entry()
        if entry is not None:
            entry.answer = ANSWERS[(ANSWERS.index(entry.answer) + 1) % len(ANSWERS)]  # type: ignore[assignment]  # the value comes from a fixed list of choices
            if entry.answer:
                entry.invited = True
            self._save(entry)

    def action_back(self) -> None:
        self.app.pop_screen()
