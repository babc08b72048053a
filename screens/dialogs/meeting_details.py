"""A meeting's details, changed at any time: from the live meeting and from the minutes (ctrl+o).

Title, date and time, place, chair, minute-taker, confidential, the language of what goes to
the parents; ctrl+o again checks off who is present (the attendance picker). Dismisses with True when something was saved.
"""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Static

from kktui.dates import show_date
from kktui.i18n import t, tn
from kktui.meeting.attendance import apologies, present
from kktui.meeting.details import DetailsError, read_details
from kktui.meeting.model import Attendance, Meeting
from kktui.screens.dialogs.capture import CaptureScreen
from kktui.screens.dialogs.language import language_binding, pick_language, shown
from kktui.screens.widgets.suggest import SuggestingInput
from kktui.services import attendance
from kktui.services.session import Session
from kktui.storage.files import StorageError

FIELD_IDS = {
    "title": "details-title",
    "date": "details-date",
    "time": "details-time",
    "place": "details-place",
    "chair": "details-chair",
    "minute_taker": "details-minute-taker",
    "confidential": "details-confidential",
}


class MeetingDetailsScreen(CaptureScreen):
    HELP_KEY = "details"
    DEFAULT_CSS = """
    MeetingDetailsScreen .dialog.details { width: 76; }
    MeetingDetailsScreen #details-names { max-height: 2; }
    """
    BINDINGS = [
        Binding(
            "ctrl+o",
            "attendance",
            "key.attendance",
            tooltip="tip.attendance",
            id="details_attendance",
            priority=True,
        ),
        Binding("ctrl+s", "save", "key.save", tooltip="tip.details_save", id="details_save", priority=True),
        language_binding("details_pick_language"),
    ]

    def __init__(self, session: Session, meeting: Meeting) -> None:
        super().__init__()
        self.session, self.meeting = session, meeting
        self.saved = False
        self.lang = meeting.lang  # saved with the rest

    def action_pick_language(self) -> None:
        def chosen(code: str) -> None:
            self.lang = code
            self.query_one("#details-lang", Static).update(shown(code))

        pick_language(self, self.lang, chosen)

    def compose(self) -> ComposeResult:
        m = self.meeting
        yes, no = t("word.yes"), t("word.no")
        names = list(dict.fromkeys([*m.attendees, *self.session.people(m)]))
        with Vertical(classes="dialog details"):
            yield Static(t("details.title"), classes="pane-title")
            with Grid(classes="form wide-labels"):
                yield Label(t("field.title"))
                yield Input(m.title, id="details-title", compact=True)
                yield Label(t("field.date"))
                yield Input(show_date(m.date), id="details-date", placeholder="15.12.2026", compact=True)
                yield Label(t("field.time"))
                yield Input(m.time, id="details-time", placeholder="18:00", compact=True)
                yield Label(t("field.place"))
                yield Input(m.place, id="details-place", placeholder=t("field.place_hint"), compact=True)
                yield Label(t("field.chair"))
                yield SuggestingInput(
                    m.chair,
                    id="details-chair",
                    placeholder=t("field.name_hint"),
                    suggester=SuggestFromList(names, case_sensitive=False),
                    compact=True,
                )
                yield Label(t("field.minute_taker"))
                yield SuggestingInput(
                    m.minute_taker,
                    id="details-minute-taker",
                    placeholder=t("field.name_hint"),
                    suggester=SuggestFromList(names, case_sensitive=False),
                    compact=True,
                )
                yield Label(t("field.confidential"))
                yield SuggestingInput(
                    yes if m.confidential else no,
                    id="details-confidential",
                    suggester=SuggestFromList([yes, no], case_sensitive=False),
                    compact=True,
                )
                yield Label(t("field.lang"))
                yield Static(shown(self.lang), id="details-lang", markup=False)
                yield Label(t("field.present"))
                yield Static(id="details-present", markup=False)
            yield Static(id="details-names", classes="hint wrap", markup=False)
            yield Static(t("details.confidential_hint"), classes="hint wrap")
            yield Static("", classes="error")
            yield Static(t("details.keys"), classes="hint wrap")

    def on_mount(self) -> None:
        self.show_attendance()
        self.query_one("#details-title", Input).focus()

    def show_attendance(self) -> None:
        came, sent = present(self.meeting), apologies(self.meeting)
        self.query_one("#details-present", Static).update(
            t("details.present", present=len(came), apologies=len(sent))
        )
        names = self.query_one("#details-names", Static)
        names.update(t("details.present_names", names=", ".join(a.name for a in came)) if came else "")
        names.display = bool(came)

    def action_attendance(self) -> None:
        from kktui.screens.dialogs.attendance import AttendanceScreen

        def checked(entries: list[Attendance] | None) -> None:
            if entries is None:
                return
            try:
                attendance.save_attendance(self.session, self.meeting, entries)
            except StorageError as exc:
                self.error(str(exc))
                return
            self.saved = True
            self.show_attendance()
            sent = len(apologies(self.meeting))
            self.notify(
                tn("attend.saved", sent, present=len(present(self.meeting)), apologies=sent), timeout=3
            )

        roll = attendance.roll(self.session, self.meeting)
        self.app.push_screen(AttendanceScreen(roll, self.meeting.title), checked)

    def save(self) -> None:
        typed = {name: self.query_one(f"#{widget}", Input).value for name, widget in FIELD_IDS.items()}
        typed["lang"] = self.lang
        try:
            details = read_details(typed, self.session.clock.today(), self._near())
        except DetailsError as exc:
            self.error(str(exc))
            self.query_one(f"#{FIELD_IDS[exc.field]}", Input).focus()
            return
        try:
            changed = attendance.save_details(self.session, self.meeting, details)
        except StorageError as exc:
            self.error(str(exc))
            return
        if changed:
            self.notify(t("details.saved"), timeout=3)
        self.dismiss(changed or self.saved)

    def _near(self) -> date | None:
        try:
            return date.fromisoformat(self.meeting.date)
        except ValueError:
            return None

    def action_save(self) -> None:
        self.save()

    def action_cancel(self) -> None:
        self.dismiss(self.saved)  # attendance checked off is saved already
