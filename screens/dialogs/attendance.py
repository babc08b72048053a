"""Check off who is present from the class list: type to search, Enter ticks, ctrl+f apologies.

The search field keeps the focus the whole time, so a name is a few letters and Enter:
↑↓ choose in the list, a name nobody on the list has is added as a guest. Dismisses with
the attendance to save, or None.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from kktui.i18n import t, tn
from kktui.meeting.attendance import APOLOGY, PRESENT, Roll, RollRow
from kktui.meeting.model import Attendance
from kktui.screens.base import KkModal

MARKS = {PRESENT: "[✓]", APOLOGY: "[–]", "": "[ ]"}


class AttendanceScreen(KkModal[list[Attendance] | None]):
    HELP_KEY = "attendance"
    DEFAULT_CSS = """
    AttendanceScreen { align: center middle; }
    AttendanceScreen .dialog.attendance { width: 76; height: 90%; }
    AttendanceScreen #attend-list { height: 1fr; border: none; padding: 0; }
    AttendanceScreen #attend-search { margin-bottom: 0; }
    AttendanceScreen #attend-note { height: auto; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "key.cancel", tooltip="tip.cancel", id="attend_cancel"),
        Binding(
            "ctrl+s",
            "save",
            "key.save_attendance",
            tooltip="tip.save_attendance",
            id="attend_save",
            priority=True,
        ),
        Binding(
            "ctrl+f",
            "mark('apology')",
            "key.mark_apology",
            tooltip="tip.mark_apology",
            id="attend_apology",
            priority=True,
        ),
        Binding(
            "ctrl+g", "guest", "key.add_guest", tooltip="tip.add_guest", id="attend_guest", priority=True
        ),
        Binding("up", "move(-1)", "key.up", tooltip="tip.attend_move", id="attend_up", show=False),
        Binding("down", "move(1)", "key.down", tooltip="tip.attend_move", id="attend_down", show=False),
        Binding("pageup", "move(-10)", "key.up", tooltip="tip.attend_move", id="attend_page_up", show=False),
        Binding(
            "pagedown", "move(10)", "key.down", tooltip="tip.attend_move", id="attend_page_down", show=False
        ),
    ]

    def __init__(self, roll: Roll, title: str) -> None:
        super().__init__()
        self.roll, self.heading = roll, title
        self.listed: list[RollRow] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog attendance"):
            yield Static(t("attend.title", title=self.heading), classes="pane-title", markup=False)
            yield Input(id="attend-search", placeholder=t("attend.search_hint"), compact=True)
            yield Static(id="attend-counts", classes="hint")
            list_ = OptionList(id="attend-list")
            list_.can_focus = False  # the search field keeps the focus; ↑↓ move in the list
            yield list_
            yield Static(id="attend-note", classes="hint", markup=False)
            yield Static(t("attend.keys"), classes="hint wrap")

    def on_mount(self) -> None:
        self.show_rows()
        if not any(row.person_id for row in self.roll.rows):
            self._note(t("attend.no_class"))
        elif self.roll.pre_ticked:
            self._note(tn("attend.pre_ticked", self.roll.pre_ticked))
        self.query_one("#attend-search", Input).focus()

    # -- showing ------------------------------------------------------------------------
    def _prompt(self, row: RollRow) -> Text:
        text = Text(f"{MARKS[row.status]} ", style="bold green" if row.status == PRESENT else "bold")
        text.append(row.name)
        if row.children:
            text.append(f" ({', '.join(row.children)})", style="dim")
        notes = []
        if row.status == APOLOGY:
            notes.append(t("attend.apology"))
        if row.guest:
            notes.append(t("attend.guest"))
        if row.said_yes:
            notes.append(t("attend.said_yes"))
        if notes:
            text.append(" · " + ", ".join(notes), style="italic")
        return text

    def show_rows(self, keep: str | None = None) -> None:
        options = self.query_one("#attend-list", OptionList)
        if keep is None and options.highlighted is not None and self.listed:
            keep = self.listed[min(options.highlighted, len(self.listed) - 1)].key
        self.listed = self.roll.find(self.query_one("#attend-search", Input).value)
        options.clear_options()
        options.add_options([Option(self._prompt(row), id=row.key) for row in self.listed])
        keys = [row.key for row in self.listed]
        if keys:
            options.highlighted = keys.index(keep) if keep in keys else 0
        self.query_one("#attend-counts", Static).update(
            t(
                "attend.counts",
                present=self.roll.count(PRESENT),
                apologies=self.roll.count(APOLOGY),
                n=sum(bool(row.person_id) for row in self.roll.rows),
            )
        )

    def _highlighted(self) -> RollRow | None:
        index = self.query_one("#attend-list", OptionList).highlighted
        return self.listed[index] if index is not None and index < len(self.listed) else None

    def _note(self, text: str) -> None:
        self.query_one("#attend-note", Static).update(text)

    def _done_with(self, row: RollRow | None) -> None:
        """After marking: the whole list again, on the row just marked, ready for the next name."""
        search = self.query_one("#attend-search", Input)
        with search.prevent(Input.Changed):
            search.value = ""
        self.show_rows(keep=row.key if row else None)

    # -- keys -----------------------------------------------------------------------------
    @on(Input.Changed, "#attend-search")
    def search_changed(self, event: Input.Changed) -> None:
        self.show_rows()
        typed = event.value.strip()
        self._note(t("attend.none_found", text=typed) if typed and not self.listed else "")

    @on(Input.Submitted, "#attend-search")
    def submitted(self, event: Input.Submitted) -> None:
        typed = event.value.strip()
        if typed and not self.listed:
            self.action_guest()
            return
        self.action_mark(PRESENT)

    def action_mark(self, status: str) -> None:
        row = self._highlighted()
        if row is None:
            return
        self.roll.mark(row.key, status)
        self._note("")
        self._done_with(row)

    def action_guest(self) -> None:
        typed = self.query_one("#attend-search", Input).value.strip()
        if not typed:
            self._note(t("attend.search_hint"))
            return
        row = self.roll.add_guest(typed)
        self._note("")
        self._done_with(row)

    def action_move(self, by: int) -> None:
        options = self.query_one("#attend-list", OptionList)
        if not self.listed:
            return
        now = options.highlighted if options.highlighted is not None else 0
        options.highlighted = max(0, min(len(self.listed) - 1, now + by))

    def action_save(self) -> None:
        self.dismiss(self.roll.entries())

    def action_cancel(self) -> None:
        self.dismiss(None)
